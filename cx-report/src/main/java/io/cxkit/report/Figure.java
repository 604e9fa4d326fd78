package io.cxkit.report;

import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.Interval;
import java.util.Objects;

/**
 * One metric figure as the report shows it: in the unit people read it in (NPS in points from −100 to 100,
 * shares in percent, times in seconds, means on their scale), with its n and interval.
 *
 * @param metric the metric's name, e.g. {@code nps}
 * @param unit the unit of value and bounds: {@code points}, {@code %}, {@code s} or {@code score}
 * @param value the value; NaN when there are no observations
 * @param n the observations behind it
 * @param lower the interval's lower bound; NaN without an interval
 * @param upper the interval's upper bound; NaN without an interval
 * @param confidence the interval's confidence level
 * @param method the interval's method, or the estimate's when there is no interval
 * @param clamped whether the interval was cut to the metric's range (e.g. a share's upper bound at 100 %)
 */
public record Figure(String metric, String unit, double value, long n, double lower, double upper, double confidence,
        String method, boolean clamped) {
    /**
     * @param metric the metric name
     * @param unit the unit of value and bounds: {@code points}, {@code %}, {@code s} or {@code score}
     * @param value the value; NaN when there are no observations
     * @param n the observations behind it
     * @param lower the interval's lower bound; NaN without an interval
     * @param upper the interval's upper bound; NaN without an interval
     * @param confidence the interval's confidence level
     * @param method the interval's method, or the estimate's when there is no interval
     * @param clamped whether the interval was cut to the metric's range (e.g. a share's upper bound at 100 %)
     * @throws NullPointerException if a text component is null
     */
    public Figure {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(method, "method");
    }

    /**
     * An estimate in the report's units.
     *
     * @param e the estimate
     * @param confidence the level its interval was computed at
     * @return the figure
     */
    public static Figure of(Estimate e, double confidence) {
        double scale = scale(e.metric());
        return new Figure(e.metric(), unit(e.metric()), e.value() * scale, e.n(),
                e.interval().map(Interval::lower).orElse(Double.NaN) * scale,
                e.interval().map(Interval::upper).orElse(Double.NaN) * scale,
                e.interval().map(Interval::confidence).orElse(confidence),
                e.interval().map(Interval::method).orElse(e.method()),
                e.interval().map(Interval::clamped).orElse(false));
    }

    /**
     * The factor from a metric's own scale to the report's: 100 for NPS (a share difference to points) and for
     * shares (to percent), 1 otherwise.
     *
     * @param metric the metric name
     * @return the factor
     */
    public static double scale(String metric) {
        return switch (metric) {
            case "nps", "csat", "ces_agree", "fcr", "churn" -> 100;
            default -> 1;
        };
    }

    /**
     * The report's unit of a metric.
     *
     * @param metric the metric name
     * @return {@code points}, {@code %}, {@code s} or {@code score}
     */
    public static String unit(String metric) {
        return switch (metric) {
            case "nps" -> "points";
            case "csat", "ces_agree", "fcr", "churn" -> "%";
            case "frt", "aht", "resolution" -> "s";
            default -> "score";
        };
    }

    /**
     * Whether the figure has an interval.
     *
     * @return true when both bounds are finite
     */
    public boolean hasInterval() {
        return Double.isFinite(lower) && Double.isFinite(upper);
    }
}
