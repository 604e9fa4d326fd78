package io.cxkit.journey.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs every attribution model over the same aggregated paths: first-, last- and linear-touch
 * ({@link HeuristicAttribution}) and Markov-chain removal effects ({@link MarkovAttribution}).
 *
 * <pre>{@code
 * List<ConversionPath> paths = List.of(
 *         ConversionPath.converting(List.of("google ads"), 2, 0),
 *         new ConversionPath(List.of("google ads", "mailing"), 1, 0, 0));
 * AttributionResult r = Attribution.compute(paths, 1);
 * }</pre>
 */
public final class Attribution {
    private Attribution() {
    }

    /**
     * Computes every model.
     *
     * @param paths aggregated paths
     * @param order the Markov order, 1..4
     * @return every model's credit per channel
     * @throws NullPointerException if {@code paths} or an element is null
     * @throws IllegalArgumentException if the order is outside 1..4
     */
    public static AttributionResult compute(List<ConversionPath> paths, int order) {
        MarkovResult markov = MarkovAttribution.ofOrder(order).attribute(paths);
        List<HeuristicCredit> heuristics = HeuristicAttribution.compute(paths);
        List<ChannelCredit> rows = new ArrayList<>(heuristics.size());
        for (int i = 0; i < heuristics.size(); i++) {
            HeuristicCredit h = heuristics.get(i);
            MarkovCredit m = markov.channels().get(i);
            // Both lists are in first-appearance order of the same input.
            if (!Objects.equals(h.channel(), m.channel())) {
                throw new IllegalStateException("channel order differs: " + h.channel() + " / " + m.channel());
            }
            rows.add(new ChannelCredit(h.channel(), h.first(), h.last(), h.linear(), h.firstValue(), h.lastValue(),
                    h.linearValue(), m.removalEffect(), m.conversions(), m.value()));
        }
        return new AttributionResult(markov.conversionProbability(), order, markov.totalConversions(),
                markov.totalValue(), rows, markov.transitionMatrix());
    }
}
