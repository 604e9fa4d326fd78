package io.cxkit.metrics.service.internal;

import io.cxkit.metrics.Metric;
import io.cxkit.metrics.MetricOptions;
import io.cxkit.metrics.MetricProvider;
import io.cxkit.metrics.service.ContactScope;
import io.cxkit.metrics.service.FirstResponseTime;
import io.cxkit.metrics.service.IssueKey;

/**
 * Provides {@code frt}; settings {@code frt.key}, {@code frt.channels}, {@code frt.exclude-kinds} (or the
 * shared {@code exclude-kinds}), {@code business-hours},
 * {@code holidays} and {@code quantile-type}.
 */
public final class FrtProvider implements MetricProvider {
    @Override
    public java.util.Optional<java.util.Set<String>> settings() {
        return java.util.Optional.of(java.util.Set.of("frt.key", "frt.channels", "frt.exclude-kinds", Settings.EXCLUDE_KINDS, Settings.BUSINESS_HOURS, Settings.HOLIDAYS, Settings.QUANTILE_TYPE));
    }

    @Override
    public String name() {
        return FirstResponseTime.NAME;
    }

    @Override
    public String description() {
        return "first response time: seconds from the first inbound message to the first human reply (median, p90)";
    }

    /** The interval methods this metric offers. */
    @Override
    public java.util.Set<String> intervalMethods() {
        return java.util.Set.of("order-statistic");
    }

    @Override
    public Metric<?> create(MetricOptions options) {
        Settings.requireIntervalMethod(options, "frt", intervalMethods());
        Settings s = new Settings(options);
        FirstResponseTime.Builder b = FirstResponseTime.builder()
                .conversationKey(s.issueKey("frt.key", IssueKey.JOURNEY_ID))
                .scope(s.scope("frt.channels", ContactScope.assisted()))
                .contactKinds(s.contactKinds("frt.exclude-kinds"))
                .estimator(s.estimator())
                .confidence(options.confidence());
        s.calendar().ifPresent(b::calendar);
        return b.build();
    }
}
