package io.cxkit.metrics.stat;

/**
 * Welch's unequal-variances t-test of the difference of two means (Welch 1947, "The generalization of
 * 'Student's' problem when several different population variances are involved", Biometrika 34), with the
 * Welch–Satterthwaite degrees of freedom
 * {@code ν = (s₁²/n₁ + s₂²/n₂)² / ((s₁²/n₁)²/(n₁−1) + (s₂²/n₂)²/(n₂−1))}.
 */
public final class WelchTest {
    /** The method name reported in results. */
    public static final String METHOD = "welch-t";

    private WelchTest() {
    }

    /**
     * Tests mean2 − mean1.
     *
     * @param var1 the first sample's unbiased variance (divisor n − 1)
     * @param var2 the second sample's unbiased variance
     * @param n1 the first sample's size (a Kish effective size for weighted samples, so not necessarily whole)
     * @param n2 the second sample's size
     * @param mean1 the mean1
     * @param mean2 the mean2
     * @param confidence the two-sided confidence level, in (0, 1), e.g. 0.95
     * @return the difference mean2 − mean1, its interval and the test's p-value
     * @throws IllegalArgumentException if a sample has fewer than 2 observations, a variance is negative or
     *         NaN, or the confidence is not within (0, 1)
     */
    public static TwoSampleResult test(double mean1, double var1, double n1, double mean2, double var2, double n2,
                                       double confidence) {
        Normal.requireConfidence(confidence);
        if (!(n1 >= 2) || !(n2 >= 2)) {
            throw new IllegalArgumentException("Welch's test needs at least 2 observations per sample, had " + n1
                    + " and " + n2);
        }
        if (!(var1 >= 0) || !(var2 >= 0)) {
            throw new IllegalArgumentException("variances must be non-negative numbers, were " + var1 + " and "
                    + var2);
        }
        double a = var1 / n1;
        double b = var2 / n2;
        double se = Math.sqrt(a + b);
        double diff = mean2 - mean1;
        if (se == 0) {
            return new TwoSampleResult(diff, 0, Double.NaN, Double.NaN, Double.NaN, diff, diff, confidence,
                    METHOD);
        }
        double df = (a + b) * (a + b) / (a * a / (n1 - 1) + b * b / (n2 - 1));
        double t = diff / se;
        double crit = StudentT.twoSidedCritical(confidence, df);
        return new TwoSampleResult(diff, se, t, df, StudentT.twoSidedP(t, df), diff - crit * se, diff + crit * se,
                confidence, METHOD);
    }
}
