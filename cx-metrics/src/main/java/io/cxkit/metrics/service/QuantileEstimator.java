package io.cxkit.metrics.service;

import java.util.Arrays;

/**
 * The nine sample quantile definitions of Hyndman and Fan (1996), "Sample quantiles in statistical packages",
 * <i>The American Statistician</i> 50(4), 361–365. Type 7 is R's and numpy's default and Excel's
 * {@code PERCENTILE.INC}; Apache Commons Math's default ({@code LEGACY}) is none of these.
 *
 * <p>With the sorted sample x₁ ≤ … ≤ xₙ (1-based) and p in [0, 1]: types 4–9 take
 * {@code h = n·p + m}, {@code j = ⌊h⌋}, {@code g = h − j} and return {@code (1 − g)·x_j + g·x_{j+1}} (with
 * x₀ = x₁ and x_{n+1} = xₙ), where m = 0 (type 4), ½ (5), p (6), 1 − p (7), (p + 1)/3 (8), p/4 + 3/8 (9).
 * Types 1–3 are the discontinuous ones: inverse of the empirical distribution (1), the same averaging at
 * discontinuities (2), and the nearest even order statistic (3, SAS definition 2). Comparisons of g with 0 use
 * a tolerance of 4 ulps of h, as R does, so that p = 0.9 on ten values is taken as exactly the 9th value.
 * For example type 7 of 1..10 at p = 0.9 is 9.1.
 */
public enum QuantileEstimator {
    /** Type 1: the inverse of the empirical distribution function ({@code inverted_cdf}). */
    TYPE_1(1),
    /** Type 2: type 1 averaged at discontinuities ({@code averaged_inverted_cdf}). */
    TYPE_2(2),
    /** Type 3: the nearest even order statistic ({@code closest_observation}). */
    TYPE_3(3),
    /** Type 4: linear interpolation of the empirical distribution ({@code interpolated_inverted_cdf}). */
    TYPE_4(4),
    /** Type 5: piecewise linear with knots at the midpoints ({@code hazen}). */
    TYPE_5(5),
    /** Type 6: p(k) = k/(n+1), Minitab and SPSS, Excel {@code PERCENTILE.EXC} ({@code weibull}). */
    TYPE_6(6),
    /** Type 7: p(k) = (k−1)/(n−1); R, numpy and Excel {@code PERCENTILE.INC} default ({@code linear}). */
    TYPE_7(7),
    /** Type 8: approximately median-unbiased, Hyndman and Fan's recommendation ({@code median_unbiased}). */
    TYPE_8(8),
    /** Type 9: approximately unbiased for normal samples ({@code normal_unbiased}). */
    TYPE_9(9);

    private final int type;

    QuantileEstimator(int type) {
        this.type = type;
    }

    /**
     * The default: type 7.
     *
     * @return the default: type 7
     */
    public static QuantileEstimator defaultEstimator() {
        return TYPE_7;
    }

    /**
     * The estimator of Hyndman–Fan type {@code type}.
     *
     * @param type the type
     * @return the estimator of Hyndman–Fan type {@code type}
     * @throws IllegalArgumentException if the type is not within 1..9
     */
    public static QuantileEstimator ofType(int type) {
        if (type < 1 || type > 9) {
            throw new IllegalArgumentException("quantile type must be within 1..9, was " + type);
        }
        return values()[type - 1];
    }

    /**
     * The Hyndman–Fan type number, 1..9.
     *
     * @return the Hyndman–Fan type number, 1..9
     */
    public int type() {
        return type;
    }

    /**
     * The p-quantile of a sample sorted ascending. The array is not changed.
     *
     * @param sorted the sample, ascending
     * @param p the probability, in [0, 1]
     * @return the p-quantile of a sample sorted ascending
     * @throws IllegalArgumentException if the sample is empty, holds NaN, or p is not within [0, 1]
     */
    public double quantileOfSorted(double[] sorted, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("quantile probability p must be within [0, 1], was " + p);
        }
        int n = sorted.length;
        if (n == 0) {
            throw new IllegalArgumentException("quantile of an empty sample is undefined");
        }
        if (Double.isNaN(sorted[0]) || Double.isNaN(sorted[n - 1])) {
            throw new IllegalArgumentException("sample must not hold NaN");
        }
        double m = switch (type) {
            case 1, 2, 4 -> 0;
            case 3 -> -0.5;
            case 5 -> 0.5;
            case 6 -> p;
            case 7 -> 1 - p;
            case 8 -> (p + 1) / 3;
            default -> p / 4 + 3.0 / 8;
        };
        double h = n * p + m;
        double fuzz = 4 * Math.ulp(Math.max(1, Math.abs(h)));
        long j = (long) Math.floor(h + fuzz);
        double g = h - j;
        if (Math.abs(g) <= fuzz) {
            g = 0;
        }
        double gamma = switch (type) {
            case 1 -> g > 0 ? 1 : 0;
            case 2 -> g > 0 ? 1 : 0.5;
            case 3 -> (g == 0 && j % 2 == 0) ? 0 : 1;
            default -> g;
        };
        double lo = at(sorted, j);
        double hi = at(sorted, j + 1);
        return gamma == 0 ? lo : gamma == 1 ? hi : lo + gamma * (hi - lo);
    }

    /**
     * The p-quantile of an unsorted sample; sorts a copy.
     *
     * @param values the values
     * @param p the probability, in [0, 1]
     * @return the p-quantile of an unsorted sample; sorts a copy
     * @throws IllegalArgumentException as {@link #quantileOfSorted}
     */
    public double quantile(double[] values, double p) {
        double[] s = values.clone();
        Arrays.sort(s);
        return quantileOfSorted(s, p);
    }

    /** x_j of the 1-based sorted sample, clamped to x₁ and xₙ. */
    private static double at(double[] sorted, long j) {
        if (j < 1) {
            return sorted[0];
        }
        if (j > sorted.length) {
            return sorted[sorted.length - 1];
        }
        return sorted[(int) j - 1];
    }
}
