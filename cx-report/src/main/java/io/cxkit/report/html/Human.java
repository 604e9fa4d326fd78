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

    /**
     * {@code String.format(Locale.ROOT, pattern, args)}, with a fast path for the few conversions the page uses
     * ({@code %s}, {@code %d}, {@code %.Nf} for N of 0 to 3, {@code %%}): a page has thousands of SVG
     * coordinates, and {@code Formatter} parses its pattern on every call. Anything else goes to
     * {@code String.format}.
     */
    static String fmt(String pattern, Object... args) {
        StringBuilder sb = new StringBuilder(pattern.length() + 16 * args.length);
        int arg = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c != '%') {
                sb.append(c);
                continue;
            }
            char k = i + 1 < pattern.length() ? pattern.charAt(i + 1) : 0;
            if (k == '%') {
                sb.append('%');
                i++;
            } else if (k == 's') {
                sb.append(args[arg++]);
                i++;
            } else if (k == 'd' && (args[arg] instanceof Integer || args[arg] instanceof Long)) {
                sb.append(((Number) args[arg++]).longValue());
                i++;
            } else if (k == '.' && i + 3 < pattern.length() && pattern.charAt(i + 3) == 'f'
                    && pattern.charAt(i + 2) >= '0' && pattern.charAt(i + 2) <= '3'
                    && args[arg] instanceof Double d && Double.isFinite(d) && Math.abs(d) < 1e12) {
                fixed(sb, d, pattern.charAt(i + 2) - '0');
                arg++;
                i += 3;
            } else {
                return String.format(Locale.ROOT, pattern, args);
            }
        }
        return sb.toString();
    }

    /** A finite double with {@code decimals} decimals, half away from zero, as {@code %.Nf} writes it. */
    private static void fixed(StringBuilder sb, double d, int decimals) {
        long scale = decimals == 0 ? 1 : decimals == 1 ? 10 : decimals == 2 ? 100 : 1000;
        // Formatter rounds the shortest decimal form of the double (Double.toString) half up; so does this.
        long units = java.math.BigDecimal.valueOf(Math.abs(d)).movePointRight(decimals)
                .setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        if (d < 0 && units != 0) {
            sb.append('-');
        } else if (d < 0 || (d == 0 && 1 / d < 0)) {
            sb.append('-');
        }
        sb.append(units / scale);
        if (decimals > 0) {
            sb.append('.');
            String frac = Long.toString(units % scale);
            for (int z = frac.length(); z < decimals; z++) {
                sb.append('0');
            }
            sb.append(frac);
        }
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
