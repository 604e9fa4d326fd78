package io.cxkit.metrics;

/**
 * A confidence interval.
 *
 * @param lower the lower bound, in the unit of the estimate
 * @param upper the upper bound, in the unit of the estimate
 * @param confidence the two-sided confidence level, in (0, 1), e.g. 0.95
 * @param method the method's name, e.g. {@code adjusted-wald}, {@code wilson}, {@code t}
 * @param clamped true if a bound was cut to the metric's natural range (e.g. [−1, 1] for NPS)
 */
public record Interval(double lower, double upper, double confidence, String method, boolean clamped) {
    /**
     * @param lower the lower bound, in the unit of the estimate
     * @param upper the upper bound, in the unit of the estimate
     * @param confidence the two-sided confidence level, in (0, 1), e.g. 0.95
     * @param method the method's name, e.g. {@code adjusted-wald}, {@code wilson}, {@code t}
     * @param clamped true if a bound was cut to the metric's natural range (e.g. [−1, 1] for NPS)
     * @throws IllegalArgumentException if lower &gt; upper, a bound is NaN, or confidence is not in (0, 1)
     */
    public Interval {
        if (Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
            throw new IllegalArgumentException("interval bounds must be ordered numbers, were [" + lower + ", "
                    + upper + "]");
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be within (0, 1), was " + confidence);
        }
        java.util.Objects.requireNonNull(method, "method");
    }
}
