package io.cxkit.journey.funnel;

import java.util.Locale;

/** How a funnel's steps must follow each other, in PostHog's three modes. */
public enum FunnelOrder {
    /** Steps in the given order; other events may happen in between (PostHog "sequential"). */
    ORDERED,
    /** Steps in the given order with no other event of the case in between (PostHog "strict"). */
    STRICT,
    /**
     * Steps in any order within the window; step k counts the cases that completed at least k + 1 of the steps
     * (PostHog "any order").
     */
    ANY;

    /**
     * The mode named {@code ordered}, {@code strict} or {@code any} (case ignored).
     *
     * @param name the name
     * @return the mode named {@code ordered}, {@code strict} or {@code any} (case ignored)
     * @throws IllegalArgumentException naming the allowed values otherwise
     */
    public static FunnelOrder parse(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "ordered", "sequential" -> ORDERED;
            case "strict" -> STRICT;
            case "any", "unordered" -> ANY;
            default -> throw new IllegalArgumentException("funnel order must be ordered, strict or any, was '"
                    + name + "'");
        };
    }
}
