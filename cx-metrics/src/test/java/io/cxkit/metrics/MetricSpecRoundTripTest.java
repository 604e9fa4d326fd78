package io.cxkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.Channel;
import io.cxkit.core.Interaction;
import io.cxkit.core.Outcome;
import io.cxkit.core.sample.SampleGenerator;
import io.cxkit.metrics.retention.ChurnRate;
import io.cxkit.metrics.service.BusinessCalendar;
import io.cxkit.metrics.service.ContactKinds;
import io.cxkit.metrics.service.ContactScope;
import io.cxkit.metrics.service.FirstContactResolution;
import io.cxkit.metrics.service.FirstResponseTime;
import io.cxkit.metrics.service.IssueKey;
import io.cxkit.metrics.service.QuantileEstimator;
import io.cxkit.metrics.service.ResolutionTime;
import io.cxkit.metrics.survey.ProportionInterval;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link Metric#spec()}: every metric gives the recipe that rebuilds it, configured alike, with the same results. */
class MetricSpecRoundTripTest {
    static final List<Interaction> SAMPLE = SampleGenerator.builder().customers(150).seed(17L).build()
            .generateList();
    static final MetricRegistry REGISTRY = MetricRegistry.discover();

    /** Non-default options per metric, so that the round trip carries every setting, not only the defaults. */
    static final Map<String, MetricOptions> CONFIGURED = Map.of(
            "nps", MetricOptions.defaults().withConfidence(0.9).withIntervalMethod("score")
                    .withSetting("nps.breaks", "0,5,8,10"),
            "csat", MetricOptions.defaults().withIntervalMethod("wilson").withSetting("csat.mapping", "5:1,10:3"),
            "csat_mean", MetricOptions.defaults().withConfidence(0.8).withSetting("csat.scale", "7"),
            "ces", MetricOptions.defaults().withConfidence(0.99),
            "ces_agree", MetricOptions.defaults().withIntervalMethod("wald"),
            "fcr", MetricOptions.defaults().withSetting("fcr.window", "3").withSetting("fcr.key", "journey_id")
                    .withSetting("fcr.channels", "chat,phone").withSetting("fcr.resolved", "resolved,closed")
                    .withSetting("exclude-kinds", "survey"),
            "frt", MetricOptions.defaults().withZone(ZoneId.of("Europe/Paris"))
                    .withSetting("business-hours", "MON-FRI 08:30-18:00").withSetting("holidays", "2025-12-25")
                    .withSetting("quantile-type", "6").withSetting("frt.channels", "all"),
            "aht", MetricOptions.defaults().withSetting("aht.channels", "phone").withSetting("aht.exclude-kinds",
                    "none"),
            "resolution", MetricOptions.defaults().withSetting("resolution.key", "touchpoint+kind")
                    .withSetting("quantile-type", "1"),
            "churn", MetricOptions.defaults().withZone(ZoneId.of("America/New_York"))
                    .withSetting("churn.period", "2025-06").withSetting("churn.outcomes", "cancelled"));

    @Test
    void everyRegisteredMetricRebuildsFromItsSpecWithTheSameConfigurationAndResults() {
        for (String name : REGISTRY.names()) {
            for (MetricOptions options : List.of(MetricOptions.defaults(),
                    CONFIGURED.getOrDefault(name, MetricOptions.defaults().withConfidence(0.9)))) {
                assertRoundTrip(REGISTRY.create(name, options));
            }
        }
        assertThat(CONFIGURED.keySet()).allMatch(REGISTRY::contains);
    }

    @Test
    void metricsBuiltWithTheirBuildersRebuildFromTheirSpecs() {
        List<Metric<?>> built = new ArrayList<>();
        built.add(FirstContactResolution.builder().window(Duration.ofHours(60)).issueKey(IssueKey.TOUCHPOINT)
                .scope(new ContactScope(Set.of(Channel.CHAT, Channel.EMAIL), true))
                .contactKinds(ContactKinds.all()).resolvedOutcomes(Set.of(Outcome.RESOLVED, Outcome.of("fixed")))
                .interval(ProportionInterval.WILSON).confidence(0.9).build());
        built.add(FirstResponseTime.builder().conversationKey(IssueKey.attribute("ticket"))
                .calendar(BusinessCalendar.parse("MON,WED,FRI 10:00-16:00", ZoneId.of("Asia/Tokyo"),
                        Set.of(LocalDate.of(2025, 5, 5), LocalDate.of(2025, 1, 1))))
                .estimator(QuantileEstimator.ofType(8)).build());
        built.add(ResolutionTime.builder().scope(ContactScope.allChannels()).confidence(0.8).build());
        built.add(ChurnRate.of(ZoneId.of("Europe/Berlin"), Optional.of(YearMonth.of(2025, 3)),
                Set.of(Outcome.of("churned")), 0.9, ProportionInterval.WALD));
        for (Metric<?> m : built) {
            assertRoundTrip(m);
        }
    }

    @Test
    void anUnconfiguredMetricIsItsNameAndAConfiguredOneThatDoesNotOverrideSpecSaysSo() {
        io.cxkit.metrics.testdata.StarRatingMetric plain = new io.cxkit.metrics.testdata.StarRatingMetric();
        assertThat(plain.spec()).isEqualTo(MetricSpec.of("stars"));
        Metric<io.cxkit.metrics.testdata.StarRatingMetric.Stars> own = new Metric<>() {
            @Override
            public String name() {
                return plain.name();
            }

            @Override
            public io.cxkit.metrics.testdata.StarRatingMetric.Stars newAccumulator() {
                return plain.newAccumulator();
            }

            @Override
            public StateCodec<io.cxkit.metrics.testdata.StarRatingMetric.Stars> codec() {
                return plain.codec();
            }

            @Override
            public Map<String, String> configuration() {
                return Map.of("stars", "7");
            }
        };
        assertThatThrownBy(own::spec).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("stars").hasMessageContaining("override Metric#spec()");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void assertRoundTrip(Metric metric) {
        MetricSpec spec = metric.spec();
        assertThat(spec.metric()).isEqualTo(metric.name());
        Metric rebuilt = spec.create(REGISTRY);
        assertThat(rebuilt.configuration()).as(spec.toString()).isEqualTo(metric.configuration());
        assertThat(rebuilt.spec()).as(spec.toString()).isEqualTo(spec);
        assertThat(results(rebuilt)).as(spec.toString()).isEqualTo(results(metric));
        // A state of one decodes in the other: the configuration frames agree.
        Accumulator a = metric.newAccumulator();
        SAMPLE.forEach(a::add);
        assertThat(StateEncoding.decode(rebuilt, StateEncoding.encode(metric, a)).result()).isEqualTo(a.result());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<String, Estimate> results(Metric metric) {
        Map<String, Accumulator> byChannel = new HashMap<>();
        for (Interaction i : SAMPLE) {
            byChannel.computeIfAbsent(i.channel().name(), c -> metric.newAccumulator()).add(i);
        }
        Map<String, Estimate> out = new HashMap<>();
        byChannel.forEach((c, a) -> out.put(c, a.result()));
        return out;
    }
}
