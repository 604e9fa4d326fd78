package io.cxkit.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.Interaction;
import io.cxkit.core.sample.SampleGenerator;
import io.cxkit.metrics.Accumulator;
import io.cxkit.metrics.Metric;
import io.cxkit.metrics.MetricOptions;
import io.cxkit.metrics.MetricRegistry;
import io.cxkit.metrics.MetricSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text metrics give the spec that rebuilds them, configured alike, with the same results. */
class TextMetricSpecTest {
    static final List<Interaction> SAMPLE = SampleGenerator.builder().customers(60).seed(4L).build().generateList();

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void everyTextMetricRebuildsFromItsSpec() {
        MetricRegistry registry = MetricRegistry.discover();
        for (String name : List.of(SentimentMetric.MEAN, SentimentMetric.NEGATIVE_SHARE, ReplyEmpathy.NAME)) {
            MetricOptions configured = MetricOptions.defaults().withConfidence(0.9).withSetting("sentiment.cx", "true");
            if (!name.equals(SentimentMetric.MEAN)) {
                configured = configured.withIntervalMethod("wilson");
            }
            for (MetricOptions options : List.of(MetricOptions.defaults(), configured)) {
                Metric metric = registry.create(name, options);
                MetricSpec spec = metric.spec();
                Metric rebuilt = spec.create(registry);
                assertThat(rebuilt.configuration()).as(spec.toString()).isEqualTo(metric.configuration());
                assertThat(rebuilt.spec()).isEqualTo(spec);
                Accumulator a = metric.newAccumulator();
                Accumulator b = rebuilt.newAccumulator();
                SAMPLE.forEach(a::add);
                SAMPLE.forEach(b::add);
                assertThat(b.result()).as(spec.toString()).isEqualTo(a.result());
            }
        }
    }
}
