package io.cxkit.metrics;

/**
 * A metric that offers its own two-sample test, used by trends and before/after comparisons: NPS offers the
 * adjusted-Wald difference, shares the two-proportion z-test, means Welch's t-test. Metrics without one are
 * still broken down and trended, just without a test.
 *
 * @param <A> the accumulator type
 */
public interface ComparableMetric<A extends Accumulator<A>> extends Metric<A> {

    /**
     * Tests current against baseline.
     *
     * @param confidence the two-sided level of the difference's interval, in (0, 1)
     * @param baseline the baseline period's state
     * @param current the current period's state
     * @return the difference, its interval and the test's p-value
     * @throws IllegalArgumentException if the confidence is not in (0, 1)
     */
    Comparison compare(A baseline, A current, double confidence);

    /**
     * Tests current against baseline at this metric's own {@link #confidenceLevel()} (0.95 if it declares
     * none).
     *
     * @param baseline the baseline period's state
     * @param current the current period's state
     * @return the difference, its interval and the test's p-value
     */
    default Comparison compare(A baseline, A current) {
        return compare(baseline, current, confidenceLevel().orElse(MetricOptions.DEFAULT_CONFIDENCE));
    }
}
