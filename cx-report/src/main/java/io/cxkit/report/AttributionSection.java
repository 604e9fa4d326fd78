package io.cxkit.report;

import java.util.List;

/**
 * What each channel contributes to conversions: first-, last- and linear-touch credit and the Markov-chain
 * removal-effect credit, side by side, in conversions.
 *
 * @param conversion the outcome counted as a conversion
 * @param paths distinct paths
 * @param journeys journeys
 * @param conversions converting journeys
 * @param markovOrder the Markov chain's order
 * @param conversionProbability the chain's probability of conversion
 * @param channels one row per channel, by Markov credit, largest first
 */
public record AttributionSection(String conversion, long paths, double journeys, double conversions,
        int markovOrder, double conversionProbability, List<ChannelCredit> channels) {
    /**
     * Copies the list.
     *
     * @param conversion the outcome counted as a conversion
     * @param paths distinct paths
     * @param journeys journeys
     * @param conversions converting journeys
     * @param markovOrder the Markov chain's order
     * @param conversionProbability the chain's probability of conversion
     * @param channels one row per channel, by Markov credit, largest first
     */
    public AttributionSection {
        channels = List.copyOf(channels);
    }

    /**
     * One channel's credit under each model, in conversions.
     *
     * @param channel the channel
     * @param firstTouch first-touch credit
     * @param lastTouch last-touch credit
     * @param linear linear credit
     * @param markov Markov removal-effect credit
     * @param removalEffect the Markov removal effect, 0..1
     */
    public record ChannelCredit(String channel, double firstTouch, double lastTouch, double linear, double markov,
            double removalEffect) {
    }
}
