package io.cxkit.metrics.stat;

import io.cxkit.metrics.stat.internal.SpecialFunctions;

/**
 * Student's t distribution with ν degrees of freedom (ν &gt; 0, not necessarily whole, as Welch's test needs).
 * The CDF is the regularised incomplete beta function, P(T ≤ t) = 1 − ½·I_{ν/(ν+t²)}(ν/2, ½) for t ≥ 0
 * (Abramowitz &amp; Stegun 26.7.1 with 26.5.27); the quantile refines the Cornish–Fisher start
 * (A&amp;S 26.7.5) with safeguarded Newton steps. Accurate to about 1e-12.
 */
public final class StudentT {
    private StudentT() {
    }

    /**
     * The density at t.
     *
     * @param t {@code t} in the description above
     * @param df the degrees of freedom
     * @return the density at t
     * @throws IllegalArgumentException if df is not a positive number
     */
    public static double density(double t, double df) {
        requireDf(df);
        return Math.exp(SpecialFunctions.lnGamma((df + 1) / 2) - SpecialFunctions.lnGamma(df / 2)
                - 0.5 * Math.log(df * Math.PI) - (df + 1) / 2 * Math.log1p(t * t / df));
    }

    /**
     * P(T ≤ t).
     *
     * @param t {@code t} in the description above
     * @param df the degrees of freedom
     * @return P(T ≤ t)
     * @throws IllegalArgumentException if df is not a positive number
     */
    public static double cdf(double t, double df) {
        requireDf(df);
        if (Double.isNaN(t)) {
            return Double.NaN;
        }
        if (Double.isInfinite(t)) {
            return t > 0 ? 1 : 0;
        }
        double tail = 0.5 * SpecialFunctions.regularizedBeta(df / (df + t * t), df / 2, 0.5);
        return t >= 0 ? 1 - tail : tail;
    }

    /**
     * The quantile: the t with P(T ≤ t) = p.
     *
     * @param p the probability, in [0, 1]
     * @param df the degrees of freedom
     * @return the quantile: the t with P(T ≤ t) = p
     * @throws IllegalArgumentException if p is not within [0, 1] or df is not a positive number; returns ±∞ at
     *         0 and 1
     */
    public static double quantile(double p, double df) {
        requireDf(df);
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("probability must be within [0, 1], was " + p);
        }
        if (p == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p == 1) {
            return Double.POSITIVE_INFINITY;
        }
        if (p == 0.5) {
            return 0;
        }
        if (p < 0.5) {
            return -quantile(1 - p, df);
        }
        if (df == 1) {
            return Math.tan(Math.PI * (p - 0.5));
        }
        double z = Normal.quantile(p);
        double z3 = z * z * z;
        double x = z + (z3 + z) / (4 * df) + (5 * z3 * z * z + 16 * z3 + 3 * z) / (96 * df * df);
        // Bracket the root, then Newton steps that fall back to bisection when they leave the bracket.
        double lo = 0;
        double hi = Math.max(x, 1);
        while (cdf(hi, df) < p) {
            lo = hi;
            hi *= 2;
            if (hi > 1e300) {
                return Double.POSITIVE_INFINITY;
            }
        }
        if (!(x > lo && x < hi)) {
            x = 0.5 * (lo + hi);
        }
        for (int i = 0; i < 200; i++) {
            double f = cdf(x, df) - p;
            if (f == 0) {
                return x;
            }
            if (f < 0) {
                lo = x;
            } else {
                hi = x;
            }
            double next = x - f / density(x, df);
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
            }
            if (Math.abs(next - x) < 1e-14 * Math.max(1, Math.abs(x))) {
                return next;
            }
            x = next;
        }
        return x;
    }

    /**
     * The two-sided critical value t for a confidence level: the (1 + confidence)/2 quantile.
     *
     * @param confidence the two-sided confidence level, in (0, 1), e.g. 0.95
     * @param df the degrees of freedom
     * @return the two-sided critical value t for a confidence level: the (1 + confidence)/2 quantile
     * @throws IllegalArgumentException if the confidence is not within (0, 1) or df is not a positive number
     */
    public static double twoSidedCritical(double confidence, double df) {
        Normal.requireConfidence(confidence);
        return quantile(1 - (1 - confidence) / 2, df);
    }

    /**
     * The two-sided p-value of a t statistic: 2·P(T ≥ |t|); NaN for NaN.
     *
     * @param t {@code t} in the description above
     * @param df the degrees of freedom
     * @return the two-sided p-value of a t statistic: 2·P(T ≥ |t|); NaN for NaN
     * @throws IllegalArgumentException if df is not a positive number
     */
    public static double twoSidedP(double t, double df) {
        if (Double.isNaN(t)) {
            return Double.NaN;
        }
        return Math.min(1, 2 * cdf(-Math.abs(t), df));
    }

    private static void requireDf(double df) {
        if (!(df > 0) || Double.isInfinite(df)) {
            throw new IllegalArgumentException("degrees of freedom must be a positive number, was " + df);
        }
    }
}
