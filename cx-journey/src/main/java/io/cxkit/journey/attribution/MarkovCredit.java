package io.cxkit.journey.attribution;

import java.util.Objects;

/**
 * One channel's credit under Markov-chain attribution with removal effects (Anderl et al. 2016).
 *
 * @param channel the channel
 * @param conversionProbabilityWithout {@code P(conversion | channel removed)}: from (start), with every
 *        transition into a state that contains the channel sent to (null), in [0, 1]
 * @param removalEffect {@code 1 − P(conversion | channel removed) / P(conversion)}, in [0, 1]
 * @param valueRemovalEffect the same for the expected conversion value:
 *        {@code 1 − E[value | channel removed] / E[value]}, in [0, 1]
 * @param conversions attributed conversions: total conversions × removal effect / sum of removal effects
 * @param value attributed value: total value × value removal effect / sum of value removal effects
 */
public record MarkovCredit(String channel, double conversionProbabilityWithout, double removalEffect,
        double valueRemovalEffect, double conversions, double value) {
    /**
     * @param channel the channel
     * @param conversionProbabilityWithout {@code P(conversion | channel removed)}: from (start), with every transition
     *        into a state that contains the channel sent to (null), in [0, 1]
     * @param removalEffect {@code 1 − P(conversion | channel removed) / P(conversion)}, in [0, 1]
     * @param valueRemovalEffect the same for the expected conversion value: {@code 1 − E[value | channel removed] /
     *        E[value]}, in [0, 1]
     * @param conversions attributed conversions: total conversions × removal effect / sum of removal effects
     * @param value attributed value: total value × value removal effect / sum of value removal effects
     * @throws NullPointerException if the channel is null
     */
    public MarkovCredit {
        Objects.requireNonNull(channel, "channel must not be null");
    }
}
