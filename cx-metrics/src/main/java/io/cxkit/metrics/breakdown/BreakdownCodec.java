package io.cxkit.metrics.breakdown;

import io.cxkit.metrics.Accumulator;
import io.cxkit.metrics.Metric;
import io.cxkit.metrics.StateEncoding;
import io.cxkit.metrics.StateFormatException;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The versioned binary form of a whole {@link Breakdown}, so that an engine can ship a partial breakdown (one
 * worker's, one day's) as bytes and merge it elsewhere. Each group's states are written by their metrics' own
 * codecs ({@link StateEncoding} frames, which carry each metric's configuration); the breakdown's frame is a
 * {@link StateEncoding#frame frame} of its own, named {@value #NAME}, with the metric and dimension names as its
 * configuration and a CRC-32.
 *
 * <p>Payload, version {@value #VERSION} (big-endian, {@link java.io.DataOutput}):
 * <pre>
 *   int    number of groups
 *   per group, in key order:
 *     UTF    the value of each dimension, in the breakdown's order
 *     per metric, in the breakdown's order: int length, then that many bytes of its StateEncoding frame
 * </pre>
 * Decoding refuses, with {@link StateFormatException}: corrupt or truncated bytes, a frame that is not a
 * breakdown, a newer version, other metric or dimension names, and a state written under another configuration
 * of its metric (the message names the setting with both values).
 */
public final class BreakdownCodec {
    /** The frame's name. */
    public static final String NAME = "breakdown";
    /** The payload version written. */
    public static final int VERSION = 1;
    /** Most groups a frame may declare, so that garbage cannot make the decoder allocate without bound. */
    public static final int MAX_GROUPS = 1 << 24;

    private BreakdownCodec() {
    }

    /**
     * Encodes a breakdown: every group with every metric's state.
     *
     * @param breakdown the breakdown; not changed
     * @return the framed bytes
     * @throws IllegalArgumentException if the encoded breakdown exceeds {@link StateEncoding#MAX_PAYLOAD}
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static byte[] encode(Breakdown breakdown) {
        try {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(buf);
            Map<Map<String, String>, Map<String, Accumulator<?>>> states = breakdown.states();
            out.writeInt(states.size());
            for (Map.Entry<Map<String, String>, Map<String, Accumulator<?>>> g : states.entrySet()) {
                for (Dimension d : breakdown.dimensions()) {
                    out.writeUTF(g.getKey().get(d.name()));
                }
                for (Metric m : breakdown.metrics()) {
                    byte[] state = StateEncoding.encode(m, (Accumulator) g.getValue().get(m.name()));
                    out.writeInt(state.length);
                    out.write(state);
                }
            }
            out.flush();
            return StateEncoding.frame(NAME, VERSION, configuration(breakdown.metrics(), breakdown.dimensions()),
                    buf.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
    }

    /**
     * Decodes a breakdown written by {@link #encode} for the same metrics (configured alike) and dimensions.
     *
     * @param bytes the framed bytes
     * @param metrics the breakdown's metrics, in its order
     * @param dimensions the breakdown's dimensions, in its order
     * @return a new breakdown holding the decoded groups
     * @throws StateFormatException if the bytes are corrupt, truncated, not a breakdown, of a newer version, of
     *         other metric or dimension names, or hold a state of another configuration
     * @throws IllegalArgumentException if the metrics or dimensions are not a valid breakdown's
     */
    public static Breakdown decode(byte[] bytes, List<? extends Metric<?>> metrics, List<Dimension> dimensions) {
        Breakdown b = Breakdown.of(metrics, dimensions);
        StateEncoding.Unframed u = StateEncoding.unframe(bytes, NAME, VERSION, configuration(b.metrics(),
                b.dimensions()));
        try {
            DataInputStream in = new DataInputStream(u.input());
            int groups = in.readInt();
            if (groups < 0 || groups > MAX_GROUPS) {
                throw new StateFormatException("encoded breakdown declares " + groups + " groups, at most "
                        + MAX_GROUPS);
            }
            for (int g = 0; g < groups; g++) {
                List<String> values = new ArrayList<>(dimensions.size());
                for (int d = 0; d < dimensions.size(); d++) {
                    values.add(in.readUTF());
                }
                List<Accumulator<?>> states = new ArrayList<>(b.metrics().size());
                for (Metric<?> m : b.metrics()) {
                    int length = in.readInt();
                    if (length < 0 || length > in.available()) {
                        throw new StateFormatException("encoded breakdown: group " + values + " declares a "
                                + m.name() + " state of " + length + " bytes, " + in.available() + " left");
                    }
                    byte[] state = new byte[length];
                    in.readFully(state);
                    states.add(decodeState(m, state, values));
                }
                int before = b.size();
                b.mergeGroup(values, states);
                if (b.size() == before) {
                    throw new StateFormatException("encoded breakdown holds group " + values + " twice");
                }
            }
            if (in.available() != 0) {
                throw new StateFormatException(in.available() + " bytes left over after the breakdown's groups");
            }
            return b;
        } catch (EOFException e) {
            throw new StateFormatException("encoded breakdown ends early", e);
        } catch (IOException e) {
            throw new StateFormatException("encoded breakdown cannot be read: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Accumulator<?> decodeState(Metric m, byte[] state, List<String> group) {
        try {
            return StateEncoding.decode(m, state);
        } catch (StateFormatException e) {
            throw new StateFormatException("encoded breakdown, group " + group + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> configuration(List<Metric<?>> metrics, List<Dimension> dimensions) {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("metrics", String.join(",", metrics.stream().map(Metric::name).toList()));
        c.put("dimensions", String.join(",", dimensions.stream().map(Dimension::name).toList()));
        return c;
    }
}
