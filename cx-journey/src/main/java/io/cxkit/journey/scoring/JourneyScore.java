package io.cxkit.journey.scoring;

import io.cxkit.core.CustomerId;
import io.cxkit.journey.Effort;
import java.time.Instant;
import java.util.Objects;

/**
 * One journey's experience score and its parts (see {@link ExperienceScorer} for the formula).
 *
 * @param journeyId the journey
 * @param customer whose journey
 * @param end when the journey ended (its last interaction)
 * @param score the experience score, 0 (worst) to 100 (best), 50 neutral
 * @param remembered the peak-end value {@code (peak + end) / 2} of the weighted valences, in [−λ, 1]
 * @param peak the weighted valence of the most intense moment (0 without moments)
 * @param last the weighted valence of the last moment (0 without moments)
 * @param moments how many moments (valenced answers, outcomes and, with a comment valence, negative comments)
 *        the journey had
 * @param penalty the effort penalty taken off, in score points
 * @param effort the journey's contacts, transfers and repeats
 * @param channelSwitches the journey's channel switches
 * @param waitSeconds the total waiting time of the journey's interactions, in seconds
 */
public record JourneyScore(String journeyId, CustomerId customer, Instant end, double score, double remembered,
        double peak, double last, int moments, double penalty, Effort effort, int channelSwitches,
        double waitSeconds) {
    /**
     * @param journeyId the journey
     * @param customer whose journey
     * @param end when the journey ended (its last interaction)
     * @param score the experience score, 0 (worst) to 100 (best), 50 neutral
     * @param remembered the peak-end value {@code (peak + end) / 2} of the weighted valences, in [−λ, 1]
     * @param peak the weighted valence of the most intense moment (0 without moments)
     * @param last the weighted valence of the last moment (0 without moments)
     * @param moments how many moments (valenced answers and outcomes) the journey had
     * @param penalty the effort penalty taken off, in score points
     * @param effort the journey's contacts, transfers and repeats
     * @param channelSwitches the journey's channel switches
     * @param waitSeconds the total waiting time of the journey's interactions, in seconds
     * @throws NullPointerException if a component is null
     */
    public JourneyScore {
        Objects.requireNonNull(journeyId, "journeyId must not be null");
        Objects.requireNonNull(customer, "customer must not be null");
        Objects.requireNonNull(end, "end must not be null");
        Objects.requireNonNull(effort, "effort must not be null");
    }
}
