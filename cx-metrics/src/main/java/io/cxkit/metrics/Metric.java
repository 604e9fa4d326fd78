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

    /**
     * The metric's short name as used on the command line and in JSON: {@code nps}, {@code csat}, ...
     *
     * @return the metric's short name as used on the command line and in JSON: {@code nps}, {@code csat}, ..
     */
    String name();

    /**
     * A new, empty accumulator: the identity of {@link Accumulator#merge}.
     *
     * @return a new, empty accumulator: the identity of {@link Accumulator#merge}
     */
    A newAccumulator();

    /**
     * The codec of this metric's state.
     *
     * @return the codec of this metric's state
     */
    StateCodec<A> codec();

    /**
     * The settings that shape this metric's state or answer, by name, in a stable order: for example
     * {@code window=P7D}, {@code issue-key=attr.issue}, {@code confidence=0.95}. {@link StateEncoding} writes
     * them beside the state and {@link StateEncoding#decode decode} refuses a state written under other
     * settings; accumulators refuse to {@link Accumulator#merge merge} a state of a differently configured
     * metric ({@link Configurations#requireSame}). Empty (the default) for a metric with nothing to configure.
     *
     * @return setting name to its value as text; two metrics are configured alike exactly when these are equal
     */
    default java.util.Map<String, String> configuration() {
        return java.util.Map.of();
    }

    /**
     * The two-sided confidence level this metric's intervals and comparisons use, if it has one: the one place
     * the level lives, so that a metric built at 0.90 is not compared at 0.95 ({@link Configurations#requireLevel}).
     *
     * @return the level in (0, 1), or empty for a metric without intervals (the default)
     */
    default java.util.OptionalDouble confidenceLevel() {
        return java.util.OptionalDouble.empty();
    }
}
