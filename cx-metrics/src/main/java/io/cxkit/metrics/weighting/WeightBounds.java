package io.cxkit.metrics.weighting;

/**
 * Weight trimming bounds, as multiples of the mean weight: after each raking sweep every weight is cut to
 * [{@code min}·mean, {@code max}·mean], and raking goes on, so margins are met as well as the bounds allow
 * (the trimmed raking of Battaglia et al. 2009, "Practical considerations in raking survey data", Survey
 * Practice 2(5)). Bounds too tight for the margins show as a run that does not converge.
 *
 * @param min the lower bound, in [0, 1]
 * @param max the upper bound, at least 1
 */
public record WeightBounds(double min, double max) {
    /**
     * @param min the lower bound, in [0, 1]
     * @param max the upper bound, at least 1
     * @throws IllegalArgumentException if min is not within [0, 1] or max is below 1 or not finite
     */
    public WeightBounds {
        if (!(min >= 0 && min <= 1)) {
            throw new IllegalArgumentException("lower weight bound must be within [0, 1] of the mean, was " + min);
        }
        if (!(max >= 1) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("upper weight bound must be at least 1 (the mean), was " + max);
        }
    }
}
