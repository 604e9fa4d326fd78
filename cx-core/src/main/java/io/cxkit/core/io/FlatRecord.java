package io.cxkit.core.io;

import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * Flattens an {@link Interaction} into the flat schema's text values, the inverse of {@link RecordMapper}.
 * Shared by both writers so that JSON Lines and CSV carry the same values.
 */
final class FlatRecord {
    private FlatRecord() {
    }

    /**
     * The interaction's scalar values by {@link Field} ordinal; null where the schema field is absent.
     *
     * @throws IllegalArgumentException if the interaction holds two feedback answers of one kind, which the
     *         flat schema cannot carry, or a timestamp beyond the years ISO-8601 text can carry
     */
    static String[] values(Interaction i) {
        String[] v = new String[Field.all().length];
        v[Field.INTERACTION_ID.ordinal()] = i.id();
        v[Field.CUSTOMER_ID.ordinal()] = i.customerId().value();
        try {
            v[Field.TIMESTAMP.ordinal()] = Timestamps.format(i.timestamp());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("interaction " + i.id() + ": " + e.getMessage(), e);
        }
        v[Field.CHANNEL.ordinal()] = i.channel().name();
        v[Field.TOUCHPOINT.ordinal()] = i.touchpoint().id();
        i.touchpoint().stage().ifPresent(s -> v[Field.STAGE.ordinal()] = s.name());
        i.journeyId().ifPresent(s -> v[Field.JOURNEY_ID.ordinal()] = s);
        i.kind().ifPresent(s -> v[Field.KIND.ordinal()] = s);
        i.direction().ifPresent(d -> v[Field.DIRECTION.ordinal()] = d.wireName());
        v[Field.AUTOMATED.ordinal()] = Boolean.toString(i.automated());
        i.duration().ifPresent(d -> v[Field.DURATION_SECONDS.ordinal()] = seconds(d));
        i.outcome().ifPresent(o -> v[Field.OUTCOME.ordinal()] = o.name());
        i.value().ifPresent(m -> {
            v[Field.VALUE.ordinal()] = m.amount().toString();
            v[Field.CURRENCY.ordinal()] = m.currency().getCurrencyCode();
        });
        for (Feedback f : i.feedback()) {
            if (f instanceof Feedback.Nps n) {
                put(v, Field.NPS, i, Integer.toString(n.score()));
            } else if (f instanceof Feedback.Csat c) {
                put(v, Field.CSAT, i, Integer.toString(c.score()));
                v[Field.CSAT_SCALE.ordinal()] = Integer.toString(c.scale());
            } else if (f instanceof Feedback.Ces c) {
                put(v, Field.CES, i, Integer.toString(c.score()));
            } else if (f instanceof Feedback.Rating r) {
                put(v, Field.RATING, i, Integer.toString(r.score()));
                v[Field.RATING_SCALE.ordinal()] = Integer.toString(r.scale());
            } else if (f instanceof Feedback.Verbatim t) {
                put(v, Field.COMMENT, i, t.text());
            }
        }
        return v;
    }

    /** True for the fields JSON Lines writes as numbers rather than strings. */
    static boolean numeric(Field f) {
        return switch (f) {
            case DURATION_SECONDS, VALUE, NPS, CSAT, CSAT_SCALE, CES, RATING, RATING_SCALE -> true;
            default -> false;
        };
    }

    private static void put(String[] v, Field f, Interaction i, String value) {
        if (v[f.ordinal()] != null) {
            throw new IllegalArgumentException("interaction " + i.id() + " holds more than one " + f.wireName
                    + " answer; the flat schema holds at most one answer of each kind");
        }
        v[f.ordinal()] = value;
    }

    /** A duration as decimal seconds, exact to the nanosecond, with no trailing zeros. */
    static String seconds(Duration d) {
        BigDecimal s = BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9));
        return s.stripTrailingZeros().toPlainString();
    }
}
