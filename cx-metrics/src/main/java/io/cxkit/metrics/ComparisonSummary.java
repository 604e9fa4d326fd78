package io.cxkit.metrics;

import java.util.Objects;

/**
 * A {@link Comparison}'s test flattened for a table, a CSV row or a JSON object: the difference (current −
 * baseline) with its interval, the statistic, the p-value, the test's name, the confidence level asked for and
 * whether the difference is significant at it.
 *
 * @param difference current − baseline, on the metric's natural scale
 * @param lower the difference's interval lower bound; NaN without one
 * @param upper the difference's interval upper bound; NaN without one
 * @param statistic the test statistic (z or t); NaN if a group is empty or has no spread
 * @param pValue the two-sided p-value; NaN where the statistic is
 * @param method the test's name
 * @param confidence the confidence level, in (0, 1)
 * @param significant whether p &lt; 1 − confidence
 */
public record ComparisonSummary(double difference, double lower, double upper, double statistic, double pValue,
        String method, double confidence, boolean significant) {
    /**
     * @param difference current − baseline, on the metric's natural scale
     * @param lower the difference's interval lower bound; NaN without one
     * @param upper the difference's interval upper bound; NaN without one
     * @param statistic the test statistic (z or t); NaN if a group is empty or has no spread
     * @param pValue the two-sided p-value; NaN where the statistic is
     * @param method the test's name
     * @param confidence the confidence level, in (0, 1)
     * @param significant whether p &lt; 1 − confidence
     * @throws NullPointerException if method is null
     */
    public ComparisonSummary {
        Objects.requireNonNull(method, "method");
    }

    /**
     * The summary of a comparison at a confidence level.
     *
     * @param c the comparison
     * @param confidence the level its significance is judged at: significant when p &lt; 1 − confidence
     * @return its flat fields
     * @throws IllegalArgumentException if confidence is not within (0, 1)
     */
    public static ComparisonSummary of(Comparison c, double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be within (0, 1), was " + confidence);
        }
        return new ComparisonSummary(c.difference(), c.interval().map(Interval::lower).orElse(Double.NaN),
                c.interval().map(Interval::upper).orElse(Double.NaN), c.statistic(), c.pValue(), c.method(),
                confidence, c.significantAt(1 - confidence));
    }
}
