package io.cxkit.journey.attribution;

import java.util.Objects;

/**
 * One channel's credit under the three rule-based (heuristic) models, as the R package ChannelAttribution
 * defines them ({@code heuristic_models}). Conversions are in journeys, values in the input's currency unit.
 *
 * @param channel the channel
 * @param first conversions of the paths that start with the channel (first touch)
 * @param last conversions of the paths that end with the channel (last touch)
 * @param linear conversions shared over each path's touches by number of occurrences: a path of n touches
 *        gives each occurrence {@code conversions / n} (linear touch)
 * @param firstValue conversion value credited by first touch
 * @param lastValue conversion value credited by last touch
 * @param linearValue conversion value credited by linear touch
 */
public record HeuristicCredit(String channel, double first, double last, double linear,
        double firstValue, double lastValue, double linearValue) {

    /**
     * @param channel the channel
     * @param first conversions of the paths that start with the channel (first touch)
     * @param last conversions of the paths that end with the channel (last touch)
     * @param linear conversions shared over each path's touches by number of occurrences: a path of n touches gives
     *        each occurrence {@code conversions / n} (linear touch)
     * @param firstValue conversion value credited by first touch
     * @param lastValue conversion value credited by last touch
     * @param linearValue conversion value credited by linear touch
     * @throws NullPointerException if the channel is null
     */
    public HeuristicCredit {
        Objects.requireNonNull(channel, "channel must not be null");
    }
}
