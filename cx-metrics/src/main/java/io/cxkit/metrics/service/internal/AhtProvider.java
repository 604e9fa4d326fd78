package io.cxkit.metrics.service.internal;

import io.cxkit.metrics.Metric;
import io.cxkit.metrics.MetricOptions;
import io.cxkit.metrics.MetricProvider;
import io.cxkit.metrics.service.AverageHandleTime;
import io.cxkit.metrics.service.ContactScope;

/** Provides {@code aht}; setting {@code aht.channels}. */
public final class AhtProvider implements MetricProvider {
    @Override
    public java.util.Optional<java.util.Set<String>> settings() {
        return java.util.Optional.of(java.util.Set.of("aht.channels"));
    }

    @Override
    public String name() {
        return AverageHandleTime.NAME;
    }

    @Override
    public String description() {
        return "average handle time: (talk + hold + after-contact work) / contacts handled, in seconds";
    }

    @Override
    public Metric<?> create(MetricOptions options) {
        return AverageHandleTime.of(new Settings(options).scope("aht.channels", ContactScope.assisted()),
                options.confidence());
    }
}
