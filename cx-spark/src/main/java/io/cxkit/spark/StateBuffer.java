package io.cxkit.spark;

import io.cxkit.metrics.Accumulator;
import io.cxkit.metrics.Metric;
import io.cxkit.metrics.MetricSpec;
import io.cxkit.metrics.StateEncoding;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;

/**
 * The aggregation buffer of a {@link MetricAggregator}: a metric's accumulator, kept as an object while Spark
 * adds and merges, and written only at a shuffle, as its spec and its {@link StateEncoding} frame (never the
 * accumulator's own fields). Reading a frame of another metric or configuration fails with
 * {@link io.cxkit.metrics.StateFormatException}.
 */
public final class StateBuffer implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The metric and configuration of the state, which name its codec. */
    private final MetricSpec spec;
    private transient Accumulator<?> state;

    StateBuffer(MetricSpec spec, Accumulator<?> state) {
        this.spec = spec;
        this.state = state;
    }

    /**
     * The metric's spec.
     *
     * @return the spec
     */
    public MetricSpec spec() {
        return spec;
    }

    /**
     * The accumulator.
     *
     * @return the state, live (not a copy)
     */
    public Accumulator<?> state() {
        return state;
    }

    /**
     * Writes the spec, then the state in its framed binary encoding ({@link StateEncoding#encode}).
     *
     * @param out the stream
     * @throws IOException if writing fails
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        byte[] bytes = StateEncoding.encode((Metric) Metrics.of(spec), (Accumulator) state);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /**
     * Reads what {@link #writeObject} wrote, refusing a state of another metric or configuration.
     *
     * @param in the stream
     * @throws IOException if reading fails or the state is malformed
     * @throws ClassNotFoundException if the spec's class is missing
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        int n = in.readInt();
        if (n < 0 || n > StateEncoding.MAX_PAYLOAD + 64 * 1024) {
            throw new io.cxkit.metrics.StateFormatException("a state buffer declares " + n + " bytes");
        }
        byte[] bytes = new byte[n];
        in.readFully(bytes);
        state = StateEncoding.decode((Metric) Metrics.of(spec), bytes);
    }
}
