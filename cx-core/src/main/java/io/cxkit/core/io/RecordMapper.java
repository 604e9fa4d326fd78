package io.cxkit.core.io;

import io.cxkit.core.Channel;
import io.cxkit.core.CustomerId;
import io.cxkit.core.Direction;
import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.core.JourneyStage;
import io.cxkit.core.Money;
import io.cxkit.core.Outcome;
import io.cxkit.core.Touchpoint;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns one record's text values into an {@link Interaction}, or says which field is wrong and why. Shared by
 * the JSON Lines and CSV readers, so that both formats accept and reject exactly the same values.
 */
final class RecordMapper {
    /** Longest numeric text considered: longer is a data error, and parsing it would cost time for nothing. */
    static final int MAX_NUMBER_LENGTH = 64;
    /** Longest duration accepted, in seconds (about 317 years): beyond it a duration is a data error. */
    static final BigDecimal MAX_DURATION_SECONDS = new BigDecimal("1e10");
    private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);

    /**
     * ISO-8601 date-time with a UTC offset; the offset may be {@code Z}, {@code +01}, {@code +0100} or
     * {@code +01:00}. Seconds and fractions are optional.
     */
    private static final DateTimeFormatter OFFSET_DATE_TIME = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMMss", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);

    private RecordMapper() {
    }

    /**
     * The interaction the record describes.
     *
     * @param source the input's name, for the id of a record that has no {@code interaction_id}
     * @param line the record's line, for the same
     * @throws FieldRejection naming the first field at fault
     */
    static Interaction toInteraction(RawRecord r, String source, long line) throws FieldRejection {
        CustomerId customer = required(r, Field.CUSTOMER_ID, CustomerId::of);
        Instant ts = timestamp(required(r, Field.TIMESTAMP, s -> s));
        Channel channel = required(r, Field.CHANNEL, Channel::of);
        String touchpointId = required(r, Field.TOUCHPOINT, s -> s);
        Optional<JourneyStage> stage = optional(r, Field.STAGE, JourneyStage::of);
        Touchpoint touchpoint = convert(Field.TOUCHPOINT, touchpointId,
                s -> new Touchpoint(s, channel, stage));
        String id = present(r.get(Field.INTERACTION_ID)) ? r.get(Field.INTERACTION_ID) : generatedId(source, line);
        Interaction.Builder b;
        try {
            b = Interaction.builder(id, customer, touchpoint, ts);
        } catch (IllegalArgumentException e) {
            throw new FieldRejection(Field.INTERACTION_ID.wireName, id, e.getMessage());
        }
        Optional<String> journey = optional(r, Field.JOURNEY_ID, s -> s);
        journey.ifPresent(b::journeyId);
        optional(r, Field.KIND, s -> s).ifPresent(b::kind);
        optional(r, Field.DIRECTION, Direction::parse).ifPresent(b::direction);
        optional(r, Field.AUTOMATED, RecordMapper::bool).ifPresent(b::automated);
        optional(r, Field.DURATION_SECONDS, RecordMapper::duration).ifPresent(b::duration);
        optional(r, Field.OUTCOME, Outcome::of).ifPresent(b::outcome);
        Optional<BigDecimal> amount = optional(r, Field.VALUE, s -> decimal(Field.VALUE, s));
        if (amount.isPresent()) {
            java.util.Currency currency = optional(r, Field.CURRENCY, Money::currency).orElse(Money.NO_CURRENCY);
            b.value(convert(Field.VALUE, r.get(Field.VALUE), s -> new Money(amount.get(), currency)));
        } else {
            // A currency qualifies a value; on a row without one it says nothing, but it must still be valid.
            optional(r, Field.CURRENCY, Money::currency);
        }
        feedback(r, b);
        attributes(r.attributes, Field.ATTRIBUTE_PREFIX, b, false);
        attributes(r.identifiers, Field.IDENTIFIER_PREFIX, b, true);
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new FieldRejection(Rejection.RECORD, "", e.getMessage());
        }
    }

    private static void feedback(RawRecord r, Interaction.Builder b) throws FieldRejection {
        Optional<Integer> nps = optional(r, Field.NPS, s -> integer(Field.NPS, s));
        if (nps.isPresent()) {
            b.feedback(convert(Field.NPS, r.get(Field.NPS), s -> new Feedback.Nps(nps.get())));
        }
        Optional<Integer> csatScale = optional(r, Field.CSAT_SCALE, s -> integer(Field.CSAT_SCALE, s));
        Optional<Integer> csat = optional(r, Field.CSAT, s -> integer(Field.CSAT, s));
        if (csat.isPresent()) {
            int scale = csatScale.orElse(Feedback.Csat.DEFAULT_SCALE);
            String field = csatScale.isPresent() && (scale < 2 || scale > 10) ? Field.CSAT_SCALE.wireName
                    : Field.CSAT.wireName;
            String value = field.equals(Field.CSAT.wireName) ? r.get(Field.CSAT) : r.get(Field.CSAT_SCALE);
            try {
                b.feedback(new Feedback.Csat(csat.get(), scale));
            } catch (IllegalArgumentException e) {
                throw new FieldRejection(field, value, e.getMessage());
            }
        }
        Optional<Integer> ces = optional(r, Field.CES, s -> integer(Field.CES, s));
        if (ces.isPresent()) {
            b.feedback(convert(Field.CES, r.get(Field.CES), s -> new Feedback.Ces(ces.get())));
        }
        Optional<Integer> ratingScale = optional(r, Field.RATING_SCALE, s -> integer(Field.RATING_SCALE, s));
        Optional<Integer> rating = optional(r, Field.RATING, s -> integer(Field.RATING, s));
        if (rating.isPresent()) {
            int scale = ratingScale.orElse(DEFAULT_RATING_SCALE);
            String field = ratingScale.isPresent() && (scale < 2 || scale > 100) ? Field.RATING_SCALE.wireName
                    : Field.RATING.wireName;
            String value = field.equals(Field.RATING.wireName) ? r.get(Field.RATING) : r.get(Field.RATING_SCALE);
            try {
                b.feedback(new Feedback.Rating(rating.get(), scale));
            } catch (IllegalArgumentException e) {
                throw new FieldRejection(field, value, e.getMessage());
            }
        }
        String comment = r.get(Field.COMMENT);
        if (present(comment)) {
            b.feedback(convert(Field.COMMENT, comment, Feedback.Verbatim::new));
        }
    }

    /** The rating scale assumed when a record gives a rating without a scale: five stars. */
    static final int DEFAULT_RATING_SCALE = 5;

    private static void attributes(Map<String, String> values, String prefix, Interaction.Builder b,
            boolean identifiers) throws FieldRejection {
        for (Map.Entry<String, String> e : values.entrySet()) {
            String name = e.getKey();
            String v = e.getValue();
            if (!present(v)) {
                continue;
            }
            if (name.isBlank()) {
                throw new FieldRejection(prefix, v, (identifiers ? "identifier types" : "attribute names")
                        + " must not be blank");
            }
            if (identifiers) {
                b.identifier(name, v);
            } else {
                b.attribute(name, v);
            }
        }
    }

    /**
     * The id of a record that has none: {@code NAME:LINE}, where NAME is the last path segment of the source,
     * so the same file gives the same ids wherever it lies. A name that would make the id too long or that
     * holds control characters is replaced by a hash of it.
     */
    static String generatedId(String source, long line) {
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        String name = source.substring(slash + 1);
        boolean usable = !name.isBlank() && name.length() <= 150 && name.strip().equals(name);
        for (int i = 0; usable && i < name.length(); i++) {
            usable = !Character.isISOControl(name.charAt(i));
        }
        if (!usable) {
            name = String.format("%08x", source.hashCode());
        }
        return name + ":" + line;
    }

    /** Parses a timestamp: ISO-8601 with an offset ('T' or a space before the time) or epoch milliseconds. */
    static Instant timestamp(String s) throws FieldRejection {
        String t = s.strip();
        if (isEpochMillis(t)) {
            try {
                return Instant.ofEpochMilli(Long.parseLong(t));
            } catch (NumberFormatException e) {
                throw new FieldRejection(Field.TIMESTAMP.wireName, s,
                        "timestamp in epoch milliseconds must fit in 64 bits, was '" + s + "'");
            }
        }
        if (t.length() > 10 && t.charAt(10) == ' ') {
            t = t.substring(0, 10) + 'T' + t.substring(11);
        }
        try {
            return OffsetDateTime.parse(t, OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeException e) {
            String reason = "timestamp must be ISO-8601 with a UTC offset (2024-03-01T09:30:00Z, "
                    + "2024-03-01 09:30:00.5+01:00) or epoch milliseconds, was '" + s + "'";
            if (hasNoOffset(t)) {
                reason = "timestamp must state its UTC offset (Z or +01:00), was '" + s + "'";
            }
            throw new FieldRejection(Field.TIMESTAMP.wireName, s, reason);
        }
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

    private static boolean bool(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("automated must be true or false, was '" + s + "'");
        };
    }

    private static Duration duration(String s) {
        BigDecimal secs = decimal(Field.DURATION_SECONDS, s);
        if (secs.signum() < 0) {
            throw new IllegalArgumentException("duration_seconds must not be negative, was " + s.strip());
        }
        if (secs.compareTo(MAX_DURATION_SECONDS) > 0) {
            throw new IllegalArgumentException("duration_seconds must be at most 1e10, was " + s.strip());
        }
        BigDecimal nanos = secs.remainder(BigDecimal.ONE).multiply(NANOS_PER_SECOND);
        if (nanos.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("duration_seconds must have at most 9 decimals, was " + s.strip());
        }
        return Duration.ofSeconds(secs.longValue(), nanos.longValueExact());
    }

    private static BigDecimal decimal(Field f, String s) {
        String t = s.strip();
        if (t.length() > MAX_NUMBER_LENGTH) {
            throw new IllegalArgumentException(f.wireName + " must be a decimal number of at most "
                    + MAX_NUMBER_LENGTH + " characters, was " + t.length() + " characters long");
        }
        BigDecimal d;
        try {
            d = new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(f.wireName + " must be a decimal number, was '" + s + "'");
        }
        // An exponent like 1e999999999 is a valid BigDecimal; refuse it before anything expands it.
        if (d.signum() != 0 && (d.precision() - d.scale() > 20 || d.scale() > 20)) {
            throw new IllegalArgumentException(f.wireName + " is out of range, was '" + t + "'");
        }
        return d;
    }

    private static int integer(Field f, String s) {
        String t = s.strip();
        try {
            if (t.length() <= 11) {
                return Integer.parseInt(t);
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException(f.wireName + " must be a whole number, was '" + s + "'");
    }

    static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static <T> T required(RawRecord r, Field f, Conversion<T> c) throws FieldRejection {
        String v = r.get(f);
        if (!present(v)) {
            throw new FieldRejection(f.wireName, v == null ? "" : v, f.wireName + " is required");
        }
        return convert(f, v, c);
    }

    private static <T> Optional<T> optional(RawRecord r, Field f, Conversion<T> c) throws FieldRejection {
        String v = r.get(f);
        return present(v) ? Optional.of(convert(f, v, c)) : Optional.empty();
    }

    private static <T> T convert(Field f, String v, Conversion<T> c) throws FieldRejection {
        try {
            return c.apply(v);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new FieldRejection(f.wireName, v, e.getMessage());
        }
    }

    /** A conversion of text that may throw a FieldRejection of its own. */
    @FunctionalInterface
    private interface Conversion<T> {
        T apply(String s) throws FieldRejection;
    }
}
