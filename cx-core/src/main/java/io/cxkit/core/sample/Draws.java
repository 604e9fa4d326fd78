package io.cxkit.core.sample;

import java.util.SplittableRandom;

/**
 * Random draws from the distributions the sample uses, built only on {@link SplittableRandom#nextDouble()} and
 * {@link SplittableRandom#nextInt(int)}. Those two are specified bit for bit (SplitMix64), whereas the JDK's own
 * {@code nextGaussian()} and {@code nextExponential()} algorithms are not promised to stay the same across
 * releases; the sample must be identical on every JDK for its seed.
 */
final class Draws {
    private Draws() {
    }

    /** True with probability {@code p}. */
    static boolean chance(SplittableRandom r, double p) {
        return r.nextDouble() < p;
    }

    /** Uniform on [lo, hi). */
    static double uniform(SplittableRandom r, double lo, double hi) {
        return lo + (hi - lo) * r.nextDouble();
    }

    /** Exponential with the given mean, by inversion. */
    static double exponential(SplittableRandom r, double mean) {
        return -mean * Math.log(1.0 - r.nextDouble());
    }

    /** Standard normal, by the Box–Muller transform (one of the pair is discarded to keep draws stateless). */
    static double normal(SplittableRandom r) {
        double u1 = 1.0 - r.nextDouble();
        double u2 = r.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }

    /** Log-normal with the given median and log-scale standard deviation {@code sigma}. */
    static double logNormal(SplittableRandom r, double median, double sigma) {
        return median * Math.exp(sigma * normal(r));
    }

    /**
     * Gamma with shape {@code k} and the given mean, by Marsaglia &amp; Tsang (2000), "A simple method for
     * generating gamma variables", ACM TOMS 26(3); shapes below 1 use their boosting step {@code G(k+1)·U^(1/k)}.
     */
    static double gamma(SplittableRandom r, double k, double mean) {
        double scale = mean / k;
        if (k < 1.0) {
            return gamma(r, k + 1.0, (k + 1.0) * scale) * Math.pow(r.nextDouble(), 1.0 / k);
        }
        double d = k - 1.0 / 3.0;
        double c = 1.0 / Math.sqrt(9.0 * d);
        while (true) {
            double x = normal(r);
            double v = 1.0 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = r.nextDouble();
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v * scale;
            }
        }
    }

    /** Beta(a, b) as G(a) / (G(a) + G(b)). */
    static double beta(SplittableRandom r, double a, double b) {
        double x = gamma(r, a, a);
        double y = gamma(r, b, b);
        return x / (x + y);
    }

    /** An index drawn with probability proportional to {@code weights[i]}. */
    static int pick(SplittableRandom r, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = r.nextDouble() * total;
        for (int i = 0; i < weights.length - 1; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** One of the values, uniformly. */
    static <T> T oneOf(SplittableRandom r, T[] values) {
        return values[r.nextInt(values.length)];
    }

    /** {@code x} clamped to [lo, hi] and rounded to the nearest integer. */
    static int clampRound(double x, int lo, int hi) {
        long v = Math.round(x);
        return (int) Math.max(lo, Math.min(hi, v));
    }
}
