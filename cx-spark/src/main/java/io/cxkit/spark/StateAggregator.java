package io.cxkit.spark;

import io.cxkit.metrics.MergeableState;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * A {@link MergeableState} (journey-map counts, variant counts, path counts, CLV summaries) as a typed Spark
 * {@link Aggregator}: inputs are added by a function, buffers merge by the state's associative, commutative
 * {@code merge} and cross the shuffle as {@link MergeableState#encode} frames, and the output is the merged
 * state's frame, which the driver decodes ({@link MergeableState#decode}) to fit, solve or rank.
 *
 * <p>Use {@link #of} when each row is a unit the state adds independently (a transaction: the CLV state is keyed
 * by customer, so a customer's rows may sit in any partition), and {@link #merging} over a column of state frames
 * built after a {@code groupByKey} (the journey map, variants and paths need a case's events together and in time
 * order).
 *
 * @param <I> the input row type
 * @param <S> the state
 */
public final class StateAggregator<I, S extends MergeableState<S>>
        extends Aggregator<I, StateAggregator.Buffer<S>, byte[]> {
    private static final long serialVersionUID = 1L;

    /**
     * Makes an empty state of one configuration; serializable, so that it ships to executors.
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
     * Adds one input to a state; serializable, so that it ships to executors.
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

    /**
     * The aggregation buffer: the state as an object while Spark adds and merges, written only at a shuffle as its
     * frame (never the state's own fields), and read back into a state made by the factory, so that a frame of
     * another kind or configuration fails with {@link io.cxkit.metrics.StateFormatException}.
     *
     * @param <S> the state
     */
    public static final class Buffer<S extends MergeableState<S>> implements Serializable {
        private static final long serialVersionUID = 1L;
        /** Makes the empty state a read frame is decoded into, which checks the frame's kind and configuration. */
        private final Factory<S> factory;
        private transient S state;

        Buffer(Factory<S> factory, S state) {
            this.factory = factory;
            this.state = state;
        }

        /**
         * The state, live (not a copy).
         *
         * @return the buffer's state itself: changes to it change the buffer
         */
        public S state() {
            return state;
        }

        /**
         * Writes the factory, then the state as its frame.
         *
         * @param out the stream written to
         * @throws IOException if the stream cannot be written
         * @serialData the default fields (the factory), then the frame's length as an {@code int} and the frame
         *             of {@link MergeableState#encode}
         */
        private void writeObject(ObjectOutputStream out) throws IOException {
            out.defaultWriteObject();
            byte[] bytes = MergeableState.encode(state);
            out.writeInt(bytes.length);
            out.write(bytes);
        }

        /**
         * Reads the factory, then decodes the frame into an empty state the factory makes.
         *
         * @param in the stream read from
         * @throws IOException if the stream cannot be read or is cut short
         * @throws ClassNotFoundException if the factory's class cannot be found
         * @throws io.cxkit.metrics.StateFormatException if the frame's declared length is impossible or the frame is
         *         of another kind or configuration
         */
        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
            state = MergeableState.decode(factory.empty(), StateFrames.read(in));
        }
    }

    /** Makes the empty buffers; serialized with the aggregator so that it ships to executors. */
    private final Factory<S> factory;
    /** Adds one row to a buffer's state; serialized with the aggregator so that it ships to executors. */
    private final Adder<S, I> adder;

    private StateAggregator(Factory<S> factory, Adder<S, I> adder) {
        this.factory = factory;
        this.adder = adder;
    }

    /**
     * The aggregator that adds rows to a state.
     *
     * @param factory makes an empty state
     * @param adder adds one row
     * @param <I> the row type
     * @param <S> the state
     * @return the aggregator
     */
    public static <I, S extends MergeableState<S>> StateAggregator<I, S> of(Factory<S> factory, Adder<S, I> adder) {
        return new StateAggregator<>(factory, adder);
    }

    /**
     * The aggregator that merges a column of state frames ({@link MergeableState#encode}) into one.
     *
     * @param factory makes an empty state of the frames' configuration
     * @param <S> the state
     * @return the aggregator
     */
    public static <S extends MergeableState<S>> StateAggregator<byte[], S> merging(Factory<S> factory) {
        return new StateAggregator<>(factory, (state, frame) -> state.merge(MergeableState.decode(state, frame)));
    }

    @Override
    public Buffer<S> zero() {
        return new Buffer<>(factory, factory.empty());
    }

    @Override
    public Buffer<S> reduce(Buffer<S> buffer, I input) {
        adder.add(buffer.state, input);
        return buffer;
    }

    @Override
    public Buffer<S> merge(Buffer<S> into, Buffer<S> other) {
        into.state.merge(other.state);
        return into;
    }

    @Override
    public byte[] finish(Buffer<S> buffer) {
        return MergeableState.encode(buffer.state);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Encoder<Buffer<S>> bufferEncoder() {
        return (Encoder) Encoders.javaSerialization(Buffer.class);
    }

    @Override
    public Encoder<byte[]> outputEncoder() {
        return Encoders.BINARY();
    }
}
