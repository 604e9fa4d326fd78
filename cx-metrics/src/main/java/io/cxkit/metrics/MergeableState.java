package io.cxkit.metrics;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;

/**
 * The mergeable state of a count-shaped computation that is not a {@link Metric}: the directly-follows counts of a
 * journey map, variant counts, conversion-path counts, per-customer lifetime-value summaries. It is the
 * {@link Accumulator} contract for inputs other than single interactions (a whole case, a journey, a transaction):
 * each state type has its own {@code add}, and shares with metrics
 * <ul>
 *   <li>{@link #merge}: associative and commutative, with the empty state ({@link #empty()}) as its identity, so
 *       that splitting the input anywhere and merging the parts gives the state of one pass;</li>
 *   <li>a versioned binary payload ({@link #writePayload}, {@link #readPayload}), framed by {@link #encode} with
 *       the same magic, name ({@link #kind()}), version, configuration and CRC-32 as
 *       {@link StateEncoding#frame} gives a metric's state;</li>
 *   <li>refusal of a state built under another {@link #configuration()}: {@link #decode} throws
 *       {@link StateFormatException} and {@link #merge} throws {@link IllegalArgumentException}, both naming each
 *       setting that differs with its two values.</li>
 * </ul>
 * Analyses that need the whole of the merged counts (fitting a model, solving a Markov chain, ranking variants)
 * run once, on the driver, over the merged state. The compatibility kit
 * {@code io.cxkit.metrics.tck.MergeableStateCompatibilityKit} checks every implementation.
 *
 * <p>Implementations are not thread-safe; give each thread or partition its own state and merge them.
 *
 * @param <S> the state's own type, so that {@link #merge} takes a like state
 */
public interface MergeableState<S extends MergeableState<S>> {

    /**
     * The name written into the frame, e.g. {@code journey-map}; a state of another kind is refused.
     *
     * @return the state kind's name, the same for every state of the type
     */
    String kind();

    /**
     * The payload version {@link #writePayload} writes; at least 1.
     *
     * @return the payload version, at least 1
     */
    int version();

    /**
     * The settings that shape this state, by name, in a stable form (the configuration fingerprint of the frame).
     * Two states merge and decode into each other only when their configurations are equal.
     *
     * @return the settings by name, as strings; empty for a state with no settings
     */
    Map<String, String> configuration();

    /**
     * A new, empty state with this state's configuration: the identity of {@link #merge}.
     *
     * @return a new, empty state configured as this one
     */
    S empty();

    /**
     * Adds the state of {@code other} into this one. {@code other} is not changed, unless it is this state
     * itself: then everything counts twice.
     *
     * @param other a state of the same kind and configuration
     * @throws IllegalArgumentException if the two states were configured differently (the message names the
     *         settings, see {@link #requireSameConfiguration}) or a count would overflow
     */
    void merge(S other);

    /**
     * How many units (cases, journeys, transactions) have been added, over all merges.
     *
     * @return the units added to this state and to every state merged into it
     */
    long count();

    /**
     * Writes the payload: the state's own fields, in a canonical order, so that equal states write equal bytes.
     *
     * @param out where to write
     * @throws IOException if the output fails
     */
    void writePayload(DataOutput out) throws IOException;

    /**
     * Reads a payload written at {@code version} (which may be older than {@link #version()}) into a new state
     * of this state's configuration; this state is not changed.
     *
     * @param in the payload
     * @param version the version it was written at, 1..{@link #version()}
     * @return the state read
     * @throws IOException if the input ends early
     * @throws StateFormatException if the payload is not a valid state of that version
     */
    S readPayload(DataInput in, int version) throws IOException;

    /**
     * Encodes a state into a frame of {@link StateEncoding}: magic, kind, version, configuration, payload, CRC-32.
     *
     * @param state the state
     * @return the framed bytes
     * @throws IllegalArgumentException if the payload is larger than {@link StateEncoding#MAX_PAYLOAD}
     */
    static byte[] encode(MergeableState<?> state) {
        try {
            ByteArrayOutputStream payload = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(payload);
            state.writePayload(out);
            out.flush();
            return StateEncoding.frame(state.kind(), state.version(), state.configuration(), payload.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
    }

    /**
     * Decodes bytes written by {@link #encode} into a new state configured as {@code like}.
     *
     * @param like any state (usually an empty one) of the kind and configuration expected
     * @param bytes the framed bytes
     * @param <S> the state type
     * @return the decoded state
     * @throws StateFormatException if the bytes are truncated, corrupted, of another kind, of a version outside
     *         1..{@code like.version()}, written under another configuration (naming each setting that differs,
     *         with the state's value and the expected one), or hold bytes after the payload
     */
    static <S extends MergeableState<S>> S decode(S like, byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes must not be null");
        StateEncoding.Unframed u = StateEncoding.unframe(bytes, like.kind(), like.version(), like.configuration());
        try {
            ByteArrayInputStream raw = u.input();
            S state = like.readPayload(new DataInputStream(raw), u.version());
            if (raw.available() != 0) {
                throw new StateFormatException(raw.available() + " bytes left over after the " + like.kind()
                        + " state");
            }
            return state;
        } catch (EOFException e) {
            throw new StateFormatException("encoded " + like.kind() + " state ends early", e);
        } catch (IOException e) {
            throw new StateFormatException("encoded " + like.kind() + " state cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * A deep copy, made through the codec: what {@link #merge} uses when a state is merged with itself.
     *
     * @param state the state
     * @param <S> the state type
     * @return an equal, independent state
     */
    static <S extends MergeableState<S>> S copy(S state) {
        return decode(state, encode(state));
    }

    /**
     * Checks that two states may merge: same kind, same configuration.
     *
     * @param mine the state merged into
     * @param theirs the state merged from
     * @throws IllegalArgumentException naming the kinds, or each setting that differs with both values
     *         ({@code step 'channel' (this state) vs 'touchpoint' (the other state)})
     */
    static void requireSameConfiguration(MergeableState<?> mine, MergeableState<?> theirs) {
        Objects.requireNonNull(theirs, "other state must not be null");
        if (!mine.kind().equals(theirs.kind())) {
            throw new IllegalArgumentException("cannot merge a " + theirs.kind() + " state into a " + mine.kind()
                    + " state");
        }
        String diff = Configurations.difference(mine.configuration(), theirs.configuration(), "this state",
                "the other state");
        if (!diff.isEmpty()) {
            throw new IllegalArgumentException("cannot merge " + mine.kind() + " states configured differently: "
                    + diff);
        }
    }

    /**
     * Reads a count written by a payload, checking it is within {@code 0..max}.
     *
     * @param in the payload
     * @param what the field, for the message
     * @param max the largest valid count
     * @return the count
     * @throws IOException if the input ends early
     * @throws StateFormatException if the count is negative or above max
     */
    static long readCount(DataInput in, String what, long max) throws IOException {
        long v = in.readLong();
        if (v < 0 || v > max) {
            throw new StateFormatException(what + " must be within 0.." + max + ", was " + v);
        }
        return v;
    }

    /**
     * Reads a collection size written by a payload, checking it is within {@code 0..max} so that garbage cannot
     * make a reader allocate gigabytes.
     *
     * @param in the payload
     * @param what the field, for the message
     * @param max the largest valid size
     * @return the size
     * @throws IOException if the input ends early
     * @throws StateFormatException if the size is negative or above max
     */
    static int readSize(DataInput in, String what, int max) throws IOException {
        int v = in.readInt();
        if (v < 0 || v > max) {
            throw new StateFormatException(what + " must be within 0.." + max + ", was " + v);
        }
        return v;
    }
}
