package io.cxkit.metrics.breakdown;

import io.cxkit.metrics.Comparison;
import io.cxkit.metrics.Estimate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One metric in one period of one series of a {@link Trend}, with its change from the series' previous period.
 *
 * @param series the values of the non-time dimensions (empty for an overall trend)
 * @param period the period's label, e.g. {@code 2026-03}
 * @param metric the metric's name
 * @param estimate the metric in this period
 * @param previousPeriod the label of the previous period that has data in this series, if any
 * @param change the metric's own two-sample test of this period against the previous one, if the metric
 *        offers one and there is a previous period
 * @param significant true if the change's p-value is below the trend's significance level
 */
public record TrendPoint(Map<String, String> series, String period, String metric, Estimate estimate,
                         Optional<String> previousPeriod, Optional<Comparison> change, boolean significant) {
    /**
     * @param series the values of the non-time dimensions (empty for an overall trend)
     * @param period the period's label, e.g. {@code 2026-03}
     * @param metric the metric's name
     * @param estimate the metric in this period
     * @param previousPeriod the label of the previous period that has data in this series, if any
     * @param change the metric's own two-sample test of this period against the previous one, if the metric offers one
     *        and there is a previous period
     * @param significant true if the change's p-value is below the trend's significance level
     * @throws NullPointerException if a component is null
     */
    public TrendPoint {
        series = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(series, "series")));
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(estimate, "estimate");
        Objects.requireNonNull(previousPeriod, "previousPeriod");
        Objects.requireNonNull(change, "change");
    }
}
