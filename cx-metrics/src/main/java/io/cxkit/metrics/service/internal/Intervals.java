package io.cxkit.metrics.service.internal;

import io.cxkit.metrics.Interval;
import io.cxkit.metrics.stat.Normal;
import io.cxkit.metrics.stat.StudentT;
import io.cxkit.metrics.survey.ProportionInterval;
import io.cxkit.metrics.survey.ProportionStatistics;
import java.util.Optional;

/**
 * The interval formulas the service, retention and weighting metrics need, on the shared statistics of
 * {@link io.cxkit.metrics.stat} and the share intervals of {@link io.cxkit.metrics.survey}.
 */
public final class Intervals {
    private Intervals() {
    }

    /**
     * The interval of a share x/n by the survey package's {@link ProportionStatistics} (Agresti–Coull, Wilson or
     * Wald), clamped to [0, 1]; empty when n is 0.
     *
     * @throws IllegalArgumentException if the confidence is not within (0, 1)
     */
    public static Optional<Interval> share(ProportionInterval method, long x, long n, double confidence) {
        Normal.twoSidedCritical(confidence);   // validates the level
        return n == 0 ? Optional.empty() : Optional.of(ProportionStatistics.interval(method, x, n, confidence));
    }

    /**
     * The t interval of a mean, {@code mean ± t(n−1)·s/√n}, from n, the mean and the sample variance; empty
     * when n &lt; 2 or the figures are not finite.
     */
    public static Optional<Interval> mean(long n, double mean, double variance, double confidence) {
        if (n < 2 || !Double.isFinite(mean) || !Double.isFinite(variance)) {
            return Optional.empty();
        }
        double half = StudentT.twoSidedCritical(confidence, n - 1) * Math.sqrt(Math.max(0, variance) / n);
        return Optional.of(new Interval(mean - half, mean + half, confidence, "t", false));
    }

    /**
     * The distribution-free interval of a quantile from order statistics (Conover 1999, <i>Practical
     * Nonparametric Statistics</i>, 3rd ed., §3.2, with the normal approximation to the binomial): the order
     * statistics of ranks {@code ⌊n·q − z·√(n·q·(1−q))⌋} and {@code ⌈n·q + z·√(n·q·(1−q))⌉ + 1} (1-based),
     * cut to the sample (then reported as clamped); empty when n is 0.
     *
     * @param sorted the sample, ascending
     */
    public static Optional<Interval> quantile(double[] sorted, double q, double confidence) {
        double z = Normal.twoSidedCritical(confidence);
        int n = sorted.length;
        if (n == 0) {
            return Optional.empty();
        }
        double spread = z * Math.sqrt(n * q * (1 - q));
        double lo = Math.floor(n * q - spread);
        double hi = Math.ceil(n * q + spread) + 1;
        boolean clamped = lo < 1 || hi > n;
        int l = (int) Math.max(1, lo);
        int h = (int) Math.min(n, hi);
        return Optional.of(new Interval(sorted[l - 1], sorted[h - 1], confidence, "order-statistic", clamped));
    }
}
