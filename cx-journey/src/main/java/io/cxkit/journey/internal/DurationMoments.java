package io.cxkit.journey.internal;

import java.math.BigInteger;

/**
 * The exact moments of a sample of durations in microseconds: n, the sum, the sum of squares as a 128-bit integer,
 * the minimum and the maximum. Exact integers, so adding in any order and merging parts give the same bits: the
 * mean and standard deviation of a journey-map edge do not depend on how the input was split.
 */
public final class DurationMoments {
    private long n;
    private long sum;
    private long sqHi;
    private long sqLo;
    private long min = Long.MAX_VALUE;
    private long max = Long.MIN_VALUE;

    /** An empty sample. */
    public DurationMoments() {
    }

    /**
     * A sample from its stored parts, as {@link #n()}, {@link #sum()}... return them.
     *
     * @return the moments, or null if the parts cannot be those of a sample (so the caller can name the field)
     */
    public static DurationMoments of(long n, long sum, long sqHi, long sqLo, long min, long max) {
        DurationMoments m = new DurationMoments();
        m.n = n;
        m.sum = sum;
        m.sqHi = sqHi;
        m.sqLo = sqLo;
        m.min = min;
        m.max = max;
        if (n < 1 || min > max || sqHi < 0) {
            return null;
        }
        // min * n <= sum <= max * n, and n * sum(x^2) - (sum x)^2 >= 0 (Cauchy-Schwarz): else not a sample.
        BigInteger bn = BigInteger.valueOf(n);
        BigInteger bs = BigInteger.valueOf(sum);
        if (BigInteger.valueOf(min).multiply(bn).compareTo(bs) > 0
                || BigInteger.valueOf(max).multiply(bn).compareTo(bs) < 0 || m.scatter().signum() < 0) {
            return null;
        }
        return m;
    }

    /**
     * Adds one duration.
     *
     * @throws ArithmeticException if the sum exceeds {@code Long.MAX_VALUE} microseconds
     */
    public void add(long v) {
        long s = Math.addExact(sum, v);
        long pLo = v * v;
        long lo = sqLo + pLo;
        sqHi += Math.multiplyHigh(v, v) + (Long.compareUnsigned(lo, sqLo) < 0 ? 1 : 0);
        sqLo = lo;
        sum = s;
        n++;
        if (v < min) {
            min = v;
        }
        if (v > max) {
            max = v;
        }
    }

    /**
     * Adds another sample.
     *
     * @throws ArithmeticException if the sum exceeds {@code Long.MAX_VALUE} microseconds
     */
    public void merge(DurationMoments o) {
        long s = Math.addExact(sum, o.sum);
        long lo = sqLo + o.sqLo;
        sqHi += o.sqHi + (Long.compareUnsigned(lo, sqLo) < 0 ? 1 : 0);
        sqLo = lo;
        sum = s;
        n += o.n;
        min = Math.min(min, o.min);
        max = Math.max(max, o.max);
    }

    /** n · Σx² − (Σx)², exactly: n times the sum of squared deviations. */
    private BigInteger scatter() {
        BigInteger sq = BigInteger.valueOf(sqHi).shiftLeft(64).add(new BigInteger(Long.toUnsignedString(sqLo)));
        BigInteger s = BigInteger.valueOf(sum);
        return sq.multiply(BigInteger.valueOf(n)).subtract(s.multiply(s));
    }

    /** The mean, in microseconds. */
    public double meanMicros() {
        return (double) sum / n;
    }

    /** The sample standard deviation (divisor n − 1), in microseconds; 0 for one value. */
    public double stdevMicros() {
        if (n < 2) {
            return 0;
        }
        return Math.sqrt(scatter().doubleValue() / ((double) n * (n - 1)));
    }

    /** The number of durations. */
    public long n() {
        return n;
    }

    /** Their sum, in microseconds. */
    public long sum() {
        return sum;
    }

    /** The high 64 bits of the sum of squares. */
    public long sqHi() {
        return sqHi;
    }

    /** The low 64 bits (unsigned) of the sum of squares. */
    public long sqLo() {
        return sqLo;
    }

    /** The smallest duration. */
    public long min() {
        return min;
    }

    /** The largest duration. */
    public long max() {
        return max;
    }
}
