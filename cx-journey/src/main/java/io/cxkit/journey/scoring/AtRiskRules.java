package io.cxkit.journey.scoring;

import java.time.Duration;
import java.util.Objects;

/**
 * The rules of {@link AtRiskDetector}; {@link #DEFAULTS} are given per component.
 *
 * @param scoreThreshold alert when the rolling experience score is below this (default 40 of 100)
 * @param rollingJourneys how many of the customer's latest journeys the rolling score averages (default 3)
 * @param unresolvedContacts alert when at least this many contacts ended {@code unresolved} (default 2)
 * @param unresolvedWindow ... within this time before the evaluation instant (default 30 days)
 * @param longWait alert on a detractor answer in a journey in which the customer had waited at least this long
 *        at one interaction up to the answer (default 10 minutes)
 * @param lookback only journeys that ended within this time before the evaluation instant count for the rolling
 *        score, the detractor rule and the comment rule (default 90 days)
 * @param negativeComment alert on a comment whose valence ({@link ExperienceScorer#comments()}, VADER's compound
 *        when cx-text is plugged in) is at or below this, in [−1, −0.05] (default −0.5: "strongly negative", the
 *        cut at which cx-text's reply guidance asks to acknowledge and apologise; at VADER's own −0.05 a mild
 *        "I waited a bit." would raise an alert). The rule needs a comment valence: with
 *        {@link CommentValence#NONE} it never fires.
 */
public record AtRiskRules(double scoreThreshold, int rollingJourneys, int unresolvedContacts,
        Duration unresolvedWindow, Duration longWait, Duration lookback, double negativeComment) {

    /** The default comment threshold: −0.5. */
    public static final double DEFAULT_NEGATIVE_COMMENT = -0.5;

    /** The documented defaults. */
    public static final AtRiskRules DEFAULTS = new AtRiskRules(40, 3, 2, Duration.ofDays(30),
            Duration.ofMinutes(10), Duration.ofDays(90), DEFAULT_NEGATIVE_COMMENT);

    /**
     * The rules with the {@linkplain #DEFAULT_NEGATIVE_COMMENT default comment threshold}.
     *
     * @param scoreThreshold alert when the rolling experience score is below this, within 0..100
     * @param rollingJourneys how many of the customer's latest journeys the rolling score averages, at least 1
     * @param unresolvedContacts alert when at least this many contacts ended {@code unresolved}, at least 1
     * @param unresolvedWindow ... within this time before the evaluation instant; positive
     * @param longWait alert on a detractor answer after a wait at least this long; positive
     * @param lookback only journeys that ended within this time before the evaluation instant count; positive
     * @throws IllegalArgumentException as the canonical constructor
     * @throws NullPointerException if a duration is null
     */
    public AtRiskRules(double scoreThreshold, int rollingJourneys, int unresolvedContacts,
            Duration unresolvedWindow, Duration longWait, Duration lookback) {
        this(scoreThreshold, rollingJourneys, unresolvedContacts, unresolvedWindow, longWait, lookback,
                DEFAULT_NEGATIVE_COMMENT);
    }

    /**
     * @param scoreThreshold alert when the rolling experience score is below this (default 40 of 100)
     * @param rollingJourneys how many of the customer's latest journeys the rolling score averages (default 3)
     * @param unresolvedContacts alert when at least this many contacts ended {@code unresolved} (default 2)
     * @param unresolvedWindow ... within this time before the evaluation instant (default 30 days)
     * @param longWait alert on a detractor answer in a journey in which the customer had waited at least this long at
     *        one interaction up to the answer (default 10 minutes)
     * @param lookback only journeys that ended within this time before the evaluation instant count for the rolling
     *        score and the detractor rule (default 90 days)
     * @param negativeComment alert on a comment whose valence is at most this (default −0.5)
     * @throws IllegalArgumentException if the threshold is outside 0..100, a count is below 1, a duration is
     *         negative or zero, or the comment threshold is outside −1..−0.05
     * @throws NullPointerException if a duration is null
     */
    public AtRiskRules {
        if (!(scoreThreshold >= 0 && scoreThreshold <= 100)) {
            throw new IllegalArgumentException("scoreThreshold must be within 0..100, was " + scoreThreshold);
        }
        if (rollingJourneys < 1) {
            throw new IllegalArgumentException("rollingJourneys must be at least 1, was " + rollingJourneys);
        }
        if (unresolvedContacts < 1) {
            throw new IllegalArgumentException("unresolvedContacts must be at least 1, was " + unresolvedContacts);
        }
        positive("unresolvedWindow", unresolvedWindow);
        positive("longWait", longWait);
        positive("lookback", lookback);
        if (!(negativeComment >= -1 && negativeComment <= CommentValence.NEGATIVE)) {
            throw new IllegalArgumentException("negativeComment must be within -1..-0.05, was " + negativeComment);
        }
    }

    /**
     * These rules with another comment threshold (see {@link #negativeComment()}).
     *
     * @param threshold the comment valence at or below which the comment rule fires, within −1..−0.05
     * @return a copy of these rules with that threshold
     * @throws IllegalArgumentException if the threshold is outside −1..−0.05
     */
    public AtRiskRules withNegativeComment(double threshold) {
        return new AtRiskRules(scoreThreshold, rollingJourneys, unresolvedContacts, unresolvedWindow, longWait,
                lookback, threshold);
    }

    private static void positive(String field, Duration d) {
        Objects.requireNonNull(d, () -> field + " must not be null");
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(field + " must be positive, was " + d);
        }
    }
}
