package io.cxkit.journey.internal;

/**
 * Order statistics of a run of a {@code long[]}, found by selection in expected linear time instead of a full
 * sort. The run is reordered in place.
 *
 * <p>Quantiles use linear interpolation between order statistics, Hyndman &amp; Fan (1996) definition 7, the
 * default of R's {@code quantile} and NumPy's {@code percentile}: with the values sorted as
 * {@code x[0..n-1]}, {@code h = (n - 1) p} and {@code q = x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h])}.
 * The median is {@code p = 0.5}: the middle value, or the mean of the two middle values.
 *
 * <p>This is the same definition as {@link io.cxkit.metrics.service.QuantileEstimator#TYPE_7}, the library's one
 * definition of sample quantiles; only the algorithm differs (selection on {@code long} microseconds, in place,
 * instead of a sorted {@code double[]}). A test holds the two equal.
 */
public final class Quantiles {
    private Quantiles() {
    }

    /**
     * The p-quantile of {@code a[from..to)}, by definition 7.
     *
     * @throws IllegalArgumentException if the run is empty or p is outside 0..1
     */
    public static double quantile(long[] a, int from, int to, double p) {
        return quantile(a, from, to, p, from);
    }

    /**
     * The p-quantile of {@code a[from..to)}, knowing that {@code a[from..known)} already holds values no
     * greater than any in {@code a[known..to)} and that the quantile's lower order statistic lies at or after
     * {@code known}: selection then only works on {@code a[known..to)}. After computing a lower quantile by
     * selection, pass its position to find a higher one in the remaining part.
     *
     * @throws IllegalArgumentException if the run is empty or p is outside 0..1
     */
    public static double quantile(long[] a, int from, int to, double p, int known) {
        int n = to - from;
        if (n <= 0) {
            throw new IllegalArgumentException("quantile of an empty run is undefined, run was [" + from + ", "
                    + to + ")");
        }
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("quantile p must be within 0..1, was " + p);
        }
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        long xlo = select(a, Math.min(Math.max(known, from), from + lo), to, from + lo);
        if (lo + 1 >= n || h == lo) {
            return xlo;
        }
        // After selection every value right of position lo is >= x[lo], so the next order statistic is their
        // minimum.
        long xhi = Long.MAX_VALUE;
        for (int k = from + lo + 1; k < to; k++) {
            if (a[k] < xhi) {
                xhi = a[k];
            }
        }
        return xlo + (h - lo) * (double) (xhi - xlo);
    }

    /** The position of the lower order statistic of the p-quantile of a run of n values: floor((n - 1) p). */
    public static int lowerIndex(int n, double p) {
        return (int) Math.floor((n - 1) * p);
    }

    /**
     * Reorders {@code a[from..to)} so that position {@code k} holds the value it would hold if sorted, smaller or
     * equal values to its left and greater or equal ones to its right, and returns it (Hoare's selection with a
     * median-of-three pivot).
     */
    public static long select(long[] a, int from, int to, int k) {
        int lo = from;
        int hi = to - 1;
        while (hi > lo) {
            int mid = (lo + hi) >>> 1;
            long pivot = median3(a[lo], a[mid], a[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return a[k];
            }
        }
        return a[k];
    }

    private static long median3(long x, long y, long z) {
        return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    }
}
