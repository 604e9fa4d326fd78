package io.cxkit.journey.attribution;

import java.util.List;
import java.util.Objects;

/**
 * The result of {@link MarkovAttribution}.
 *
 * @param order the Markov order used, 1..4
 * @param conversionProbability P(conversion) from (start) in the fitted chain, in [0, 1]
 * @param expectedValue the expected conversion value per journey from (start), in the input's currency unit
 * @param totalConversions the conversions in the input (what the attributed conversions sum to)
 * @param totalValue the conversion value in the input (what the attributed values sum to)
 * @param channels one credit per channel, in order of first appearance in the input
 * @param transitionMatrix the fitted chain's transition matrix
 */
public record MarkovResult(int order, double conversionProbability, double expectedValue, double totalConversions,
        double totalValue, List<MarkovCredit> channels, TransitionMatrix transitionMatrix) {
    /**
     * @param order the Markov order used, 1..4
     * @param conversionProbability P(conversion) from (start) in the fitted chain, in [0, 1]
     * @param expectedValue the expected conversion value per journey from (start), in the input's currency unit
     * @param totalConversions the conversions in the input (what the attributed conversions sum to)
     * @param totalValue the conversion value in the input (what the attributed values sum to)
     * @param channels one credit per channel, in order of first appearance in the input
     * @param transitionMatrix the fitted chain's transition matrix
     * @throws NullPointerException if a component is null
     */
    public MarkovResult {
        channels = List.copyOf(channels);
        Objects.requireNonNull(transitionMatrix, "transitionMatrix must not be null");
    }
}
