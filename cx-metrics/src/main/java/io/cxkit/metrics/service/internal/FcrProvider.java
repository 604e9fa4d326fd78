package io.cxkit.metrics.service.internal;

import io.cxkit.core.Outcome;
import io.cxkit.metrics.Metric;
import io.cxkit.metrics.survey.ProportionInterval;
import io.cxkit.metrics.MetricOptions;
import io.cxkit.metrics.MetricProvider;
import io.cxkit.metrics.service.ContactScope;
import io.cxkit.metrics.service.FirstContactResolution;
import java.util.Set;

/**
 * Provides {@code fcr}; settings {@code fcr.window} (days or ISO duration, 1..30 days), {@code fcr.key},
 * {@code fcr.channels}, {@code fcr.resolved} (outcomes) and {@code fcr.exclude-kinds} (or the shared
 * {@code exclude-kinds}: kinds that are not contacts, default {@code survey,review,transfer}).
 */
public final class FcrProvider implements MetricProvider {
    @Override
    public java.util.Optional<java.util.Set<String>> settings() {
        return java.util.Optional.of(java.util.Set.of("fcr.window", "fcr.key", "fcr.channels", "fcr.resolved",
                "fcr.exclude-kinds", Settings.EXCLUDE_KINDS));
    }

    @Override
    public String name() {
        return FirstContactResolution.NAME;
    }

    @Override
    public String description() {
        return "first contact resolution: share of issues resolved on the first contact with no repeat contact "
                + "within the window";
    }

    /** The interval methods this metric offers. */
    @Override
    public java.util.Set<String> intervalMethods() {
        return ProportionInterval.NAMES;
    }

    @Override
    public Metric<?> create(MetricOptions options) {
        Settings s = new Settings(options);
        FirstContactResolution.Builder b = FirstContactResolution.builder()
                .issueKey(s.issueKey("fcr.key", FirstContactResolution.DEFAULT_ISSUE_KEY))
                .scope(s.scope("fcr.channels", ContactScope.assisted()))
                .contactKinds(s.contactKinds("fcr.exclude-kinds"))
                .resolvedOutcomes(s.outcomes("fcr.resolved", Set.of(Outcome.RESOLVED)))
                .confidence(options.confidence())
                .interval(s.shareInterval());
        Settings.wrap("fcr.window", () -> b.window(s.window("fcr.window", FirstContactResolution.DEFAULT_WINDOW)));
        return b.build();
    }
}
