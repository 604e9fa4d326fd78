package io.cxkit.journey.funnel;

import java.util.Objects;

/**
 * An exclusion step: an attempt in which {@code activity} happens after step {@code fromStep} was reached and
 * before step {@code toStep} is reached (within the window) is discarded; a case whose every attempt is
 * discarded is left out of the funnel altogether, as PostHog's exclusion steps do.
 *
 * @param activity the excluded activity
 * @param fromStep the step after which it counts, 0-based
 * @param toStep the step before which it counts, greater than fromStep
 */
public record Exclusion(String activity, int fromStep, int toStep) {
    /**
     * @param activity the excluded activity
     * @param fromStep the step after which it counts, 0-based
     * @param toStep the step before which it counts, greater than fromStep
     * @throws IllegalArgumentException if the steps are negative or not increasing
     */
    public Exclusion {
        Objects.requireNonNull(activity, "exclusion activity must not be null");
        if (fromStep < 0 || toStep <= fromStep) {
            throw new IllegalArgumentException("exclusion steps must satisfy 0 <= from < to, were from " + fromStep
                    + ", to " + toStep);
        }
    }
}
