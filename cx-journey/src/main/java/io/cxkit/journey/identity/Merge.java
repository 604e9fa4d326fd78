package io.cxkit.journey.identity;

import java.util.Objects;

/**
 * A merge that was applied: the record that caused it and the identifier on that record that joined the
 * record's anchor (its strongest identifier) to another customer.
 *
 * @param recordId the interaction id of the record
 * @param anchor the record's strongest identifier
 * @param identifier the record's identifier that was already part of another customer
 */
public record Merge(String recordId, Identifier anchor, Identifier identifier) {
    /**
     * @param recordId the interaction id of the record
     * @param anchor the record's strongest identifier
     * @param identifier the record's identifier that was already part of another customer
     * @throws NullPointerException if a component is null
     */
    public Merge {
        Objects.requireNonNull(recordId, "recordId must not be null");
        Objects.requireNonNull(anchor, "anchor must not be null");
        Objects.requireNonNull(identifier, "identifier must not be null");
    }
}
