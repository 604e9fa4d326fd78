package io.cxkit.beam;

import io.cxkit.metrics.Accumulator;
import io.cxkit.metrics.Metric;
import io.cxkit.metrics.MetricRegistry;
import io.cxkit.metrics.MetricSpec;
import io.cxkit.metrics.StateEncoding;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.CustomCoder;

/**
 * A Beam coder for one metric's accumulator state, in the framed, configuration-carrying form of
 * {@link StateEncoding}. It holds the metric's {@link MetricSpec} (serializable) and rebuilds the metric on each
 * worker; decoding refuses a state of another metric or configuration with
 * {@link io.cxkit.metrics.StateFormatException}.
 *
 * @param <A> the accumulator
 */
public final class StateCoder<A extends Accumulator<A>> extends CustomCoder<A> {
    private static final long serialVersionUID = 1L;
    /** The metric and configuration every state this coder reads must have. */
    private final MetricSpec spec;
    private transient Metric<A> metric;

    StateCoder(MetricSpec spec) {
        this.spec = spec;
    }

    /**
     * The coder of a spec's states.
     *
     * @param spec the metric's spec
     * @param <A> its accumulator
     * @return the coder
     */
    public static <A extends Accumulator<A>> StateCoder<A> of(MetricSpec spec) {
        return new StateCoder<>(spec);
    }

    @SuppressWarnings("unchecked")
    Metric<A> metric() {
        if (metric == null) {
            metric = (Metric<A>) spec.create(MetricRegistry.discover());
        }
        return metric;
    }

    @Override
    public void encode(A value, OutputStream out) throws IOException {
        Frames.write(StateEncoding.encode(metric(), value), out);
    }

    @Override
    public A decode(InputStream in) throws IOException {
        return StateEncoding.decode(metric(), Frames.read(in));
    }
}
