package io.cxkit.metrics.service;

import java.util.Objects;
import java.util.Optional;

/**
 * The settings the builders of the duration metrics ({@link FirstResponseTime}, {@link ResolutionTime}) add to
 * {@link ContactMetricBuilder}: the clock (wall or business hours) and the quantile estimator of the median
 * and p90.
 *
 * @param <B> the concrete builder
 */
abstract class DurationMetricBuilder<B extends DurationMetricBuilder<B>> extends ContactMetricBuilder<B> {
    Optional<BusinessCalendar> calendar = Optional.empty();
    QuantileEstimator estimator = QuantileEstimator.defaultEstimator();

    DurationMetricBuilder(ContactScope defaultScope) {
        super(defaultScope);
    }

    /**
     * Counts business time on this calendar only (default: wall-clock time).
     *
     * @param c the business calendar
     * @return this builder, for chaining
     */
    public B calendar(BusinessCalendar c) {
        calendar = Optional.of(c);
        return self();
    }

    /**
     * Sets the quantile estimator (default Hyndman–Fan type 7).
     *
     * @param q the quantile estimator (default Hyndman–Fan type 7)
     * @return this builder, for chaining
     */
    public B estimator(QuantileEstimator q) {
        estimator = Objects.requireNonNull(q, "estimator");
        return self();
    }
}
