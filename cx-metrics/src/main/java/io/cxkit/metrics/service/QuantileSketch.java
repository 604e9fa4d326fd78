package io.cxkit.metrics.service;

import io.cxkit.metrics.StateFormatException;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * A mergeable quantile sketch of non-negative values (durations in seconds, say) with a relative error bound:
 * the logarithmic bucketing of DDSketch (Masson, Rim and Lee 2019, "DDSketch: a fast and fully-mergeable
 * quantile sketch with relative-error guarantees", PVLDB 12(12)).
 *
 * <p><b>Error bound.</b> With relative accuracy α, a value v ≥ {@link #MIN_TRACKABLE} falls into bucket
 * {@code i = ⌈log_γ v⌉} with γ = (1+α)/(1−α), and the bucket is reported as {@code 2γ^i/(γ+1)}, which is within
 * α·v of every value in it. {@link #quantile(double)} returns, for the sample order statistic x of rank
 * {@code ⌊p·(n−1)⌋} (0-based; the lower quantile), a value within α·x of x, clamped to the exact minimum and
 * maximum (which are returned exactly for ranks 0 and n−1).
 *
 * <p><b>Which quantile.</b> The sketch approximates the order statistic at the floor of Hyndman–Fan type 7's
 * position {@code h = (n−1)p}: NumPy's {@code method="lower"}. That is not one of the nine types of
 * {@link QuantileEstimator}; it differs from the exact type-7 value (the default of {@link QuantileEstimator},
 * R and NumPy) only when h is fractional, and then by at most the gap to the next order statistic. For large n
 * that gap is below the relative error α of the buckets. Values below {@link #MIN_TRACKABLE} (including 0) are counted as 0, an absolute error below
 * {@value #MIN_TRACKABLE}. The bound holds after any sequence of merges, because merging adds bucket counts
 * exactly: a merged sketch equals the sketch of the whole stream.
 *
 * <p><b>Memory.</b> One long per bucket between the smallest and the largest value seen: about
 * {@code ln(max/min)/(2α)} buckets, e.g. 1,200 (9.6 KB) for α = 1% over values from 1 ms to 10⁸ s. Adding
 * allocates only when a value falls outside the buckets held so far.
 *
 * <p>Not thread-safe.
 */
public final class QuantileSketch {
    /** Smallest value told apart from 0: one microsecond when values are seconds. */
    public static final double MIN_TRACKABLE = 1e-6;
    /** Largest value accepted: 10¹² (about 31,700 years in seconds). */
    public static final double MAX_TRACKABLE = 1e12;
    /** The default relative accuracy, 1%. */
    public static final double DEFAULT_RELATIVE_ACCURACY = 0.01;

    private final double alpha;
    private final double gamma;
    private final double logGamma;
    private long count;
    private long zeroCount;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    /** Bucket counts for indices offset .. offset + counts.length − 1. */
    private long[] counts = new long[0];
    private int offset;

    /**
     * An empty sketch with relative accuracy {@code alpha}.
     *
     * @param alpha the significance level, in (0, 1)
     * @throws IllegalArgumentException if alpha is not within [0.0001, 0.5]
     */
    public QuantileSketch(double alpha) {
        if (!(alpha >= 0.0001 && alpha <= 0.5)) {
            throw new IllegalArgumentException("relative accuracy must be within [0.0001, 0.5], was " + alpha);
        }
        this.alpha = alpha;
        this.gamma = (1 + alpha) / (1 - alpha);
        this.logGamma = Math.log(gamma);
    }

    /** An empty sketch with 1% relative accuracy. */
    public QuantileSketch() {
        this(DEFAULT_RELATIVE_ACCURACY);
    }

    /**
     * The relative accuracy α.
     *
     * @return the relative accuracy α
     */
    public double relativeAccuracy() {
        return alpha;
    }

    /**
     * The number of values added.
     *
     * @return the number of values added
     */
    public long count() {
        return count;
    }

    /**
     * The smallest value added, exactly; NaN if empty.
     *
     * @return the smallest value added, exactly; NaN if empty
     */
    public double min() {
        return count == 0 ? Double.NaN : min;
    }

    /**
     * The largest value added, exactly; NaN if empty.
     *
     * @return the largest value added, exactly; NaN if empty
     */
    public double max() {
        return count == 0 ? Double.NaN : max;
    }

    /**
     * Adds one value.
     *
     * @param value the value
     * @throws IllegalArgumentException if the value is negative, NaN or above {@link #MAX_TRACKABLE}
     */
    public void add(double value) {
        if (!(value >= 0 && value <= MAX_TRACKABLE)) {
            throw new IllegalArgumentException("sketch value must be within 0.." + MAX_TRACKABLE + ", was "
                    + value);
        }
        count++;
        if (value < min) {
            min = value;
        }
        if (value > max) {
            max = value;
        }
        if (value < MIN_TRACKABLE) {
            zeroCount++;
            return;
        }
        int i = (int) Math.ceil(Math.log(value) / logGamma);
        ensure(i);
        counts[i - offset]++;
    }

    private void ensure(int index) {
        if (counts.length == 0) {
            counts = new long[64];
            offset = index - 32;
            return;
        }
        if (index >= offset && index < offset + counts.length) {
            return;
        }
        int lo = Math.min(offset, index);
        int hi = Math.max(offset + counts.length - 1, index);
        int len = Math.max(hi - lo + 1, counts.length * 3 / 2);
        int newOffset = index < offset ? hi - len + 1 : lo;
        long[] c = new long[len];
        System.arraycopy(counts, 0, c, offset - newOffset, counts.length);
        counts = c;
        offset = newOffset;
    }

    /**
     * Adds every value of {@code other}; {@code other} is not changed.
     *
     * @param other the state to merge in; it is not changed
     * @throws IllegalArgumentException if the sketches have different relative accuracies
     */
    public void merge(QuantileSketch other) {
        if (other.alpha != alpha) {
            throw new IllegalArgumentException("cannot merge sketches of relative accuracy " + alpha + " and "
                    + other.alpha);
        }
        if (other.count == 0) {
            return;
        }
        count += other.count;
        zeroCount += other.zeroCount;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
        for (int k = 0; k < other.counts.length; k++) {
            if (other.counts[k] != 0) {
                int i = k + other.offset;
                ensure(i);
                counts[i - offset] += other.counts[k];
            }
        }
    }

    /**
     * The p-quantile, within the relative error bound of the class description.
     *
     * @param p the probability, in [0, 1]
     * @return the p-quantile, within the relative error bound of the class description
     * @throws IllegalArgumentException if p is not within [0, 1]
     * @throws IllegalStateException if the sketch is empty
     */
    public double quantile(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("quantile probability p must be within [0, 1], was " + p);
        }
        if (count == 0) {
            throw new IllegalStateException("quantile of an empty sketch is undefined");
        }
        long rank = (long) Math.floor(p * (count - 1));
        if (rank == count - 1) {
            return max;
        }
        long seen = zeroCount;
        if (rank < seen || rank == 0) {
            return min;
        }
        for (int k = 0; k < counts.length; k++) {
            seen += counts[k];
            if (rank < seen) {
                double v = 2 * Math.pow(gamma, k + offset) / (gamma + 1);
                return Math.max(min, Math.min(max, v));
            }
        }
        return max;
    }

    /**
     * Writes the sketch (relative accuracy, counts, extremes and non-empty buckets).
     *
     * @param out the output to write the state to
     * @throws IOException if reading or writing fails
     */
    public void write(DataOutput out) throws IOException {
        out.writeDouble(alpha);
        out.writeLong(count);
        out.writeLong(zeroCount);
        out.writeDouble(min);
        out.writeDouble(max);
        int nonEmpty = 0;
        for (long c : counts) {
            if (c != 0) {
                nonEmpty++;
            }
        }
        out.writeInt(nonEmpty);
        for (int k = 0; k < counts.length; k++) {
            if (counts[k] != 0) {
                out.writeInt(k + offset);
                out.writeLong(counts[k]);
            }
        }
    }

    /**
     * Reads a sketch written by {@link #write}.
     *
     * @param in the input to read the state from
     * @return the sketch
     * @throws StateFormatException if the fields are inconsistent
     * @throws IOException if reading or writing fails
     */
    public static QuantileSketch read(DataInput in) throws IOException {
        double a = in.readDouble();
        QuantileSketch s;
        try {
            s = new QuantileSketch(a);
        } catch (IllegalArgumentException e) {
            throw new StateFormatException("sketch: " + e.getMessage(), e);
        }
        long n = in.readLong();
        long zeros = in.readLong();
        double mn = in.readDouble();
        double mx = in.readDouble();
        int buckets = in.readInt();
        int limit = (int) Math.ceil(Math.log(MAX_TRACKABLE) / s.logGamma) + 1;
        int floor = (int) Math.floor(Math.log(MIN_TRACKABLE) / s.logGamma) - 1;
        if (n < 0 || zeros < 0 || zeros > n || buckets < 0 || buckets > limit - floor) {
            throw new StateFormatException("sketch counts are inconsistent: count " + n + ", zeros " + zeros
                    + ", buckets " + buckets);
        }
        long total = zeros;
        int last = Integer.MIN_VALUE;
        for (int b = 0; b < buckets; b++) {
            int i = in.readInt();
            long c = in.readLong();
            if (i <= last || i < floor || i > limit || c <= 0) {
                throw new StateFormatException("sketch bucket " + i + " with count " + c + " is invalid");
            }
            last = i;
            s.ensure(i);
            s.counts[i - s.offset] = c;
            total += c;
        }
        if (total != n || (n > 0 && !(mn >= 0 && mn <= mx && mx <= MAX_TRACKABLE))) {
            throw new StateFormatException("sketch holds " + total + " values but declares " + n
                    + ", or its extremes [" + mn + ", " + mx + "] are invalid");
        }
        s.count = n;
        s.zeroCount = zeros;
        if (n > 0) {
            s.min = mn;
            s.max = mx;
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof QuantileSketch s) || s.alpha != alpha || s.count != count || s.zeroCount != zeroCount
                || (count > 0 && (s.min != min || s.max != max))) {
            return false;
        }
        for (int k = 0; k < counts.length; k++) {
            if (counts[k] != 0 && s.bucket(k + offset) != counts[k]) {
                return false;
            }
        }
        return true;
    }

    private long bucket(int i) {
        return i >= offset && i < offset + counts.length ? counts[i - offset] : 0;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(count) * 31 + Arrays.hashCode(new double[] {alpha, count > 0 ? min : 0});
    }
}
