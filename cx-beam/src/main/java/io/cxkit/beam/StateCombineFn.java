package io.cxkit.beam;

import io.cxkit.metrics.MergeableState;
import java.io.Serializable;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.transforms.Combine;

/**
 * A {@link MergeableState} as a Beam {@code CombineFn}: inputs are added to the state by a function, accumulators
 * merge by the state's associative, commutative {@code merge} and cross shuffles as
 * {@link MergeableStateCoder} frames, and the output is the merged state itself, for the driver (or a following
 * step) to turn into a journey map, a variant ranking, a Markov attribution or a CLV fit.
 *
 * <p>Use {@link #of} when each input is a unit the state adds independently (a transaction for the CLV summaries,
 * keyed per customer inside the state, so a customer's transactions may sit in any bundle), and {@link #merging}
 * when the inputs are already states (one per case or customer, built after a {@code GroupByKey}: the journey map,
 * variants and paths need a case's events together and in time order).
 *
 * <p>With {@code Combine.globally}, add {@code .withoutDefaults()}: Beam would otherwise serialize an empty state
 * into the pipeline as the default of an empty input, and states travel only through their coder.
 *
 * @param <I> the input
 * @param <S> the state
 */
public final class StateCombineFn<I, S extends MergeableState<S>> extends Combine.CombineFn<I, S, S> {
    private static final long serialVersionUID = 1L;

    /**
     * Makes an empty state of one configuration; serializable, so that it ships to workers.
     *
     * @param <S> the state
     */
    @FunctionalInterface
    public interface Factory<S> extends Serializable {
        /**
         * A new, empty state.
         *
         * @return a new, empty state of this factory's configuration
         */
        S empty();
    }

    /**
     * Adds one input to a state; serializable, so that it ships to workers.
     *
     * @param <S> the state
     * @param <I> the input
     */
    @FunctionalInterface
    public interface Adder<S, I> extends Serializable {
        /**
         * Adds {@code input} to {@code state}.
         *
         * @param state the state to add to; changed in place
         * @param input the input to add
         */
        void add(S state, I input);
    }

    /** Makes the empty accumulators; serialized with the function so that it ships to workers. */
    private final Factory<S> factory;
    /** Adds one input to an accumulator; serialized with the function so that it ships to workers. */
    private final Adder<S, I> adder;

    private StateCombineFn(Factory<S> factory, Adder<S, I> adder) {
        this.factory = factory;
        this.adder = adder;
    }

    /**
     * The combine function that adds inputs to a state.
     *
     * @param factory makes an empty state
     * @param adder adds one input
     * @param <I> the input
     * @param <S> the state
     * @return the function
     */
    public static <I, S extends MergeableState<S>> StateCombineFn<I, S> of(Factory<S> factory, Adder<S, I> adder) {
        return new StateCombineFn<>(factory, adder);
    }

    /**
     * The combine function that merges states into one.
     *
     * @param factory makes an empty state of the states' configuration
     * @param <S> the state
     * @return the function
     */
    public static <S extends MergeableState<S>> StateCombineFn<S, S> merging(Factory<S> factory) {
        return new StateCombineFn<>(factory, MergeableState::merge);
    }

    /**
     * The coder of this function's states.
     *
     * @return a coder of the states this function's factory makes, to register for the accumulator and output
     */
    public MergeableStateCoder<S> stateCoder() {
        return MergeableStateCoder.of(factory);
    }

    @Override
    public S createAccumulator() {
        return factory.empty();
    }

    @Override
    public S addInput(S acc, I input) {
        adder.add(acc, input);
        return acc;
    }

    @Override
    public S mergeAccumulators(Iterable<S> accumulators) {
        S into = createAccumulator();
        for (S next : accumulators) {
            into.merge(next);
        }
        return into;
    }

    @Override
    public S extractOutput(S acc) {
        return acc;
    }

    @Override
    public Coder<S> getAccumulatorCoder(CoderRegistry registry, Coder<I> inputCoder) {
        return stateCoder();
    }

    @Override
    public Coder<S> getDefaultOutputCoder(CoderRegistry registry, Coder<I> inputCoder) {
        return stateCoder();
    }
}
