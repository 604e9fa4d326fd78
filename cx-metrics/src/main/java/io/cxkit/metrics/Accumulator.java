package io.cxkit.metrics;

import io.cxkit.core.Interaction;

/**
 * The mutable state of one metric over some interactions: the "accumulator" of Flink's AggregateFunction,
 * Beam's CombineFn and Spark's Aggregator. One contract therefore serves a service thread, a batch job and a
 * distributed engine.
 *
 * <p>Contract, checked for every implementation by the compatibility kit ({@code MetricCompatibilityKit} in
 * the {@code cx-metrics-tck} artifact):
 * <ul>
 *   <li>{@link #add} ignores interactions that carry nothing this metric measures, and allocates nothing;</li>
 *   <li>{@link #merge} is associative and commutative, and a fresh accumulator is its identity: splitting an
 *       input anywhere and merging the parts gives the same {@link #result} as one pass;</li>
 *   <li>{@link #result} does not change the state.</li>
 * </ul>
 * Accumulators are not thread-safe; use {@link Recorder} to record from many threads.
 *
 * @param <A> the accumulator's own type, so that {@link #merge} takes a like state
 */
public interface Accumulator<A extends Accumulator<A>> {

    /**
     * Adds one interaction.
     *
     * @param interaction the interaction to add
     * @throws IllegalArgumentException if the interaction holds a value this metric cannot take (for example a
     *         CSAT answer on a scale the metric was not configured for)
     */
    void add(Interaction interaction);

    /**
     * Adds the state of {@code other} into this one. {@code other} is not changed, unless it is this state
     * itself: then everything counts twice.
     *
     * @param other the state to merge in; it is not changed
     * @throws IllegalArgumentException if the two states were configured differently (their metrics'
     *         {@link Metric#configuration()} differ; the message names the settings), or the merged state would
     *         hold more than it can count
     */
    void merge(A other);

    /**
     * The figure for everything added so far, with its n, interval and method.
     *
     * @return the figure for everything added so far, with its n, interval and method
     */
    Estimate result();

    /**
     * The number of observations this metric has counted (answers, contacts, customers).
     *
     * @return the number of observations this metric has counted (answers, contacts, customers)
     */
    long count();

    /**
     * Why {@link #result()} has no observation (n 0), and what to do about it, when the metric can tell more
     * than "no data": for example that no contact carried the issue key FCR groups by, and which setting names
     * the field; or that the churn period has no customers at its start. Front ends show it instead of an
     * empty figure. Empty when the result has observations or the metric has nothing to add.
     *
     * @return a sentence for a user, naming the setting to change where one would help
     */
    default java.util.Optional<String> emptyReason() {
        return java.util.Optional.empty();
    }
}
