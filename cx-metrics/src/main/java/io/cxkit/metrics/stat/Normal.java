package io.cxkit.metrics.stat;

/**
 * The standard normal distribution: density, cumulative distribution and quantile, accurate to about 1e-15
 * (relative, in the tails too). The CDF sums the Taylor series of Φ for |x| &lt; 2 and evaluates Laplace's
 * continued fraction for the tail beyond (Abramowitz &amp; Stegun 26.2.10 and 26.2.14); the quantile refines
 * the A&amp;S 26.2.23 approximation with Halley steps on that CDF.
 */
public final class Normal {
    private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
    private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);

    private Normal() {
    }

    /**
     * φ(x), the standard normal density.
     *
     * @param x {@code x} in the description above
     * @return φ(x), the standard normal density
     */
    public static double density(double x) {
        return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
    }

    /**
     * Φ(x) = P(Z ≤ x); 0 and 1 at the infinities, NaN for NaN.
     *
     * @param x {@code x} in the description above
     * @return Φ(x) = P(Z ≤ x); 0 and 1 at the infinities, NaN for NaN
     */
    public static double cdf(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x <= -2) {
            return upperTail(-x);
        }
        if (x >= 2) {
            return 1 - upperTail(x);
        }
        // Φ(x) = 1/2 + φ(x)·(x + x³/3 + x⁵/(3·5) + …), all terms positive for x > 0: no cancellation.
        double term = x;
        double sum = x;
        double x2 = x * x;
        for (int k = 1; k < 200; k++) {
            term *= x2 / (2 * k + 1);
            sum += term;
            if (Math.abs(term) < 1e-17 * Math.abs(sum)) {
                break;
            }
        }
        return 0.5 + density(x) * sum;
    }

    /** Q(x) = 1 − Φ(x) for x ≥ 2, by the continued fraction φ(x)/(x + 1/(x + 2/(x + 3/(x + …)))). */
    private static double upperTail(double x) {
        if (x > 40) {
            return 0;
        }
        // Evaluated bottom-up; 200 levels are ample for x ≥ 2 at double precision.
        double f = x;
        for (int k = 200; k >= 1; k--) {
            f = x + k / f;
        }
        return density(x) / f;
    }

    /**
     * The quantile Φ⁻¹(p).
     *
     * @param p the probability, in [0, 1]
     * @return the quantile Φ⁻¹(p)
     * @throws IllegalArgumentException if p is not within [0, 1]; returns ±∞ at 0 and 1
     */
    public static double quantile(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("probability must be within [0, 1], was " + p);
        }
        if (p == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p == 1) {
            return Double.POSITIVE_INFINITY;
        }
        if (p > 0.5) {
            return -lowerQuantile(1 - p);
        }
        return lowerQuantile(p);
    }

    /** Φ⁻¹(p) for 0 &lt; p ≤ 0.5. */
    private static double lowerQuantile(double p) {
        if (p == 0.5) {
            return 0;
        }
        double t = Math.sqrt(-2 * Math.log(p));
        double x = -(t - (2.515517 + 0.802853 * t + 0.010328 * t * t)
                / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t));
        for (int i = 0; i < 6; i++) {
            double e = cdf(x) - p;
            double u = e * SQRT_2PI * Math.exp(0.5 * x * x);
            double step = u / (1 + 0.5 * x * u);
            x -= step;
            if (Math.abs(step) < 1e-15 * Math.max(1, Math.abs(x))) {
                break;
            }
        }
        return x;
    }

    /**
     * The two-sided critical value z for a confidence level: Φ⁻¹(1 − (1 − confidence)/2), e.g. 1.959964 at
     * 0.95. (A common bug uses the one-sided 1.645 instead.)
     *
     * @param confidence the two-sided confidence level, in (0, 1), e.g. 0.95
     * @return the two-sided critical value z for a confidence level: Φ⁻¹(1 − (1 − confidence)/2), e.g. 1.959964 at 0.95
     * @throws IllegalArgumentException if the confidence is not within (0, 1)
     */
    public static double twoSidedCritical(double confidence) {
        requireConfidence(confidence);
        return quantile(1 - (1 - confidence) / 2);
    }

    /**
     * The two-sided p-value of a z statistic: 2·(1 − Φ(|z|)); NaN for NaN.
     *
     * @param z {@code z} in the description above
     * @return the two-sided p-value of a z statistic: 2·(1 − Φ(|z|)); NaN for NaN
     */
    public static double twoSidedP(double z) {
        if (Double.isNaN(z)) {
            return Double.NaN;
        }
        return Math.min(1, 2 * cdf(-Math.abs(z)));
    }

    static void requireConfidence(double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be within (0, 1), was " + confidence);
        }
    }
}
