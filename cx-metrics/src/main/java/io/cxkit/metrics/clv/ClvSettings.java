package io.cxkit.metrics.clv;

import java.util.Objects;

/**
 * How lifetime value is computed: over how many periods, in which unit, discounted at which rate per period,
 * at which margin. The unit must be the unit of the summaries the models were fitted on; it is carried so that
 * every output states it, because mixing units (a weekly model, a daily horizon, an annual rate) is the classic
 * CLV error.
 *
 * @param horizon the number of periods, within 1..{@link #MAX_HORIZON}
 * @param unit the period unit of the horizon and of the discount rate
 * @param discountRatePerPeriod the discount rate per period (0.01 = 1 % a period), ≥ 0
 * @param margin the share of revenue kept as profit, within [0, 1]
 */
public record ClvSettings(int horizon, PeriodUnit unit, double discountRatePerPeriod, double margin) {
    /**
     * The longest horizon, in periods: 10,000 days is 27 years, 10,000 weeks 192 years. Scoring costs time and
     * memory in proportion to the horizon for every customer, so an unbounded one would never finish.
     */
    public static final int MAX_HORIZON = 10_000;

    /**
     * @param horizon the number of periods, within 1..{@link #MAX_HORIZON}
     * @param unit the period unit of the horizon and of the discount rate
     * @param discountRatePerPeriod the discount rate per period (0.01 = 1 % a period), ≥ 0
     * @param margin the share of revenue kept as profit, within [0, 1]
     * @throws IllegalArgumentException naming the field, value and allowed range
     */
    public ClvSettings {
        Objects.requireNonNull(unit, "unit must not be null");
        if (horizon < 1 || horizon > MAX_HORIZON) {
            throw new IllegalArgumentException("horizon must be within 1.." + MAX_HORIZON + " periods, was " + horizon);
        }
        if (!(discountRatePerPeriod >= 0) || Double.isInfinite(discountRatePerPeriod)) {
            throw new IllegalArgumentException("discount rate per period must be finite and >= 0, was "
                    + discountRatePerPeriod);
        }
        if (!(margin >= 0 && margin <= 1)) {
            throw new IllegalArgumentException("margin must be within [0, 1], was " + margin);
        }
    }

    /**
     * The per-period rate equivalent to an annual rate: (1 + annual)^(unit days / 365.2425) − 1.
     *
     * @param annualRate annual discount rate, at least 0
     * @param unit the period unit of the horizon and of the discount rate
     * @return the per-period rate equivalent to an annual rate: (1 + annual)^(unit days / 365.2425) − 1
     * @throws IllegalArgumentException if the annual rate is negative or not finite
     */
    public static double perPeriodRate(double annualRate, PeriodUnit unit) {
        if (!(annualRate >= 0) || Double.isInfinite(annualRate)) {
            throw new IllegalArgumentException("annual discount rate must be finite and >= 0, was " + annualRate);
        }
        return Math.expm1(Math.log1p(annualRate) * unit.days() / 365.2425);
    }
}
