package io.cxkit.metrics.survey;

import io.cxkit.metrics.StateFormatException;
import java.io.DataInput;
import java.io.IOException;

/** Reads and checks the fields the survey states share, so a corrupt payload fails cleanly. */
final class SurveyCodecs {
    private SurveyCodecs() {
    }

    static long count(DataInput in, String field) throws IOException {
        long v = in.readLong();
        if (v < 0) {
            throw new StateFormatException("state field " + field + " must not be negative, was " + v);
        }
        return v;
    }

    static double weight(DataInput in, String field) throws IOException {
        double v = in.readDouble();
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new StateFormatException("state field " + field + " must be a finite number >= 0, was " + v);
        }
        return v;
    }

    static double finite(DataInput in, String field) throws IOException {
        double v = in.readDouble();
        if (!Double.isFinite(v)) {
            throw new StateFormatException("state field " + field + " must be finite, was " + v);
        }
        return v;
    }

    /**
     * Fails unless k weights summing to w with squares summing to w2 can exist: none when k is 0, otherwise
     * w²/k ≤ w2 ≤ w² (Cauchy–Schwarz, and non-negative weights), with room for rounding.
     */
    static void requireConsistentWeights(long k, double w, double w2) {
        if (k == 0) {
            if (w != 0 || w2 != 0) {
                throw new StateFormatException("state has weights but no weighted answers");
            }
            return;
        }
        if (w > 0 && (w < NpsAccumulator.MIN_WEIGHT || w2 == 0 || w > NpsAccumulator.MAX_WEIGHT * k)) {
            throw new StateFormatException("state weight sum " + w + " of " + k + " answers is outside what "
                    + "weights within " + NpsAccumulator.MIN_WEIGHT + ".." + NpsAccumulator.MAX_WEIGHT + " give");
        }
        double sq = w * w;
        if (!Double.isFinite(sq) || w2 > sq * (1 + 1e-9) || w2 < sq / k * (1 - 1e-9)) {
            throw new StateFormatException("state weights are inconsistent: " + k + " answers, sum " + w
                    + ", sum of squares " + w2);
        }
    }

    /** Most answers one survey state holds: 2⁵³, so that every count is exact as a double too. */
    static final long MAX_COUNT = 1L << 53;

    /** Fails if the counts sum to more than {@link #MAX_COUNT} (or overflow), so that count() stays meaningful. */
    static void requireSum(long... counts) {
        long sum = 0;
        for (long c : counts) {
            sum += c;
            if (sum < 0 || sum > MAX_COUNT) {
                throw new StateFormatException("state counts sum to more than " + MAX_COUNT + " answers");
            }
        }
    }

    /**
     * The count of two states merged.
     *
     * @throws IllegalArgumentException if it would exceed {@link #MAX_COUNT} answers
     */
    static long mergedCount(long a, long b) {
        if (a > MAX_COUNT - b) {
            throw new IllegalArgumentException("merged state would hold " + a + " + " + b
                    + " answers, more than " + MAX_COUNT);
        }
        return a + b;
    }
}
