package io.cxkit.metrics;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An {@link Estimate} flattened for a table, a CSV row or a JSON object: the value, n, the interval's bounds, the
 * method and whether the interval was clamped, and the calendar month a period metric (churn) measured. This is
 * the one field list that {@code cx metrics}, {@code cx compare} and the report's tables write for a figure.
 *
 * @param value the point estimate on the metric's natural scale; NaN when n is 0
 * @param n the observations behind it
 * @param lower the interval's lower bound; NaN without an interval
 * @param upper the interval's upper bound; NaN without an interval
 * @param method the interval's method, or the estimate's own when there is no interval
 * @param clamped whether the interval was clamped to the metric's range (false without an interval)
 * @param period the month a period metric measured, {@code yyyy-MM}; empty for other metrics
 */
public record EstimateSummary(double value, long n, double lower, double upper, String method, boolean clamped,
        Optional<String> period) {
    /**
     * @param value the point estimate on the metric's natural scale; NaN when n is 0
     * @param n the observations behind it
     * @param lower the interval's lower bound; NaN without an interval
     * @param upper the interval's upper bound; NaN without an interval
     * @param method the interval's method, or the estimate's own when there is no interval
     * @param clamped whether the interval was clamped to the metric's range (false without an interval)
     * @param period the month a period metric measured, {@code yyyy-MM}; empty for other metrics
     * @throws NullPointerException if method or period is null
     */
    public EstimateSummary {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(period, "period");
    }

    /**
     * The summary of an estimate.
     *
     * @param e the estimate
     * @return its flat fields
     */
    public static EstimateSummary of(Estimate e) {
        return new EstimateSummary(e.value(), e.n(), e.interval().map(Interval::lower).orElse(Double.NaN),
                e.interval().map(Interval::upper).orElse(Double.NaN),
                e.interval().map(Interval::method).orElse(e.method()),
                e.interval().map(Interval::clamped).orElse(false), period(e));
    }

    /**
     * The calendar month a period metric (churn) measured, from its {@code period} detail ({@code yyyymm}), as
     * {@code 2026-01}.
     *
     * @param e the estimate
     * @return the month, or empty for a metric without a {@code period} detail
     */
    public static Optional<String> period(Estimate e) {
        Double p = e.details().get("period");
        if (p == null || !Double.isFinite(p) || p < 1) {
            return Optional.empty();
        }
        long v = Math.round(p);
        return Optional.of(String.format(Locale.ROOT, "%04d-%02d", v / 100, v % 100));
    }
}
