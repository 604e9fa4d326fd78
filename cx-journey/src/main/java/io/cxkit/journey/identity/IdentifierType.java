package io.cxkit.journey.identity;

import java.util.Locale;
import java.util.Objects;

/**
 * A kind of identifier the stitcher knows, with its merge rule.
 *
 * @param name the type's name, lower case, as in CSV {@code id.NAME} columns and JSON {@code identifiers} keys
 * @param limit the most distinct values of this type one customer may hold; 1 makes the type unique (a CRM id:
 *        two customers with different CRM ids are never merged)
 * @param ignoreCase whether values compare without case ({@code Alice@X.com} is {@code alice@x.com})
 */
public record IdentifierType(String name, int limit, boolean ignoreCase) {
    /**
     * @param name the type's name, lower case, as in CSV {@code id.NAME} columns and JSON {@code identifiers} keys
     * @param limit the most distinct values of this type one customer may hold; 1 makes the type unique (a CRM id: two
     *        customers with different CRM ids are never merged)
     * @param ignoreCase whether values compare without case ({@code Alice@X.com} is {@code alice@x.com})
     * @throws IllegalArgumentException if the name is blank or the limit below 1
     */
    public IdentifierType {
        Objects.requireNonNull(name, "identifier type name must not be null");
        name = name.strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("identifier type name must not be blank");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("identifier type " + name + " limit must be at least 1, was " + limit);
        }
    }

    /**
     * Whether at most one value of this type may belong to a customer.
     *
     * @return whether at most one value of this type may belong to a customer
     */
    public boolean unique() {
        return limit == 1;
    }
}
