package io.cxkit.metrics.survey;

import io.cxkit.core.Feedback;
import io.cxkit.metrics.MetricOptions;

/**
 * The mean CSAT rating on 1..scale (5 by default), with a Student t interval: kept apart from {@link Csat},
 * which is the top-box share. Answers on another scale are mapped linearly onto this one (1 ↦ 1, top ↦ top).
 */
public final class CsatMean extends MeanMetric {
    /** The metric's name. */
    public static final String NAME = "csat_mean";

    /**
     * A mean-rating metric.
     *
     * @param scale the number of answer options, 2..10 (5 is the usual)
     * @param confidence the two-sided confidence level, in (0, 1), e.g. 0.95
     * @throws IllegalArgumentException if the scale is outside 2..10 or the confidence not in (0, 1)
     */
    public CsatMean(int scale, double confidence) {
        super(scale, confidence);
    }

    /**
     * On 1–5, 95% t intervals.
     *
     * @return on 1–5, 95% t intervals
     */
    public static CsatMean standard() {
        return new CsatMean(Feedback.Csat.DEFAULT_SCALE, 0.95);
    }

    /**
     * The recipe that rebuilds this metric ({@link io.cxkit.metrics.Metric#spec}): the confidence and {@code csat.scale}.
     *
     * @return the spec of this metric's provider with these options
     */
    @Override
    public io.cxkit.metrics.MetricSpec spec() {
        return io.cxkit.metrics.MetricSpec.of(NAME, io.cxkit.metrics.MetricOptions.defaults().withConfidence(confidence())
                .withSetting("csat.scale", Integer.toString(scale())));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    int scaleOf(Feedback feedback) {
        return feedback instanceof Feedback.Csat c ? c.scale() : -1;
    }

    @Override
    int scoreOf(Feedback feedback) {
        return ((Feedback.Csat) feedback).score();
    }

    @Override
    void requireScale(int answerScale) {
        if (answerScale < 2 || answerScale > 10) {
            throw new IllegalArgumentException("csat_scale must be within 2..10, was " + answerScale);
        }
    }

    /** Makes {@code csat_mean} for the {@link io.cxkit.metrics.MetricRegistry}; setting {@code csat.scale}. */
    public static final class Provider extends DescribedProvider {
        /** The provider {@link java.util.ServiceLoader} instantiates. */
        public Provider() {
            super(NAME, "mean CSAT rating on 1..5 (setting csat.scale) with t interval",
                    "csat.scale");
        }

        /** The interval methods this metric offers. */
        @Override
        public java.util.Set<String> intervalMethods() {
            return java.util.Set.of(MeanMetric.T_INTERVAL);
        }

        @Override
        public CsatMean create(MetricOptions options) {
            options.intervalMethod().ifPresent(Ces::requireT);
            int scale;
            try {
                scale = Integer.parseInt(options.setting("csat.scale").orElse("5").strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("csat.scale must be an integer 2..10, was '"
                        + options.setting("csat.scale").orElse("") + "'");
            }
            return new CsatMean(scale, options.confidence());
        }
    }
}
