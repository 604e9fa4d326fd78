package io.cxkit.metrics.retention;

import io.cxkit.metrics.Estimate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The churn figure with its typed parts: the month it is for and the customer counts behind it, so that nothing
 * needs to read them back from {@link Estimate#details()}.
 *
 * @param estimate the churn rate in [0, 1] with n = customers at the start and its interval
 * @param period the month the figure is for
 * @param periodRule how the month was chosen: {@code set} (the {@code churn.period} setting), {@code bucket}
 *        (a breakdown's month), {@code last-complete-month} (the default) or {@code latest-month} (a state
 *        written before the latest day was kept)
 * @param customersAtStart customers active in the month before and not churned in it
 * @param customersAtEnd customers active in the month and not churned in it
 * @param newCustomers customers at the end who were not at the start
 * @param customersLost customers at the start who are not at the end
 */
public record ChurnEstimate(Estimate estimate, YearMonth period, String periodRule, long customersAtStart,
                            long customersAtEnd, long newCustomers, long customersLost) {
    /**
     * @param estimate the churn rate in [0, 1] with n = customers at the start and its interval
     * @param period the month the figure is for
     * @param periodRule how the month was chosen: {@code set} (the {@code churn.period} setting), {@code bucket} (a
     *        breakdown's month), {@code last-complete-month} (the default) or {@code latest-month} (a state written
     *        before the latest day was kept)
     * @param customersAtStart customers active in the month before and not churned in it
     * @param customersAtEnd customers active in the month and not churned in it
     * @param newCustomers customers at the end who were not at the start
     * @param customersLost customers at the start who are not at the end
     * @throws IllegalArgumentException if a count is negative or more are lost than were at the start
     */
    public ChurnEstimate {
        Objects.requireNonNull(estimate, "estimate");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(periodRule, "periodRule");
        if (customersAtStart < 0 || customersAtEnd < 0 || newCustomers < 0 || customersLost < 0
                || customersLost > customersAtStart) {
            throw new IllegalArgumentException("churn counts must be non-negative with lost <= start, were start "
                    + customersAtStart + ", end " + customersAtEnd + ", new " + newCustomers + ", lost "
                    + customersLost);
        }
    }

    /**
     * The retention rate (customers at the start still there at the end, over the start); NaN with none.
     *
     * @return the retention rate (customers at the start still there at the end, over the start); NaN with none
     */
    public double retentionRate() {
        return customersAtStart == 0 ? Double.NaN : (double) (customersAtStart - customersLost) / customersAtStart;
    }
}
