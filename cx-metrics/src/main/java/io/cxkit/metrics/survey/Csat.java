package io.cxkit.metrics.survey;

import io.cxkit.core.Feedback;
import io.cxkit.metrics.MetricOptions;
import java.util.Objects;

/**
 * Customer satisfaction as the top-box share: the share of CSAT answers in the top boxes of their scale
 * ({@link CsatMapping}; on 1–5, answers 4 and 5), on [0, 1], with an Agresti–Coull interval by default.
 * CSAT is the share, not the mean; the mean rating is {@link CsatMean}. Worked case (Delighted help centre):
 * 74 of 107 answers are 4 or 5, CSAT 69.16%.
 */
public final class Csat extends ShareMetric {
    /** The metric's name. */
    public static final String NAME = "csat";

    private final CsatMapping mapping;
    /** The lowest satisfied answer by scale (index 0..10), 0 for an unmapped scale: no map lookup per answer. */
    private final int[] lowestSatisfied = new int[11];

    /**
     * A CSAT metric.
     *
     * @param mapping how the file's columns map onto the fields
     * @param interval the interval method
     * @param confidence the two-sided confidence level, in (0, 1), e.g. 0.95
     * @throws IllegalArgumentException if the confidence is not in (0, 1)
     */
    public Csat(CsatMapping mapping, ProportionInterval interval, double confidence) {
        super(interval, confidence);
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        for (int scale : mapping.topBoxes().keySet()) {
            lowestSatisfied[scale] = mapping.lowestSatisfied(scale);
        }
    }

    /**
     * The default mapping with 95% Agresti–Coull intervals.
     *
     * @return the default mapping with 95% Agresti–Coull intervals
     */
    public static Csat standard() {
        return new Csat(CsatMapping.DEFAULT, ProportionInterval.AGRESTI_COULL, 0.95);
    }

    /**
     * CSAT configured by options: {@code intervalMethod}, {@code confidence} and the setting
     * {@code csat.mapping} ("5:2,10:3").
     *
     * @param options the metric's options
     * @return CSAT configured by options: {@code intervalMethod}, {@code confidence} and the setting {@code
     *         csat.mapping} ("5:2,10:3")
     * @throws IllegalArgumentException if an option is not valid for CSAT
     */
    public static Csat from(MetricOptions options) {
        return new Csat(options.setting("csat.mapping").map(CsatMapping::parse).orElse(CsatMapping.DEFAULT),
                options.intervalMethod().map(ProportionInterval::parse).orElse(ProportionInterval.AGRESTI_COULL),
                options.confidence());
    }

    /**
     * The top-box mapping.
     *
     * @return the top-box mapping
     */
    public CsatMapping mapping() {
        return mapping;
    }

    /**
     * The recipe that rebuilds this metric ({@link io.cxkit.metrics.Metric#spec}): the interval method, confidence and {@code csat.mapping}.
     *
     * @return the spec of this metric's provider with these options
     */
    @Override
    public io.cxkit.metrics.MetricSpec spec() {
        return io.cxkit.metrics.MetricSpec.of(NAME, io.cxkit.metrics.MetricOptions.defaults().withConfidence(confidence())
                .withIntervalMethod(interval().label()).withSetting("csat.mapping", mapping.toString()));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    int classify(Feedback feedback) {
        if (feedback instanceof Feedback.Csat c) {
            int lowest = lowestSatisfied[c.scale()];
            if (lowest == 0) {
                mapping.lowestSatisfied(c.scale()); // throws, naming the unmapped scale
            }
            return c.score() >= lowest ? 1 : 0;
        }
        return -1;
    }

    @Override
    String settingsKey() {
        return mapping.toString();
    }

    @Override
    int lowestHit(int scale) {
        if (scale >= 2 && scale <= 10 && lowestSatisfied[scale] > 0) {
            return lowestSatisfied[scale];
        }
        return mapping.lowestSatisfied(scale);
    }

    @Override
    public String toString() {
        return "csat(" + mapping + ", " + interval().label() + ", " + confidence() + ")";
    }

    /** Makes {@code csat} for the {@link io.cxkit.metrics.MetricRegistry}. */
    public static final class Provider extends DescribedProvider {
        /** The provider {@link java.util.ServiceLoader} instantiates. */
        public Provider() {
            super(NAME, "CSAT top-box share on [0, 1] with Agresti-Coull or Wilson interval",
                    "csat.mapping");
        }

        /** The interval methods this metric offers. */
        @Override
        public java.util.Set<String> intervalMethods() {
            return ProportionInterval.NAMES;
        }

        @Override
        public Csat create(MetricOptions options) {
            return from(options);
        }
    }
}
