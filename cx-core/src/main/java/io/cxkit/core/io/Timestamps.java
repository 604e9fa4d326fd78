package io.cxkit.core.io;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * The timestamps of the flat schema: parsed by {@link TimestampFormat#auto()} (ISO-8601 with a UTC offset, or a
 * bare number of epoch seconds, milliseconds or microseconds by magnitude) and written as ISO-8601 in UTC.
 */
public final class Timestamps {
    /** The first and last instants whose ISO-8601 text java.time reads back (Instant's range is wider). */
    private static final Instant READABLE_MIN = LocalDateTime.MIN.toInstant(java.time.ZoneOffset.UTC);
    private static final Instant READABLE_MAX = LocalDateTime.MAX.toInstant(java.time.ZoneOffset.UTC);

    private Timestamps() {
    }

    /**
     * Parses a timestamp as {@link TimestampFormat#auto()} does, ignoring surrounding white space: ISO-8601 with a
     * UTC offset, or a bare number of epoch seconds, milliseconds or microseconds chosen by its magnitude.
     *
     * @param text {@code 2024-03-01T09:30:00Z}, {@code 2024-03-01 10:30:00.250+01:00}, {@code 1709285400000}
     * @return the instant, within the years {@link TimestampFormat} accepts
     * @throws DateTimeException whose message names the value and what is allowed, e.g. {@code timestamp
     *         '2024-03-01T09:30:00' has no UTC offset; ...}
     */
    public static Instant parse(String text) {
        return TimestampFormat.auto().parse(text);
    }

    /**
     * The text writers give an instant: ISO-8601 in UTC with {@code Z} and as many fraction digits as needed
     * ({@link Instant#toString()}), which {@link #parse(String)} reads back to the same instant.
     *
     * @param instant the instant
     * @return the text writers give an instant: ISO-8601 in UTC with {@code Z} and as many fraction digits as needed
     *         ({@link Instant#toString()}), which {@link #parse(String)} reads back to the same instant
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


}
