package io.cxkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class MetricSpecTest {
    @Test
    void everyRegisteredMetricIsRebuiltWithTheSameConfigurationAfterJavaSerialization() throws Exception {
        MetricRegistry registry = MetricRegistry.discover();
        for (String name : registry.names()) {
            MetricOptions options = MetricOptions.defaults().withConfidence(0.9).withZone(ZoneId.of("Europe/Paris"));
            MetricSpec spec = MetricSpec.of(name, options);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(spec);
            }
            MetricSpec back;
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                back = (MetricSpec) in.readObject();
            }
            assertThat(back).isEqualTo(spec).hasSameHashCodeAs(spec);
            Metric<?> a = spec.create(registry);
            Metric<?> b = back.create(registry);
            assertThat(b.name()).isEqualTo(name);
            assertThat(b.configuration()).isEqualTo(a.configuration());
        }
    }

    @Test
    void aSpecNamesItsOptions() {
        MetricSpec s = MetricSpec.of("fcr", MetricOptions.defaults().withIntervalMethod("wilson")
                .withSetting("window", "P7D"));
        assertThat(s.toString()).isEqualTo("fcr{confidence=0.95, interval=wilson, zone=UTC, window=P7D}");
        assertThat(s.options().setting("window")).contains("P7D");
    }
}
