package io.cxkit.metrics.survey;

import io.cxkit.core.Feedback;
import io.cxkit.metrics.MetricOptions;

/**
 * The Customer Effort Score 2.0 (CEB/Gartner): the mean answer to "The company made it easy for me to handle my
 * issue" on 1 (strongly disagree) to 7 (strongly agree), with a Student t interval; the share agreeing is
 * {@link CesAgree}.
 */
public final class Ces extends MeanMetric {
    /** The metric's name. */
    public static final String NAME = "ces";

    /**
     * A CES metric.
     *
     * @param confidence the two-sided confidence level, in (0, 1), e.g. 0.95
     * @throws IllegalArgumentException if the confidence is not in (0, 1)
     */
    public Ces(double confidence) {
        super(7, confidence);
    }

    /**
     * 95% t intervals.
     *
     * @return 95% t intervals
     */
    public static Ces standard() {
        return new Ces(0.95);
    }

    /**
     * The recipe that rebuilds this metric ({@link io.cxkit.metrics.Metric#spec}): the confidence.
     *
     * @return the spec of this metric's provider with these options
     */
    @Override
    public io.cxkit.metrics.MetricSpec spec() {
        return io.cxkit.metrics.MetricSpec.of(NAME, io.cxkit.metrics.MetricOptions.defaults().withConfidence(confidence()));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    int scaleOf(Feedback feedback) {
        return feedback instanceof Feedback.Ces ? 7 : -1;
    }

    @Override
    int scoreOf(Feedback feedback) {
        return ((Feedback.Ces) feedback).score();
    }

    @Override
    void requireScale(int answerScale) {
        requireSevenPoints(answerScale);
    }

    /** CES 2.0 is asked on 1..7 only: the mean and the agreeing share both refuse any other scale. */
    static void requireSevenPoints(int answerScale) {
        if (answerScale != 7) {
            throw new IllegalArgumentException("ces answers are on a 1..7 scale, was 1.." + answerScale);
        }
    }

    /** Makes {@code ces} for the {@link io.cxkit.metrics.MetricRegistry}. */
    public static final class Provider extends DescribedProvider {
        /** The provider {@link java.util.ServiceLoader} instantiates. */
        public Provider() {
            super(NAME, "Customer Effort Score 2.0: mean of 1-7 with t interval");
        }

        /** The interval methods this metric offers. */
        @Override
        public java.util.Set<String> intervalMethods() {
            return java.util.Set.of(MeanMetric.T_INTERVAL);
        }

        @Override
        public Ces create(MetricOptions options) {
            options.intervalMethod().ifPresent(Ces::requireT);
            return new Ces(options.confidence());
        }
    }

    /**
     * Means offer the t interval only; a share's or the NPS's method name is refused rather than silently read
     * as t.
     */
    static void requireT(String method) {
        if (!MeanMetric.T_INTERVAL.equals(method.strip().toLowerCase(java.util.Locale.ROOT))) {
            throw new IllegalArgumentException("mean metrics offer the t interval only; interval method '" + method
                    + "' is not t");
        }
    }
}
