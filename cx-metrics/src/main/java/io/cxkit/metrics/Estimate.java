package io.cxkit.metrics;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A metric's figure with its uncertainty and its method: what every calculator returns and every breakdown,
 * trend and CLI output shows. A figure is never shown without its n.
 *
 * @param metric the metric's name, e.g. {@code nps}
 * @param value the point estimate on the metric's natural scale (NPS in [−1, 1], shares in [0, 1], times in
 *        seconds); NaN when n is 0
 * @param n the number of observations behind it
 * @param interval the confidence interval, where the metric has one and n allows it
 * @param method how the value was computed, e.g. {@code share-top-2} or {@code mean}
 * @param details further named figures (shares, variance, standard error, quantiles), in a stable order
 */
public record Estimate(String metric, double value, long n, Optional<Interval> interval, String method,
                       Map<String, Double> details) {
    /**
     * @param metric the metric's name, e.g. {@code nps}
     * @param value the point estimate on the metric's natural scale (NPS in [−1, 1], shares in [0, 1], times in
     *        seconds); NaN when n is 0
     * @param n the number of observations behind it
     * @param interval the confidence interval, where the metric has one and n allows it
     * @param method how the value was computed, e.g. {@code share-top-2} or {@code mean}
     * @param details further named figures (shares, variance, standard error, quantiles), in a stable order
     * @throws IllegalArgumentException if n is negative
     */
    public Estimate {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(method, "method");
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, was " + n);
        }
        details = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
    }
}
