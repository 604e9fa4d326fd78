package io.cxkit.journey;

import io.cxkit.journey.internal.DurationMoments;
import io.cxkit.journey.internal.Quantiles;


/**
 * A summary of a sample of durations, in seconds: the time between two events on a journey-map edge, or the
 * conversion time of a funnel step.
 *
 * <p>Definitions: mean is the arithmetic mean; median and p90 interpolate linearly between order statistics
 * (Hyndman &amp; Fan 1996 definition 7, as R and NumPy do by default); stdev is the sample standard deviation
 * (divisor n − 1), and 0 for a single value.
 *
 * @param n the number of durations, at least 1
 * @param meanSeconds the mean
 * @param medianSeconds the median
 * @param p90Seconds the 90th percentile
 * @param minSeconds the smallest
 * @param maxSeconds the largest
 * @param stdevSeconds the sample standard deviation
 */
public record DurationStats(long n, double meanSeconds, double medianSeconds, double p90Seconds, double minSeconds,
        double maxSeconds, double stdevSeconds) {

    /**
     * @param n the number of durations, at least 1
     * @param meanSeconds the mean
     * @param medianSeconds the median
     * @param p90Seconds the 90th percentile
     * @param minSeconds the smallest
     * @param maxSeconds the largest
     * @param stdevSeconds the sample standard deviation
     * @throws IllegalArgumentException if n is below 1, a value is not finite, or min/max do not bound the rest
     */
    public DurationStats {
        if (n < 1) {
            throw new IllegalArgumentException("duration stats n must be at least 1, was " + n);
        }
        double[] all = {meanSeconds, medianSeconds, p90Seconds, minSeconds, maxSeconds, stdevSeconds};
        for (double v : all) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("duration stats must be finite, was " + v);
            }
        }
        if (minSeconds > maxSeconds || stdevSeconds < 0) {
            throw new IllegalArgumentException("duration stats need min <= max and stdev >= 0, were min "
                    + minSeconds + ", max " + maxSeconds + ", stdev " + stdevSeconds);
        }
    }

    /**
     * Summarises {@code micros[from..to)}, durations in microseconds. The run is reordered in place (selection
     * finds the median and p90 in linear expected time).
     *
     * @param micros the durations, in microseconds; reordered in place
     * @param from the first index
     * @param to the end of the run, exclusive
     * @return the summary
     * @throws IllegalArgumentException if the run is empty
     * @throws ArithmeticException if the durations add up to more than {@code Long.MAX_VALUE} microseconds
     *         (292,000 years)
     */
    public static DurationStats ofMicros(long[] micros, int from, int to) {
        int n = to - from;
        if (n < 1) {
            throw new IllegalArgumentException("duration stats need at least one duration, had " + n);
        }
        // Exact integer moments (the sum of squares as 128 bits), so the result does not depend on the order of
        // the durations: the same map whatever the order of the cases, to the last bit.
        DurationMoments m = new DurationMoments();
        for (int k = from; k < to; k++) {
            m.add(micros[k]);
        }
        double median = Quantiles.quantile(micros, from, to, 0.5);
        // The median's selection leaves everything from its position on no smaller than it, so the p90 search
        // can start there.
        double p90 = Quantiles.quantile(micros, from, to, 0.9, from + Quantiles.lowerIndex(n, 0.5));
        return new DurationStats(n, m.meanMicros() / 1e6, median / 1e6, p90 / 1e6, m.min() / 1e6, m.max() / 1e6,
                m.stdevMicros() / 1e6);
    }
}
