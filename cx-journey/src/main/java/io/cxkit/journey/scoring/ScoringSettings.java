package io.cxkit.journey.scoring;

import io.cxkit.core.Outcome;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * The settings of {@link ExperienceScorer}. {@link #DEFAULTS} are documented per component; the formula is on
 * {@link ExperienceScorer}.
 *
 * @param negativityWeight how much more a bad moment weighs than an equally good one, at least 1. Default 2:
 *        Baumeister, Bratslavsky, Finkenauer &amp; Vohs (2001), "Bad is stronger than good", Review of General
 *        Psychology 5(4), establish that bad events weigh more but give no single ratio; 2 is a deliberately
 *        moderate choice. The often-quoted "12 positive experiences make up for one negative" has no primary
 *        study behind it and is not used.
 * @param repeatPenalty score points per repeat contact (default 10)
 * @param transferPenalty score points per transfer (default 5)
 * @param switchPenalty score points per channel switch (default 2: switching is often the customer's choice)
 * @param waitPenaltyPerMinute score points per minute of waiting beyond the allowance, per interaction
 *        (default 1)
 * @param waitAllowance waiting per interaction that costs nothing (default 1 minute)
 * @param maxPenalty the most the effort penalty can take off (default 50 points)
 * @param waitAttribute the interaction attribute holding the waiting time in seconds (default
 *        {@code wait_seconds}); an interaction without it, or with a non-numeric value, did not wait
 * @param outcomeValence the valence, in [−1, 1], of an interaction's outcome as a moment of the journey
 *        (default: converted and resolved +0.5; unresolved, abandoned and escalated −0.5; cancelled −1)
 */
public record ScoringSettings(double negativityWeight, double repeatPenalty, double transferPenalty,
        double switchPenalty, double waitPenaltyPerMinute, Duration waitAllowance, double maxPenalty,
        String waitAttribute, Map<Outcome, Double> outcomeValence) {

    /** The documented defaults. */
    public static final ScoringSettings DEFAULTS = new ScoringSettings(2.0, 10, 5, 2, 1, Duration.ofMinutes(1), 50,
            "wait_seconds", Map.of(
                    Outcome.CONVERTED, 0.5,
                    Outcome.RESOLVED, 0.5,
                    Outcome.UNRESOLVED, -0.5,
                    Outcome.ABANDONED, -0.5,
                    Outcome.ESCALATED, -0.5,
                    Outcome.of("cancelled"), -1.0));

    /**
     * @param negativityWeight how much more a bad moment weighs than an equally good one, at least 1. Default 2:
     *        Baumeister, Bratslavsky, Finkenauer &amp; Vohs (2001), "Bad is stronger than good", Review of General
     *        Psychology 5(4), establish that bad events weigh more but give no single ratio; 2 is a deliberately
     *        moderate choice. The often-quoted "12 positive experiences make up for one negative" has no primary study
     *        behind it and is not used.
     * @param repeatPenalty score points per repeat contact (default 10)
     * @param transferPenalty score points per transfer (default 5)
     * @param switchPenalty score points per channel switch (default 2: switching is often the customer's choice)
     * @param waitPenaltyPerMinute score points per minute of waiting beyond the allowance, per interaction (default 1)
     * @param waitAllowance waiting per interaction that costs nothing (default 1 minute)
     * @param maxPenalty the most the effort penalty can take off (default 50 points)
     * @param waitAttribute the interaction attribute holding the waiting time in seconds (default {@code
     *        wait_seconds}); an interaction without it, or with a non-numeric value, did not wait
     * @param outcomeValence the valence, in [−1, 1], of an interaction's outcome as a moment of the journey (default:
     *        converted and resolved +0.5; unresolved, abandoned and escalated −0.5; cancelled −1)
     * @throws IllegalArgumentException if the negativity weight is below 1, a penalty is negative or not
     *         finite, the allowance is negative, the attribute is blank, or an outcome valence is outside [−1, 1]
     * @throws NullPointerException if a component is null
     */
    public ScoringSettings {
        if (!(negativityWeight >= 1) || !Double.isFinite(negativityWeight)) {
            throw new IllegalArgumentException("negativityWeight must be a finite number >= 1, was "
                    + negativityWeight);
        }
        nonNegative("repeatPenalty", repeatPenalty);
        nonNegative("transferPenalty", transferPenalty);
        nonNegative("switchPenalty", switchPenalty);
        nonNegative("waitPenaltyPerMinute", waitPenaltyPerMinute);
        nonNegative("maxPenalty", maxPenalty);
        Objects.requireNonNull(waitAllowance, "waitAllowance must not be null");
        if (waitAllowance.isNegative()) {
            throw new IllegalArgumentException("waitAllowance must not be negative, was " + waitAllowance);
        }
        Objects.requireNonNull(waitAttribute, "waitAttribute must not be null");
        if (waitAttribute.isBlank()) {
            throw new IllegalArgumentException("waitAttribute must not be blank");
        }
        outcomeValence = Map.copyOf(outcomeValence);
        outcomeValence.forEach((o, v) -> {
            if (!(v >= -1 && v <= 1)) {
                throw new IllegalArgumentException("valence of outcome " + o + " must be within -1..1, was " + v);
            }
        });
    }

    /**
     * These settings with another negativity weight.
     *
     * @param weight how much more a bad moment weighs than an equally good one, at least 1
     * @return these settings with another negativity weight
     */
    public ScoringSettings withNegativityWeight(double weight) {
        return new ScoringSettings(weight, repeatPenalty, transferPenalty, switchPenalty, waitPenaltyPerMinute,
                waitAllowance, maxPenalty, waitAttribute, outcomeValence);
    }

    /**
     * These settings with other effort penalties (points per repeat, transfer, switch and minute waited).
     *
     * @param repeat the penalty per repeated contact
     * @param transfer the penalty per transfer
     * @param channelSwitch the penalty per switch of channel
     * @param perMinute the penalty per minute of waiting
     * @return these settings with other effort penalties (points per repeat, transfer, switch and minute waited)
     */
    public ScoringSettings withPenalties(double repeat, double transfer, double channelSwitch, double perMinute) {
        return new ScoringSettings(negativityWeight, repeat, transfer, channelSwitch, perMinute, waitAllowance,
                maxPenalty, waitAttribute, outcomeValence);
    }

    /**
     * These settings with another waiting attribute.
     *
     * @param attribute the attribute
     * @return these settings with another waiting attribute
     */
    public ScoringSettings withWaitAttribute(String attribute) {
        return new ScoringSettings(negativityWeight, repeatPenalty, transferPenalty, switchPenalty,
                waitPenaltyPerMinute, waitAllowance, maxPenalty, attribute, outcomeValence);
    }

    private static void nonNegative(String field, double v) {
        if (!(v >= 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(field + " must be a finite number >= 0, was " + v);
        }
    }
}
