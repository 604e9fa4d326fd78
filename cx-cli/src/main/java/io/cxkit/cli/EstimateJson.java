package io.cxkit.cli;

import io.cxkit.metrics.Comparison;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.Interval;
import io.cxkit.metrics.breakdown.TrendPoint;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON, CSV and text forms of metric results shared by {@code cx metrics}, {@code cx compare} and the
 * report's metrics section, so that every command names the fields the same way.
 */
final class EstimateJson {
    private EstimateJson() {
    }

    /**
     * {@code {"value":..,"n":..,"lower":..,"upper":..,"method":..,"clamped":..}}: the interval's bounds and
     * method, or nulls and the estimate's method with {@code clamped} false when there is no interval; plus
     * {@code "period":"2026-01"} for a metric that measures a calendar month (churn).
     */
    static Map<String, Object> of(Estimate e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", e.value());
        m.put("n", e.n());
        m.put("lower", e.interval().map(Interval::lower).orElse(null));
        m.put("upper", e.interval().map(Interval::upper).orElse(null));
        m.put("method", e.interval().map(Interval::method).orElse(e.method()));
        m.put("clamped", e.interval().map(Interval::clamped).orElse(false));
        period(e).ifPresent(p -> m.put("period", p));
        return m;
    }

    /**
     * The calendar month a period metric (churn) measured, from its {@code period} detail (yyyymm), as
     * {@code 2026-01}; empty for other metrics.
     */
    static java.util.Optional<String> period(Estimate e) {
        Double p = e.details().get("period");
        if (p == null || !Double.isFinite(p) || p < 1) {
            return java.util.Optional.empty();
        }
        long v = Math.round(p);
        return java.util.Optional.of(String.format(Locale.ROOT, "%04d-%02d", v / 100, v % 100));
    }

    /**
     * A comparison: {@code difference}, its {@code lower}/{@code upper} bounds, {@code statistic},
     * {@code p_value}, {@code method}, {@code confidence} and {@code significant} (p &lt; 1 − confidence).
     */
    static Map<String, Object> of(Comparison c, double confidence) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("difference", c.difference());
        m.put("lower", c.interval().map(Interval::lower).orElse(null));
        m.put("upper", c.interval().map(Interval::upper).orElse(null));
        m.put("statistic", c.statistic());
        m.put("p_value", c.pValue());
        m.put("method", c.method());
        m.put("confidence", confidence);
        m.put("significant", c.significantAt(1 - confidence));
        return m;
    }

    /**
     * A trend point: {@code periodField} (e.g. {@code month}), {@code metric}, the six estimate fields,
     * {@code previous} (the previous period with data, or null), {@code difference}, {@code p_value} and
     * {@code significant}.
     */
    static Map<String, Object> of(TrendPoint p, String periodField) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(periodField, p.period());
        m.put("metric", p.metric());
        m.putAll(of(p.estimate()));
        m.put("previous", p.previousPeriod().orElse(null));
        m.put("difference", p.change().map(Comparison::difference).orElse(null));
        m.put("p_value", p.change().map(Comparison::pValue).orElse(null));
        m.put("significant", p.significant());
        return m;
    }

    /** A number for text and CSV: 4 decimals, blank for NaN or absent. */
    static String number(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return Double.isFinite(d) ? String.format(Locale.ROOT, "%.4f", d) : "";
        }
        return String.valueOf(v);
    }

    /**
     * The mark after an interval clamped to the metric's range. It is not {@code *}, which marks significance in
     * trend tables.
     */
    static final String CLAMPED_MARK = "^";

    /** The legend line for {@link #CLAMPED_MARK}, printed under any table that shows it. */
    static final String CLAMPED_LEGEND = CLAMPED_MARK + " = interval clamped to the metric's range (the method's "
            + "bound fell outside it); it says nothing about significance";

    /** The interval as text: {@code [lo, hi]}, with {@link #CLAMPED_MARK} when clamped; blank without one. */
    static String interval(Estimate e) {
        return e.interval().map(i -> String.format(Locale.ROOT, "[%.4f, %.4f]%s", i.lower(), i.upper(),
                i.clamped() ? CLAMPED_MARK : "")).orElse("");
    }
}
