package io.cxkit.spark;

import io.cxkit.core.Interaction;
import io.cxkit.metrics.Accumulator;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.MetricSpec;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * Any cxkit metric as a typed Spark {@link Aggregator}: the buffer is the metric's accumulator in a
 * {@link StateBuffer}, merged by its associative, commutative {@code merge} and encoded only at the shuffle; the
 * output is its {@link Estimate}, encoded by {@link CxEncoders#estimate()}. Use it with
 * {@code groupByKey(...).agg(MetricAggregator.of(spec).toColumn())}.
 */
public final class MetricAggregator extends Aggregator<Interaction, StateBuffer, Estimate> {
    private static final long serialVersionUID = 1L;
    /** The metric to aggregate, sent to the executors in place of the metric. */
    private final MetricSpec spec;

    private MetricAggregator(MetricSpec spec) {
        this.spec = spec;
    }

    /**
     * The aggregator of a metric.
     *
     * @param spec the metric's spec
     * @return the aggregator
     */
    public static MetricAggregator of(MetricSpec spec) {
        return new MetricAggregator(spec);
    }

    @Override
    public StateBuffer zero() {
        return new StateBuffer(spec, Metrics.of(spec).newAccumulator());
    }

    @Override
    public StateBuffer reduce(StateBuffer buffer, Interaction input) {
        buffer.state().add(input);
        return buffer;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public StateBuffer merge(StateBuffer into, StateBuffer other) {
        ((Accumulator) into.state()).merge(other.state());
        return into;
    }

    @Override
    public Estimate finish(StateBuffer buffer) {
        return buffer.state().result();
    }

    @Override
    public Encoder<StateBuffer> bufferEncoder() {
        return Encoders.javaSerialization(StateBuffer.class);
    }

    @Override
    public Encoder<Estimate> outputEncoder() {
        return CxEncoders.estimate();
    }
}
