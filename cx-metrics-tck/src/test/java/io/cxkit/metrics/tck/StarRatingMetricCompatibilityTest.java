package io.cxkit.metrics.tck;

import io.cxkit.metrics.testdata.StarRatingMetric;
import io.cxkit.metrics.*;
import io.cxkit.metrics.testdata.RandomInteractions;
import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import java.util.Optional;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/** A user's own calculator passes the compatibility kit the same way built-in ones do. */
class StarRatingMetricCompatibilityTest extends MetricCompatibilityKit<StarRatingMetric.Stars> {

    @Override
    protected Metric<StarRatingMetric.Stars> metric() {
        return new StarRatingMetric();
    }

    @Override
    protected Optional<Metric<StarRatingMetric.Stars>> differentlyConfigured() {
        return Optional.empty();
    }

    @Override
    protected Interaction randomInteraction(Random random) {
        Interaction.Builder b = RandomInteractions.base(random);
        if (random.nextInt(10) > 0) {
            b.feedback(new Feedback.Rating(1 + random.nextInt(5), 5));
        }
        return b.build();
    }

    @Override
    protected Map<String, Consumer<StarRatingMetric.Stars>> invalidInputs() {
        Interaction tenPoint = RandomInteractions.base(new Random(1)).feedback(new Feedback.Rating(7, 10)).build();
        return Map.of("a rating on a 10-point scale", acc -> acc.add(tenPoint));
    }
}
