package io.cxkit.journey.scoring;

import io.cxkit.core.Feedback;
import io.cxkit.metrics.survey.NpsBreaks;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How good or bad one feedback answer is, on a common scale, and whether it is a detractor answer.
 *
 * <p>Valence maps each answer linearly onto [−1, +1], the worst answer to −1 and the best to +1:
 * <ul>
 *   <li>NPS 0..10: {@code (score − 5) / 5};</li>
 *   <li>CSAT and ratings on 1..k: {@code 2·(score − 1)/(k − 1) − 1};</li>
 *   <li>CES 2.0 on 1..7 (7 = "strongly agree that it was easy"): {@code (score − 4) / 3}.</li>
 * </ul>
 * A verbatim has no valence here: its tone needs a text scorer, which the journey scoring takes as a
 * {@link CommentValence} ({@link ExperienceScorer#valence}).
 *
 * <p>A detractor answer is an NPS detractor (0–6, Reichheld 2003), a CSAT or rating in the bottom two boxes of a
 * five-point scale, that is {@code score ≤ 0.4·k}, or a CES of 3 or lower (disagreeing that it was easy).
 */
public final class FeedbackValence {
    private FeedbackValence() {
    }

    /**
     * The answer's valence in [−1, +1], or empty for a verbatim.
     *
     * @param f the feedback
     * @return the answer's valence in [−1, +1], or empty for a verbatim
     * @throws NullPointerException if the answer is null
     */
    public static OptionalDouble of(Feedback f) {
        Objects.requireNonNull(f, "feedback must not be null");
        if (f instanceof Feedback.Nps n) {
            return OptionalDouble.of((n.score() - 5) / 5.0);
        }
        if (f instanceof Feedback.Csat c) {
            return OptionalDouble.of(onScale(c.score(), c.scale()));
        }
        if (f instanceof Feedback.Rating r) {
            return OptionalDouble.of(onScale(r.score(), r.scale()));
        }
        if (f instanceof Feedback.Ces c) {
            return OptionalDouble.of((c.score() - 4) / 3.0);
        }
        return OptionalDouble.empty();
    }

    /**
     * True for a detractor answer, as defined above; false for a verbatim.
     *
     * @param f the feedback
     * @return true for a detractor answer, as defined above; false for a verbatim
     * @throws NullPointerException if the answer is null
     */
    public static boolean isDetractor(Feedback f) {
        Objects.requireNonNull(f, "feedback must not be null");
        if (f instanceof Feedback.Nps n) {
            return NpsBreaks.STANDARD.isDetractor(n.score());
        }
        if (f instanceof Feedback.Csat c) {
            return c.score() <= 0.4 * c.scale();
        }
        if (f instanceof Feedback.Rating r) {
            return r.score() <= 0.4 * r.scale();
        }
        if (f instanceof Feedback.Ces c) {
            return c.score() <= 3;
        }
        return false;
    }

    /**
     * True if the answer has a valence (it is not a verbatim).
     *
     * @param f the feedback
     * @return true if the answer has a valence (it is not a verbatim)
     */
    public static boolean isScored(Feedback f) {
        return !(f instanceof Feedback.Verbatim);
    }

    private static double onScale(int score, int scale) {
        return 2.0 * (score - 1) / (scale - 1) - 1;
    }
}
