package io.cxkit.core;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer and what is known of them.
 *
 * @param id the customer's identifier
 * @param attributes free attributes (region, plan, ...), keys not blank
 * @param segment the segment or persona, if assigned
 */
public record Customer(CustomerId id, Map<String, String> attributes, Optional<String> segment) {
    /**
     * @param id the customer's identifier
     * @param attributes free attributes (region, plan, ...), keys not blank
     * @param segment the segment or persona, if assigned
     * @throws NullPointerException if a component, key or value is null
     * @throws IllegalArgumentException if an attribute name is blank
     */
    public Customer {
        Objects.requireNonNull(id, "customer_id must not be null");
        attributes = Attributes.copy("attributes", attributes);
        Objects.requireNonNull(segment, "segment must not be null (use Optional.empty())");
    }

    /**
     * A customer with no attributes and no segment.
     *
     * @param id the customer's identifier
     * @return a customer with no attributes and no segment
     */
    public static Customer of(CustomerId id) {
        return new Customer(id, Map.of(), Optional.empty());
    }
}
