package io.cxkit.metrics.service.internal;

import io.cxkit.metrics.Interval;
import java.util.Optional;

/**
 * The small interval formulas the service, retention and weighting metrics need. Kept here, small, until the
 * shared statistics of the survey package can be reused.
 */
public final class Intervals {
    private Intervals() {
    }

    /**
     * The two-sided standard normal quantile for a confidence level: z with Φ(z) = (1 + confidence)/2, e.g.
     * 1.959964 at 0.95. Acklam's rational approximation of the normal quantile (relative error below
     * 1.2e-9, ample for interval bounds).
     *
     * @throws IllegalArgumentException if the confidence is not in (0, 1)
     */
    public static double z(double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be within (0, 1), was " + confidence);
        }
        return inverseNormal((1 + confidence) / 2);
    }

    static double inverseNormal(double p) {
        final double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
            1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
        final double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
            6.680131188771972e+01, -1.328068155288572e+01};
        final double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
            -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
        final double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
            3.754408661907416e+00};
        double low = 0.02425;
        double x;
        if (p < low) {
            double q = Math.sqrt(-2 * Math.log(p));
            x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        } else if (p <= 1 - low) {
            double q = p - 0.5;
            double r = q * q;
            x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                    / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
        } else {
            double q = Math.sqrt(-2 * Math.log(1 - p));
            x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        return x;
    }

    /**
     * The Wilson score interval of x successes in n trials (Wilson 1927, JASA 22:209), always within [0, 1].
     * Empty when n is 0.
     */
    public static Optional<Interval> wilson(long x, long n, double confidence) {
        if (n == 0) {
            return Optional.empty();
        }
        double z = z(confidence);
        double z2 = z * z;
        double p = (double) x / n;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        double lo = Math.max(0, centre - half);
        double hi = Math.min(1, centre + half);
        return Optional.of(new Interval(lo, Math.max(lo, hi), confidence, "wilson", false));
    }

    /**
     * The normal-theory interval of a mean, {@code mean ± z·s/√n}, from n, the mean and the sample variance.
     * Empty when n &lt; 2.
     */
    public static Optional<Interval> mean(long n, double mean, double variance, double confidence) {
        if (n < 2) {
            return Optional.empty();
        }
        double half = z(confidence) * Math.sqrt(Math.max(0, variance) / n);
        return Optional.of(new Interval(mean - half, mean + half, confidence, "normal", false));
    }

    /**
     * The distribution-free interval of a quantile from order statistics (Conover 1999, <i>Practical
     * Nonparametric Statistics</i>, §3.2, normal approximation to the binomial): ranks
     * {@code n·q ∓ z·√(n·q·(1−q))}, rounded outwards and clamped to the sample. Empty when n is 0.
     *
     * @param sorted the sample, ascending
     */
    public static Optional<Interval> quantile(double[] sorted, double q, double confidence) {
        int n = sorted.length;
        if (n == 0) {
            return Optional.empty();
        }
        double z = z(confidence);
        double spread = z * Math.sqrt(n * q * (1 - q));
        int lo = (int) Math.floor(n * q - spread);
        int hi = (int) Math.ceil(n * q + spread) + 1;
        lo = Math.max(1, lo);
        hi = Math.min(n, hi);
        boolean clamped = n * q - spread < 1 || n * q + spread + 1 > n;
        return Optional.of(new Interval(sorted[lo - 1], sorted[hi - 1], confidence, "order-statistic", clamped));
    }
}
