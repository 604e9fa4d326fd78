package io.cxkit.journey.funnel;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The time-to-convert histogram of a funnel: how long the converted cases took from step 0 to the last step,
 * in seconds, binned by PostHog's rule.
 *
 * <p>The rule (PostHog's funnel time-to-convert query; shared/vectors/journey.md "Funnels"): with n samples,
 * {@code bins = clamp(ceil(cbrt(n)), 1, 60)}, {@code from = floor(min)}, {@code to = ceil(max)},
 * {@code width = ceil((to - from) / bins)}, and each sample x falls in the bin starting at
 * {@code from + floor((x - from) / width) * width}. The output lists {@code bins + 1} bins, starting at
 * {@code from + k * width} for k = 0..bins, so the maximum has a bin of its own when it lies on the last edge.
 * When every sample is equal the width would be 0; it is then 1 second.
 *
 * @param bins the bins, by start
 * @param meanSeconds the mean of the samples; empty when nobody converted
 */
public record TimeToConvert(List<Bin> bins, OptionalDouble meanSeconds) {

    /** No conversion: no bins, no mean. */
    public static final TimeToConvert EMPTY = new TimeToConvert(List.of(), OptionalDouble.empty());

    /**
     * @param bins the bins, by start
     * @param meanSeconds the mean of the samples; empty when nobody converted
     * @throws NullPointerException if a component is null
     */
    public TimeToConvert {
        bins = List.copyOf(bins);
        java.util.Objects.requireNonNull(meanSeconds, "meanSeconds must not be null");
    }

    /**
     * One bin.
     *
     * @param startSeconds where the bin starts, in seconds
     * @param count how many conversions fall in it
     */
    public record Bin(long startSeconds, long count) {
        /**
         * @param startSeconds where the bin starts, in seconds
         * @param count how many conversions fall in it
         * @throws IllegalArgumentException if the count is negative
         */
        public Bin {
            if (count < 0) {
                throw new IllegalArgumentException("bin count must be at least 0, was " + count);
            }
        }
    }

    /**
     * Bins samples by the rule above.
     *
     * @param seconds the conversion times in seconds, not negative
     * @param n how many of them to use, from the start of the array
     * @return the binned times to convert
     */
    public static TimeToConvert of(double[] seconds, int n) {
        if (n == 0) {
            return EMPTY;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        for (int k = 0; k < n; k++) {
            min = Math.min(min, seconds[k]);
            max = Math.max(max, seconds[k]);
            sum += seconds[k];
        }
        int bins = (int) Math.max(1, Math.min(60, Math.ceil(Math.cbrt(n))));
        long from = (long) Math.floor(min);
        long to = (long) Math.ceil(max);
        long width = Math.max(1, (long) Math.ceil((double) (to - from) / bins));
        long[] counts = new long[bins + 1];
        for (int k = 0; k < n; k++) {
            int b = (int) Math.floor((seconds[k] - from) / width);
            counts[Math.min(b, bins)]++;
        }
        List<Bin> out = new ArrayList<>(bins + 1);
        for (int b = 0; b <= bins; b++) {
            out.add(new Bin(from + b * width, counts[b]));
        }
        return new TimeToConvert(out, OptionalDouble.of(sum / n));
    }
}
