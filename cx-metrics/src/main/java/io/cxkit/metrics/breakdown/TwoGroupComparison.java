package io.cxkit.metrics.breakdown;

import io.cxkit.core.Interaction;
import io.cxkit.metrics.Accumulator;
import io.cxkit.metrics.ComparableMetric;
import io.cxkit.metrics.Comparison;
import java.time.Instant;
import java.util.Objects;

/**
 * "Did our change help?": one metric in a baseline and a current group, tested with the metric's own
 * two-sample test. The groups are either before and after an instant, or two values of a dimension.
 * Interactions in neither group are ignored. Not thread-safe.
 *
 * @param <A> the metric's accumulator type
 */
public final class TwoGroupComparison<A extends Accumulator<A>> {
    private final ComparableMetric<A> metric;
    private final Assigner assigner;
    private final A baseline;
    private final A current;

    /** Which group an interaction belongs to: 0 baseline, 1 current, −1 neither. */
    private interface Assigner {
        int groupOf(Interaction interaction);
    }

    private TwoGroupComparison(ComparableMetric<A> metric, Assigner assigner) {
        this.metric = Objects.requireNonNull(metric, "metric");
        this.assigner = assigner;
        this.baseline = metric.newAccumulator();
        this.current = metric.newAccumulator();
    }

    /**
     * Baseline: interactions before {@code splitAt}; current: at or after it.
     *
     * @param <A> the metric's accumulator type
     * @param metric the metric
     * @param splitAt the split at
     * @return baseline: interactions before {@code splitAt}; current: at or after it
     */
    public static <A extends Accumulator<A>> TwoGroupComparison<A> splitAt(ComparableMetric<A> metric,
                                                                           Instant splitAt) {
        Objects.requireNonNull(splitAt, "splitAt");
        return new TwoGroupComparison<>(metric, i -> i.timestamp().isBefore(splitAt) ? 0 : 1);
    }

    /**
     * Baseline: interactions whose {@code dimension} is {@code a}; current: those where it is {@code b}.
     *
     * @param <A> the metric's accumulator type
     * @param metric the metric
     * @param dimension the dimension
     * @param a {@code a} in the description above
     * @param b {@code b} in the description above
     * @return baseline: interactions whose {@code dimension} is {@code a}; current: those where it is {@code b}
     */
    public static <A extends Accumulator<A>> TwoGroupComparison<A> between(ComparableMetric<A> metric,
                                                                           Dimension dimension, String a, String b) {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.equals(b)) {
            throw new IllegalArgumentException("the two groups must differ, both were '" + a + "'");
        }
        return new TwoGroupComparison<>(metric, i -> {
            String v = dimension.valueOf(i);
            return v.equals(a) ? 0 : v.equals(b) ? 1 : -1;
        });
    }

    /**
     * Adds an interaction to its group, if it has one.
     *
     * @param interaction the interaction to add
     * @throws IllegalArgumentException if the metric rejects it
     */
    public void add(Interaction interaction) {
        int g = assigner.groupOf(interaction);
        if (g == 0) {
            baseline.add(interaction);
        } else if (g == 1) {
            current.add(interaction);
        }
    }

    /**
     * The baseline group's state.
     *
     * @return the baseline group's state
     */
    public A baseline() {
        return baseline;
    }

    /**
     * The current group's state.
     *
     * @return the current group's state
     */
    public A current() {
        return current;
    }

    /**
     * The two-sample test of current against baseline.
     *
     * @param confidence the two-sided confidence level, in (0, 1), e.g. 0.95
     * @return the two-sample test of current against baseline
     * @throws IllegalArgumentException if the confidence is not in (0, 1), or the metric was built at another
     *         level
     */
    public Comparison compare(double confidence) {
        io.cxkit.metrics.Configurations.requireLevel(metric, confidence);
        return metric.compare(baseline, current, confidence);
    }

    /**
     * The two-sample test of current against baseline at the metric's own confidence level.
     *
     * @return the two-sample test of current against baseline at the metric's own confidence level
     */
    public Comparison compare() {
        return metric.compare(baseline, current);
    }
}
