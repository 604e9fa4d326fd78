package io.cxkit.metrics.survey;

import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.Interval;
import io.cxkit.metrics.WeightedAccumulator;
import io.cxkit.metrics.stat.StudentT;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The state of a {@link MeanMetric} (CES, CSAT mean rating): exact counts, sums and sums of squares of the
 * answers per answer scale, so merging is exact; plus weighted sums (on the metric's scale) for answers added
 * with a survey weight. Not thread-safe.
 */
public final class MeanAccumulator implements WeightedAccumulator<MeanAccumulator> {
    private final MeanMetric metric;
    final long[] n = new long[11];
    final long[] sum = new long[11];
    final long[] sumOfSquares = new long[11];
    long weightedAnswers;
    double weightSum;
    double weightedX;
    double weightedXX;
    double weightSquares;

    MeanAccumulator(MeanMetric metric) {
        this.metric = metric;
    }

    /**
     * The metric this state belongs to.
     *
     * @return the metric this state belongs to
     */
    public MeanMetric metric() {
        return metric;
    }

    /**
     * Adds the interaction's first answer the metric measures; others are ignored.
     *
     * @throws IllegalArgumentException if the answer's scale is not one the metric takes
     */
    @Override
    public void add(Interaction interaction) {
        int i = metric.indexOf(interaction);
        if (i >= 0) {
            Feedback f = interaction.feedback().get(i);
            addScore(metric.scoreOf(f), metric.scaleOf(f));
        }
    }

    /**
     * Adds one answer {@code score} on 1..{@code scale}.
     *
     * @param score 1..scale
     * @param scale the number of answer options, 2..10 (5 is the usual)
     * @throws IllegalArgumentException if the scale is not one the metric takes or the score is off it
     */
    public void addScore(int score, int scale) {
        metric.requireScale(scale);
        if (score < 1 || score > scale) {
            throw new IllegalArgumentException(metric.name() + " score must be within 1.." + scale + ", was "
                    + score);
        }
        n[scale]++;
        sum[scale] += score;
        sumOfSquares[scale] += score * score;
    }

    /**
     * Adds the answers {@code scores[from..to)}, all on 1..{@code scale}: allocation-free, all or nothing.
     *
     * @param scores the scores, one per answer
     * @param scale the number of answer options, 2..10 (5 is the usual)
     * @param from the first index
     * @param to the answers {@code scores[from..to)}, all on 1..{@code scale}: allocation-free, all or nothing
     * @throws IllegalArgumentException naming the first answer off the scale, or if the scale is not one the
     *         metric takes
     * @throws IndexOutOfBoundsException if the range is not within the array
     */
    public void addScores(byte[] scores, int scale, int from, int to) {
        metric.requireScale(scale);
        long s = ByteColumns.sum(scores, from, to, 1, scale);
        if (s < 0) {
            throw ByteColumns.offScale(metric.name() + " score", scores, from, to, 1, scale);
        }
        n[scale] += to - from;
        sum[scale] += s;
        sumOfSquares[scale] += ByteColumns.sumOfSquares(scores, from, to);
    }

    /**
     * Adds {@code scores[from..to)}, all on 1..{@code scale}, row by row into {@code byGroup[groups[row]]}: a
     * mean metric grouped by a dimension whose values the caller has numbered 0..k−1, as a columnar read hands
     * them over. Allocation-free and all or nothing: every score and group index is checked first.
     *
     * @param scores the answers, each within 1..{@code scale}
     * @param scale the answers' scale
     * @param groups the group number of each row, within 0..{@code byGroup.length}−1
     * @param from the first row, inclusive
     * @param to the last row, exclusive
     * @param byGroup one accumulator per group, all of one metric; each gets its rows' answers
     * @throws IllegalArgumentException naming the first answer off the scale or group index out of range, if
     *         the scale is not one the metric takes, or if the accumulators are not all of one metric
     * @throws IndexOutOfBoundsException if the range is not within both arrays
     */
    public static void addScoresGrouped(byte[] scores, int scale, int[] groups, int from, int to,
            MeanAccumulator[] byGroup) {
        if (byGroup.length == 0) {
            ByteColumns.checkGrouped("score", scores, groups, from, to, 1, scale, 0);
            return;
        }
        MeanMetric metric = byGroup[0].metric;
        for (MeanAccumulator a : byGroup) {
            if (a.metric != metric && !(a.metric.name().equals(metric.name())
                    && a.metric.scale() == metric.scale())) {
                throw new IllegalArgumentException("grouped accumulators must share one metric, had " + metric
                        + " and " + a.metric);
            }
        }
        metric.requireScale(scale);
        ByteColumns.checkGrouped(metric.name() + " score", scores, groups, from, to, 1, scale, byGroup.length);
        for (int i = from; i < to; i++) {
            MeanAccumulator a = byGroup[groups[i]];
            int s = scores[i];
            a.n[scale]++;
            a.sum[scale] += s;
            a.sumOfSquares[scale] += s * s;
        }
    }

    /**
     * Adds the interaction's first measured answer with a survey weight.
     *
     * @throws IllegalArgumentException if the weight is negative or not finite, or the answer's scale is not one
     *         the metric takes
     */
    @Override
    public void addWeighted(Interaction interaction, double weight) {
        NpsAccumulator.requireWeight(weight);
        int i = metric.indexOf(interaction);
        if (i < 0) {
            return;
        }
        Feedback f = interaction.feedback().get(i);
        int scale = metric.scaleOf(f);
        metric.requireScale(scale);
        double x = rescale(metric.scoreOf(f), scale);
        weightedAnswers++;
        weightSum += weight;
        weightedX += weight * x;
        weightedXX += weight * x * x;
        weightSquares += weight * weight;
    }

    private double rescale(double score, int scale) {
        return scale == metric.scale() ? score : 1 + (score - 1) * (metric.scale() - 1) / (scale - 1);
    }

    @Override
    public void merge(MeanAccumulator other) {
        if (metric.scale() != other.metric.scale() || !metric.name().equals(other.metric.name())) {
            throw new IllegalArgumentException("cannot merge " + other.metric.name() + " on scale "
                    + other.metric.scale() + " into " + metric.name() + " on scale " + metric.scale());
        }
        io.cxkit.metrics.Configurations.requireSame(metric, other.metric);
        SurveyCodecs.mergedCount(count(), other.count());
        for (int k = 2; k <= 10; k++) {
            n[k] += other.n[k];
            sum[k] += other.sum[k];
            sumOfSquares[k] += other.sumOfSquares[k];
        }
        weightedAnswers += other.weightedAnswers;
        weightSum += other.weightSum;
        weightedX += other.weightedX;
        weightedXX += other.weightedXX;
        weightSquares += other.weightSquares;
    }

    @Override
    public long count() {
        long c = weightedAnswers;
        for (int k = 2; k <= 10; k++) {
            c += n[k];
        }
        return c;
    }

    /**
     * {mean, unbiased variance, effective n} on the metric's scale. Unweighted answers count with weight 1;
     * the variance of weighted data is the weighted population variance times n_eff/(n_eff − 1) (Kish).
     */
    double[] moments() {
        double w = weightSum;
        double x = weightedX;
        double xx = weightedXX;
        double w2 = weightSquares;
        int target = metric.scale();
        for (int k = 2; k <= 10; k++) {
            if (n[k] == 0) {
                continue;
            }
            // Σ(1 + c(v − 1)) and Σ(1 + c(v − 1))² from the exact per-scale sums, c = (target − 1)/(k − 1).
            double c = (double) (target - 1) / (k - 1);
            double cnt = n[k];
            double s1 = sum[k] - cnt;
            double s2 = sumOfSquares[k] - 2.0 * sum[k] + cnt;
            w += cnt;
            w2 += cnt;
            x += cnt + c * s1;
            xx += cnt + 2 * c * s1 + c * c * s2;
        }
        if (w == 0) {
            return new double[] {Double.NaN, Double.NaN, 0};
        }
        double mean = x / w;
        double ne = w * w / w2;
        double pop = Math.max(0, xx / w - mean * mean);
        double var = ne > 1 ? pop * ne / (ne - 1) : Double.NaN;
        return new double[] {mean, var, ne};
    }

    /**
     * The mean on 1..scale with n and method {@code t}, the Student t interval mean ± t(df = n − 1)·s/√n (n the Kish effective n
     * when weighted; none below 2 answers), and details: standard_deviation, standard_error, and effective_n
     * when weighted. NaN and no interval with no answers.
     */
    @Override
    public Estimate result() {
        double[] m = moments();
        Map<String, Double> details = new LinkedHashMap<>();
        if (m[2] == 0) {
            return new Estimate(metric.name(), Double.NaN, count(), Optional.empty(), MeanMetric.T_INTERVAL, details);
        }
        double sd = Math.sqrt(m[1]);
        double se = sd / Math.sqrt(m[2]);
        details.put("standard_deviation", sd);
        details.put("standard_error", se);
        if (weightedAnswers > 0) {
            details.put("effective_n", m[2]);
        }
        Optional<Interval> ci = Optional.empty();
        if (m[2] >= 2 && !Double.isNaN(se)) {
            double t = StudentT.twoSidedCritical(metric.confidence(), m[2] - 1);
            double lo = Math.max(1, m[0] - t * se);
            double hi = Math.min(metric.scale(), m[0] + t * se);
            ci = Optional.of(new Interval(lo, hi, metric.confidence(), MeanMetric.T_INTERVAL,
                    lo != m[0] - t * se || hi != m[0] + t * se));
        }
        return new Estimate(metric.name(), m[0], count(), ci, MeanMetric.T_INTERVAL, details);
    }
}
