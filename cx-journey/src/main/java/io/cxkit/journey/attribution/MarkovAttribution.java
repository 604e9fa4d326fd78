package io.cxkit.journey.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Markov-chain attribution with removal effects, after Anderl, Becker, von Wangenheim &amp; Schumann (2016),
 * "Mapping the customer journey", IJRM 33(3):457–474, with the model as the R package ChannelAttribution
 * defines it, solved exactly instead of by simulation.
 *
 * <ul>
 *   <li>Chain: see {@link TransitionMatrix}. Consecutive repeats of a channel collapse ({@code A > B > B > C}
 *       is {@code A > B > C}). For order k a state is a window of k consecutive channels; a path with fewer
 *       than k channels (after collapsing) becomes a single state made of the whole path, so {@code A > B} at
 *       order 3 is the one state {@code A,B}.
 *   <li>Removal effect of channel c: {@code RE(c) = 1 − P(conversion | c removed) / P(conversion)}, where
 *       removing c sends every transition into a state that contains c to (null).
 *   <li>Attributed conversions: {@code total conversions × RE(c) / Σ RE}; they sum to the total.
 *   <li>Attributed value: each conversion's value goes to the channels that led to it. The value of a
 *       conversion is the mean value per conversion of the input paths with the same last channel (the quantity
 *       ChannelAttribution samples). Then {@code E[value]} is the expected value per journey from (start),
 *       {@code REv(c) = 1 − E[value | c removed] / E[value]}, and the attributed value is
 *       {@code total value × REv(c) / Σ REv}. When every conversion is worth the same this equals the
 *       conversion share (Bryl 2016: 200 / 400 / 400 of 1000).
 *   <li>Exact: absorption probabilities {@code B = (I − Q)⁻¹ R} by a linear solve per removed channel (see
 *       the solver notes in the README): a direct solve for small chains, Gauss–Seidel over the sparse
 *       transitions with a relative tolerance of 1e−13 for large ones. No random walks, no eigenvectors.
 *   <li>With no conversions at all every removal effect and credit is 0.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe; each call to {@link #attribute} is independent.
 */
public final class MarkovAttribution {
    private final int order;

    private MarkovAttribution(int order) {
        this.order = order;
    }

    /**
     * A model of the given order.
     *
     * @param order how many consecutive channels form a state, 1..4
     * @return a model of the given order
     * @throws IllegalArgumentException if the order is outside 1..4
     */
    public static MarkovAttribution ofOrder(int order) {
        if (order < 1 || order > 4) {
            throw new IllegalArgumentException("order must be within 1..4, was " + order);
        }
        return new MarkovAttribution(order);
    }

    /**
     * The Markov order.
     *
     * @return the Markov order
     */
    public int order() {
        return order;
    }

    /**
     * Fits the chain to the paths and computes every channel's removal effects and credits.
     *
     * @param paths aggregated paths; rows with no journeys ({@code conversions + nulls == 0}) add nothing
     * @return the credits, P(conversion) and the transition matrix
     * @throws NullPointerException if {@code paths} or an element is null
     * @throws IllegalArgumentException if there are more than 65,534 channels
     */
    public MarkovResult attribute(List<ConversionPath> paths) {
        Objects.requireNonNull(paths, "paths must not be null");
        MarkovChain chain = MarkovChain.fit(paths, order);
        int channels = chain.channels.size();
        int[][] removals = new int[channels + 1][];
        removals[0] = new int[0];
        for (int c = 0; c < channels; c++) {
            removals[c + 1] = chain.statesWithChannel[c];
        }
        double[][] solved = new double[channels + 1][2];
        new AbsorptionSolver(chain).solveAll(removals, solved);
        double[] full = solved[0];
        double[] without = new double[channels];
        double[] effect = new double[channels];
        double[] valueEffect = new double[channels];
        double sum = 0;
        double sumValue = 0;
        for (int c = 0; c < channels; c++) {
            if (removals[c + 1].length == 0) {
                without[c] = full[0];
                continue;
            }
            double[] removed = solved[c + 1];
            without[c] = removed[0];
            // Removing states can only lower absorption; a rise is round-off, so the effect is clamped at 0.
            effect[c] = full[0] > 0 ? clamp(1 - removed[0] / full[0]) : 0;
            valueEffect[c] = full[1] > 0 ? clamp(1 - removed[1] / full[1]) : 0;
            sum += effect[c];
            sumValue += valueEffect[c];
        }
        List<MarkovCredit> credits = new ArrayList<>(channels);
        for (int c = 0; c < channels; c++) {
            double conv = sum > 0 ? chain.totalConversions * effect[c] / sum : 0;
            double value = sumValue > 0 ? chain.totalValue * valueEffect[c] / sumValue : 0;
            credits.add(new MarkovCredit(chain.channels.name(c), without[c], effect[c], valueEffect[c], conv,
                    value));
        }
        return new MarkovResult(order, full[0], full[1], chain.totalConversions, chain.totalValue, credits,
                new TransitionMatrix(chain));
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    @Override
    public String toString() {
        return "MarkovAttribution[order=" + order + "]";
    }
}
