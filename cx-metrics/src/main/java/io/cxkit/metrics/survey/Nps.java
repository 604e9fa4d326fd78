package io.cxkit.metrics.survey;

import io.cxkit.metrics.ComparableMetric;
import io.cxkit.metrics.Comparison;
import io.cxkit.metrics.Interval;
import io.cxkit.metrics.MetricOptions;
import io.cxkit.metrics.StateCodec;
import io.cxkit.metrics.StateFormatException;
import io.cxkit.metrics.stat.TwoSampleResult;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * The Net Promoter Score (Reichheld 2003): (promoters − detractors)/n on the natural scale [−1, 1] (×100 for
 * display), with its variance, standard error and an interval: adjusted-Wald "(3,T)" by default, Wald or the
 * iterative score interval on request (Rocks 2016). The category breaks and the scale are settings
 * ({@link NpsBreaks}), as in the R {@code NPS} package. Two samples are compared with MeasuringU's
 * adjusted-Wald difference ({@link NpsStatistics#compare}).
 *
 * <pre>{@code
 * Nps nps = Nps.standard();
 * NpsAccumulator acc = nps.newAccumulator();
 * acc.addScores(scores, 0, scores.length);      // or acc.add(interaction)
 * Estimate e = acc.result();                     // e.value() 0.15, e.interval() [-0.007, 0.298] adjusted-wald
 * }</pre>
 */
public final class Nps implements ComparableMetric<NpsAccumulator> {
    /** The metric's name. */
    public static final String NAME = "nps";

    private final NpsBreaks breaks;
    private final NpsInterval interval;
    private final double confidence;
    /** Category by score byte (0..127): 0 detractor, 1 passive, 2 promoter, 3 off the scale. */
    final byte[] categoryOf = new byte[128];

    /**
     * An NPS metric.
     *
     * @param confidence the two-sided level of its intervals, in (0, 1)
     * @param breaks the breaks
     * @param interval the interval
     * @throws IllegalArgumentException if the confidence is not in (0, 1)
     */
    public Nps(NpsBreaks breaks, NpsInterval interval, double confidence) {
        this.breaks = Objects.requireNonNull(breaks, "breaks");
        this.interval = Objects.requireNonNull(interval, "interval");
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be within (0, 1), was " + confidence);
        }
        this.confidence = confidence;
        for (int score = 0; score < 128; score++) {
            categoryOf[score] = (byte) (!breaks.isValid(score) ? 3 : score <= breaks.detractorMax() ? 0
                    : score <= breaks.passiveMax() ? 1 : 2);
        }
    }

    /**
     * The standard 0–10 NPS with 95% adjusted-Wald intervals.
     *
     * @return the standard 0–10 NPS with 95% adjusted-Wald intervals
     */
    public static Nps standard() {
        return new Nps(NpsBreaks.STANDARD, NpsInterval.ADJUSTED_WALD, 0.95);
    }

    /**
     * The NPS configured by options: {@code intervalMethod} (wald, adjusted-wald, score), {@code confidence},
     * and the setting {@code nps.breaks} ("0,6,8,10").
     *
     * @param options the metric's options
     * @return the NPS configured by options: {@code intervalMethod} (wald, adjusted-wald, score), {@code confidence},
     *         and the setting {@code nps.breaks} ("0,6,8,10")
     * @throws IllegalArgumentException if an option is not valid for NPS
     */
    public static Nps from(MetricOptions options) {
        NpsInterval m = options.intervalMethod().map(NpsInterval::parse).orElse(NpsInterval.ADJUSTED_WALD);
        NpsBreaks b = options.setting("nps.breaks").map(NpsBreaks::parse).orElse(NpsBreaks.STANDARD);
        return new Nps(b, m, options.confidence());
    }

    /** Breaks, interval method and confidence: a state decodes and merges only under the same. */
    @Override
    public java.util.Map<String, String> configuration() {
        java.util.Map<String, String> c = configuration;
        if (c == null) {
            c = java.util.Map.of("breaks", breaks.toString(), "interval", interval.label(), "confidence",
                    Double.toString(confidence));
            configuration = c;
        }
        return c;
    }

    /** Made on first use (after construction, when every field is set); racy but idempotent. */
    private java.util.Map<String, String> configuration;

    @Override
    public java.util.OptionalDouble confidenceLevel() {
        return java.util.OptionalDouble.of(confidence);
    }

    /**
     * The scale and its category breaks.
     *
     * @return the scale and its category breaks
     */
    public NpsBreaks breaks() {
        return breaks;
    }

    /**
     * The interval method.
     *
     * @return the interval method
     */
    public NpsInterval interval() {
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
     * The recipe that rebuilds this metric ({@link io.cxkit.metrics.Metric#spec}): the interval method, confidence and {@code nps.breaks}.
     *
     * @return the spec of this metric's provider with these options
     */
    @Override
    public io.cxkit.metrics.MetricSpec spec() {
        return io.cxkit.metrics.MetricSpec.of(NAME, io.cxkit.metrics.MetricOptions.defaults().withConfidence(confidence).withIntervalMethod(interval.label())
                .withSetting("nps.breaks", breaks.toString()));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public NpsAccumulator newAccumulator() {
        return new NpsAccumulator(this);
    }

    @Override
    public StateCodec<NpsAccumulator> codec() {
        return codec;
    }

    /**
     * MeasuringU's adjusted-Wald comparison of current against baseline: difference = NPS_current −
     * NPS_baseline, the interval of the adjusted difference, z and the two-sided p.
     *
     * @throws IllegalArgumentException if the confidence is not in (0, 1)
     */
    @Override
    public Comparison compare(NpsAccumulator baseline, NpsAccumulator current, double level) {
        io.cxkit.metrics.Configurations.requireLevel(this, level);
        double[] a = baseline.effectiveCounts();
        double[] b = current.effectiveCounts();
        if (a[0] + a[1] + a[2] == 0 || b[0] + b[1] + b[2] == 0) {
            if (!(level > 0 && level < 1)) {
                throw new IllegalArgumentException("confidence must be within (0, 1), was " + level);
            }
            return new Comparison(NAME, baseline.result(), current.result(), Double.NaN, Optional.empty(),
                    Double.NaN, Double.NaN, "adjusted-wald-difference");
        }
        TwoSampleResult r = NpsStatistics.compare(a[0], a[1], a[2], b[0], b[1], b[2], level);
        return new Comparison(NAME, baseline.result(), current.result(), r.difference(),
                Optional.of(new Interval(r.lower(), r.upper(), level, r.method(), false)), r.statistic(),
                r.pValue(), r.method());
    }

    @Override
    public String toString() {
        return "nps(" + breaks + ", " + interval.label() + ", " + confidence + ")";
    }

    private final StateCodec<NpsAccumulator> codec = new StateCodec<>() {
        @Override
        public int version() {
            return 1;
        }

        @Override
        public void write(NpsAccumulator s, DataOutput out) throws IOException {
            out.writeByte(breaks.lowest());
            out.writeByte(breaks.detractorMax());
            out.writeByte(breaks.passiveMax());
            out.writeByte(breaks.highest());
            out.writeLong(s.counts[0]);
            out.writeLong(s.counts[1]);
            out.writeLong(s.counts[2]);
            out.writeLong(s.weightedAnswers);
            out.writeDouble(s.weightDetractors);
            out.writeDouble(s.weightPassives);
            out.writeDouble(s.weightPromoters);
            out.writeDouble(s.weightSquares);
        }

        @Override
        public NpsAccumulator read(DataInput in, int version) throws IOException {
            byte lowest = in.readByte();
            byte detractorMax = in.readByte();
            byte passiveMax = in.readByte();
            byte highest = in.readByte();
            // Compared as bytes first: building the breaks (and validating them) is only needed to explain a refusal.
            if (lowest != breaks.lowest() || detractorMax != breaks.detractorMax()
                    || passiveMax != breaks.passiveMax() || highest != breaks.highest()) {
                NpsBreaks stored;
                try {
                    stored = new NpsBreaks(lowest, detractorMax, passiveMax, highest);
                } catch (IllegalArgumentException e) {
                    throw new StateFormatException("nps state holds invalid breaks: " + e.getMessage());
                }
                throw new StateFormatException("nps state has breaks " + stored + ", this metric uses " + breaks);
            }
            NpsAccumulator s = new NpsAccumulator(Nps.this);
            s.counts[0] = SurveyCodecs.count(in, "detractors");
            s.counts[1] = SurveyCodecs.count(in, "passives");
            s.counts[2] = SurveyCodecs.count(in, "promoters");
            s.weightedAnswers = SurveyCodecs.count(in, "weighted answers");
            s.weightDetractors = SurveyCodecs.weight(in, "detractor weight");
            s.weightPassives = SurveyCodecs.weight(in, "passive weight");
            s.weightPromoters = SurveyCodecs.weight(in, "promoter weight");
            s.weightSquares = SurveyCodecs.weight(in, "squared weights");
            SurveyCodecs.requireSum(s.counts[0], s.counts[1], s.counts[2], s.weightedAnswers);
            SurveyCodecs.requireConsistentWeights(s.weightedAnswers,
                    s.weightDetractors + s.weightPassives + s.weightPromoters, s.weightSquares);
            return s;
        }
    };

    /** Makes {@code nps} for the {@link io.cxkit.metrics.MetricRegistry}. */
    public static final class Provider extends DescribedProvider {
        /** The provider {@link java.util.ServiceLoader} instantiates. */
        public Provider() {
            super(NAME, "Net Promoter Score on [-1, 1] with adjusted-Wald, Wald or score interval",
                    "nps.breaks");
        }

        /** The interval methods this metric offers. */
        @Override
        public java.util.Set<String> intervalMethods() {
            return NpsInterval.NAMES;
        }

        @Override
        public Nps create(MetricOptions options) {
            return from(options);
        }
    }
}
