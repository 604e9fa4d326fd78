package io.cxkit.journey.map;

import io.cxkit.core.io.Timestamps;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses event-log timestamps. By default, by cx-core's rules ({@link Timestamps#parse(String)}): ISO-8601 with a
 * UTC offset and a 'T' or a space before the time ({@code 2024-03-01T09:30:00Z},
 * {@code 2024-03-01 09:30:00.5+01:00}), or epoch milliseconds. With a pattern
 * ({@link DateTimeFormatter#ofPattern(String)} letters), that pattern instead. A timestamp without an offset or
 * zone is read in the given zone if there is one, and rejected otherwise.
 */
final class TimestampParser {
    /** ISO local date-time, in any case like cx-core's offset form ({@code 2024-03-01t09:30}). */
    private static final DateTimeFormatter LOCAL_DATE_TIME = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).toFormatter(Locale.ROOT);

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
        try {
            return Timestamps.parse(s);
        } catch (DateTimeException e) {
            // cx-core's rules refuse a local date-time; an event log may name the zone it was recorded in.
            Optional<LocalDateTime> local = zone.isPresent() ? localDateTime(t) : Optional.empty();
            if (local.isPresent()) {
                return local.get().atZone(zone.get()).toInstant();
            }
            throw e;
        }
    }

    /** The text as an ISO local date-time with a 'T' or a space before the time, if it is one. */
    private static Optional<LocalDateTime> localDateTime(String t) {
        String iso = t.length() > 10 && t.charAt(10) == ' ' ? t.substring(0, 10) + 'T' + t.substring(11) : t;
        try {
            return Optional.of(LocalDateTime.parse(iso, LOCAL_DATE_TIME));
        } catch (DateTimeException e) {
            return Optional.empty();
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
}
