package io.cxkit.metrics.survey;

import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.Interval;
import io.cxkit.metrics.WeightedAccumulator;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state of an {@link Nps} calculation: exact counts of detractors, passives and promoters, plus weighted
 * sums for answers added with a survey weight. Made by {@link Nps#newAccumulator()}; not thread-safe (see
 * {@link io.cxkit.metrics.Recorder}).
 *
 * <p>Entry points, all allocation-free and all-or-nothing (a rejected call changes nothing):
 * <ul>
 *   <li>{@link #add(Interaction)}: the interaction's first {@link Feedback.Nps} answer, if any;</li>
 *   <li>{@link #addScore(int)}: one score on the metric's scale;</li>
 *   <li>{@link #addScores(byte[], int, int)}: a column of scores, the hot path (eight scores per step,
 *       compared bytewise inside a {@code long}, counted with {@link Long#bitCount});</li>
 *   <li>{@link #addScoresGrouped(byte[], int[], int, int, NpsAccumulator[])}: a column of scores with a
 *       column of group indexes, each row counted into its group's accumulator;</li>
 *   <li>{@link #addWeighted(Interaction, double)} and {@link #addWeightedScore(int, double)}: with a survey
 *       weight; the result then uses the Kish effective n.</li>
 * </ul>
 */
public final class NpsAccumulator implements WeightedAccumulator<NpsAccumulator> {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long LOW_BITS = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    private final Nps metric;
    private final NpsBreaks breaks;
    /** Bytewise addends: a byte b (0..127) plus (128 − k) has its high bit set iff b ≥ k. */
    private final long geLowest;
    private final long gePassive;
    private final long gePromoter;
    private final long geTooHigh;

    /**
     * Exact counts by category: [0] detractors, [1] passives, [2] promoters. An array, so the grouped path can
     * index it by a category looked up per score, without branches.
     */
    final long[] counts = new long[3];
    /** Category by score byte (0..127), shared with the metric: 0, 1, 2, or 3 for a score off the scale. */
    private final byte[] categoryOf;
    /** Number of independent histogram copies the grouped column path counts into. */
    private static final int HISTOGRAMS = 4;
    /**
     * Scratch histograms of the grouped column path when this accumulator is the first of the groups; sized on
     * first use and kept (all zero between calls) so later calls allocate nothing.
     */
    private int[] groupedScratch;
    /** Answers added with a weight, and the sums of their weights by category and of squared weights. */
    long weightedAnswers;
    double weightDetractors;
    double weightPassives;
    double weightPromoters;
    double weightSquares;

    NpsAccumulator(Nps metric) {
        this.metric = metric;
        this.breaks = metric.breaks();
        this.geLowest = LOW_BITS * (128 - breaks.lowest());
        this.gePassive = LOW_BITS * (128 - (breaks.detractorMax() + 1));
        this.gePromoter = LOW_BITS * (128 - (breaks.passiveMax() + 1));
        this.geTooHigh = LOW_BITS * (128 - (breaks.highest() + 1));
        this.categoryOf = metric.categoryOf;
    }

    /**
     * The metric this state belongs to.
     *
     * @return the metric this state belongs to
     */
    public Nps metric() {
        return metric;
    }

    /**
     * Adds the interaction's first NPS answer; an interaction without one is ignored.
     *
     * @throws IllegalArgumentException if the score is off this metric's scale
     */
    @Override
    public void add(Interaction interaction) {
        int score = scoreOf(interaction);
        if (score >= 0) {
            addScore(score);
        }
    }

    /**
     * Adds one score.
     *
     * @param score 1..scale
     * @throws IllegalArgumentException if the score is off this metric's scale
     */
    public void addScore(int score) {
        requireOnScale(score);
        counts[categoryOf[score]]++;
    }

    /**
     * Adds the scores {@code scores[from..to)}: the hot path. All or nothing: if one score is off the scale,
     * nothing is added.
     *
     * @param scores the scores, one per answer
     * @param from the first index
     * @param to the scores {@code scores[from..to)}: the hot path
     * @throws IllegalArgumentException naming the first score off the scale and its index
     * @throws IndexOutOfBoundsException if the range is not within the array
     */
    public void addScores(byte[] scores, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, scores.length);
        long atLeastPassive = 0;
        long atLeastPromoter = 0;
        long bad = 0;
        long atLeastPassive2 = 0;
        long atLeastPromoter2 = 0;
        long bad2 = 0;
        int i = from;
        // Sixteen scores per step, in two independent chains so that the adds and popcounts overlap. A score is
        // valid iff its byte is non-negative, ≥ lowest and ≤ highest; the high bit of each lane of
        // (x + addend) says "byte ≥ k" as long as the byte is below 128.
        if (breaks.lowest() == 0) {
            // The usual scale starts at 0: a byte's own high bit already catches every score below it, so the
            // loop saves the "≥ lowest" test (three of fifteen operations per word).
            for (; i + 16 <= to; i += 16) {
                long x = (long) LONGS.get(scores, i);
                long y = (long) LONGS.get(scores, i + 8);
                bad |= x | (x + geTooHigh);
                bad2 |= y | (y + geTooHigh);
                atLeastPassive += Long.bitCount((x + gePassive) & HIGH_BITS);
                atLeastPromoter += Long.bitCount((x + gePromoter) & HIGH_BITS);
                atLeastPassive2 += Long.bitCount((y + gePassive) & HIGH_BITS);
                atLeastPromoter2 += Long.bitCount((y + gePromoter) & HIGH_BITS);
            }
        } else {
            for (; i + 16 <= to; i += 16) {
                long x = (long) LONGS.get(scores, i);
                long y = (long) LONGS.get(scores, i + 8);
                bad |= x | ~(x + geLowest) | (x + geTooHigh);
                bad2 |= y | ~(y + geLowest) | (y + geTooHigh);
                atLeastPassive += Long.bitCount((x + gePassive) & HIGH_BITS);
                atLeastPromoter += Long.bitCount((x + gePromoter) & HIGH_BITS);
                atLeastPassive2 += Long.bitCount((y + gePassive) & HIGH_BITS);
                atLeastPromoter2 += Long.bitCount((y + gePromoter) & HIGH_BITS);
            }
        }
        bad |= bad2;
        atLeastPassive += atLeastPassive2;
        atLeastPromoter += atLeastPromoter2;
        long tailPassive = 0;
        long tailPromoter = 0;
        for (; i < to; i++) {
            int s = scores[i];
            if (s < breaks.lowest() || s > breaks.highest()) {
                bad |= HIGH_BITS;
            }
            tailPassive += s > breaks.detractorMax() ? 1 : 0;
            tailPromoter += s > breaks.passiveMax() ? 1 : 0;
        }
        if ((bad & HIGH_BITS) != 0) {
            throw offScale(scores, from, to);
        }
        long n = to - from;
        long p = atLeastPromoter + tailPromoter;
        long nonDetractors = atLeastPassive + tailPassive;
        counts[2] += p;
        counts[1] += nonDetractors - p;
        counts[0] += n - nonDetractors;
    }

    /**
     * Adds {@code scores[from..to)} row by row into {@code byGroup[groups[row]]}: NPS grouped by a dimension
     * whose values the caller has numbered 0..k−1. All or nothing: every score and group index is checked
     * before any is counted.
     *
     * @param scores the scores, one per answer
     * @param groups the groups
     * @param from the first index
     * @param to {@code scores[from..to)} row by row into {@code byGroup[groups[row]]}: NPS grouped by a dimension whose
     *        values the caller has numbered 0..k−1
     * @param byGroup the by group
     * @throws IllegalArgumentException naming the first score off the scale or group index out of range, or if
     *         the accumulators are not all of one metric
     * @throws IndexOutOfBoundsException if the range is not within both arrays
     */
    public static void addScoresGrouped(byte[] scores, int[] groups, int from, int to, NpsAccumulator[] byGroup) {
        java.util.Objects.checkFromToIndex(from, to, scores.length);
        java.util.Objects.checkFromToIndex(from, to, groups.length);
        if (byGroup.length == 0) {
            if (from < to) {
                throw new IllegalArgumentException("group index " + groups[from] + " at index " + from
                        + " is outside 0..-1: no groups were given");
            }
            return;
        }
        NpsAccumulator first = byGroup[0];
        for (NpsAccumulator a : byGroup) {
            if (!a.metric.breaks().equals(first.breaks)) {
                throw new IllegalArgumentException("grouped accumulators must share one nps scale, had "
                        + first.breaks + " and " + a.breaks);
            }
        }
        // Validate first (cheap: bytewise checks, and a min/max scan of the groups), then count.
        first.scanScale(scores, from, to);
        int k = byGroup.length;
        int badGroup = 0;
        for (int i = from; i < to; i++) {
            int g = groups[i];
            badGroup |= g | (k - 1 - g);
        }
        if (badGroup < 0) {
            for (int i = from; i < to; i++) {
                if (groups[i] < 0 || groups[i] >= k) {
                    throw new IllegalArgumentException("group index " + groups[i] + " at index " + i
                            + " is outside 0.." + (k - 1));
                }
            }
        }
        first.countGrouped(scores, groups, from, to, byGroup);
    }

    /**
     * Counts validated rows into a flat histogram of (group, score) held as scratch by this accumulator, then
     * folds it into the groups' category counts. Rows are spread over {@value #HISTOGRAMS} copies of the
     * histogram, so that consecutive rows with the same key do not wait on each other's increment (a store
     * followed by a load of the same address); scores are classified once per histogram cell, not per row.
     */
    private void countGrouped(byte[] scores, int[] groups, int from, int to, NpsAccumulator[] byGroup) {
        int k = byGroup.length;
        // Each group owns 2^shift cells, enough for every score 0..highest, so a cell is (group << shift) | score.
        int shift = 32 - Integer.numberOfLeadingZeros(breaks.highest());
        int cells = k << shift;
        int[] h = groupedScratch;
        if (h == null || h.length < HISTOGRAMS * cells) {
            h = new int[HISTOGRAMS * cells];
            groupedScratch = h;
        }
        int c1 = cells;
        int c2 = 2 * cells;
        int c3 = 3 * cells;
        // An int cell cannot overflow: a call counts at most Integer.MAX_VALUE rows.
        int i = from;
        for (; i + HISTOGRAMS <= to; i += HISTOGRAMS) {
            h[(groups[i] << shift) | scores[i]]++;
            h[c1 + ((groups[i + 1] << shift) | scores[i + 1])]++;
            h[c2 + ((groups[i + 2] << shift) | scores[i + 2])]++;
            h[c3 + ((groups[i + 3] << shift) | scores[i + 3])]++;
        }
        for (; i < to; i++) {
            h[(groups[i] << shift) | scores[i]]++;
        }
        byte[] category = categoryOf;
        int width = 1 << shift;
        for (int g = 0; g < k; g++) {
            long[] target = byGroup[g].counts;
            int base = g << shift;
            for (int s = 0; s < width; s++) {
                int cell = base + s;
                int n = h[cell] + h[c1 + cell] + h[c2 + cell] + h[c3 + cell];
                if (n != 0) {
                    target[category[s]] += n;
                    h[cell] = 0;
                    h[c1 + cell] = 0;
                    h[c2 + cell] = 0;
                    h[c3 + cell] = 0;
                }
            }
        }
    }

    /** Throws if a score in the range is off the scale. */
    private void scanScale(byte[] scores, int from, int to) {
        long bad = 0;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(scores, i);
            bad |= x | ~(x + geLowest) | (x + geTooHigh);
        }
        for (; i < to; i++) {
            if (scores[i] < breaks.lowest() || scores[i] > breaks.highest()) {
                bad |= HIGH_BITS;
            }
        }
        if ((bad & HIGH_BITS) != 0) {
            throw offScale(scores, from, to);
        }
    }

    private IllegalArgumentException offScale(byte[] scores, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!breaks.isValid(scores[i])) {
                return new IllegalArgumentException("nps score must be within " + breaks.lowest() + ".."
                        + breaks.highest() + ", was " + scores[i] + " at index " + i);
            }
        }
        return new IllegalArgumentException("nps scores off the scale in " + from + ".." + to);
    }

    /**
     * Adds the interaction's first NPS answer with a survey weight; an interaction without one is ignored.
     *
     * @throws IllegalArgumentException if the weight is negative or not finite, or the score is off the scale
     */
    @Override
    public void addWeighted(Interaction interaction, double weight) {
        requireWeight(weight);
        int score = scoreOf(interaction);
        if (score >= 0) {
            addWeightedScore(score, weight);
        }
    }

    /**
     * Adds one score with a survey weight.
     *
     * @param score 1..scale
     * @param weight the points at stake, positive
     * @throws IllegalArgumentException if the weight is negative or not finite, or the score is off the scale
     */
    public void addWeightedScore(int score, double weight) {
        requireWeight(weight);
        requireOnScale(score);
        weightedAnswers++;
        weightSquares += weight * weight;
        if (score <= breaks.detractorMax()) {
            weightDetractors += weight;
        } else if (score <= breaks.passiveMax()) {
            weightPassives += weight;
        } else {
            weightPromoters += weight;
        }
    }

    @Override
    public void merge(NpsAccumulator other) {
        if (!metric.breaks().equals(other.metric.breaks())) {
            throw new IllegalArgumentException("cannot merge nps states of different scales: " + breaks + " and "
                    + other.breaks);
        }
        io.cxkit.metrics.Configurations.requireSame(metric, other.metric);
        long total = SurveyCodecs.mergedCount(count(), other.count());
        counts[0] += other.counts[0];
        counts[1] += other.counts[1];
        counts[2] += other.counts[2];
        weightedAnswers += other.weightedAnswers;
        assert count() == total;
        weightDetractors += other.weightDetractors;
        weightPassives += other.weightPassives;
        weightPromoters += other.weightPromoters;
        weightSquares += other.weightSquares;
    }

    @Override
    public long count() {
        return counts[0] + counts[1] + counts[2] + weightedAnswers;
    }

    /**
     * True if any answer was added with a weight.
     *
     * @return true if any answer was added with a weight
     */
    public boolean isWeighted() {
        return weightedAnswers > 0;
    }

    /**
     * The number of unweighted detractors.
     *
     * @return the number of unweighted detractors
     */
    public long detractors() {
        return counts[0];
    }

    /**
     * The number of unweighted passives.
     *
     * @return the number of unweighted passives
     */
    public long passives() {
        return counts[1];
    }

    /**
     * The number of unweighted promoters.
     *
     * @return the number of unweighted promoters
     */
    public long promoters() {
        return counts[2];
    }

    /**
     * The Kish effective sample size (Σw)²/Σw², counting unweighted answers with weight 1; equal to the
     * count when nothing was weighted.
     *
     * @return the Kish effective sample size (Σw)²/Σw², counting unweighted answers with weight 1; equal to the count
     *         when nothing was weighted
     */
    public double effectiveN() {
        double w = totalWeight();
        double w2 = (counts[0] + counts[1] + counts[2]) + weightSquares;
        return w2 == 0 ? 0 : w * w / w2;
    }

    private double totalWeight() {
        return counts[0] + counts[1] + counts[2] + weightDetractors + weightPassives + weightPromoters;
    }

    /**
     * The category counts the statistics use: the exact counts when nothing was weighted, otherwise the
     * weighted category shares times the Kish effective n.
     */
    double[] effectiveCounts() {
        if (!isWeighted()) {
            return new double[] {counts[0], counts[1], counts[2]};
        }
        double w = totalWeight();
        double ne = effectiveN();
        if (w == 0) {
            return new double[] {0, 0, 0};
        }
        return new double[] {
            (counts[0] + weightDetractors) / w * ne,
            (counts[1] + weightPassives) / w * ne,
            (counts[2] + weightPromoters) / w * ne,
        };
    }

    /**
     * The NPS on [−1, 1] with n, the interval of the metric's method at its confidence (clamped to [−1, 1],
     * reported in {@link Interval#clamped()}), and details: detractors, passives, promoters (weighted sums if
     * weighted), their shares, variance, standard_error, and effective_n when weighted. With no answers the
     * value is NaN and there is no interval.
     */
    @Override
    public Estimate result() {
        return estimate().estimate();
    }

    /**
     * The NPS with its category counts, shares and standard error, typed.
     *
     * @return the NPS with its category counts, shares and standard error, typed
     */
    public NpsEstimate estimate() {
        double[] c = effectiveCounts();
        double d = c[0];
        double o = c[1];
        double p = c[2];
        double n = d + o + p;
        Map<String, Double> details = new LinkedHashMap<>();
        boolean weighted = isWeighted();
        double detractors = weighted ? counts[0] + weightDetractors : (double) counts[0];
        double passives = weighted ? counts[1] + weightPassives : (double) counts[1];
        double promoters = weighted ? counts[2] + weightPromoters : (double) counts[2];
        details.put("detractors", detractors);
        details.put("passives", passives);
        details.put("promoters", promoters);
        if (n == 0) {
            return new NpsEstimate(new Estimate(metric.name(), Double.NaN, count(), Optional.empty(),
                    metric.interval().label(), details), detractors, passives, promoters, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, java.util.OptionalDouble.empty());
        }
        double se = NpsStatistics.standardError(d, o, p);
        details.put("detractor_share", d / n);
        details.put("passive_share", o / n);
        details.put("promoter_share", p / n);
        details.put("variance", NpsStatistics.variance(d, o, p));
        details.put("standard_error", se);
        if (weighted) {
            details.put("effective_n", n);
        }
        Interval interval = NpsStatistics.interval(metric.interval(), d, o, p, metric.confidence());
        Estimate e = new Estimate(metric.name(), NpsStatistics.nps(d, o, p), count(), Optional.of(interval),
                metric.interval().label(), details);
        return new NpsEstimate(e, detractors, passives, promoters, d / n, o / n, p / n, se,
                weighted ? java.util.OptionalDouble.of(n) : java.util.OptionalDouble.empty());
    }

    private void requireOnScale(int score) {
        if (score < breaks.lowest() || score > breaks.highest()) {
            throw new IllegalArgumentException("nps score must be within " + breaks.lowest() + ".."
                    + breaks.highest() + ", was " + score);
        }
    }

    /** The smallest positive survey weight: smaller ones make squared weights underflow to 0. */
    static final double MIN_WEIGHT = 1e-100;
    /** The largest survey weight: larger ones make sums of squared weights overflow. */
    static final double MAX_WEIGHT = 1e100;

    /**
     * Checks a survey weight: 0, or within {@value #MIN_WEIGHT}..{@value #MAX_WEIGHT}, so that sums of weights
     * and of squared weights over 2⁵³ answers stay finite and non-zero (no NaN with n &gt; 0).
     */
    static void requireWeight(double weight) {
        if (!(weight == 0 || (weight >= MIN_WEIGHT && weight <= MAX_WEIGHT))) {
            throw new IllegalArgumentException("weight must be 0 or within " + MIN_WEIGHT + ".." + MAX_WEIGHT
                    + ", was " + weight);
        }
    }

    /** The first NPS score of the interaction, or −1. Index loop: no iterator on the hot path. */
    private static int scoreOf(Interaction interaction) {
        List<Feedback> feedback = interaction.feedback();
        for (int i = 0, n = feedback.size(); i < n; i++) {
            if (feedback.get(i) instanceof Feedback.Nps nps) {
                return nps.score();
            }
        }
        return -1;
    }
}
