package io.cxkit.metrics.survey;

import io.cxkit.core.Interaction;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.Interval;
import io.cxkit.metrics.WeightedAccumulator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The state of a {@link ShareMetric} (CSAT top-box share, CES agreement): exact counts of hits and answers,
 * plus weighted sums for answers added with a survey weight. Not thread-safe.
 */
public final class ShareAccumulator implements WeightedAccumulator<ShareAccumulator> {
    private final ShareMetric metric;
    long hits;
    long answers;
    long weightedAnswers;
    double weightHits;
    double weightSum;
    double weightSquares;

    ShareAccumulator(ShareMetric metric) {
        this.metric = metric;
    }

    /**
     * The metric this state belongs to.
     *
     * @return the metric this state belongs to
     */
    public ShareMetric metric() {
        return metric;
    }

    /**
     * Adds the interaction's first answer the metric measures; others are ignored.
     *
     * @throws IllegalArgumentException if the answer cannot be classified (e.g. a scale the mapping lacks)
     */
    @Override
    public void add(Interaction interaction) {
        int c = metric.classify(interaction);
        if (c >= 0) {
            answers++;
            hits += c;
        }
    }

    /**
     * Adds the answers {@code scores[from..to)}, all on 1..{@code scale} (CES: 7): the hot path, allocation-free,
     * all or nothing.
     *
     * @param scores the scores, one per answer
     * @param scale the number of answer options, 2..10 (5 is the usual)
     * @param from the first index
     * @param to the answers {@code scores[from..to)}, all on 1..{@code scale} (CES: 7): the hot path, allocation-free,
     *        all or nothing
     * @throws IllegalArgumentException naming the first answer off the scale, or if the metric does not take
     *         answers on that scale
     * @throws IndexOutOfBoundsException if the range is not within the array
     */
    public void addScores(byte[] scores, int scale, int from, int to) {
        int lowestHit = metric.lowestHit(scale);
        long hitCount = ByteColumns.countAtLeast(scores, from, to, lowestHit, 1, scale);
        if (hitCount < 0) {
            throw ByteColumns.offScale(metric.name() + " score", scores, from, to, 1, scale);
        }
        hits += hitCount;
        answers += to - from;
    }

    /**
     * Adds {@code scores[from..to)}, all on 1..{@code scale}, row by row into {@code byGroup[groups[row]]}: a
     * share metric grouped by a dimension whose values the caller has numbered 0..k−1, as a columnar read hands
     * them over. Allocation-free and all or nothing: every score and group index is checked first.
     *
     * @param scores the answers, each within 1..{@code scale}
     * @param scale the answers' scale
     * @param groups the group number of each row, within 0..{@code byGroup.length}−1
     * @param from the first row, inclusive
     * @param to the last row, exclusive
     * @param byGroup one accumulator per group, all of one metric; each gets its rows' answers
     * @throws IllegalArgumentException naming the first answer off the scale or group index out of range, if
     *         the metric does not take answers on that scale, or if the accumulators are not all of one metric
     * @throws IndexOutOfBoundsException if the range is not within both arrays
     */
    public static void addScoresGrouped(byte[] scores, int scale, int[] groups, int from, int to,
            ShareAccumulator[] byGroup) {
        if (byGroup.length == 0) {
            ByteColumns.checkGrouped("score", scores, groups, from, to, 1, scale, 0);
            return;
        }
        ShareMetric metric = byGroup[0].metric;
        for (ShareAccumulator a : byGroup) {
            if (a.metric != metric && !(a.metric.name().equals(metric.name())
                    && a.metric.settingsKey().equals(metric.settingsKey()))) {
                throw new IllegalArgumentException("grouped accumulators must share one metric, had " + metric
                        + " and " + a.metric);
            }
        }
        int lowestHit = metric.lowestHit(scale);
        ByteColumns.checkGrouped(metric.name() + " score", scores, groups, from, to, 1, scale, byGroup.length);
        for (int i = from; i < to; i++) {
            ShareAccumulator a = byGroup[groups[i]];
            a.answers++;
            a.hits += scores[i] >= lowestHit ? 1 : 0;
        }
    }

    /**
     * Adds answers counted elsewhere: {@code hits} of {@code answers} were hits. For counts kept by another system.
     *
     * @param hitCount the hit count
     * @param answerCount the answer count
     * @throws IllegalArgumentException if a count is negative or hits exceed answers
     */
    public void addCounts(long hitCount, long answerCount) {
        if (answerCount < 0 || hitCount < 0 || hitCount > answerCount) {
            throw new IllegalArgumentException("counts must satisfy 0 <= hits <= answers, were " + hitCount + " of "
                    + answerCount);
        }
        hits += hitCount;
        answers += answerCount;
    }

    /**
     * Adds the interaction's first measured answer with a survey weight.
     *
     * @throws IllegalArgumentException if the weight is negative or not finite, or the answer cannot be
     *         classified
     */
    @Override
    public void addWeighted(Interaction interaction, double weight) {
        NpsAccumulator.requireWeight(weight);
        int c = metric.classify(interaction);
        if (c >= 0) {
            weightedAnswers++;
            weightSum += weight;
            weightSquares += weight * weight;
            weightHits += c * weight;
        }
    }

    @Override
    public void merge(ShareAccumulator other) {
        // The named-setting check first, so that a mismatch says which setting differs.
        io.cxkit.metrics.Configurations.requireSame(metric, other.metric);
        if (!metric.settingsKey().equals(other.metric.settingsKey()) || !metric.name().equals(other.metric.name())) {
            throw new IllegalArgumentException("cannot merge " + other.metric.name() + " (" + other.metric.settingsKey()
                    + ") into " + metric.name() + " (" + metric.settingsKey() + ")");
        }
        SurveyCodecs.mergedCount(count(), other.count());
        hits += other.hits;
        answers += other.answers;
        weightedAnswers += other.weightedAnswers;
        weightHits += other.weightHits;
        weightSum += other.weightSum;
        weightSquares += other.weightSquares;
    }

    @Override
    public long count() {
        return answers + weightedAnswers;
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
     * The Kish effective sample size, unweighted answers counting with weight 1.
     *
     * @return the Kish effective sample size, unweighted answers counting with weight 1
     */
    public double effectiveN() {
        double w = answers + weightSum;
        double w2 = answers + weightSquares;
        return w2 == 0 ? 0 : w * w / w2;
    }

    /** {hits, n}: exact when unweighted, else the weighted share times the Kish effective n. */
    double[] effectiveHitsAndN() {
        if (!isWeighted()) {
            return new double[] {hits, answers};
        }
        double w = answers + weightSum;
        if (w == 0) {
            return new double[] {0, 0};
        }
        double ne = effectiveN();
        return new double[] {(hits + weightHits) / w * ne, ne};
    }

    /**
     * The share on [0, 1] with n, the interval of the metric's method (clamped to [0, 1], reported), and
     * details: hits, answers (weighted sums when weighted), effective_n when weighted. NaN and no interval
     * with no answers.
     */
    @Override
    public Estimate result() {
        double[] e = effectiveHitsAndN();
        Map<String, Double> details = new LinkedHashMap<>();
        boolean weighted = isWeighted();
        details.put("hits", weighted ? hits + weightHits : (double) hits);
        details.put("answers", weighted ? answers + weightSum : (double) answers);
        String method = metric.interval().label();
        if (e[1] == 0) {
            return new Estimate(metric.name(), Double.NaN, count(), Optional.empty(), method, details);
        }
        if (weighted) {
            details.put("effective_n", e[1]);
        }
        double x = Math.min(e[0], e[1]);
        Interval ci = ProportionStatistics.interval(metric.interval(), x, e[1], metric.confidence());
        return new Estimate(metric.name(), x / e[1], count(), Optional.of(ci), method, details);
    }
}
