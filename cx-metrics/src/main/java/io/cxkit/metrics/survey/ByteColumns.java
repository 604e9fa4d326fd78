package io.cxkit.metrics.survey;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Counting over byte columns of small scores, eight at a time: for bytes 0..127, the high bit of each lane of
 * {@code x + (128 − k)·0x0101…01} is set iff that byte is ≥ k, and no lane carries into the next; a byte with
 * its own high bit set (negative) is off every scale and fails the call.
 */
final class ByteColumns {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long LOW_BITS = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    private ByteColumns() {
    }

    /**
     * The number of scores in {@code a[from..to)} that are ≥ k, or −1 if any score is outside
     * {@code lowest..highest} (0 ≤ lowest ≤ k ≤ highest + 1 ≤ 127).
     */
    static long countAtLeast(byte[] a, int from, int to, int k, int lowest, int highest) {
        java.util.Objects.checkFromToIndex(from, to, a.length);
        long ge = LOW_BITS * (128 - k);
        long geLowest = LOW_BITS * (128 - lowest);
        long tooHigh = LOW_BITS * (128 - (highest + 1));
        long bad = 0;
        long count = 0;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(a, i);
            bad |= x | ~(x + geLowest) | (x + tooHigh);
            count += Long.bitCount((x + ge) & HIGH_BITS);
        }
        for (; i < to; i++) {
            int s = a[i];
            if (s < lowest || s > highest) {
                bad |= HIGH_BITS;
            }
            count += s >= k ? 1 : 0;
        }
        return (bad & HIGH_BITS) != 0 ? -1 : count;
    }

    /** The sum of the scores in {@code a[from..to)}, or −1 if any is outside {@code lowest..highest}. */
    static long sum(byte[] a, int from, int to, int lowest, int highest) {
        java.util.Objects.checkFromToIndex(from, to, a.length);
        long sum = 0;
        boolean bad = false;
        for (int i = from; i < to; i++) {
            int s = a[i];
            bad |= s < lowest | s > highest;
            sum += s;
        }
        return bad ? -1 : sum;
    }

    /** The sum of the squared scores in {@code a[from..to)} (call after {@link #sum} has validated them). */
    static long sumOfSquares(byte[] a, int from, int to) {
        long sum = 0;
        for (int i = from; i < to; i++) {
            int s = a[i];
            sum += s * s;
        }
        return sum;
    }

    /** The message for the first score in the range outside {@code lowest..highest}. */
    static IllegalArgumentException offScale(String what, byte[] a, int from, int to, int lowest, int highest) {
        for (int i = from; i < to; i++) {
            if (a[i] < lowest || a[i] > highest) {
                return new IllegalArgumentException(what + " must be within " + lowest + ".." + highest + ", was "
                        + a[i] + " at index " + i);
            }
        }
        return new IllegalArgumentException(what + " off the scale in " + from + ".." + to);
    }

    /**
     * Checks a grouped batch before anything is counted: ranges within both arrays, every score within
     * {@code lowest..highest}, every group index within {@code 0..groupCount-1}.
     */
    static void checkGrouped(String what, byte[] scores, int[] groups, int from, int to, int lowest, int highest,
            int groupCount) {
        java.util.Objects.checkFromToIndex(from, to, scores.length);
        java.util.Objects.checkFromToIndex(from, to, groups.length);
        int bad = 0;
        for (int i = from; i < to; i++) {
            int s = scores[i];
            int g = groups[i];
            bad |= (s - lowest) | (highest - s) | g | (groupCount - 1 - g);
        }
        if (bad < 0) {
            for (int i = from; i < to; i++) {
                if (groups[i] < 0 || groups[i] >= groupCount) {
                    throw new IllegalArgumentException("group index " + groups[i] + " at index " + i
                            + " is outside 0.." + (groupCount - 1));
                }
            }
            throw offScale(what, scores, from, to, lowest, highest);
        }
    }
}
