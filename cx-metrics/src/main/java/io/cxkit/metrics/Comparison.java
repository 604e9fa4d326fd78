package io.cxkit.metrics;

import java.util.Objects;
import java.util.Optional;

/**
 * The two-sample test of one metric between a baseline and a current group (before/after, last month/this
 * month, channel a/channel b).
 *
 * @param metric the metric's name
 * @param baseline the baseline group's estimate
 * @param current the current group's estimate
 * @param difference current − baseline, on the metric's natural scale (signed)
 * @param interval the confidence interval of the difference, where one exists
 * @param statistic the test statistic (z or t); NaN if a group is empty or has no spread
 * @param pValue the two-sided p-value, in [0, 1]; NaN where the statistic is NaN
 * @param method the test's name, e.g. {@code adjusted-wald-difference}, {@code two-proportion-z}, {@code welch-t}
 */
public record Comparison(String metric, Estimate baseline, Estimate current, double difference,
                         Optional<Interval> interval, double statistic, double pValue, String method) {
    /**
     * @param metric the metric's name
     * @param baseline the baseline group's estimate
     * @param current the current group's estimate
     * @param difference current − baseline, on the metric's natural scale (signed)
     * @param interval the confidence interval of the difference, where one exists
     * @param statistic the test statistic (z or t); NaN if a group is empty or has no spread
     * @param pValue the two-sided p-value, in [0, 1]; NaN where the statistic is NaN
     * @param method the test's name, e.g. {@code adjusted-wald-difference}, {@code two-proportion-z}, {@code welch-t}
     * @throws IllegalArgumentException if the p-value is not NaN and outside [0, 1]
     */
    public Comparison {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(method, "method");
        if (!Double.isNaN(pValue) && (pValue < 0 || pValue > 1)) {
            throw new IllegalArgumentException("p-value must be within [0, 1], was " + pValue);
        }
    }

    /**
     * True if the difference is significant at {@code alpha} (p &lt; alpha); false when p is NaN.
     *
     * @param alpha the significance level, in (0, 1)
     * @return true if the difference is significant at {@code alpha} (p &lt; alpha); false when p is NaN
     */
    public boolean significantAt(double alpha) {
        return pValue < alpha;
    }
}
