package io.cxkit.metrics;

import io.cxkit.metrics.testdata.StarRatingMetric;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.metrics.breakdown.Breakdown;
import io.cxkit.metrics.breakdown.Dimension;
import io.cxkit.metrics.breakdown.TimeBucket;
import io.cxkit.metrics.breakdown.Trend;
import io.cxkit.metrics.survey.Nps;
import io.cxkit.metrics.survey.NpsAccumulator;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every provider declares its interval methods; the confidence level lives in the metric only. */
class ConfidenceAndIntervalMethodsTest {
    private final MetricRegistry registry = MetricRegistry.discover();

    @Test
    void everyBuiltInProviderDeclaresTheIntervalMethodsItAcceptsAndRefusesTheOthers() {
        for (MetricProvider p : registry.providers()) {
            if (p.name().equals(StarRatingMetric.NAME)) {
                continue;                       // the tests' own user metric declares none
            }
            assertThat(p.intervalMethods()).as(p.name()).isNotEmpty();
            for (String m : p.intervalMethods()) {
                Metric<?> made = p.create(MetricOptions.defaults().withIntervalMethod(m));
                assertThat(made.name()).isEqualTo(p.name());
            }
            for (String m : List.of("wilson", "t", "adjusted-wald", "order-statistic", "bootstrap")) {
                if (!p.intervalMethods().contains(m)) {
                    boolean refused = false;
                    try {
                        p.create(MetricOptions.defaults().withIntervalMethod(m));
                    } catch (IllegalArgumentException expected) {
                        refused = true;
                    }
                    assertThat(refused).as(p.name() + " refuses interval method " + m).isTrue();
                }
            }
        }
        assertThat(registry.provider("csat").intervalMethods()).contains("wilson", "agresti-coull", "wald");
        assertThat(registry.provider("nps").intervalMethods()).containsExactlyInAnyOrder("wald", "adjusted-wald",
                "score");
        assertThat(registry.provider("ces").intervalMethods()).containsExactly("t");
    }

    @Test
    void aMetricBuiltAtNinetyPercentCannotBeComparedOrTrendedAtNinetyFive() {
        Nps at90 = new Nps(io.cxkit.metrics.survey.NpsBreaks.STANDARD,
                io.cxkit.metrics.survey.NpsInterval.ADJUSTED_WALD, 0.90);
        NpsAccumulator a = at90.newAccumulator();
        NpsAccumulator b = at90.newAccumulator();
        a.addScore(9);
        b.addScore(3);
        assertThatThrownBy(() -> at90.compare(a, b, 0.95)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0.9").hasMessageContaining("0.95");
        assertThat(at90.compare(a, b).interval()).get().extracting(Interval::confidence).isEqualTo(0.90);
        Breakdown bd = Breakdown.of(List.of(at90), List.of(Dimension.time(TimeBucket.MONTH, ZoneId.of("UTC"))));
        assertThatThrownBy(() -> Trend.of(bd, "month", 0.95)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nps was built at confidence 0.9");
        assertThat(Trend.of(bd, "month", 0.90)).isEmpty();
        assertThat(at90.confidenceLevel()).hasValue(0.90);
    }
}
