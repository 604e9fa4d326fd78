package io.cxkit.flink;

import io.cxkit.core.Interaction;
import io.cxkit.metrics.Accumulator;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.Metric;
import io.cxkit.metrics.MetricRegistry;
import io.cxkit.metrics.MetricSpec;
import org.apache.flink.api.common.functions.AggregateFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;

/**
 * Any cxkit metric as a Flink {@link AggregateFunction}: the accumulator is the metric's, merged by its
 * associative, commutative {@code merge} (session windows), and the result its {@link Estimate}. Built from a
 * {@link MetricSpec}, so the function ships to task managers as a small recipe. Pass {@link #stateType()} and
 * {@link CxTypes#estimate()} to {@code aggregate(...)} so no type is left to Kryo.
 *
 * @param <A> the accumulator
 */
public final class MetricAggregateFunction<A extends Accumulator<A>>
        implements AggregateFunction<Interaction, A, Estimate> {
    private static final long serialVersionUID = 1L;
    /** The metric to aggregate; the metric itself is made again from it after deserialisation. */
    private final MetricSpec spec;
    private transient Metric<A> metric;

    private MetricAggregateFunction(MetricSpec spec) {
        this.spec = spec;
    }

    /**
     * The aggregate function of a metric.
     *
     * @param spec the metric's spec
     * @param <A> its accumulator
     * @return the function
     */
    public static <A extends Accumulator<A>> MetricAggregateFunction<A> of(MetricSpec spec) {
        return new MetricAggregateFunction<>(spec);
    }

    /**
     * The type information of this function's accumulator ({@link CxTypes#state(MetricSpec)} of its spec).
     *
     * @return the type information
     */
    public TypeInformation<A> stateType() {
        return CxTypes.state(spec);
    }

    @SuppressWarnings("unchecked")
    private Metric<A> metric() {
        if (metric == null) {
            metric = (Metric<A>) spec.create(MetricRegistry.discover());
        }
        return metric;
    }

    @Override
    public A createAccumulator() {
        return metric().newAccumulator();
    }

    @Override
    public A add(Interaction value, A accumulator) {
        accumulator.add(value);
        return accumulator;
    }

    @Override
    public Estimate getResult(A accumulator) {
        return accumulator.result();
    }

    @Override
    public A merge(A a, A b) {
        a.merge(b);
        return a;
    }
}
