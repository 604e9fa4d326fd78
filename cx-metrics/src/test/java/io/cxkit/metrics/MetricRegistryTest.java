package io.cxkit.metrics;

import io.cxkit.metrics.testdata.StarRatingMetric;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MetricRegistryTest {

    @Test
    void discoveryFindsAUsersOwnMetricDeclaredThroughServiceLoader() {
        MetricRegistry registry = MetricRegistry.discover();
        assertThat(registry.names()).contains(StarRatingMetric.NAME);
        assertThat(registry.create(StarRatingMetric.NAME, MetricOptions.defaults()))
                .isInstanceOf(StarRatingMetric.class);
    }

    @Test
    void explicitRegistrationMakesAMetricKnownByName() {
        MetricRegistry registry = MetricRegistry.empty().register(new StarRatingMetric(), "mean stars");
        assertThat(registry.names()).containsExactly("stars");
        assertThat(registry.provider("stars").description()).isEqualTo("mean stars");
    }

    @Test
    void anUnknownNameFailsListingEveryKnownName() {
        MetricRegistry registry = MetricRegistry.empty().register(new StarRatingMetric.Provider());
        assertThatThrownBy(() -> registry.create("npz", MetricOptions.defaults()))
                .isInstanceOf(UnknownMetricException.class)
                .hasMessage("unknown metric 'npz'; known metrics: stars");
    }

    @Test
    void twoProvidersOfOneNameAreRefused() {
        MetricRegistry registry = MetricRegistry.empty().register(new StarRatingMetric.Provider());
        assertThatThrownBy(() -> registry.register(new StarRatingMetric(), "again"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("provided twice");
    }

    @Test
    void aMalformedNameIsRefused() {
        assertThatThrownBy(() -> MetricRegistry.empty().register(new MetricProvider() {
            @Override
            public String name() {
                return "Net Promoter";
            }

            @Override
            public String description() {
                return "";
            }

            @Override
            public Metric<?> create(MetricOptions options) {
                return new StarRatingMetric();
            }
        })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Net Promoter'");
    }

    @Test
    void optionsRejectAConfidenceOutsideTheOpenUnitInterval() {
        assertThatThrownBy(() -> MetricOptions.defaults().withConfidence(1.0))
                .hasMessage("confidence must be within (0, 1), was 1.0");
        assertThat(MetricOptions.defaults().withSetting("window", "7d").setting("window")).hasValue("7d");
    }
}
