package io.cxkit.cli.journey;

import java.util.Locale;
import java.util.OptionalDouble;

/** Number formats of the journeys commands' text output. */
final class Format {
    private Format() {
    }

    /** A number with up to two decimals, no trailing zeros. */
    static String number(double v) {
        if (!Double.isFinite(v)) {
            return "-";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** A share 0..1 as a percentage with one decimal. */
    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** A time in seconds, or "-" when absent. */
    static String seconds(OptionalDouble v) {
        return v.isPresent() ? number(v.getAsDouble()) : "-";
    }

    /** The JSON value of an optional number: the number or null. */
    static Object json(OptionalDouble v) {
        return v.isPresent() ? (Object) v.getAsDouble() : null;
    }
}
