package io.cxkit.journey.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * First-touch, last-touch and linear-touch attribution over aggregated paths, for conversions and for value.
 *
 * <p>Definitions (ChannelAttribution's {@code heuristic_models}; worked cases in
 * {@code shared/vectors/journey.md}): first touch credits a path's conversions and value to its first channel,
 * last touch to its last channel, and linear touch splits them evenly over the path's touches, so a channel that
 * occurs twice in {@code A > A > B} gets two thirds. Repeats are <em>not</em> collapsed here. Each model's
 * credits sum to the total conversions (and total value).
 */
public final class HeuristicAttribution {
    private HeuristicAttribution() {
    }

    /**
     * Computes the three heuristic credits per channel.
     *
     * @param paths aggregated paths (possibly empty)
     * @return one credit per channel, channels in order of first appearance in {@code paths}
     * @throws NullPointerException if {@code paths} or an element is null
     */
    public static List<HeuristicCredit> compute(List<ConversionPath> paths) {
        Objects.requireNonNull(paths, "paths must not be null");
        ChannelIndex index = ChannelIndex.of(paths);
        int n = index.size();
        double[] first = new double[n];
        double[] last = new double[n];
        double[] linear = new double[n];
        double[] firstValue = new double[n];
        double[] lastValue = new double[n];
        double[] linearValue = new double[n];
        for (int p = 0; p < paths.size(); p++) {
            ConversionPath path = paths.get(p);
            List<String> cs = path.channels();
            double conv = path.conversions();
            double value = path.value();
            int f = index.existing(cs.get(0));
            int l = index.existing(cs.get(cs.size() - 1));
            first[f] += conv;
            firstValue[f] += value;
            last[l] += conv;
            lastValue[l] += value;
            double share = 1.0 / cs.size();
            for (int i = 0; i < cs.size(); i++) {
                int c = index.existing(cs.get(i));
                linear[c] += conv * share;
                linearValue[c] += value * share;
            }
        }
        List<HeuristicCredit> out = new ArrayList<>(n);
        for (int c = 0; c < n; c++) {
            out.add(new HeuristicCredit(index.name(c), first[c], last[c], linear[c],
                    firstValue[c], lastValue[c], linearValue[c]));
        }
        return List.copyOf(out);
    }
}
