package io.cxkit.segments;

import io.cxkit.metrics.Estimate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A generated profile of one segment or cluster. Every statement of {@link #description()} is backed by a figure
 * of the card; nothing is invented.
 *
 * @param segment the segment's name
 * @param customers customers in it
 * @param customerShare its share of all customers, 0..1
 * @param revenueShare its share of all spend, 0..1 (NaN when nobody spent)
 * @param clvShare its share of all CLV, when CLV was joined ({@code score.clv})
 * @param meanClv the mean CLV of its customers with one, when CLV was joined
 * @param meanPurchases mean purchases per customer
 * @param topChannels the channels of most interactions, with their share of the segment's interactions
 * @param metrics NPS, CSAT and CES of the segment's answers, with intervals (only metrics with answers)
 * @param overall the same metrics over all customers, for comparison
 * @param topVariants the segment's most frequent journey variants (touchpoints joined by {@code " > "}), with
 *        their share of the segment's journeys
 * @param topTopics the key phrases most frequent in the segment's comments, with their share of its comments
 * @param topPainPoints the segment's top pain points (labels), when journeys were given
 * @param atRiskShare the share of the segment in the at-risk list, when one was given
 * @param description the templated, factual description
 */
public record PersonaCard(String segment, int customers, double customerShare, double revenueShare,
        OptionalDouble clvShare, OptionalDouble meanClv, double meanPurchases, List<Share> topChannels, Map<String, Estimate> metrics,
        Map<String, Estimate> overall, List<Share> topVariants, List<Share> topTopics, List<String> topPainPoints, OptionalDouble atRiskShare,
        String description) {
    /**
     * Copies.
     *
     * @param segment the segment's name
     * @param customers customers in it
     * @param customerShare its share of all customers, 0..1
     * @param revenueShare its share of all spend, 0..1 (NaN when nobody spent)
     * @param clvShare its share of all CLV, when CLV was joined ({@code score.clv})
     * @param meanClv the mean CLV of its customers with one, when CLV was joined
     * @param meanPurchases mean purchases per customer
     * @param topChannels the channels of most interactions, with their share of the segment's interactions
     * @param metrics NPS, CSAT and CES of the segment's answers, with intervals (only metrics with answers)
     * @param overall the same metrics over all customers, for comparison
     * @param topVariants the segment's most frequent journey variants (touchpoints joined by {@code " > "}), with their
     *        share of the segment's journeys
     * @param topTopics the key phrases most frequent in the segment's comments, with their share of its comments
     * @param topPainPoints the segment's top pain points (labels), when journeys were given
     * @param atRiskShare the share of the segment in the at-risk list, when one was given
     * @param description the templated, factual description
     */
    public PersonaCard {
        topChannels = List.copyOf(topChannels);
        metrics = Map.copyOf(metrics);
        overall = Map.copyOf(overall);
        topVariants = List.copyOf(topVariants);
        topTopics = List.copyOf(topTopics);
        topPainPoints = List.copyOf(topPainPoints);
    }

    /**
     * A named share.
     *
     * @param name what it is the share of
     * @param share 0..1
     */
    public record Share(String name, double share) {
    }
}
