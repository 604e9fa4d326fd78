package io.cxkit.journey.path;

import java.util.Objects;

/**
 * A direct transition between two activities within a journey.
 *
 * @param from the earlier activity
 * @param to the activity directly after it
 * @param count how many times
 * @param share {@code count} over all transitions of the log, 0..1
 */
public record Transition(String from, String to, long count, double share) {
    /**
     * @param from the earlier activity
     * @param to the activity directly after it
     * @param count how many times
     * @param share {@code count} over all transitions of the log, 0..1
     * @throws IllegalArgumentException if count is below 1 or share outside 0..1
     */
    public Transition {
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
        if (count < 1 || !(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("transition " + from + " -> " + to
                    + " needs count >= 1 and share within 0..1, were " + count + ", " + share);
        }
    }
}
