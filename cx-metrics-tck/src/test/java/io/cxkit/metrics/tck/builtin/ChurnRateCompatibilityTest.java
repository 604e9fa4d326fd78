package io.cxkit.metrics.tck.builtin;

import io.cxkit.metrics.retention.*;
import io.cxkit.metrics.*;
import io.cxkit.metrics.tck.MetricCompatibilityKit;
import io.cxkit.core.Interaction;
import io.cxkit.metrics.Metric;
import io.cxkit.metrics.testdata.ServiceInteractions;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;

/** The churn metric passes the metric compatibility kit. */
class ChurnRateCompatibilityTest extends MetricCompatibilityKit<ChurnRate.State> {
    @Override
    protected Metric<ChurnRate.State> metric() {
        return ChurnRate.of(ZoneId.of("America/New_York"), Optional.of(YearMonth.of(2026, 3)),
                ChurnRate.DEFAULT_CHURN_OUTCOMES, 0.9);
    }

    @Override
    protected Optional<Metric<ChurnRate.State>> differentlyConfigured() {
        return Optional.of(ChurnRate.of(ZoneId.of("Europe/Paris"), Optional.of(YearMonth.of(2026, 3)), ChurnRate.DEFAULT_CHURN_OUTCOMES, 0.9));
    }

    @Override
    protected Interaction randomInteraction(Random random) {
        return ServiceInteractions.random(random, 120);
    }

    @Override
    protected Map<String, Consumer<ChurnRate.State>> invalidInputs() {
        Interaction year10000 = ServiceInteractions.inScope(Instant.parse("+10000-01-01T00:00:00Z")).build();
        return Map.of("a timestamp after year 9999", s -> s.add(year10000));
    }
}
