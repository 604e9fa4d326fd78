package io.cxkit.metrics.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.metrics.Metric;
import io.cxkit.metrics.MetricOptions;
import io.cxkit.metrics.MetricRegistry;
import io.cxkit.metrics.retention.ChurnRate;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServiceMetricRegistrationTest {
    private final MetricRegistry registry = MetricRegistry.discover();

    @Test
    void theServiceAndRetentionMetricsAreFoundByNameThroughServiceLoader() {
        assertThat(registry.names()).contains("fcr", "frt", "aht", "resolution", "churn");
        assertThat(registry.create("fcr", MetricOptions.defaults())).isInstanceOf(FirstContactResolution.class);
        assertThat(registry.create("frt", MetricOptions.defaults())).isInstanceOf(FirstResponseTime.class);
        assertThat(registry.create("aht", MetricOptions.defaults())).isInstanceOf(AverageHandleTime.class);
        assertThat(registry.create("resolution", MetricOptions.defaults())).isInstanceOf(ResolutionTime.class);
        assertThat(registry.create("churn", MetricOptions.defaults())).isInstanceOf(ChurnRate.class);
        assertThat(registry.provider("fcr").description()).contains("first contact resolution");
    }

    @Test
    void namedSettingsConfigureTheMetrics() {
        MetricOptions o = MetricOptions.defaults().withSetting("fcr.window", "14").withSetting("fcr.key", "attr.issue")
                .withSetting("business-hours", "MON-FRI 08:00-18:00").withSetting("holidays", "2026-12-25");
        FirstContactResolution fcr = (FirstContactResolution) registry.create("fcr", o);
        assertThat(fcr.window()).isEqualTo(Duration.ofDays(14));
        assertThat(fcr.issueKey()).isEqualTo(IssueKey.attribute("issue"));
        FirstResponseTime frt = (FirstResponseTime) registry.create("frt", o);
        assertThat(frt.calendar()).get().satisfies(c -> assertThat(c.holidays()).hasSize(1));
        Metric<?> score = registry.create("fcr", MetricOptions.defaults().withIntervalMethod("score"));
        FirstContactResolution.State st = ((FirstContactResolution) score).newAccumulator();
        st.add(io.cxkit.metrics.testdata.Contacts.call("a", 0, true));
        assertThat(st.result().interval()).get().satisfies(i -> assertThat(i.method()).isEqualTo("wilson"));
        Metric<?> p48h = registry.create("fcr", MetricOptions.defaults().withSetting("fcr.window", "PT48H"));
        assertThat(((FirstContactResolution) p48h).window()).isEqualTo(Duration.ofHours(48));
    }

    @Test
    void aBadSettingFailsNamingTheSettingAndTheValue() {
        assertThatThrownBy(() -> registry.create("fcr", MetricOptions.defaults().withSetting("fcr.window", "45")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("setting fcr.window")
                .hasMessageContaining("within 1..30 days");
        assertThatThrownBy(() -> registry.create("fcr", MetricOptions.defaults().withSetting("fcr.window", "a week")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a week'");
        assertThatThrownBy(() -> registry.create("frt", MetricOptions.defaults().withSetting("quantile-type", "11")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("setting quantile-type");
        assertThatThrownBy(() -> registry.create("frt", MetricOptions.defaults().withSetting("holidays", "2026-12-25")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs business-hours");
        assertThatThrownBy(() -> registry.create("churn", MetricOptions.defaults().withSetting("churn.period", "Jan")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("setting churn.period");
        assertThatThrownBy(() -> registry.create("churn", MetricOptions.defaults().withIntervalMethod("exact")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("interval method");
        assertThatThrownBy(() -> registry.create("aht", MetricOptions.defaults().withSetting("aht.channels", " ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("setting aht.channels");
    }
}
