package io.cxkit.core;

import java.util.Locale;

/** Who started an interaction: the customer (inbound) or the business (outbound). */
public enum Direction {
    /** From the customer to the business. */
    INBOUND,
    /** From the business to the customer. */
    OUTBOUND;

    /**
     * The lower-case name used in files: {@code inbound} or {@code outbound}.
     *
     * @return the lower-case name used in files: {@code inbound} or {@code outbound}
     */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code inbound} or {@code outbound}, ignoring case and surrounding white space.
     *
     * @param value the text to parse
     * @return the direction
     * @throws IllegalArgumentException naming the value if it is neither
     */
    public static Direction parse(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "inbound" -> INBOUND;
            case "outbound" -> OUTBOUND;
            default -> throw new IllegalArgumentException(
                    "direction must be inbound or outbound, was '" + value + "'");
        };
    }
}
