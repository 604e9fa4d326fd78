package io.cxkit.cli;

import io.cxkit.metrics.Estimate;
import java.util.Locale;

/**
 * The text forms of metric figures in {@code cx compare}'s summary lines. JSON and CSV go through the one writer
 * from {@link io.cxkit.metrics.EstimateSummary} and {@link io.cxkit.metrics.ComparisonSummary}.
 */
final class EstimateJson {
    private EstimateJson() {
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
