package io.cxkit.text;

import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.metrics.Metric;
import io.cxkit.metrics.tck.MetricCompatibilityKit;
import io.cxkit.metrics.survey.ProportionInterval;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;

/** The mean-compound sentiment metric passes the metric contract's compatibility kit. */
class SentimentMetricCompatibilityTest extends MetricCompatibilityKit<SentimentMetric.State> {
    static final List<String> COMMENTS = List.of("Great service, thank you!", "I waited 45 minutes on hold",
            "The app keeps crashing, terrible", "ok", "Not bad at all", "Third time I'm calling about this!!",
            "Love it 😍", "Why is my refund still not here?", "Delivery was on time.", "worst experience ever",
            "The agent was helpful but the wait was long", "meh");

    static Interaction withComment(Random random) {
        Interaction.Builder b = Resources.randomBase(random);
        if (random.nextInt(10) > 0) {
            b.feedback(new Feedback.Verbatim(COMMENTS.get(random.nextInt(COMMENTS.size()))));
        }
        return b.build();
    }

    @Override
    protected Metric<SentimentMetric.State> metric() {
        return new SentimentMetric(SentimentMetric.MEAN, true, 0.95, ProportionInterval.AGRESTI_COULL);
    }

    @Override
    protected Interaction randomInteraction(Random random) {
        return withComment(random);
    }

    @Override
    protected Map<String, Consumer<SentimentMetric.State>> invalidInputs() {
        return Map.of("a compound above 1", s -> s.addCompound(1.5), "a NaN compound", s -> s.addCompound(Double.NaN));
    }

    @Override
    protected Optional<Metric<SentimentMetric.State>> differentlyConfigured() {
        return Optional.of(new SentimentMetric(SentimentMetric.MEAN, false, 0.95, ProportionInterval.AGRESTI_COULL));
    }

    /** The negative share passes too. */
    static class NegativeShare extends MetricCompatibilityKit<SentimentMetric.State> {
        @Override
        protected Metric<SentimentMetric.State> metric() {
            return new SentimentMetric(SentimentMetric.NEGATIVE_SHARE, false, 0.9, ProportionInterval.WILSON);
        }

        @Override
        protected Interaction randomInteraction(Random random) {
            return withComment(random);
        }

        @Override
        protected Map<String, Consumer<SentimentMetric.State>> invalidInputs() {
            return Map.of("a compound below -1", s -> s.addCompound(-2));
        }

        @Override
        protected Optional<Metric<SentimentMetric.State>> differentlyConfigured() {
            return Optional.of(new SentimentMetric(SentimentMetric.NEGATIVE_SHARE, false, 0.9,
                    ProportionInterval.AGRESTI_COULL));
        }
    }

}
