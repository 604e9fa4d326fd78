package io.cxkit.metrics.drivers;

import io.cxkit.metrics.Interval;
import java.util.Objects;

/**
 * One term of a logistic regression.
 *
 * @param name the term, {@code (intercept)} for the intercept
 * @param estimate the coefficient on the log-odds scale
 * @param stdError its standard error, from the inverse Fisher information at the estimate
 * @param z the Wald statistic estimate / stdError
 * @param pValue the two-sided Wald p-value, 2 Φ(−|z|)
 * @param oddsRatio exp(estimate): the factor by which the odds change per unit of the term
 * @param interval the Wald interval of the estimate, estimate ± z_{1−α/2} stdError (log-odds)
 * @param oddsRatioInterval the same interval exponentiated
 */
public record Coefficient(String name, double estimate, double stdError, double z, double pValue, double oddsRatio,
                          Interval interval, Interval oddsRatioInterval) {
    /**
     * @param name the term, {@code (intercept)} for the intercept
     * @param estimate the coefficient on the log-odds scale
     * @param stdError its standard error, from the inverse Fisher information at the estimate
     * @param z the Wald statistic estimate / stdError
     * @param pValue the two-sided Wald p-value, 2 Φ(−|z|)
     * @param oddsRatio exp(estimate): the factor by which the odds change per unit of the term
     * @param interval the Wald interval of the estimate, estimate ± z_{1−α/2} stdError (log-odds)
     * @param oddsRatioInterval the same interval exponentiated
     * @throws NullPointerException if a field is null
     */
    public Coefficient {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(oddsRatioInterval, "oddsRatioInterval");
    }
}
