package io.cxkit.report;

import io.cxkit.journey.map.Edge;
import io.cxkit.journey.map.Node;
import io.cxkit.journey.map.Variant;
import java.util.List;

/**
 * The journeys (cut by journey id, activities are touchpoint ids): their top variants and the journey map.
 *
 * @param journeys how many journeys
 * @param events how many interactions in them
 * @param variantCount distinct variants
 * @param topVariants the most frequent variants
 * @param nodes every touchpoint of the map, most frequent first
 * @param edges the most frequent directly-follows edges, with times between the two touchpoints
 * @param edgeCount edges in the whole map
 */
public record Journeys(long journeys, long events, int variantCount, List<Variant> topVariants, List<Node> nodes,
        List<Edge> edges, int edgeCount) {
    /**
     * Copies the lists.
     *
     * @param journeys how many journeys
     * @param events how many interactions in them
     * @param variantCount distinct variants
     * @param topVariants the most frequent variants
     * @param nodes every touchpoint of the map, most frequent first
     * @param edges the most frequent directly-follows edges, with times between the two touchpoints
     * @param edgeCount edges in the whole map
     */
    public Journeys {
        topVariants = List.copyOf(topVariants);
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }
}
