package io.cxkit.metrics.survey;

import io.cxkit.core.Feedback;
import io.cxkit.metrics.MetricOptions;

/**
 * The share of Customer Effort Score 2.0 answers that agree ("The company made it easy for me to handle my
 * issue": 5, 6 or 7 on the 1–7 scale), on [0, 1], with an Agresti–Coull interval by default.
 */
public final class CesAgree extends ShareMetric {
    /** The metric's name. */
    public static final String NAME = "ces_agree";
    /** The lowest answer that agrees. */
    public static final int LOWEST_AGREEING = 5;

    /**
     * A CES-agreement metric.
     *
     * @param interval the interval method
     * @param confidence the two-sided confidence level, in (0, 1), e.g. 0.95
     * @throws IllegalArgumentException if the confidence is not in (0, 1)
     */
    public CesAgree(ProportionInterval interval, double confidence) {
        super(interval, confidence);
    }

    /**
     * 95% Agresti–Coull intervals.
     *
     * @return 95% Agresti–Coull intervals
     */
    public static CesAgree standard() {
        return new CesAgree(ProportionInterval.AGRESTI_COULL, 0.95);
    }

    /**
     * The recipe that rebuilds this metric ({@link io.cxkit.metrics.Metric#spec}): the interval method and confidence.
     *
     * @return the spec of this metric's provider with these options
     */
    @Override
    public io.cxkit.metrics.MetricSpec spec() {
        return io.cxkit.metrics.MetricSpec.of(NAME, io.cxkit.metrics.MetricOptions.defaults().withConfidence(confidence())
                .withIntervalMethod(interval().label()));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    int classify(Feedback feedback) {
        if (feedback instanceof Feedback.Ces c) {
            return c.score() >= LOWEST_AGREEING ? 1 : 0;
        }
        return -1;
    }

    @Override
    String settingsKey() {
        return "agree>=" + LOWEST_AGREEING;
    }

    @Override
    int lowestHit(int scale) {
        Ces.requireSevenPoints(scale);
        return LOWEST_AGREEING;
    }

    /** Makes {@code ces_agree} for the {@link io.cxkit.metrics.MetricRegistry}. */
    public static final class Provider extends DescribedProvider {
        /** The provider {@link java.util.ServiceLoader} instantiates. */
        public Provider() {
            super(NAME, "share of CES answers agreeing (5-7 of 7) with Agresti-Coull or Wilson interval");
        }

        /** The interval methods this metric offers. */
        @Override
        public java.util.Set<String> intervalMethods() {
            return ProportionInterval.NAMES;
        }

        @Override
        public CesAgree create(MetricOptions options) {
            return new CesAgree(options.intervalMethod().map(ProportionInterval::parse)
                    .orElse(ProportionInterval.AGRESTI_COULL), options.confidence());
        }
    }
}
