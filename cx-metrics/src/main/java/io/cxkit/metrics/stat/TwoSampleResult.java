package io.cxkit.metrics.stat;

/**
 * The outcome of a two-sample test of "second − first".
 *
 * @param difference second − first, signed, in the unit of the compared figure
 * @param standardError the standard error of the difference used for the interval
 * @param statistic the test statistic (z or t); NaN if it is undefined (an empty group, no spread)
 * @param degreesOfFreedom the t test's degrees of freedom; infinite for a z test
 * @param pValue the two-sided p-value; NaN where the statistic is NaN
 * @param lower the lower bound of the difference's interval
 * @param upper the upper bound of the difference's interval
 * @param confidence the interval's two-sided level
 * @param method the test's name
 */
public record TwoSampleResult(double difference, double standardError, double statistic, double degreesOfFreedom,
                              double pValue, double lower, double upper, double confidence, String method) {
    /**
     * @param difference second − first, signed, in the unit of the compared figure
     * @param standardError the standard error of the difference used for the interval
     * @param statistic the test statistic (z or t); NaN if it is undefined (an empty group, no spread)
     * @param degreesOfFreedom the t test's degrees of freedom; infinite for a z test
     * @param pValue the two-sided p-value; NaN where the statistic is NaN
     * @param lower the lower bound of the difference's interval
     * @param upper the upper bound of the difference's interval
     * @param confidence the interval's two-sided level
     * @param method the test's name
     * @throws NullPointerException if the method is null
     */
    public TwoSampleResult {
        java.util.Objects.requireNonNull(method, "method");
    }
}
