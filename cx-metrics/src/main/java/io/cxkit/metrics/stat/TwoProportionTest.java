package io.cxkit.metrics.stat;

/**
 * The two-proportion z-test of p₂ − p₁ for independent samples. The statistic uses the pooled proportion
 * {@code z = (p₂ − p₁) / sqrt(p̄(1 − p̄)(1/n₁ + 1/n₂))}, p̄ = (x₁ + x₂)/(n₁ + n₂); the interval of the difference
 * uses the unpooled standard error {@code sqrt(p₁(1−p₁)/n₁ + p₂(1−p₂)/n₂)} (Agresti 2013, <i>Categorical Data
 * Analysis</i>, 3rd ed., §3.1.3 and §1.4), as R's {@code prop.test(correct = FALSE)} does.
 */
public final class TwoProportionTest {
    /** The method name reported in results. */
    public static final String METHOD = "two-proportion-z";

    private TwoProportionTest() {
    }

    /**
     * Tests x2/n2 − x1/n1. Counts may be fractional (weighted counts with Kish effective sizes).
     *
     * @param x1 {@code x1} in the description above
     * @param n1 {@code n1} in the description above
     * @param x2 {@code x2} in the description above
     * @param n2 {@code n2} in the description above
     * @param confidence the two-sided confidence level, in (0, 1), e.g. 0.95
     * @return the difference x2/n2 − x1/n1, its interval and the test's p-value
     * @throws IllegalArgumentException if a sample is empty, a count is negative or exceeds its n, or the
     *         confidence is not within (0, 1)
     */
    public static TwoSampleResult test(double x1, double n1, double x2, double n2, double confidence) {
        Normal.requireConfidence(confidence);
        if (!(n1 > 0) || !(n2 > 0)) {
            throw new IllegalArgumentException("both samples must be non-empty, n were " + n1 + " and " + n2);
        }
        if (!(x1 >= 0 && x1 <= n1) || !(x2 >= 0 && x2 <= n2)) {
            throw new IllegalArgumentException("successes must be within 0..n, were " + x1 + " of " + n1 + " and "
                    + x2 + " of " + n2);
        }
        double p1 = x1 / n1;
        double p2 = x2 / n2;
        double pooled = (x1 + x2) / (n1 + n2);
        double seTest = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
        double seDiff = Math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
        double diff = p2 - p1;
        double z = seTest == 0 ? Double.NaN : diff / seTest;
        double crit = Normal.twoSidedCritical(confidence);
        double lower = Math.max(-1, diff - crit * seDiff);
        double upper = Math.min(1, diff + crit * seDiff);
        return new TwoSampleResult(diff, seDiff, z, Double.POSITIVE_INFINITY, Normal.twoSidedP(z), lower, upper,
                confidence, METHOD);
    }
}
