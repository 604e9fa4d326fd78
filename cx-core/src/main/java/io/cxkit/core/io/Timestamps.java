package io.cxkit.core.io;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Locale;

/**
 * The timestamps of the flat schema, for anything that reads or writes them outside the readers (an event-log
 * importer, a test): ISO-8601 with a UTC offset, a {@code T} or a space between date and time, seconds and a
 * fraction of up to 9 digits optional, offset {@code Z}, {@code ±HH}, {@code ±HHMM} or {@code ±HH:MM}; or epoch
 * milliseconds.
 */
public final class Timestamps {
    /** The general ISO path, for shapes {@link IsoTimestamp} leaves alone (offsets with seconds, long years). */
    private static final DateTimeFormatter OFFSET_DATE_TIME = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMMss", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);

    /** The first and last instants whose ISO-8601 text java.time reads back (Instant's range is wider). */
    private static final Instant READABLE_MIN = LocalDateTime.MIN.toInstant(java.time.ZoneOffset.UTC);
    private static final Instant READABLE_MAX = LocalDateTime.MAX.toInstant(java.time.ZoneOffset.UTC);

    private Timestamps() {
    }

    /**
     * Parses a timestamp, ignoring surrounding white space.
     *
     * @param text {@code 2024-03-01T09:30:00Z}, {@code 2024-03-01 10:30:00.250+01:00}, {@code 1709285400000}
     * @return the instant
     * @throws DateTimeException whose message names the value and what is allowed, e.g. {@code timestamp must
     *         state its UTC offset (Z or +01:00), was '2024-03-01T09:30:00'}
     */
    public static Instant parse(String text) {
        String t = text.strip();
        if (isEpochMillis(t)) {
            try {
                return Instant.ofEpochMilli(Long.parseLong(t));
            } catch (NumberFormatException e) {
                throw new DateTimeException("timestamp in epoch milliseconds must fit in 64 bits, was '" + text + "'");
            }
        }
        Instant fast = IsoTimestamp.parse(t);
        if (fast != null) {
            return fast;
        }
        if (t.length() > 10 && t.charAt(10) == ' ') {
            t = t.substring(0, 10) + 'T' + t.substring(11);
        }
        try {
            return OffsetDateTime.parse(t, OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeException e) {
            if (hasNoOffset(t)) {
                throw new DateTimeException("timestamp must state its UTC offset (Z or +01:00), was '" + text + "'");
            }
            throw new DateTimeException("timestamp must be ISO-8601 with a UTC offset (2024-03-01T09:30:00Z, "
                    + "2024-03-01 09:30:00.5+01:00) or epoch milliseconds, was '" + text + "'");
        }
    }

    /**
     * The text writers give an instant: ISO-8601 in UTC with {@code Z} and as many fraction digits as needed
     * ({@link Instant#toString()}), which {@link #parse(String)} reads back to the same instant.
     *
     * @throws IllegalArgumentException if the instant lies beyond the years -999999999..999999999 that
     *         ISO-8601 text can carry
     */
    public static String format(Instant instant) {
        if (instant.isBefore(READABLE_MIN) || instant.isAfter(READABLE_MAX)) {
            throw new IllegalArgumentException("timestamp " + instant
                    + " lies outside the years -999999999..999999999 that ISO-8601 text can carry");
        }
        return instant.toString();
    }

    private static boolean hasNoOffset(String t) {
        try {
            LocalDateTime.parse(t);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean isEpochMillis(String t) {
        int start = t.startsWith("-") ? 1 : 0;
        if (t.length() == start) {
            return false;
        }
        for (int i = start; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
