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
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
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
        return toInteraction(r, null, source, line);
    }

    /**
     * As {@link #toInteraction(RawRecord, String, long)}, with the timestamp already parsed (by a tabular
     * source's column format), or null to parse the record's own.
     *
     * @throws FieldRejection naming the first field at fault
     */
    static Interaction toInteraction(RawRecord r, Instant parsed, String source, long line) throws FieldRejection {
        Optional<CustomerId> named = optional(r, Field.CUSTOMER_ID, CustomerId::of);
        if (named.isEmpty() && !hasIdentifier(r.identifiers)) {
            String v = r.get(Field.CUSTOMER_ID);
            throw new FieldRejection(Field.CUSTOMER_ID.wireName, v == null ? "" : v, Field.CUSTOMER_ID.wireName
                    + " is required unless the record carries an identifier (a CSV id.TYPE column or a JSON "
                    + "identifiers object)");
        }
        Instant ts = parsed != null ? parsed : timestamp(required(r, Field.TIMESTAMP, s -> s));
        Channel channel = required(r, Field.CHANNEL, Channel::of);
        String touchpointId = required(r, Field.TOUCHPOINT, s -> s);
        Optional<JourneyStage> stage = optional(r, Field.STAGE, JourneyStage::of);
        Touchpoint touchpoint = convert(Field.TOUCHPOINT, touchpointId, s -> new Touchpoint(s, channel, stage));
        String id = present(r.get(Field.INTERACTION_ID)) ? r.get(Field.INTERACTION_ID) : generatedId(source, line);
        // A record known only by its identifiers is its own customer until stitching names it.
        CustomerId customer = named.isPresent() ? named.get()
                : convert(Field.INTERACTION_ID, id, CustomerId::unresolved);
        Optional<String> journey = optional(r, Field.JOURNEY_ID, s -> s);
        Optional<String> kind = optional(r, Field.KIND, s -> s);
        Optional<Direction> direction = optional(r, Field.DIRECTION, Direction::parse);
        boolean automated = optional(r, Field.AUTOMATED, RecordMapper::bool).orElse(Boolean.FALSE);
        Optional<Duration> duration = optional(r, Field.DURATION_SECONDS, RecordMapper::duration);
        Optional<Outcome> outcome = optional(r, Field.OUTCOME, Outcome::of);
        Optional<Money> value = money(r);
        List<Feedback> feedback = feedback(r);
        Map<String, String> attributes = attributes(r.attributes, Field.ATTRIBUTES);
        Map<String, String> identifiers = attributes(r.identifiers, Field.IDENTIFIERS);
        String idField = Field.INTERACTION_ID.wireName;
        try {
            // The canonical constructor copies the maps and the list; the builder would copy them twice.
            return new Interaction(id, customer, touchpoint, ts, journey, kind, direction, automated, duration,
                    outcome, value, feedback, attributes, identifiers);
        } catch (IllegalArgumentException e) {
            String field = e.getMessage() != null && e.getMessage().startsWith(idField) ? idField : Rejection.RECORD;
            throw new FieldRejection(field, field.equals(idField) ? id : "", e.getMessage());
        }
    }

    /** True if some identifier has a value: such a record may leave {@code customer_id} empty. */
    private static boolean hasIdentifier(Map<String, String> identifiers) {
        for (String v : identifiers.values()) {
            if (present(v)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Money> money(RawRecord r) throws FieldRejection {
        Optional<BigDecimal> amount = optional(r, Field.VALUE, s -> decimal(Field.VALUE, s));
        // A currency qualifies a value; on a row without one it says nothing, but it must still be valid.
        Optional<Currency> currency = optional(r, Field.CURRENCY, Money::currency);
        if (amount.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(convert(Field.VALUE, r.get(Field.VALUE),
                s -> new Money(amount.get(), currency.orElse(Money.NO_CURRENCY))));
    }

    private static List<Feedback> feedback(RawRecord r) throws FieldRejection {
        List<Feedback> out = new ArrayList<>(4);
        if (present(r.get(Field.NPS))) {
            int nps = score(r, Field.NPS);
            out.add(convert(Field.NPS, r.get(Field.NPS), s -> new Feedback.Nps(nps)));
        }
        scaled(r, Field.CSAT, Field.CSAT_SCALE, Feedback.Csat.DEFAULT_SCALE, 10, Feedback.Csat::new, out);
        if (present(r.get(Field.CES))) {
            int ces = score(r, Field.CES);
            out.add(convert(Field.CES, r.get(Field.CES), s -> new Feedback.Ces(ces)));
        }
        scaled(r, Field.RATING, Field.RATING_SCALE, DEFAULT_RATING_SCALE, 100, Feedback.Rating::new, out);
        String comment = r.get(Field.COMMENT);
        if (present(comment)) {
            out.add(convert(Field.COMMENT, comment, Feedback.Verbatim::new));
        }
        return out;
    }

    /**
     * Adds an answer on a stated scale (csat, rating). When both are bad, the scale is blamed first, since the
     * score's range depends on it.
     */
    private static void scaled(RawRecord r, Field scoreField, Field scaleField, int defaultScale, int maxScale,
            ScaledAnswer answer, List<Feedback> out) throws FieldRejection {
        if (!present(r.get(scoreField))) {
            return;
        }
        int score = score(r, scoreField);
        boolean stated = present(r.get(scaleField));
        int scale = stated ? score(r, scaleField) : defaultScale;
        Field blamed = stated && (scale < 2 || scale > maxScale) ? scaleField : scoreField;
        out.add(convert(blamed, r.get(blamed), s -> answer.of(score, scale)));
    }

    /** Makes an answer of a score on a scale. */
    @FunctionalInterface
    private interface ScaledAnswer {
        Feedback of(int score, int scale);
    }

    private static int score(RawRecord r, Field f) throws FieldRejection {
        return convert(f, r.get(f), s -> integer(f, s));
    }

    /** The rating scale assumed when a record gives a rating without a scale: five stars. */
    static final int DEFAULT_RATING_SCALE = 5;

    /**
     * The attributes or identifiers of a record: an empty value is the same as none. The map is handed on
     * as it is when it can be, since the record constructor copies it anyway.
     */
    private static Map<String, String> attributes(Map<String, String> raw, String field) throws FieldRejection {
        if (raw.isEmpty()) {
            return Map.of();
        }
        boolean allPresent = true;
        for (Map.Entry<String, String> e : raw.entrySet()) {
            if (e.getKey().isBlank()) {
                throw new FieldRejection(field, e.getValue(), field + " names must not be blank, was '"
                        + e.getKey() + "'");
            }
            allPresent &= !e.getValue().isEmpty();
        }
        if (allPresent) {
            return raw;
        }
        Map<String, String> present = new HashMap<>();
        raw.forEach((k, v) -> {
            if (!v.isEmpty()) {
                present.put(k, v);
            }
        });
        return present;
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

    /** Parses a timestamp as {@link Timestamps#parse(String)} does, naming the field when it fails. */
    static Instant timestamp(String s) throws FieldRejection {
        try {
            return Timestamps.parse(s);
        } catch (DateTimeException e) {
            throw new FieldRejection(Field.TIMESTAMP.wireName, s, e.getMessage());
        }
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

    /**
     * A whole number in ASCII digits; a zero fraction ({@code 3.0}, {@code 10.00}, as pandas writes integer columns
     * with missing values) is allowed. Full-width and other non-ASCII digits are refused, not converted.
     */
    static int integer(Field f, String s) {
        String t = s.strip();
        int n = t.length();
        int i = t.startsWith("-") || t.startsWith("+") ? 1 : 0;
        long v = 0;
        int digits = 0;
        for (; i < n && digits <= 10; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                break;
            }
            v = v * 10 + (c - '0');
            digits++;
        }
        boolean ok = digits > 0 && digits <= 10;
        if (ok && i < n) {
            ok = t.charAt(i) == '.' && i + 1 < n;
            for (i++; ok && i < n; i++) {
                ok = t.charAt(i) == '0';
            }
        }
        if (ok) {
            long signed = t.startsWith("-") ? -v : v;
            if (signed >= Integer.MIN_VALUE && signed <= Integer.MAX_VALUE) {
                return (int) signed;
            }
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
