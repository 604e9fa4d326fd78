package io.cxkit.report.html;

import java.util.Locale;

/** Numbers and durations in the units people read them in. */
final class Human {
    private Human() {
    }

    /** A duration in seconds as {@code 45 s}, {@code 12.5 min}, {@code 4.2 h} or {@code 29.6 d}. */
    static String duration(double seconds) {
        return io.cxkit.core.output.HumanUnits.duration(seconds);
    }

    /** A value in a figure's unit: points and percent with at most one decimal, seconds as a duration. */
    static String value(double v, String unit) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        return switch (unit) {
            case "points" -> fmt("%.0f", v);
            case "%" -> fmt("%.1f%%", v);
            case "s" -> duration(v);
            default -> fmt("%.2f", v);
        };
    }

    /** A signed change in a figure's unit. */
    static String change(double v, String unit) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        return switch (unit) {
            case "points" -> fmt("%+.1f pts", v);
            case "%" -> fmt("%+.1f pp", v);
            case "s" -> (v >= 0 ? "+" : "−") + duration(Math.abs(v));
            default -> fmt("%+.2f", v);
        };
    }

    /** A count with thousands separators. */
    static String count(double v) {
        return Double.isFinite(v) ? fmt("%,.0f", v) : "n/a";
    }

    /** A general number: up to 3 significant decimals, thousands separated. */
    static String number(double v) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        double a = Math.abs(v);
        if (a >= 1000 || (v == Math.rint(v) && a < 1e15)) {
            return fmt("%,.0f", v);
        }
        if (a >= 10) {
            return fmt("%.1f", v);
        }
        return fmt("%.2f", v);
    }

    /** A p-value: {@code < 0.001} below a thousandth. */
    static String p(double p) {
        if (!Double.isFinite(p)) {
            return "n/a";
        }
        return p < 0.001 ? "< 0.001" : fmt("%.3f", p);
    }

    static String fmt(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    /** Escapes text for HTML and SVG content and attributes. */
    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
