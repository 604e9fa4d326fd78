package io.cxkit.journey.attribution;

import java.util.ArrayList;
import java.util.List;

/**
 * The transition matrix of a fitted Markov chain, sparse: only its non-zero entries. The states are
 * {@code (start)}, the channel windows of the chain's order (channels joined by {@code ","}; for order 1 the
 * channels themselves), {@code (conversion)} and {@code (null)}. Each row's probabilities sum to 1.
 *
 * <p>Entries are listed by source state (in order of first appearance in the input), then by target in order of
 * first appearance, absorbing states last. The list is built on first request, so fitting a model does not pay
 * for labels nobody reads.
 */
public final class TransitionMatrix {
    /** The name of the start state. */
    public static final String START = "(start)";
    /** The name of the conversion state. */
    public static final String CONVERSION = "(conversion)";
    /** The name of the non-conversion state. */
    public static final String NULL = "(null)";

    private final MarkovChain chain;
    private volatile List<Transition> transitions;

    TransitionMatrix(MarkovChain chain) {
        this.chain = chain;
    }

    /**
     * The Markov order: how many consecutive channels form a state.
     *
     * @return the Markov order: how many consecutive channels form a state
     */
    public int order() {
        return chain.order;
    }

    /**
     * The transient states, {@code (start)} first, then in order of first appearance.
     *
     * @return the transient states, {@code (start)} first, then in order of first appearance
     */
    public List<String> states() {
        List<String> out = new ArrayList<>(chain.states);
        for (int s = 0; s < chain.states; s++) {
            out.add(chain.label(s));
        }
        return List.copyOf(out);
    }

    /**
     * Every non-zero transition.
     *
     * @return every non-zero transition
     */
    public List<Transition> transitions() {
        List<Transition> t = transitions;
        if (t == null) {
            t = build();
            transitions = t;
        }
        return t;
    }

    /**
     * The probability of going from one state to another, 0 if that transition never occurs.
     *
     * @param from the earlier activity
     * @param to {@code to} in the description above
     * @return the probability of going from one state to another, 0 if that transition never occurs
     * @throws NullPointerException if a name is null
     */
    public double probability(String from, String to) {
        java.util.Objects.requireNonNull(from, "from must not be null");
        java.util.Objects.requireNonNull(to, "to must not be null");
        for (Transition tr : transitions()) {
            if (tr.from().equals(from) && tr.to().equals(to)) {
                return tr.probability();
            }
        }
        return 0;
    }

    private List<Transition> build() {
        List<Transition> out = new ArrayList<>(chain.col.length + 2 * chain.states);
        String[] labels = new String[chain.states];
        for (int s = 0; s < chain.states; s++) {
            labels[s] = chain.label(s);
        }
        for (int s = 0; s < chain.states; s++) {
            for (int e = chain.rowStart[s]; e < chain.rowStart[s + 1]; e++) {
                out.add(new Transition(labels[s], labels[chain.col[e]], chain.prob[e], chain.weight[e]));
            }
            if (chain.convWeight[s] > 0) {
                out.add(new Transition(labels[s], CONVERSION, chain.convProb[s], chain.convWeight[s]));
            }
            if (chain.nullWeight[s] > 0) {
                double total = chain.convWeight[s] + chain.nullWeight[s];
                for (int e = chain.rowStart[s]; e < chain.rowStart[s + 1]; e++) {
                    total += chain.weight[e];
                }
                out.add(new Transition(labels[s], NULL, chain.nullWeight[s] / total, chain.nullWeight[s]));
            }
        }
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return "TransitionMatrix[order=" + chain.order + ", states=" + chain.states + ", transitions="
                + (chain.col.length) + " between states]";
    }
}
