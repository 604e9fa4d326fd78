package io.cxkit.core.output;

import java.util.Locale;

/** Figures in the units people read them in, for charts, graph labels and headlines. */
public final class HumanUnits {
    private HumanUnits() {
    }

    /**
     * A duration in seconds in the largest unit that keeps it readable: {@code 45 s}, {@code 12.5 min},
     * {@code 4.2 h} or {@code 29.6 d} (seconds below 2 minutes, minutes below 2 hours, hours below 2 days).
     *
     * @param seconds the duration in seconds
     * @return its text; {@code n/a} when not finite
     */
    public static String duration(double seconds) {
        if (!Double.isFinite(seconds)) {
            return "n/a";
        }
        double a = Math.abs(seconds);
        if (a < 120) {
            return String.format(Locale.ROOT, "%.0f s", seconds);
        }
        if (a < 7200) {
            return String.format(Locale.ROOT, "%.1f min", seconds / 60);
        }
        if (a < 172_800) {
            return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
        }
        return String.format(Locale.ROOT, "%.1f d", seconds / 86_400);
    }
}
