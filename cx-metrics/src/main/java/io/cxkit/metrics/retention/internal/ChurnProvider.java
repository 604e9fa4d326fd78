package io.cxkit.metrics.retention.internal;

import io.cxkit.metrics.Metric;
import io.cxkit.metrics.MetricOptions;
import io.cxkit.metrics.MetricProvider;
import io.cxkit.metrics.retention.ChurnRate;
import io.cxkit.metrics.service.internal.Settings;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Provides {@code churn}; settings {@code churn.period} ({@code YYYY-MM}; default the latest month with data)
 * and {@code churn.outcomes} (default {@code cancelled,churned}); months are cut in the options' zone.
 */
public final class ChurnProvider implements MetricProvider {
    @Override
    public java.util.Optional<java.util.Set<String>> settings() {
        return java.util.Optional.of(java.util.Set.of("churn.period", "churn.outcomes"));
    }

    @Override
    public String name() {
        return ChurnRate.NAME;
    }

    @Override
    public String description() {
        return "churn: share of the customers active in the month before the period who are not active in it "
                + "(or cancelled)";
    }

    /** The interval methods this metric offers. */
    @Override
    public java.util.Set<String> intervalMethods() {
        return io.cxkit.metrics.survey.ProportionInterval.NAMES;
    }

    @Override
    public Metric<?> create(MetricOptions options) {
        Settings s = new Settings(options);
        Optional<YearMonth> period = options.setting("churn.period").map(v -> Settings.wrap("churn.period", () -> {
            try {
                return YearMonth.parse(v.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("must be a month like 2026-01, was '" + v + "'", e);
            }
        }));
        return ChurnRate.of(options.zone(), period, s.outcomes("churn.outcomes", ChurnRate.DEFAULT_CHURN_OUTCOMES),
                options.confidence(), s.shareInterval());
    }
}
