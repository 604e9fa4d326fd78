package io.cxkit.metrics;

import io.cxkit.core.Interaction;

/**
 * An accumulator that also takes survey weights, as raking or post-stratification produce them. Adding with
 * weight 1 is the same as {@link #add}. Weighted results report the Kish effective sample size
 * {@code (Σw)² / Σw²} (Kish 1965, <i>Survey Sampling</i>, §11.7) and use it in their intervals.
 *
 * @param <A> the accumulator's own type
 */
public interface WeightedAccumulator<A extends WeightedAccumulator<A>> extends Accumulator<A> {

    /**
     * Adds one interaction with a survey weight.
     *
     * @param interaction the interaction to add
     * @param weight the points at stake, positive
     * @throws IllegalArgumentException if the weight is negative, NaN or infinite, or the interaction holds a
     *         value this metric cannot take
     */
    void addWeighted(Interaction interaction, double weight);
}
