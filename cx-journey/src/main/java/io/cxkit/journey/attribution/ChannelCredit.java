package io.cxkit.journey.attribution;

import java.util.Objects;

/**
 * One channel's credit under every model: the heuristic models and Markov-chain attribution. Conversions are in
 * journeys, values in the input's currency unit. The field names match the JSON of {@code cx attribution}.
 *
 * @param channel the channel
 * @param first first-touch conversions
 * @param last last-touch conversions
 * @param linear linear-touch conversions (by number of occurrences)
 * @param firstValue first-touch value
 * @param lastValue last-touch value
 * @param linearValue linear-touch value
 * @param removalEffect Markov removal effect, in [0, 1]
 * @param markovConversions Markov-attributed conversions
 * @param markovValue Markov-attributed value
 */
public record ChannelCredit(String channel, double first, double last, double linear, double firstValue,
        double lastValue, double linearValue, double removalEffect, double markovConversions,
        double markovValue) {
    /**
     * @param channel the channel
     * @param first first-touch conversions
     * @param last last-touch conversions
     * @param linear linear-touch conversions (by number of occurrences)
     * @param firstValue first-touch value
     * @param lastValue last-touch value
     * @param linearValue linear-touch value
     * @param removalEffect Markov removal effect, in [0, 1]
     * @param markovConversions Markov-attributed conversions
     * @param markovValue Markov-attributed value
     * @throws NullPointerException if the channel is null
     */
    public ChannelCredit {
        Objects.requireNonNull(channel, "channel must not be null");
    }
}
