package io.cxkit.metrics.retention;

import java.util.Objects;

/**
 * One rule of a customer health score, the piecewise-linear rule of Certinia (FinancialForce) Customer Health:
 * a measure earns 0 points at or below its lower bound, its full weight at or above its upper bound, and
 * {@code weight·(v − lower)/(upper − lower)} in between. Worked case: lower 10, upper 20, weight 50, value 12
 * gives 10 points. For a measure where less is better (open tickets, days since last login) use
 * {@link #lowerIsBetter}: full weight at or below {@code best}, 0 at or above {@code worst}.
 *
 * @param measure the name of the measured value, e.g. {@code nps} or {@code logins_30d}
 * @param lower the bound at or below which the rule earns nothing (for lower-is-better rules: full weight)
 * @param upper the bound at or above which it earns its full weight (for lower-is-better rules: nothing)
 * @param weight the points at stake, positive
 * @param higherIsBetter true for the usual rule; false when a lower value is healthier
 */
public record HealthRule(String measure, double lower, double upper, double weight, boolean higherIsBetter) {
    /**
     * @param measure the name of the measured value, e.g. {@code nps} or {@code logins_30d}
     * @param lower the bound at or below which the rule earns nothing (for lower-is-better rules: full weight)
     * @param upper the bound at or above which it earns its full weight (for lower-is-better rules: nothing)
     * @param weight the points at stake, positive
     * @param higherIsBetter true for the usual rule; false when a lower value is healthier
     * @throws IllegalArgumentException if the measure is blank, a bound is not finite, lower is not below
     *         upper, or the weight is not positive and finite
     */
    public HealthRule {
        Objects.requireNonNull(measure, "measure");
        if (measure.isBlank()) {
            throw new IllegalArgumentException("health rule measure must not be blank");
        }
        if (!Double.isFinite(lower) || !Double.isFinite(upper) || !(lower < upper)) {
            throw new IllegalArgumentException("health rule '" + measure + "' needs finite bounds with lower < "
                    + "upper, were " + lower + " and " + upper);
        }
        if (!(weight > 0) || !Double.isFinite(weight)) {
            throw new IllegalArgumentException("health rule '" + measure + "' weight must be positive, was "
                    + weight);
        }
    }

    /**
     * A rule where a higher value is healthier: 0 points at or below lower, full weight at or above upper.
     *
     * @param measure the name of the measured value, e.g. {@code nps} or {@code logins_30d}
     * @param lower the bound at or below which the rule earns nothing (for lower-is-better rules: full weight)
     * @param upper the bound at or above which it earns its full weight (for lower-is-better rules: nothing)
     * @param weight the points at stake, positive
     * @return a rule where a higher value is healthier: 0 points at or below lower, full weight at or above upper
     */
    public static HealthRule of(String measure, double lower, double upper, double weight) {
        return new HealthRule(measure, lower, upper, weight, true);
    }

    /**
     * A rule where a lower value is healthier: full weight at or below best, 0 at or above worst.
     *
     * @param measure the name of the measured value, e.g. {@code nps} or {@code logins_30d}
     * @param best the best
     * @param worst the worst
     * @param weight the points at stake, positive
     * @return a rule where a lower value is healthier: full weight at or below best, 0 at or above worst
     */
    public static HealthRule lowerIsBetter(String measure, double best, double worst, double weight) {
        return new HealthRule(measure, best, worst, weight, false);
    }

    /**
     * The points a value earns, within [0, weight].
     *
     * @param value the value
     * @return the points a value earns, within [0, weight]
     * @throws IllegalArgumentException if the value is NaN
     */
    public double points(double value) {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("health rule '" + measure + "' value must be a number, was NaN");
        }
        double share = value <= lower ? 0 : value >= upper ? 1 : (value - lower) / (upper - lower);
        return weight * (higherIsBetter ? share : 1 - share);
    }
}
