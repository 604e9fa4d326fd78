package io.cxkit.metrics.survey;

import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.metrics.ComparableMetric;
import io.cxkit.metrics.Comparison;
import io.cxkit.metrics.Interval;
import io.cxkit.metrics.StateCodec;
import io.cxkit.metrics.StateFormatException;
import io.cxkit.metrics.stat.TwoSampleResult;
import io.cxkit.metrics.stat.WelchTest;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * A metric that is the mean answer on a rating scale (CES, the CSAT mean rating), with a Student t interval
 * and Welch's t-test as its comparison. Answers on another scale than the metric's are mapped linearly onto it
 * (1 ↦ 1, top ↦ top).
 */
public abstract sealed class MeanMetric implements ComparableMetric<MeanAccumulator> permits Ces, CsatMean {
    /** The method name of the t interval. */
    public static final String T_INTERVAL = "t";

    private final int scale;
    private final double confidence;

    MeanMetric(int scale, double confidence) {
        if (scale < 2 || scale > 10) {
            throw new IllegalArgumentException("scale must be within 2..10, was " + scale);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be within (0, 1), was " + confidence);
        }
        this.scale = scale;
        this.confidence = confidence;
    }

    /** The scale, interval method and confidence: a state decodes and merges only under the same. */
    @Override
    public java.util.Map<String, String> configuration() {
        java.util.Map<String, String> c = configuration;
        if (c == null) {
            c = java.util.Map.of("scale", Integer.toString(scale), "interval", T_INTERVAL, "confidence",
                    Double.toString(confidence));
            configuration = c;
        }
        return c;
    }

    private java.util.Map<String, String> configuration;

    @Override
    public java.util.OptionalDouble confidenceLevel() {
        return java.util.OptionalDouble.of(confidence);
    }

    /**
     * The scale 1..scale the mean is reported on.
     *
     * @return the scale 1..scale the mean is reported on
     */
    public int scale() {
        return scale;
    }

    /**
     * The two-sided confidence level of intervals.
     *
     * @return the two-sided confidence level of intervals
     */
    public double confidence() {
        return confidence;
    }

    /** The scale of the answer if this metric measures it, else −1. */
    abstract int scaleOf(Feedback feedback);

    /** The score of an answer this metric measures. */
    abstract int scoreOf(Feedback feedback);

    /**
     * Checks that answers on {@code answerScale} may be added.
     *
     * @throws IllegalArgumentException if not
     */
    abstract void requireScale(int answerScale);

    /** The index of the interaction's first measured answer in its feedback list, or −1. */
    final int indexOf(Interaction interaction) {
        List<Feedback> feedback = interaction.feedback();
        for (int i = 0, n = feedback.size(); i < n; i++) {
            if (scaleOf(feedback.get(i)) > 0) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public MeanAccumulator newAccumulator() {
        return new MeanAccumulator(this);
    }

    @Override
    public StateCodec<MeanAccumulator> codec() {
        return codec;
    }

    /**
     * Welch's t-test of current against baseline, at the Kish effective sizes when weighted.
     *
     * @throws IllegalArgumentException if the confidence is not in (0, 1)
     */
    @Override
    public Comparison compare(MeanAccumulator baseline, MeanAccumulator current, double level) {
        io.cxkit.metrics.Configurations.requireLevel(this, level);
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence must be within (0, 1), was " + level);
        }
        double[] a = baseline.moments();
        double[] b = current.moments();
        if (!(a[2] >= 2) || !(b[2] >= 2)) {
            return new Comparison(name(), baseline.result(), current.result(),
                    a[2] > 0 && b[2] > 0 ? b[0] - a[0] : Double.NaN, Optional.empty(), Double.NaN, Double.NaN,
                    WelchTest.METHOD);
        }
        TwoSampleResult r = WelchTest.test(a[0], a[1], a[2], b[0], b[1], b[2], level);
        Optional<Interval> ci = Double.isNaN(r.statistic()) ? Optional.empty()
                : Optional.of(new Interval(r.lower(), r.upper(), level, r.method(), false));
        return new Comparison(name(), baseline.result(), current.result(), r.difference(), ci, r.statistic(),
                r.pValue(), r.method());
    }

    private final StateCodec<MeanAccumulator> codec = new StateCodec<>() {
        @Override
        public int version() {
            return 1;
        }

        @Override
        public void write(MeanAccumulator s, DataOutput out) throws IOException {
            out.writeByte(scale);
            int used = 0;
            for (int k = 2; k <= 10; k++) {
                used |= s.n[k] > 0 ? 1 << k : 0;
            }
            out.writeShort(used);
            for (int k = 2; k <= 10; k++) {
                if (s.n[k] > 0) {
                    out.writeLong(s.n[k]);
                    out.writeLong(s.sum[k]);
                    out.writeLong(s.sumOfSquares[k]);
                }
            }
            out.writeLong(s.weightedAnswers);
            out.writeDouble(s.weightSum);
            out.writeDouble(s.weightedX);
            out.writeDouble(s.weightedXX);
            out.writeDouble(s.weightSquares);
        }

        @Override
        public MeanAccumulator read(DataInput in, int version) throws IOException {
            int stored = in.readByte();
            if (stored != scale) {
                throw new StateFormatException(name() + " state is on scale " + stored + ", this metric on " + scale);
            }
            int used = in.readUnsignedShort();
            if ((used & ~0x7FC) != 0) {
                throw new StateFormatException(name() + " state names scales outside 2..10");
            }
            MeanAccumulator s = new MeanAccumulator(MeanMetric.this);
            long total = 0;
            for (int k = 2; k <= 10; k++) {
                if ((used & (1 << k)) != 0) {
                    long n = SurveyCodecs.count(in, "answers");
                    long sum = SurveyCodecs.count(in, "sum");
                    long sq = SurveyCodecs.count(in, "sum of squares");
                    // Every answer is within 1..k: the sums are bounded by the count.
                    if (n == 0 || n > Long.MAX_VALUE / 100 || sum < n || sum > n * k || sq < sum
                            || sq > sum * k) {
                        throw new StateFormatException(name() + " state sums are impossible for " + n
                                + " answers on scale " + k);
                    }
                    try {
                        requireScale(k);
                    } catch (IllegalArgumentException e) {
                        throw new StateFormatException(name() + " state holds answers on scale " + k);
                    }
                    s.n[k] = n;
                    s.sum[k] = sum;
                    s.sumOfSquares[k] = sq;
                    total += n;
                    SurveyCodecs.requireSum(total);
                }
            }
            s.weightedAnswers = SurveyCodecs.count(in, "weighted answers");
            s.weightSum = SurveyCodecs.weight(in, "weight");
            s.weightedX = SurveyCodecs.weight(in, "weighted sum");
            s.weightedXX = SurveyCodecs.weight(in, "weighted sum of squares");
            s.weightSquares = SurveyCodecs.weight(in, "squared weights");
            SurveyCodecs.requireSum(total, s.weightedAnswers);
            SurveyCodecs.requireConsistentWeights(s.weightedAnswers, s.weightSum, s.weightSquares);
            double tol = 1 + 1e-9;
            if (s.weightedX < s.weightSum / tol || s.weightedX > s.weightSum * scale * tol
                    || s.weightedXX < s.weightedX / tol || s.weightedXX > s.weightedX * scale * tol) {
                throw new StateFormatException(name() + " state weighted sums are impossible on scale " + scale);
            }
            return s;
        }
    };
}
