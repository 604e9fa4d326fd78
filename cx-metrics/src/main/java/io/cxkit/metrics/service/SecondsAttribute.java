package io.cxkit.metrics.service;

/** Reads a non-negative number of seconds from an attribute value into milliseconds, without allocating. */
final class SecondsAttribute {
    /** About 31.7 years: larger handle times are a mis-mapped column, not a contact. */
    static final long MAX_MILLIS = 1_000_000_000_000L;

    private SecondsAttribute() {
    }

    /**
     * Parses digits with an optional decimal fraction (e.g. {@code 42}, {@code 12.5}), rounded to the nearest
     * millisecond.
     *
     * @throws IllegalArgumentException naming the attribute and the value if it is not such a number (negative
     *         values included) or is above 10⁹ seconds
     */
    static long millis(String name, String value) {
        int n = value.length();
        int i = 0;
        while (i < n && value.charAt(i) == ' ') {
            i++;
        }
        while (n > i && value.charAt(n - 1) == ' ') {
            n--;
        }
        long whole = 0;
        int digits = 0;
        for (; i < n && Character.isDigit(value.charAt(i)); i++, digits++) {
            whole = whole * 10 + (value.charAt(i) - '0');
            if (whole > MAX_MILLIS / 1000) {
                throw bad(name, value);
            }
        }
        long frac = 0;
        int fracDigits = 0;
        boolean roundUp = false;
        if (i < n && value.charAt(i) == '.') {
            for (i++; i < n && Character.isDigit(value.charAt(i)); i++, digits++) {
                if (fracDigits < 3) {
                    frac = frac * 10 + (value.charAt(i) - '0');
                    fracDigits++;
                } else if (fracDigits == 3) {
                    roundUp = value.charAt(i) >= '5';
                    fracDigits++;
                }
            }
        }
        if (i != n || digits == 0) {
            throw bad(name, value);
        }
        for (int k = Math.min(fracDigits, 3); k < 3; k++) {
            frac *= 10;
        }
        return whole * 1000 + frac + (roundUp ? 1 : 0);
    }

    private static IllegalArgumentException bad(String name, String value) {
        return new IllegalArgumentException("attribute " + name + " must be a non-negative number of seconds "
                + "up to 1e9, was '" + value + "'");
    }
}
