package io.cxkit.metrics.survey;

import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.metrics.ComparableMetric;
import io.cxkit.metrics.Comparison;
import io.cxkit.metrics.Interval;
import io.cxkit.metrics.StateCodec;
import io.cxkit.metrics.StateFormatException;
import io.cxkit.metrics.stat.TwoProportionTest;
import io.cxkit.metrics.stat.TwoSampleResult;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A metric that is a share of answers (CSAT top-box, CES agreement), with an Agresti–Coull, Wilson or Wald
 * interval and the two-proportion z-test as its comparison. Subclasses say which answers count and which are
 * hits.
 */
public abstract sealed class ShareMetric implements ComparableMetric<ShareAccumulator> permits Csat, CesAgree {
    private final ProportionInterval interval;
    private final double confidence;

    ShareMetric(ProportionInterval interval, double confidence) {
        this.interval = Objects.requireNonNull(interval, "interval");
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be within (0, 1), was " + confidence);
        }
        this.confidence = confidence;
    }

    /** The answers counted as hits, interval method and confidence: a state decodes and merges only under the same. */
    @Override
    public java.util.Map<String, String> configuration() {
        java.util.Map<String, String> c = configuration;
        if (c == null) {
            // settingsKey() reads the subclass's fields, so the map is made on first use, not in the constructor.
            c = java.util.Map.of("hits", settingsKey(), "interval", interval.label(), "confidence",
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
     * The interval method.
     *
     * @return the interval method
     */
    public ProportionInterval interval() {
        return interval;
    }

    /**
     * The two-sided confidence level of intervals.
     *
     * @return the two-sided confidence level of intervals
     */
    public double confidence() {
        return confidence;
    }

    /**
     * 1 if the answer is a hit, 0 if a miss, −1 if this metric does not measure it.
     *
     * @throws IllegalArgumentException if the answer is of this metric's kind but cannot be classified
     */
    abstract int classify(Feedback feedback);

    /**
     * The lowest answer that is a hit on a 1..scale column.
     *
     * @throws IllegalArgumentException if this metric does not take answers on that scale
     */
    abstract int lowestHit(int scale);

    /** The settings that must match for two states to merge or a state to decode, as text. */
    abstract String settingsKey();

    /** Classifies the interaction's first answer this metric measures. Index loop: no iterator. */
    final int classify(Interaction interaction) {
        List<Feedback> feedback = interaction.feedback();
        for (int i = 0, n = feedback.size(); i < n; i++) {
            int c = classify(feedback.get(i));
            if (c >= 0) {
                return c;
            }
        }
        return -1;
    }

    @Override
    public ShareAccumulator newAccumulator() {
        return new ShareAccumulator(this);
    }

    @Override
    public StateCodec<ShareAccumulator> codec() {
        return codec;
    }

    /**
     * The two-proportion z-test of current against baseline (pooled z, unpooled interval of the difference);
     * weighted states use their weighted shares at the Kish effective n.
     *
     * @throws IllegalArgumentException if the confidence is not in (0, 1)
     */
    @Override
    public Comparison compare(ShareAccumulator baseline, ShareAccumulator current, double level) {
        io.cxkit.metrics.Configurations.requireLevel(this, level);
        double[] a = baseline.effectiveHitsAndN();
        double[] b = current.effectiveHitsAndN();
        if (a[1] == 0 || b[1] == 0) {
            if (!(level > 0 && level < 1)) {
                throw new IllegalArgumentException("confidence must be within (0, 1), was " + level);
            }
            return new Comparison(name(), baseline.result(), current.result(), Double.NaN, Optional.empty(),
                    Double.NaN, Double.NaN, TwoProportionTest.METHOD);
        }
        TwoSampleResult r = TwoProportionTest.test(a[0], a[1], b[0], b[1], level);
        return new Comparison(name(), baseline.result(), current.result(), r.difference(),
                Optional.of(new Interval(r.lower(), r.upper(), level, r.method(), false)), r.statistic(),
                r.pValue(), r.method());
    }

    private final StateCodec<ShareAccumulator> codec = new StateCodec<>() {
        @Override
        public int version() {
            return 1;
        }

        @Override
        public void write(ShareAccumulator s, DataOutput out) throws IOException {
            out.writeUTF(settingsKey());
            out.writeLong(s.hits);
            out.writeLong(s.answers);
            out.writeLong(s.weightedAnswers);
            out.writeDouble(s.weightHits);
            out.writeDouble(s.weightSum);
            out.writeDouble(s.weightSquares);
        }

        @Override
        public ShareAccumulator read(DataInput in, int version) throws IOException {
            String key = in.readUTF();
            if (!key.equals(settingsKey())) {
                throw new StateFormatException(name() + " state has settings '" + key + "', this metric uses '"
                        + settingsKey() + "'");
            }
            ShareAccumulator s = new ShareAccumulator(ShareMetric.this);
            s.hits = SurveyCodecs.count(in, "hits");
            s.answers = SurveyCodecs.count(in, "answers");
            s.weightedAnswers = SurveyCodecs.count(in, "weighted answers");
            s.weightHits = SurveyCodecs.weight(in, "hit weight");
            s.weightSum = SurveyCodecs.weight(in, "weight");
            s.weightSquares = SurveyCodecs.weight(in, "squared weights");
            if (s.hits > s.answers || s.weightHits > s.weightSum * (1 + 1e-12)) {
                throw new StateFormatException(name() + " state has more hits than answers");
            }
            SurveyCodecs.requireSum(s.answers, s.weightedAnswers);
            SurveyCodecs.requireConsistentWeights(s.weightedAnswers, s.weightSum, s.weightSquares);
            return s;
        }
    };
}
