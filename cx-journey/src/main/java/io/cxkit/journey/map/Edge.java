package io.cxkit.journey.map;

import io.cxkit.journey.DurationStats;
import java.util.Objects;

/**
 * One edge of a directly-follows graph: how often {@code to} directly followed {@code from} within a journey,
 * and the time between the two events.
 *
 * @param from the earlier activity
 * @param to the activity that directly followed it
 * @param count how many times, at least 1
 * @param timing the time from the {@code from} event to the {@code to} event, in seconds
 */
public record Edge(String from, String to, long count, DurationStats timing) {
    /**
     * @param from the earlier activity
     * @param to the activity that directly followed it
     * @param count how many times, at least 1
     * @param timing the time from the {@code from} event to the {@code to} event, in seconds
     * @throws IllegalArgumentException if count is below 1 or differs from the timing's n
     */
    public Edge {
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
        Objects.requireNonNull(timing, "timing must not be null");
        if (count < 1 || count != timing.n()) {
            throw new IllegalArgumentException("edge " + from + " -> " + to + " count must be at least 1 and equal "
                    + "the timing's n " + timing.n() + ", was " + count);
        }
    }
}
