package io.cxkit.metrics.retention;

/**
 * Churn and retention of a fixed cohort over one period, from customer counts:
 * <ul>
 *   <li>churn rate = customers lost during the period / customers at its start;</li>
 *   <li>retention rate = (customers at its end − new customers) / customers at its start.</li>
 * </ul>
 * New customers are those at the end who were not there at the start, so the customers lost are
 * {@code start − (end − new)} and the two rates add up to 1.
 *
 * @param customersAtStart customers at the start of the period, at least 1
 * @param customersAtEnd customers at its end
 * @param newCustomers customers gained during it, at most {@code customersAtEnd}
 */
public record PeriodRates(long customersAtStart, long customersAtEnd, long newCustomers) {
    /**
     * @param customersAtStart customers at the start of the period, at least 1
     * @param customersAtEnd customers at its end
     * @param newCustomers customers gained during it, at most {@code customersAtEnd}
     * @throws IllegalArgumentException if a count is negative, the start is 0, new customers exceed the end,
     *         or more customers were kept ({@code end − new}) than there were at the start
     */
    public PeriodRates {
        if (customersAtStart <= 0) {
            throw new IllegalArgumentException("customers at start must be positive, was " + customersAtStart);
        }
        if (customersAtEnd < 0 || newCustomers < 0 || newCustomers > customersAtEnd) {
            throw new IllegalArgumentException("new customers must be within 0..customers at end ("
                    + customersAtEnd + "), was " + newCustomers);
        }
        if (customersAtEnd - newCustomers > customersAtStart) {
            throw new IllegalArgumentException("customers kept (end − new = " + (customersAtEnd - newCustomers)
                    + ") must not exceed customers at start (" + customersAtStart + ")");
        }
    }

    /**
     * The customers lost during the period: {@code start − (end − new)}.
     *
     * @return the customers lost during the period: {@code start − (end − new)}
     */
    public long customersLost() {
        return customersAtStart - (customersAtEnd - newCustomers);
    }

    /**
     * Customers lost / customers at start, in [0, 1].
     *
     * @return customers lost / customers at start, in [0, 1]
     */
    public double churnRate() {
        return (double) customersLost() / customersAtStart;
    }

    /**
     * (Customers at end − new customers) / customers at start, in [0, 1].
     *
     * @return (Customers at end − new customers) / customers at start, in [0, 1]
     */
    public double retentionRate() {
        return (double) (customersAtEnd - newCustomers) / customersAtStart;
    }

    /**
     * The share of a cohort kept after {@code periods} periods at a constant churn rate per period:
     * {@code (1 − churn)^periods}. 5% a month keeps 0.95¹² ≈ 54% after a year.
     *
     * @param churnRatePerPeriod the churn rate per period
     * @param periods the number of periods, at least 0
     * @return the share of a cohort kept after {@code periods} periods at a constant churn rate per period: {@code (1 −
     *         churn)^periods}
     * @throws IllegalArgumentException if the rate is not within [0, 1] or periods is negative
     */
    public static double compoundedRetention(double churnRatePerPeriod, int periods) {
        if (!(churnRatePerPeriod >= 0 && churnRatePerPeriod <= 1)) {
            throw new IllegalArgumentException("churn rate must be within [0, 1], was " + churnRatePerPeriod);
        }
        if (periods < 0) {
            throw new IllegalArgumentException("periods must not be negative, was " + periods);
        }
        return Math.pow(1 - churnRatePerPeriod, periods);
    }
}
