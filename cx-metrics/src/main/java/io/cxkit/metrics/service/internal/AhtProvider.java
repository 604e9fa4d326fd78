package io.cxkit.metrics.service.internal;

import io.cxkit.metrics.Metric;
import io.cxkit.metrics.MetricOptions;
import io.cxkit.metrics.MetricProvider;
import io.cxkit.metrics.service.AverageHandleTime;
import io.cxkit.metrics.service.ContactScope;

/**
 * Provides {@code aht}; settings {@code aht.channels} and {@code aht.exclude-kinds} (or the shared
 * {@code exclude-kinds}).
 */
public final class AhtProvider implements MetricProvider {
    @Override
    public java.util.Optional<java.util.Set<String>> settings() {
        return java.util.Optional.of(java.util.Set.of("aht.channels", "aht.exclude-kinds", Settings.EXCLUDE_KINDS));
    }

    @Override
    public String name() {
        return AverageHandleTime.NAME;
    }

    @Override
    public String description() {
        return "average handle time: (talk + hold + after-contact work) / contacts handled, in seconds";
    }

    /** The interval methods this metric offers. */
    @Override
    public java.util.Set<String> intervalMethods() {
        return java.util.Set.of("t");
    }

    @Override
    public Metric<?> create(MetricOptions options) {
        Settings.requireIntervalMethod(options, "aht", intervalMethods());
        Settings s = new Settings(options);
        return AverageHandleTime.of(s.scope("aht.channels", ContactScope.assisted()),
                s.contactKinds("aht.exclude-kinds"), options.confidence());
    }
}
