package io.cxkit.journey.identity;

import java.util.Objects;

/**
 * A merge that a rule refused; it was not applied.
 *
 * @param recordId the interaction id of the record that asked for it
 * @param anchor the record's strongest identifier
 * @param identifier the record's identifier whose customer could not be joined
 * @param reason which rule, with the identifiers in conflict or the count against the limit
 */
public record RefusedMerge(String recordId, Identifier anchor, Identifier identifier, String reason) {
    /**
     * @param recordId the interaction id of the record that asked for it
     * @param anchor the record's strongest identifier
     * @param identifier the record's identifier whose customer could not be joined
     * @param reason which rule, with the identifiers in conflict or the count against the limit
     * @throws NullPointerException if a component is null
     */
    public RefusedMerge {
        Objects.requireNonNull(recordId, "recordId must not be null");
        Objects.requireNonNull(anchor, "anchor must not be null");
        Objects.requireNonNull(identifier, "identifier must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
    }
}
