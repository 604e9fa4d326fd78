package io.cxkit.metrics;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Writes and reads the payload of an accumulator's state. {@link StateEncoding} frames the payload with a magic
 * number, the metric's name, this codec's {@link #version()} and a checksum, so implementations deal only with
 * their own fields. Keep every old version readable: golden files in the tests hold the old encodings, as
 * HdrHistogram and Apache DataSketches do.
 *
 * @param <A> the accumulator type
 */
public interface StateCodec<A extends Accumulator<A>> {

    /**
     * The version written by {@link #write}; at least 1.
     *
     * @return the version written by {@link #write}; at least 1
     */
    int version();

    /**
     * Writes the state's payload.
     *
     * @param state the accumulator state
     * @param out the output to write the state to
     * @throws IOException if the output fails
     */
    void write(A state, DataOutput out) throws IOException;

    /**
     * Reads a payload written by this codec at {@code version} (which may be older than {@link #version()}).
     *
     * @param in the input to read the state from
     * @param version the payload's format version, at least 1
     * @return the state
     * @throws IOException if the input ends early
     * @throws StateFormatException if the payload is not a valid state of that version
     */
    A read(DataInput in, int version) throws IOException;
}
