package io.cxkit.metrics;

/**
 * A metric: a named, configured factory of {@link Accumulator accumulators} plus the versioned codec of their
 * state. Built-in metrics and users' own implement this interface; users' own are found through
 * {@link java.util.ServiceLoader} (declare the implementation in
 * {@code META-INF/services/io.cxkit.metrics.MetricProvider}) or registered explicitly in a
 * {@link MetricRegistry}.
 *
 * @param <A> the accumulator type
 */
public interface Metric<A extends Accumulator<A>> {

    /** The metric's short name as used on the command line and in JSON: {@code nps}, {@code csat}, ... */
    String name();

    /** A new, empty accumulator: the identity of {@link Accumulator#merge}. */
    A newAccumulator();

    /** The codec of this metric's state. */
    StateCodec<A> codec();
}
