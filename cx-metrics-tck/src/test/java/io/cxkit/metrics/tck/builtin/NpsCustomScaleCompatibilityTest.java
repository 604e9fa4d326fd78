package io.cxkit.metrics.tck.builtin;

import io.cxkit.metrics.survey.*;
import io.cxkit.metrics.*;
import io.cxkit.metrics.tck.MetricCompatibilityKit;
import io.cxkit.metrics.testdata.RandomInteractions;
import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.metrics.Metric;
import java.util.Optional;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/** The NPS accumulator passes the kit on a 1–15 scale with breaks (1, 6, 8, 15), score interval at 90%. */
class NpsCustomScaleCompatibilityTest extends MetricCompatibilityKit<NpsAccumulator> {
    @Override
    protected Metric<NpsAccumulator> metric() {
        return new Nps(NpsBreaks.parse("1,6,8,15"), NpsInterval.SCORE, 0.9);
    }

    @Override
    protected Optional<Metric<NpsAccumulator>> differentlyConfigured() {
        return Optional.of(new Nps(NpsBreaks.parse("1,6,8,15"), NpsInterval.WALD, 0.9));
    }

    @Override
    protected Interaction randomInteraction(Random random) {
        return RandomInteractions.base(random).feedback(new Feedback.Nps(1 + random.nextInt(10))).build();
    }

    @Override
    protected Map<String, Consumer<NpsAccumulator>> invalidInputs() {
        Interaction zero = RandomInteractions.base(new Random(4)).feedback(new Feedback.Nps(0)).build();
        return Map.of("an interaction scoring 0 on a 1..15 scale", acc -> acc.add(zero),
                "score 16", acc -> acc.addScore(16));
    }
}
