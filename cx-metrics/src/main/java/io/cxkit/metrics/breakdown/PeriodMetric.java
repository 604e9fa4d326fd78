package io.cxkit.metrics.breakdown;

import io.cxkit.metrics.Accumulator;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.Metric;
import java.util.Optional;

/**
 * A metric whose figure for a time bucket needs the bucket before it as well: churn in a month compares the
 * customers active in the month before with those active in it. A {@link Breakdown} by a time dimension gives
 * such a metric the merged state of the bucket and the one before it (same other dimensions), and asks for the
 * figure of the bucket's own period, so that {@code --bucket month} gives each month's churn.
 *
 * @param <A> the accumulator type
 */
public interface PeriodMetric<A extends Accumulator<A>> extends Metric<A> {

    /**
     * The figure for the period labelled {@code label} of {@code bucket} (e.g. {@code 2025-03} of
     * {@link TimeBucket#MONTH}), over a state that holds that period's interactions and the previous period's.
     *
     * @param state the merged state of the period and the one before it; not changed
     * @param bucket the time bucket
     * @param label the label shown with the result
     * @return the figure, or empty if this metric has no figure per bucket of that kind (then the breakdown
     *         shows the state's plain {@link Accumulator#result()})
     */
    Optional<Estimate> resultForPeriod(A state, TimeBucket bucket, String label);
}
