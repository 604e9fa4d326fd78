package io.cxkit.text;

import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.metrics.survey.NpsBreaks;

/**
 * The side of a verbatim in a detractor-against-promoter comparison, from the interaction's first score:
 * NPS 0–6 detractor, 9–10 promoter; CSAT or rating at most 40% of the scale low (a detractor), in the top
 * two boxes high (a promoter); anything else neither.
 */
public enum Segment {
    /** NPS 0–6, or a low CSAT or rating. */
    DETRACTOR,
    /** NPS 9–10, or a CSAT or rating in the top two boxes. */
    PROMOTER,
    /** A passive, a middle score, or no score. */
    NEITHER;

    /**
     * The segment of an interaction's first NPS, CSAT or rating answer.
     *
     * @param interaction the interaction whose answers are looked at
     * @return the segment of an interaction's first NPS, CSAT or rating answer
     */
    public static Segment of(Interaction interaction) {
        for (Feedback f : interaction.feedback()) {
            if (f instanceof Feedback.Nps n) {
                return NpsBreaks.STANDARD.isDetractor(n.score()) ? DETRACTOR
                        : NpsBreaks.STANDARD.isPromoter(n.score()) ? PROMOTER : NEITHER;
            }
            if (f instanceof Feedback.Csat c) {
                return of(c.score(), c.scale());
            }
            if (f instanceof Feedback.Rating r) {
                return of(r.score(), r.scale());
            }
        }
        return NEITHER;
    }

    private static Segment of(int score, int scale) {
        if (score >= scale - 1) {
            return PROMOTER;
        }
        return score <= 0.4 * scale ? DETRACTOR : NEITHER;
    }
}
