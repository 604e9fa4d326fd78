package io.cxkit.metrics.drivers;

import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.metrics.survey.NpsBreaks;
import java.util.Locale;
import java.util.Objects;

/**
 * A numeric answer read from an interaction, for key-driver analysis and measured change: {@code nps} (the
 * 0–10 score), {@code csat} (the score on its scale), {@code ces} (1–7), {@code rating}, or {@code attr.NAME}
 * (an attribute holding a number, such as a question rating {@code attr.q_speed}). Per-answer metric scores are
 * available as {@code nps.score} (+1 promoter, 0 passive, −1 detractor: its mean is the NPS),
 * {@code csat.top} (1 satisfied on the default top-box mapping, else 0) and {@code ces.score}.
 *
 * @param name the field's name as given
 */
public record AnswerField(String name) {
    /**
     * @param name the field, one of the forms above (case is ignored; surrounding blanks are dropped)
     * @throws IllegalArgumentException if the name is not one of the forms above
     */
    public AnswerField {
        Objects.requireNonNull(name, "name");
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (!(n.startsWith("attr.") && n.length() > 5) && !java.util.Set.of("nps", "csat", "ces", "rating",
                "nps.score", "csat.top", "ces.score").contains(n)) {
            throw new IllegalArgumentException("unknown answer field '" + name + "': use nps, csat, ces, rating, "
                    + "nps.score, csat.top, ces.score or attr.NAME");
        }
        name = name.strip();
    }

    /**
     * The interaction's value, or NaN when it has none.
     *
     * @param i the interaction to read
     * @return the field's value; NaN when the interaction has no such answer or attribute, or the attribute is blank
     * @throws IllegalArgumentException if an attribute holds something other than a finite number, naming the
     *         interaction, the field and the value
     */
    public double valueOf(Interaction i) {
        String n = name.toLowerCase(Locale.ROOT);
        switch (n) {
            case "nps":
                return i.feedback(Feedback.Nps.class).map(f -> (double) f.score()).orElse(Double.NaN);
            case "nps.score":
                // The answer carries no scale of its own, so the standard 0-10 breaks apply (NpsBreaks holds the
                // one definition of the categories).
                return i.feedback(Feedback.Nps.class).map(f -> NpsBreaks.STANDARD.isPromoter(f.score()) ? 1.0
                        : NpsBreaks.STANDARD.isDetractor(f.score()) ? -1.0 : 0.0).orElse(Double.NaN);
            case "csat":
                return i.feedback(Feedback.Csat.class).map(f -> (double) f.score()).orElse(Double.NaN);
            case "csat.top":
                return i.feedback(Feedback.Csat.class).map(f -> f.score()
                        >= io.cxkit.metrics.survey.CsatMapping.DEFAULT.lowestSatisfied(f.scale()) ? 1.0 : 0.0)
                        .orElse(Double.NaN);
            case "ces":
            case "ces.score":
                return i.feedback(Feedback.Ces.class).map(f -> (double) f.score()).orElse(Double.NaN);
            case "rating":
                return i.feedback(Feedback.Rating.class).map(f -> (double) f.score()).orElse(Double.NaN);
            default:
                String key = name.substring(5);
                String v = i.attributes().get(key);
                if (v == null || v.isBlank()) {
                    return Double.NaN;
                }
                try {
                    double d = Double.parseDouble(v.strip());
                    if (Double.isFinite(d)) {
                        return d;
                    }
                } catch (NumberFormatException e) {
                    // fall through to the message below
                }
                throw new IllegalArgumentException("interaction " + i.id() + ", field " + name + ": '" + v
                        + "' is not a number");
        }
    }
}
