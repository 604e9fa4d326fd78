package io.cxkit.journey.map;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses event-log timestamps. By default, as cx-core's readers do: ISO-8601 with a UTC offset and a 'T' or a
 * space before the time ({@code 2024-03-01T09:30:00Z}, {@code 2024-03-01 09:30:00.5+01:00}), or epoch
 * milliseconds. With a pattern ({@link DateTimeFormatter#ofPattern(String)} letters), that pattern instead.
 * A timestamp without an offset or zone is read in the given zone if there is one, and rejected otherwise.
 */
final class TimestampParser {
    private static final DateTimeFormatter OFFSET_DATE_TIME = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMMss", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);

    private final Optional<DateTimeFormatter> pattern;
    private final Optional<String> patternText;
    private final Optional<ZoneId> zone;

    TimestampParser(Optional<String> pattern, Optional<ZoneId> zone) {
        this.patternText = pattern;
        this.pattern = pattern.map(p -> DateTimeFormatter.ofPattern(p, Locale.ROOT));
        this.zone = zone;
    }

    /** The instant, or an exception whose message says what is allowed. */
    Instant parse(String s) {
        String t = s.strip();
        if (pattern.isPresent()) {
            return parsePattern(s, t);
        }
        if (isEpochMillis(t)) {
            try {
                return Instant.ofEpochMilli(Long.parseLong(t));
            } catch (NumberFormatException e) {
                throw new DateTimeException("timestamp in epoch milliseconds must fit in 64 bits, was '" + s + "'");
            }
        }
        if (t.length() > 10 && t.charAt(10) == ' ') {
            t = t.substring(0, 10) + 'T' + t.substring(11);
        }
        try {
            TemporalAccessor parsed = OFFSET_DATE_TIME.parse(t);
            if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
                return OffsetDateTime.from(parsed).toInstant();
            }
            if (zone.isPresent()) {
                return LocalDateTime.from(parsed).atZone(zone.get()).toInstant();
            }
            throw new DateTimeException("timestamp must state its UTC offset (Z or +01:00), or a zone must be given, "
                    + "was '" + s + "'");
        } catch (DateTimeException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("timestamp must")) {
                throw e;
            }
            throw new DateTimeException("timestamp must be ISO-8601 with a UTC offset (2024-03-01T09:30:00Z, "
                    + "2024-03-01 09:30:00.5+01:00) or epoch milliseconds, was '" + s + "'");
        }
    }

    private Instant parsePattern(String s, String t) {
        try {
            TemporalAccessor parsed = pattern.get().parse(t);
            if (parsed.isSupported(ChronoField.INSTANT_SECONDS)) {
                return Instant.from(parsed);
            }
            if (zone.isPresent()) {
                return LocalDateTime.from(parsed).atZone(zone.get()).toInstant();
            }
            throw new DateTimeException("timestamp '" + s + "' has no offset or zone in pattern '"
                    + patternText.get() + "', and no zone was given");
        } catch (DateTimeException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("timestamp '")) {
                throw e;
            }
            throw new DateTimeException("timestamp must match pattern '" + patternText.get() + "', was '" + s + "'");
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
