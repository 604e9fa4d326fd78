package io.cxkit.core.io;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The one timestamp parser of cxkit: how the text of a timestamp column becomes an {@link Instant}. Every reader
 * and every date option of the CLI parses through it, so "a date" means the same everywhere.
 *
 * <p>A format is one of:
 * <ul>
 *   <li>{@code auto} (the default): ISO-8601 (below), or a bare number whose unit is chosen by its magnitude:
 *       below 10<sup>11</sup> epoch seconds, below 10<sup>14</sup> epoch milliseconds, else epoch microseconds.
 *       10<sup>11</sup> s is the year 5138 and 10<sup>11</sup> ms is 1973, so no plausible instant is
 *       ambiguous. The one exception is a bare number of exactly 8 digits that is a valid {@code yyyyMMdd}
 *       date from 1900 to 2149 ({@code 20230601}, as in CDNOW's files): it is read as that date, the start of the
 *       day in the zone, not as a second of 1970–1973, which no CX record plausibly carries. The read report
 *       states which units were used ({@link ReadReport#notes()}). Epoch seconds may carry a fraction
 *       ({@code 1709285400.25}).</li>
 *   <li>{@code iso}: {@code 2024-03-01T09:30:00Z}, a space instead of {@code T}, seconds and a fraction of up
 *       to 9 digits optional, offset {@code Z}, {@code ±HH}, {@code ±HHMM} or {@code ±HH:MM}. Without an offset
 *       the time is local to the {@linkplain #zone() zone}; a date alone ({@code 2024-03-01}) is the start of
 *       that day in the zone. ISO as other tools print it is read too: a space before the offset
 *       ({@code 2024-03-01 09:30:00 +0200}), {@code UTC}/{@code GMT} for {@code Z}, slashes in a year-first date
 *       ({@code 2024/03/01 09:30}), a zone id after the offset ({@code ...Z[UTC]}) and RFC 1123
 *       ({@code Fri, 01 Mar 2024 09:30:00 GMT}).</li>
 *   <li>{@code epoch-s}, {@code epoch-ms}, {@code epoch-us}: a whole number of that unit since 1970-01-01Z
 *       ({@code epoch-s} may carry a fraction of up to 9 digits).</li>
 *   <li>any {@link DateTimeFormatter} pattern ({@code dd-MM-yyyy HH:mm}, {@code MM/dd/yyyy}, {@code yyyyMMdd}),
 *       read strictly in {@link Locale#ROOT}: a pattern without an offset is read in the zone, one without a
 *       time is the start of the day.</li>
 * </ul>
 *
 * <p>Parsing is strict: an impossible date or time ({@code 2025-02-30}, {@code T24:00}) is rejected, never
 * rewritten to a neighbouring one, and only ASCII digits are digits. An instant outside
 * [{@link #EARLIEST}, {@link #LATEST}) is rejected: any two accepted instants then differ by less than the
 * 292 years a {@link java.time.Duration} holds in nanoseconds, so no analysis overflows on them. Local text
 * without a zone is rejected with a message saying how to give one. Instances are immutable and thread-safe.
 */
public final class TimestampFormat {
    /** The earliest instant accepted: 1900-01-01T00:00:00Z. */
    public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    /** The first instant no longer accepted: 2150-01-01T00:00:00Z. */
    public static final Instant LATEST = Instant.parse("2150-01-01T00:00:00Z");

    /** The units a bare number may be read in, by index into a tally. */
    static final int SECONDS = 0;
    static final int MILLIS = 1;
    static final int MICROS = 2;
    static final int YMD = 3;
    static final String[] UNIT_NAMES = {"epoch seconds", "epoch milliseconds", "epoch microseconds",
        "yyyyMMdd dates"};

    private static final long AUTO_SECONDS_BELOW = 100_000_000_000L;
    private static final long AUTO_MILLIS_BELOW = 100_000_000_000_000L;

    private static final DateTimeFormatter ISO_LOCAL = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .appendLiteral('T')
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalEnd()
            .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMMss", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private enum Kind { AUTO, ISO, EPOCH_S, EPOCH_MS, EPOCH_US, PATTERN }

    private static final TimestampFormat AUTO = new TimestampFormat(Kind.AUTO, "auto", null, Optional.empty());

    private final Kind kind;
    private final String spec;
    private final DateTimeFormatter pattern;
    private final Optional<ZoneId> zone;

    private TimestampFormat(Kind kind, String spec, DateTimeFormatter pattern, Optional<ZoneId> zone) {
        this.kind = kind;
        this.spec = spec;
        this.pattern = pattern;
        this.zone = zone;
    }

    /**
     * ISO-8601 or a bare number by magnitude, with no zone for local times.
     *
     * @return ISO-8601 or a bare number by magnitude, with no zone for local times
     */
    public static TimestampFormat auto() {
        return AUTO;
    }

    /**
     * The format a user names: {@code auto}, {@code iso}, {@code epoch-s}, {@code epoch-ms}, {@code epoch-us}, or
     * a {@link DateTimeFormatter} pattern. {@code yyyy} in a pattern means the proleptic year ({@code uuuu}).
     *
     * @param spec the format's specification
     * @return the format a user names: {@code auto}, {@code iso}, {@code epoch-s}, {@code epoch-ms}, {@code epoch-us},
     *         or a {@link DateTimeFormatter} pattern
     * @throws IllegalArgumentException naming the spec and what is allowed, if it is blank or not a valid pattern
     */
    public static TimestampFormat of(String spec) {
        Objects.requireNonNull(spec, "timestamp format");
        String s = spec.strip();
        switch (s.toLowerCase(Locale.ROOT)) {
            case "auto":
                return AUTO;
            case "iso":
                return new TimestampFormat(Kind.ISO, "iso", null, Optional.empty());
            case "epoch-s":
                return new TimestampFormat(Kind.EPOCH_S, "epoch-s", null, Optional.empty());
            case "epoch-ms":
                return new TimestampFormat(Kind.EPOCH_MS, "epoch-ms", null, Optional.empty());
            case "epoch-us":
                return new TimestampFormat(Kind.EPOCH_US, "epoch-us", null, Optional.empty());
            default:
                break;
        }
        if (s.isEmpty()) {
            throw new IllegalArgumentException("timestamp format must not be blank; use auto, iso, epoch-s, "
                    + "epoch-ms, epoch-us or a java.time pattern such as dd-MM-yyyy HH:mm");
        }
        DateTimeFormatter f;
        try {
            f = new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(properYears(s))
                    .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("timestamp format '" + spec + "' is not a java.time pattern ("
                    + e.getMessage() + "); use auto, iso, epoch-s, epoch-ms, epoch-us or a pattern such as "
                    + "dd-MM-yyyy HH:mm", e);
        }
        return new TimestampFormat(Kind.PATTERN, s, f, Optional.empty());
    }

    /**
     * The zone a user names ({@code UTC}, {@code Europe/Paris}, {@code +01:00}).
     *
     * @param id the touchpoint's name, opaque, not blank
     * @return the zone a user names ({@code UTC}, {@code Europe/Paris}, {@code +01:00})
     * @throws IllegalArgumentException naming the zone if it is not known
     */
    public static ZoneId zone(String id) {
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("zone '" + id + "' is not a known time zone; use a region such as "
                    + "Europe/Paris, UTC, or an offset such as +01:00", e);
        }
    }

    /**
     * This format reading local times (text without an offset) in {@code zone}.
     *
     * @param zone the zone months and days are cut in
     * @return this format reading local times (text without an offset) in {@code zone}
     */
    public TimestampFormat withZone(ZoneId zone) {
        return new TimestampFormat(kind, spec, pattern, Optional.of(zone));
    }

    /** This format with the zone of {@code other} where this one has none. */
    TimestampFormat orZone(Optional<ZoneId> other) {
        return zone.isPresent() || other.isEmpty() ? this : withZone(other.get());
    }

    /**
     * The zone local times are read in, if one was given.
     *
     * @return the zone local times are read in, if one was given
     */
    public Optional<ZoneId> zone() {
        return zone;
    }

    /**
     * The format as a user would name it: {@code auto}, {@code iso}, {@code epoch-ms} or the pattern.
     *
     * @return the format as a user would name it: {@code auto}, {@code iso}, {@code epoch-ms} or the pattern
     */
    public String spec() {
        return spec;
    }

    /**
     * Parses a timestamp, ignoring surrounding white space.
     *
     * @param text the timestamp as written
     * @return the instant, within [{@link #EARLIEST}, {@link #LATEST})
     * @throws DateTimeException whose message names the value and what is allowed
     */
    public Instant parse(String text) {
        return parse(text, null);
    }

    /**
     * As {@link #parse(String)}, counting in {@code units} (indexed by {@link #SECONDS}, {@link #MILLIS},
     * {@link #MICROS}) the unit a bare number was read in, when {@code units} is not null.
     */
    Instant parse(String text, long[] units) {
        String t = text.strip();
        if (t.isEmpty()) {
            throw new DateTimeException("timestamp must not be blank");
        }
        Instant i = switch (kind) {
            case AUTO -> isCompactDate(t) ? compactDate(t, text, units)
                    : isInteger(t) ? epoch(t, text, autoUnit(t), units)
                    : isFractionalSeconds(t) ? fractionalSeconds(t, text, units) : iso(t, text);
            case ISO -> iso(t, text);
            case EPOCH_S -> epoch(t, text, SECONDS, units);
            case EPOCH_MS -> epoch(t, text, MILLIS, units);
            case EPOCH_US -> epoch(t, text, MICROS, units);
            case PATTERN -> pattern(t, text);
        };
        return inRange(i, text);
    }

    private static Instant inRange(Instant i, String text) {
        if (i.isBefore(EARLIEST) || !i.isBefore(LATEST)) {
            throw new DateTimeException("timestamp " + i + " ('" + text.strip() + "') lies outside the years "
                    + "1900..2149 that cxkit's analyses can hold");
        }
        return i;
    }

    private static final java.util.regex.Pattern SPACED_OFFSET = java.util.regex.Pattern.compile(
            "(\\d{4}[-/]\\d{2}[-/]\\d{2}[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)\\s*"
                    + "([+-]\\d{2}(?::?\\d{2})?|Z|UTC|GMT)");
    private static final java.util.regex.Pattern SLASHED_ISO = java.util.regex.Pattern.compile(
            "(\\d{4})/(\\d{2})/(\\d{2})(.*)");
    private static final java.util.regex.Pattern FRACTIONAL_SECONDS = java.util.regex.Pattern.compile(
            "\\d{1,11}\\.\\d{1,9}");

    /**
     * ISO-8601 as other tools print it: a space before the offset ({@code 2024-03-01 09:30:00 +0200}, Zendesk's
     * and Ruby's form), {@code UTC} or {@code GMT} for {@code Z}, a year-first date with slashes
     * ({@code 2024/03/01 09:30}), a zone id after the offset ({@code 2024-03-01T09:30:00Z[UTC]}, Java's
     * {@code ZonedDateTime}), and RFC 1123 ({@code Fri, 01 Mar 2024 09:30:00 GMT}, e-mail and HTTP). Null if
     * none of these reads it. Reached only after the plain ISO forms failed, so it costs them nothing.
     */
    private Instant isoVariant(String t) {
        java.util.regex.Matcher slashed = SLASHED_ISO.matcher(t);
        if (slashed.matches()) {
            String dashed = slashed.group(1) + "-" + slashed.group(2) + "-" + slashed.group(3) + slashed.group(4);
            try {
                return iso(dashed, t);
            } catch (DateTimeException e) {
                return null;
            }
        }
        java.util.regex.Matcher spaced = SPACED_OFFSET.matcher(t);
        if (spaced.matches()) {
            String off = spaced.group(2);
            off = off.equals("UTC") || off.equals("GMT") ? "Z" : off;
            Instant i = IsoTimestamp.parse(spaced.group(1).replace(' ', 'T') + off);
            if (i != null) {
                return i;
            }
            try {
                TemporalAccessor a = ISO_LOCAL.parse(spaced.group(1).replace(' ', 'T') + off);
                return a.isSupported(ChronoField.OFFSET_SECONDS) ? resolve(a, t) : null;
            } catch (DateTimeException e) {
                return null;
            }
        }
        if (t.endsWith("]")) {
            try {
                return java.time.ZonedDateTime.parse(t, DateTimeFormatter.ISO_ZONED_DATE_TIME).toInstant();
            } catch (DateTimeException e) {
                return null;
            }
        }
        if (t.length() > 4 && t.charAt(3) == ',') {
            try {
                return java.time.ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            } catch (DateTimeException e) {
                return null;
            }
        }
        return null;
    }

    /** Epoch seconds with a fraction ({@code 1709285400.25}, as Python's {@code time.time()} writes them). */
    private static boolean isFractionalSeconds(String t) {
        return t.length() <= 21 && t.indexOf('.') > 0 && FRACTIONAL_SECONDS.matcher(t).matches()
                && Long.parseLong(t, 0, t.indexOf('.'), 10) < AUTO_SECONDS_BELOW;
    }

    private Instant fractionalSeconds(String t, String text, long[] units) {
        int dot = t.indexOf('.');
        long whole = Long.parseLong(t, 0, dot, 10);
        long nanos = Long.parseLong((t.substring(dot + 1) + "000000000").substring(0, 9));
        if (units != null) {
            units[SECONDS]++;
        }
        return Instant.ofEpochSecond(whole, nanos);
    }

    /** Exactly 8 digits forming a valid date from 1900-01-01 to 2149-12-31 in the form yyyyMMdd. */
    private static boolean isCompactDate(String t) {
        if (t.length() != 8) {
            return false;
        }
        for (int i = 0; i < 8; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        int y = Integer.parseInt(t, 0, 4, 10);
        int m = Integer.parseInt(t, 4, 6, 10);
        int d = Integer.parseInt(t, 6, 8, 10);
        return y >= 1900 && y < 2150 && m >= 1 && m <= 12 && d >= 1 && d <= java.time.YearMonth.of(y, m)
                .lengthOfMonth();
    }

    private Instant compactDate(String t, String text, long[] units) {
        if (units != null) {
            units[YMD]++;
        }
        LocalDate date = LocalDate.of(Integer.parseInt(t, 0, 4, 10), Integer.parseInt(t, 4, 6, 10),
                Integer.parseInt(t, 6, 8, 10));
        if (zone.isEmpty()) {
            throw new DateTimeException("timestamp '" + text.strip() + "' is a yyyyMMdd date and needs the zone its "
                    + "days start in (--zone Europe/Paris, --zone UTC, or \"zone\" in the mapping)");
        }
        return date.atStartOfDay(zone.get()).toInstant();
    }

    private static int autoUnit(String t) {
        int digits = t.length() - (t.charAt(0) == '-' || t.charAt(0) == '+' ? 1 : 0);
        if (digits > 18) {
            return MICROS;
        }
        long v = Math.abs(Long.parseLong(t));
        return v < AUTO_SECONDS_BELOW ? SECONDS : v < AUTO_MILLIS_BELOW ? MILLIS : MICROS;
    }

    private Instant epoch(String t, String text, int unit, long[] units) {
        String whole = t;
        long nanos = 0;
        int dot = t.indexOf('.');
        if (dot >= 0 && unit == SECONDS && kind == Kind.EPOCH_S) {
            whole = t.substring(0, dot);
            String frac = t.substring(dot + 1);
            if (frac.isEmpty() || frac.length() > 9 || !isInteger(frac) || frac.charAt(0) == '-'
                    || frac.charAt(0) == '+') {
                throw new DateTimeException("timestamp in epoch seconds must be a number with at most 9 decimals, "
                        + "was '" + text + "'");
            }
            nanos = Long.parseLong((frac + "000000000").substring(0, 9));
            if (whole.startsWith("-")) {
                nanos = -nanos;
            }
        }
        if (!isInteger(whole)) {
            throw new DateTimeException("timestamp in " + UNIT_NAMES[unit] + " must be a whole number, was '"
                    + text + "'");
        }
        long v;
        try {
            v = Long.parseLong(whole);
        } catch (NumberFormatException e) {
            throw new DateTimeException("timestamp in " + UNIT_NAMES[unit] + " must fit in 64 bits, was '"
                    + text + "'");
        }
        if (units != null) {
            units[unit]++;
        }
        return switch (unit) {
            case SECONDS -> Instant.ofEpochSecond(v, nanos);
            case MILLIS -> Instant.ofEpochMilli(v);
            default -> Instant.ofEpochSecond(Math.floorDiv(v, 1_000_000L), Math.floorMod(v, 1_000_000L) * 1000L);
        };
    }

    private Instant iso(String t, String text) {
        Instant fast = IsoTimestamp.parse(t);
        if (fast != null) {
            return fast;
        }
        String s = t.length() > 10 && t.charAt(10) == ' ' ? t.substring(0, 10) + 'T' + t.substring(11) : t;
        TemporalAccessor a;
        try {
            a = ISO_LOCAL.parse(s);
        } catch (DateTimeException e) {
            Instant other = isoVariant(t);
            if (other != null) {
                return other;
            }
            throw new DateTimeException("timestamp must be ISO-8601 with a UTC offset (2024-03-01T09:30:00Z, "
                    + "2024-03-01 09:30:00.5+01:00)" + (kind == Kind.AUTO ? " or epoch seconds, milliseconds or "
                    + "microseconds" : "") + ", or a local date and time with a zone, was '" + text + "'" + why(e)
                    + hint(t));
        }
        return resolve(a, text);
    }

    private Instant pattern(String t, String text) {
        TemporalAccessor a;
        try {
            a = pattern.parse(t);
        } catch (DateTimeException e) {
            throw new DateTimeException("timestamp must match the pattern '" + spec + "', was '" + text + "'"
                    + why(e));
        }
        return resolve(a, text);
    }

    private static final java.util.regex.Pattern SLASHED = java.util.regex.Pattern.compile(
            "(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?:[ T](\\d{1,2}):(\\d{2})(:\\d{2})?(\\.\\d+)?( ?[AaPp][Mm])?)?");

    /**
     * For a day-month-year shape that spreadsheets and CRMs write ({@code 6/1/2023 12:15 PM}, {@code 01.06.2023},
     * {@code 01-06-2023 12:15}), the pattern that reads it, so the message tells the user what to pass. The
     * order of day and month is told from a field above 12 when there is one; else both readings are offered.
     */
    static String hint(String t) {
        java.util.regex.Matcher m = SLASHED.matcher(t);
        if (!m.matches()) {
            return "";
        }
        String sep = m.group(2);
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        // Single letters read one or two digits, so one pattern covers 6/1 and 06/01 alike.
        String first = "d";
        String second = "d";
        String year = m.group(4).length() == 4 ? "yyyy" : "yy";
        String time = "";
        if (m.group(5) != null) {
            boolean ampm = m.group(9) != null;
            String hour = ampm ? "h" : "H";
            time = (t.indexOf('T') > 0 ? "'T'" : " ") + hour + ":mm" + (m.group(7) != null ? ":ss" : "")
                    + (m.group(8) != null ? "." + "S".repeat(m.group(8).length() - 1) : "")
                    + (ampm ? (m.group(9).startsWith(" ") ? " a" : "a") : "");
        }
        String dayFirst = first + sep + second.replace('d', 'M') + sep + year + time;
        String monthFirst = first.replace('d', 'M') + sep + second + sep + year + time;
        String give;
        if (a > 12 && b <= 12) {
            give = "'" + dayFirst + "'";
        } else if (b > 12 && a <= 12) {
            give = "'" + monthFirst + "'";
        } else {
            give = "'" + monthFirst + "' (month first, as in the US) or '" + dayFirst + "' (day first)";
        }
        return "; it looks like --timestamp-format " + give;
    }

    /** A strict parse names the impossible part (February 30, hour 24); a shape error says nothing more. */
    private static String why(DateTimeException e) {
        String m = e.getMessage();
        String mark = "could not be parsed: ";
        int at = m == null ? -1 : m.indexOf(mark);
        if (at >= 0 && m.indexOf("Invalid", at) >= 0) {
            return " (" + m.substring(at + mark.length()) + ")";
        }
        return "";
    }

    private Instant resolve(TemporalAccessor a, String text) {
        if (!a.isSupported(ChronoField.EPOCH_DAY)) {
            throw new DateTimeException("timestamp '" + text + "' has no full date");
        }
        LocalDate date = LocalDate.from(a);
        LocalDateTime local = a.isSupported(ChronoField.NANO_OF_DAY) ? LocalDateTime.of(date,
                java.time.LocalTime.ofNanoOfDay(a.getLong(ChronoField.NANO_OF_DAY))) : date.atStartOfDay();
        if (a.isSupported(ChronoField.OFFSET_SECONDS)) {
            return local.toInstant(ZoneOffset.ofTotalSeconds(a.get(ChronoField.OFFSET_SECONDS)));
        }
        if (zone.isEmpty()) {
            throw new DateTimeException("timestamp must state its UTC offset (Z or +01:00), was '" + text.strip()
                    + "'; for local times give their zone (--zone Europe/Paris, --zone UTC, or \"zone\" in the "
                    + "mapping)");
        }
        return local.atZone(zone.get()).toInstant();
    }

    private static boolean isInteger(String t) {
        int start = t.startsWith("-") || t.startsWith("+") ? 1 : 0;
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

    /** {@code yyyy} would need an era under strict resolving; users mean the proleptic year. */
    private static String properYears(String p) {
        StringBuilder sb = new StringBuilder(p.length());
        boolean quoted = false;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            sb.append(!quoted && c == 'y' ? 'u' : c);
        }
        return sb.toString();
    }

    /** The spec, and the zone if one is set: {@code dd-MM-yyyy HH:mm in Europe/Paris}. */
    @Override
    public String toString() {
        return spec + zone.map(z -> " in " + z).orElse("");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimestampFormat f && f.spec.equals(spec) && f.kind == kind && f.zone.equals(zone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, spec, zone);
    }
}
