package io.cxkit.journey.identity;

import io.cxkit.core.CustomerId;
import java.util.List;
import java.util.Objects;

/**
 * Why a resolved customer is what it is.
 *
 * @param customer the resolved customer id
 * @param identifiers every identifier of the customer, strongest type first, then by value
 * @param merges the merges that built the customer, in the order they were applied
 * @param refused the refused merges that involved one of its identifiers
 */
public record Explanation(CustomerId customer, List<Identifier> identifiers, List<Merge> merges,
        List<RefusedMerge> refused) {
    /**
     * @param customer the resolved customer id
     * @param identifiers every identifier of the customer, strongest type first, then by value
     * @param merges the merges that built the customer, in the order they were applied
     * @param refused the refused merges that involved one of its identifiers
     * @throws NullPointerException if a component is null
     */
    public Explanation {
        Objects.requireNonNull(customer, "customer must not be null");
        identifiers = List.copyOf(identifiers);
        merges = List.copyOf(merges);
        refused = List.copyOf(refused);
    }
}
