package io.cxkit.journey.scoring;

import java.util.Objects;
import java.util.Optional;

/**
 * A touchpoint or a transition, with the three measures pain points are ranked by (see {@link PainPoints}).
 * Rates whose denominator is 0 are NaN.
 *
 * @param kind a touchpoint or a transition
 * @param from the touchpoint, or the transition's source
 * @param to the transition's target; empty for a touchpoint
 * @param journeys the journeys through it (each counted once)
 * @param dropOffs of those, the journeys that ended right there without a successful outcome
 * @param dropOffRate {@code dropOffs / journeys}
 * @param feedbackJourneys the journeys through it with at least one scored answer
 * @param detractorJourneys of those, the journeys whose last scored answer is a detractor answer
 * @param detractorRate {@code detractorJourneys / feedbackJourneys}
 * @param detractorLift {@code detractorRate} divided by the detractor rate of all journeys with feedback
 * @param pValue two-sided p-value of the two-proportion z-test of the detractor rate of journeys through it
 *        against journeys not through it; NaN when either group has no feedback
 * @param significant {@code pValue} is below the analysis's significance level
 * @param timeLostSeconds the customer time lost there, in seconds: for a touchpoint, the waiting time plus
 *        the handle time of each visit; for a transition, the time between its two interactions
 * @param meanTimeLostSeconds {@code timeLostSeconds} per occurrence
 */
public record PainPoint(Kind kind, String from, Optional<String> to, long journeys, long dropOffs,
        double dropOffRate, long feedbackJourneys, long detractorJourneys, double detractorRate,
        double detractorLift, double pValue, boolean significant, double timeLostSeconds,
        double meanTimeLostSeconds) {

    /** What a pain point is. */
    public enum Kind {
        /** One touchpoint (or whatever the analysis keys interactions by). */
        TOUCHPOINT,
        /** Two consecutive touchpoints in a journey. */
        TRANSITION
    }

    /**
     * @param kind a touchpoint or a transition
     * @param from the touchpoint, or the transition's source
     * @param to the transition's target; empty for a touchpoint
     * @param journeys the journeys through it (each counted once)
     * @param dropOffs of those, the journeys that ended right there without a successful outcome
     * @param dropOffRate {@code dropOffs / journeys}
     * @param feedbackJourneys the journeys through it with at least one scored answer
     * @param detractorJourneys of those, the journeys whose last scored answer is a detractor answer
     * @param detractorRate {@code detractorJourneys / feedbackJourneys}
     * @param detractorLift {@code detractorRate} divided by the detractor rate of all journeys with feedback
     * @param pValue two-sided p-value of the two-proportion z-test of the detractor rate of journeys through it against
     *        journeys not through it; NaN when either group has no feedback
     * @param significant {@code pValue} is below the analysis's significance level
     * @param timeLostSeconds the customer time lost there, in seconds: for a touchpoint, the waiting time plus the
     *        handle time of each visit; for a transition, the time between its two interactions
     * @param meanTimeLostSeconds {@code timeLostSeconds} per occurrence
     * @throws NullPointerException if a component is null
     */
    public PainPoint {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
    }

    /**
     * {@code from} for a touchpoint, {@code from -> to} for a transition.
     *
     * @return {@code from} for a touchpoint, {@code from -> to} for a transition
     */
    public String label() {
        return to.map(t -> from + " -> " + t).orElse(from);
    }
}
