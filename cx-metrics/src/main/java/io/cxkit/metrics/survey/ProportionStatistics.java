package io.cxkit.metrics.survey;

import io.cxkit.metrics.Interval;
import io.cxkit.metrics.stat.Normal;

/**
 * Intervals of a share x/n, clamped to [0, 1] with the clamping reported. Counts may be fractional (weighted
 * shares times a Kish effective size).
 */
public final class ProportionStatistics {
    private ProportionStatistics() {
    }

    /**
     * The adjusted-Wald (Agresti &amp; Coull 1998, "Approximate is better than 'exact' for interval estimation
     * of binomial proportions", The American Statistician 52(2)): p_adj = (x + z²/2)/(n + z²), and
     * p_adj ± z·sqrt(p_adj(1 − p_adj)/(n + z²)). Sauro's worked case: 4 of 5 gives 36%–98%.
     *
     * @param hits the number of opportunities with a transaction (x)
     * @param n {@code n} in the description above
     * @param confidence the two-sided confidence level, in (0, 1), e.g. 0.95
     * @return the adjusted-Wald (Agresti &amp; Coull 1998, "Approximate is better than 'exact' for interval estimation
     *         of binomial proportions", The American Statistician 52(2)): p_adj = (x + z²/2)/(n + z²), and p_adj ±
     *         z·sqrt(p_adj(1 − p_adj)/(n + z²))
     * @throws IllegalArgumentException if n is not positive, x is outside 0..n or the confidence is not in (0, 1)
     */
    public static Interval agrestiCoull(double hits, double n, double confidence) {
        double x = check(hits, n);
        double z = Normal.twoSidedCritical(confidence);
        double z2 = z * z;
        double p = (x + z2 / 2) / (n + z2);
        double half = z * Math.sqrt(p * (1 - p) / (n + z2));
        return clamped(p - half, p + half, confidence, ProportionInterval.AGRESTI_COULL.label());
    }

    /**
     * The Wilson (1927) score interval: (x + z²/2)/(n + z²) ± z·sqrt(n)/(n + z²)·sqrt(p̂(1 − p̂) + z²/(4n)).
     *
     * @param hits the number of opportunities with a transaction (x)
     * @param n {@code n} in the description above
     * @param confidence the two-sided confidence level, in (0, 1), e.g. 0.95
     * @return the Wilson (1927) score interval: (x + z²/2)/(n + z²) ± z·sqrt(n)/(n + z²)·sqrt(p̂(1 − p̂) + z²/(4n))
     * @throws IllegalArgumentException if n is not positive, x is outside 0..n or the confidence is not in (0, 1)
     */
    public static Interval wilson(double hits, double n, double confidence) {
        double x = check(hits, n);
        double z = Normal.twoSidedCritical(confidence);
        double z2 = z * z;
        double p = x / n;
        double centre = (x + z2 / 2) / (n + z2);
        double half = z * Math.sqrt(n) / (n + z2) * Math.sqrt(p * (1 - p) + z2 / (4 * n));
        return clamped(centre - half, centre + half, confidence, ProportionInterval.WILSON.label());
    }

    /**
     * The Wald interval p̂ ± z·sqrt(p̂(1 − p̂)/n).
     *
     * @param hits the number of opportunities with a transaction (x)
     * @param n {@code n} in the description above
     * @param confidence the two-sided confidence level, in (0, 1), e.g. 0.95
     * @return the Wald interval p̂ ± z·sqrt(p̂(1 − p̂)/n)
     * @throws IllegalArgumentException if n is not positive, x is outside 0..n or the confidence is not in (0, 1)
     */
    public static Interval wald(double hits, double n, double confidence) {
        double x = check(hits, n);
        double z = Normal.twoSidedCritical(confidence);
        double p = x / n;
        double half = z * Math.sqrt(p * (1 - p) / n);
        return clamped(p - half, p + half, confidence, ProportionInterval.WALD.label());
    }

    /**
     * The interval of the chosen method.
     *
     * @param method the interval method
     * @param x the x
     * @param n the n
     * @param confidence the two-sided confidence level, in (0, 1), e.g. 0.95
     * @return the interval of the chosen method
     * @throws IllegalArgumentException as the methods do
     */
    public static Interval interval(ProportionInterval method, double x, double n, double confidence) {
        return switch (method) {
            case WALD -> wald(x, n, confidence);
            case AGRESTI_COULL -> agrestiCoull(x, n, confidence);
            case WILSON -> wilson(x, n, confidence);
        };
    }

    /** Checks the counts and returns x, cut to n where weighted sums overshoot it by rounding. */
    private static double check(double x, double n) {
        if (!(n > 0) || Double.isInfinite(n) || !(x >= 0 && x <= n * (1 + 1e-12))) {
            throw new IllegalArgumentException("a share needs n > 0 and 0 <= x <= n, had x " + x + ", n " + n);
        }
        return Math.min(x, n);
    }

    private static Interval clamped(double lower, double upper, double confidence, String method) {
        double lo = Math.max(0, lower);
        double hi = Math.min(1, upper);
        return new Interval(lo, hi, confidence, method, lo != lower || hi != upper);
    }
}
