package io.cxkit.metrics.tck.builtin;

import io.cxkit.metrics.survey.*;
import io.cxkit.metrics.*;
import io.cxkit.metrics.tck.MetricCompatibilityKit;
import io.cxkit.metrics.testdata.RandomInteractions;
import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.metrics.Metric;
import java.util.Optional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/** The NPS accumulator passes the compatibility kit (see also the weighted and custom-scale variants). */
class NpsCompatibilityTest extends MetricCompatibilityKit<NpsAccumulator> {

    @Override
    protected Metric<NpsAccumulator> metric() {
        return Nps.standard();
    }

    @Override
    protected Optional<Metric<NpsAccumulator>> differentlyConfigured() {
        return Optional.of(new Nps(NpsBreaks.STANDARD, NpsInterval.ADJUSTED_WALD, 0.9));
    }

    @Override
    protected Interaction randomInteraction(Random random) {
        Interaction.Builder b = RandomInteractions.base(random);
        if (random.nextInt(8) > 0) {
            b.feedback(new Feedback.Nps(random.nextInt(11)));
        }
        return b.build();
    }

    @Override
    protected Map<String, Consumer<NpsAccumulator>> invalidInputs() {
        Map<String, Consumer<NpsAccumulator>> bad = new LinkedHashMap<>();
        bad.put("score 11", acc -> acc.addScore(11));
        bad.put("score -1", acc -> acc.addScore(-1));
        bad.put("a column with 11 in its middle", acc -> acc.addScores(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 11, 1}, 0, 10));
        bad.put("a negative weight", acc -> acc.addWeightedScore(9, -0.5));
        bad.put("a NaN weight", acc -> acc.addWeighted(randomInteraction(new Random(1)), Double.NaN));
        return bad;
    }
}
