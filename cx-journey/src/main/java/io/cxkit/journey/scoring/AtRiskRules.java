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
 *        score and the detractor rule (default 90 days)
 */
public record AtRiskRules(double scoreThreshold, int rollingJourneys, int unresolvedContacts,
        Duration unresolvedWindow, Duration longWait, Duration lookback) {

    /** The documented defaults. */
    public static final AtRiskRules DEFAULTS = new AtRiskRules(40, 3, 2, Duration.ofDays(30),
            Duration.ofMinutes(10), Duration.ofDays(90));

    /**
     * @param scoreThreshold alert when the rolling experience score is below this (default 40 of 100)
     * @param rollingJourneys how many of the customer's latest journeys the rolling score averages (default 3)
     * @param unresolvedContacts alert when at least this many contacts ended {@code unresolved} (default 2)
     * @param unresolvedWindow ... within this time before the evaluation instant (default 30 days)
     * @param longWait alert on a detractor answer in a journey in which the customer had waited at least this long at
     *        one interaction up to the answer (default 10 minutes)
     * @param lookback only journeys that ended within this time before the evaluation instant count for the rolling
     *        score and the detractor rule (default 90 days)
     * @throws IllegalArgumentException if the threshold is outside 0..100, a count is below 1 or a duration is
     *         negative or zero
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
    }

    private static void positive(String field, Duration d) {
        Objects.requireNonNull(d, () -> field + " must not be null");
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(field + " must be positive, was " + d);
        }
    }
}
