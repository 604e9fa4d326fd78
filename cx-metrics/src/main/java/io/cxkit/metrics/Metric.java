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

    /**
     * The portable recipe that rebuilds this metric, configured alike, in another JVM:
     * {@code metric.spec().create(MetricRegistry.discover())} has the same {@link #configuration()} and gives the
     * same results. Every built-in metric gives it, however it was built (by its provider or its builder), by
     * writing its settings back as the provider's {@link MetricOptions}.
     *
     * <p>The default serves a metric with nothing to configure (empty {@link #configuration()} and no
     * {@link #confidenceLevel()}): its registered name is its whole recipe. A configured metric of a user's own
     * must override it.
     *
     * @return the spec
     * @throws UnsupportedOperationException if the metric is configured and does not override this method
     */
    default MetricSpec spec() {
        if (configuration().isEmpty() && confidenceLevel().isEmpty()) {
            return MetricSpec.of(name());
        }
        throw new UnsupportedOperationException("metric '" + name() + "' (" + getClass().getName() + ") is configured "
                + configuration() + " but does not say how to rebuild it: override Metric#spec()");
    }

    /**
     * The history an interaction joins, for a metric whose state keeps per-contact history (an event log per
     * issue, conversation or customer) rather than counts: the incremental state API of engines that store state
     * as bytes and rewrite a key's whole state after each record (Kafka Streams, a key-value store).
     *
     * <p>Contract: the interactions of one history key shape only that key's part of the state, so a state built
     * from each key's interactions alone, then all merged, equals the state of one pass over everything (the
     * {@link Accumulator#merge} contract, split by this key). An engine therefore keeps one state per
     * (group, history key), writes only the touched key's state per record (its size is one customer's history,
     * whatever the total input), and merges a group's keys when its result is read.
     *
     * <p>Empty (the default) for a metric whose state has a constant size (counts and sums: NPS, CSAT, CES, AHT),
     * which an engine keeps as one state per group. Built-in log-keeping metrics (FCR, FRT, resolution time,
     * churn) key by the customer id, the coarsest key under which their definitions are independent.
     *
     * @param interaction the interaction about to be added
     * @return the history key (for example the customer id), or empty when the state does not keep history
     */
    default java.util.Optional<String> historyKey(io.cxkit.core.Interaction interaction) {
        return java.util.Optional.empty();
    }
}
