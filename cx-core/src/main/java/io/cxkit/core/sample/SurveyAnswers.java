package io.cxkit.core.sample;

import io.cxkit.core.Feedback;
import java.util.SplittableRandom;

/**
 * Turns how an experience went into survey answers. An experience is a latent score, about 0 for an ordinary
 * one, positive when it went well and below −1 when it went badly (slow, unresolved, repeated). Each scale is a
 * noisy, rounded, clamped linear function of it, centred so that ordinary experiences give realistic
 * distributions: NPS around +20, CSAT top-box around 75 %, CES around 5.3 of 7.
 */
final class SurveyAnswers {
    private SurveyAnswers() {
    }

    static Feedback.Nps nps(SplittableRandom r, double experience) {
        return new Feedback.Nps(Draws.clampRound(8.0 + 1.5 * experience + 1.2 * Draws.normal(r), 0, 10));
    }

    static Feedback.Csat csat(SplittableRandom r, double experience) {
        return new Feedback.Csat(Draws.clampRound(4.0 + 0.9 * experience + 0.6 * Draws.normal(r), 1, 5),
                Feedback.Csat.DEFAULT_SCALE);
    }

    /** CES 2.0, 7 = "it was easy"; driven by effort rather than by the outcome alone. */
    static Feedback.Ces ces(SplittableRandom r, double effort) {
        return new Feedback.Ces(Draws.clampRound(5.4 + 1.0 * effort + 0.8 * Draws.normal(r), 1, 7));
    }

    static Feedback.Rating stars(SplittableRandom r, double experience) {
        return new Feedback.Rating(Draws.clampRound(4.0 + 1.0 * experience + 0.7 * Draws.normal(r), 1, 5), 5);
    }

    /** −1 (negative), 0 (neutral) or +1 (positive), from an answer on a 1..5 scale. */
    static int toneOfFive(int score) {
        return score <= 2 ? -1 : score == 3 ? 0 : 1;
    }

    /** −1 (detractor), 0 (passive) or +1 (promoter), from an NPS answer. */
    static int toneOfNps(int score) {
        return score <= 6 ? -1 : score <= 8 ? 0 : 1;
    }
}
