package io.cxkit.metrics.service.internal;

import io.cxkit.core.Outcome;
import io.cxkit.metrics.Metric;
import io.cxkit.metrics.MetricOptions;
import io.cxkit.metrics.MetricProvider;
import io.cxkit.metrics.service.ContactScope;
import io.cxkit.metrics.service.FirstContactResolution;
import io.cxkit.metrics.service.ResolutionTime;
import java.util.Set;

/**
 * Provides {@code resolution}; settings {@code resolution.key}, {@code resolution.channels},
 * {@code resolution.resolved}, {@code resolution.exclude-kinds} (or the shared {@code exclude-kinds}), {@code business-hours}, {@code holidays} and {@code quantile-type}.
 */
public final class ResolutionProvider implements MetricProvider {
    @Override
    public java.util.Optional<java.util.Set<String>> settings() {
        return java.util.Optional.of(java.util.Set.of("resolution.key", "resolution.channels", "resolution.exclude-kinds", Settings.EXCLUDE_KINDS, "resolution.resolved", Settings.BUSINESS_HOURS, Settings.HOLIDAYS, Settings.QUANTILE_TYPE));
    }

    @Override
    public String name() {
        return ResolutionTime.NAME;
    }

    @Override
    public String description() {
        return "resolution time: seconds from an issue's first contact to its resolved contact (median, p90)";
    }

    /** The interval methods this metric offers. */
    @Override
    public java.util.Set<String> intervalMethods() {
        return java.util.Set.of("order-statistic");
    }

    @Override
    public Metric<?> create(MetricOptions options) {
        Settings.requireIntervalMethod(options, "resolution", intervalMethods());
        Settings s = new Settings(options);
        ResolutionTime.Builder b = ResolutionTime.builder()
                .issueKey(s.issueKey("resolution.key", FirstContactResolution.DEFAULT_ISSUE_KEY))
                .scope(s.scope("resolution.channels", new ContactScope(Set.of(), true)))
                .contactKinds(s.contactKinds("resolution.exclude-kinds"))
                .resolvedOutcomes(s.outcomes("resolution.resolved", Set.of(Outcome.RESOLVED)))
                .estimator(s.estimator())
                .confidence(options.confidence());
        s.calendar().ifPresent(b::calendar);
        return b.build();
    }
}
