package io.cxkit.core.io;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A fast parser for the common shape of ISO-8601 timestamps, {@code yyyy-MM-dd[T| ]HH:mm[:ss[.f{1,9}]]} with
 * {@code Z}, {@code ±HH}, {@code ±HHmm} or {@code ±HH:mm}. {@link java.time.format.DateTimeFormatter} with
 * optional sections copies its parse state per section, which made timestamps the largest single cost of
 * reading a record; this does the same checks with a few comparisons.
 */
final class IsoTimestamp {
    private static final int MAX_OFFSET_SECONDS = 18 * 3600;

    private IsoTimestamp() {
    }

    /**
     * The instant, or null if the text is not of the common shape (the caller then tries the general parser,
     * which accepts or rejects it). A text of the common shape with an impossible date or time (month 13,
     * 25 o'clock, February 30) is also handed back as null, so the general parser words the rejection.
     */
    static Instant parse(String t) {
        int n = t.length();
        if (n < 17 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(13) != ':') {
            return null;
        }
        char sep = t.charAt(10);
        if (sep != 'T' && sep != 't' && sep != ' ') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        int hour = digits(t, 11, 2);
        int minute = digits(t, 14, 2);
        if ((year | month | day | hour | minute) < 0) {
            return null;
        }
        int i = 16;
        int second = 0;
        int nano = 0;
        if (i < n && t.charAt(i) == ':') {
            second = digits(t, i + 1, 2);
            if (second < 0) {
                return null;
            }
            i += 3;
            if (i < n && t.charAt(i) == '.') {
                int start = ++i;
                while (i < n && i - start < 9 && isDigit(t.charAt(i))) {
                    nano = nano * 10 + (t.charAt(i) - '0');
                    i++;
                }
                int len = i - start;
                if (len == 0) {
                    return null;
                }
                for (int k = len; k < 9; k++) {
                    nano *= 10;
                }
            }
        }
        if (i >= n) {
            return null;
        }
        int offset;
        char c = t.charAt(i);
        if (c == 'Z' || c == 'z') {
            offset = 0;
            i++;
        } else if (c == '+' || c == '-') {
            int oh = digits(t, i + 1, 2);
            if (oh < 0) {
                return null;
            }
            i += 3;
            int om = 0;
            if (i < n) {
                int from = t.charAt(i) == ':' ? i + 1 : i;
                om = digits(t, from, 2);
                if (om < 0 || om > 59) {
                    return null;
                }
                i = from + 2;
            }
            offset = (oh * 3600 + om * 60) * (c == '-' ? -1 : 1);
            if (Math.abs(offset) > MAX_OFFSET_SECONDS) {
                return null;
            }
        } else {
            return null;
        }
        if (i != n || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return null;
        }
        long seconds = epochDay * 86_400 + hour * 3600 + minute * 60 + second - offset;
        return Instant.ofEpochSecond(seconds, nano);
    }

    /** The value of {@code len} ASCII digits at {@code from}, or -1 if they are not all there. */
    private static int digits(String t, int from, int len) {
        if (from + len > t.length()) {
            return -1;
        }
        int v = 0;
        for (int i = from; i < from + len; i++) {
            char c = t.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
