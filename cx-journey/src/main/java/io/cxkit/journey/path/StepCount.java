package io.cxkit.journey.path;

import java.util.Objects;

/**
 * How often an activity came directly after (or before) a given one.
 *
 * @param activity the neighbouring activity, or {@link Paths#END} / {@link Paths#START} where the journey ended
 *        (or began) at the given one
 * @param count how many times
 * @param share {@code count} over all occurrences of the given activity, 0..1
 */
public record StepCount(String activity, long count, double share) {
    /**
     * @param activity the neighbouring activity, or {@link Paths#END} / {@link Paths#START} where the journey ended (or
     *        began) at the given one
     * @param count how many times
     * @param share {@code count} over all occurrences of the given activity, 0..1
     * @throws IllegalArgumentException if count is below 1 or share outside 0..1
     */
    public StepCount {
        Objects.requireNonNull(activity, "activity must not be null");
        if (count < 1 || !(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("step " + activity + " needs count >= 1 and share within 0..1, were "
                    + count + ", " + share);
        }
    }
}
