package io.cxkit.core;

/**
 * The identifier of one customer, as the source system writes it. Identifiers are opaque: case and inner
 * spacing are kept, surrounding white space is removed.
 *
 * @param value the identifier, not blank, at most 200 characters
 */
public record CustomerId(String value) implements Comparable<CustomerId> {
    /**
     * @throws IllegalArgumentException if the value is blank, longer than 200 characters or holds control
     *         characters
     * @throws NullPointerException if the value is null
     */
    public CustomerId {
        value = OpenValues.identifier("customer_id", value);
    }

    /** Shorthand for {@code new CustomerId(value)}. */
    public static CustomerId of(String value) {
        return new CustomerId(value);
    }

    @Override
    public int compareTo(CustomerId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
