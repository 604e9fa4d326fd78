package io.cxkit.journey.attribution;

import java.util.List;
import java.util.Objects;

/**
 * Every model's credit per channel, with P(conversion) and the Markov chain behind it.
 *
 * @param pConversion P(conversion) from (start) in the fitted Markov chain, in [0, 1]
 * @param order the Markov order used
 * @param totalConversions the conversions in the input
 * @param totalValue the conversion value in the input
 * @param channels one row per channel, in order of first appearance in the input
 * @param transitionMatrix the fitted chain's transition matrix
 */
public record AttributionResult(double pConversion, int order, double totalConversions, double totalValue,
        List<ChannelCredit> channels, TransitionMatrix transitionMatrix) {
    /**
     * @param pConversion P(conversion) from (start) in the fitted Markov chain, in [0, 1]
     * @param order the Markov order used
     * @param totalConversions the conversions in the input
     * @param totalValue the conversion value in the input
     * @param channels one row per channel, in order of first appearance in the input
     * @param transitionMatrix the fitted chain's transition matrix
     * @throws NullPointerException if a component is null
     */
    public AttributionResult {
        channels = List.copyOf(channels);
        Objects.requireNonNull(transitionMatrix, "transitionMatrix must not be null");
    }
}
