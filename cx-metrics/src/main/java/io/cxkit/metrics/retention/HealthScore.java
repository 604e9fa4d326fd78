package io.cxkit.metrics.retention;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A configurable customer health score: the sum of the points of weighted piecewise-linear
 * {@link HealthRule rules}, as Certinia (FinancialForce) Customer Health computes it. A measure missing from
 * the values earns 0 points and is reported as missing, so a score never looks better for lack of data.
 *
 * @param rules the rules, measures distinct
 */
public record HealthScore(List<HealthRule> rules) {
    /**
     * @param rules the rules, measures distinct
     * @throws IllegalArgumentException if there is no rule or two rules score the same measure
     */
    public HealthScore {
        rules = List.copyOf(rules);
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("a health score needs at least one rule");
        }
        Set<String> seen = new LinkedHashSet<>();
        for (HealthRule r : rules) {
            if (!seen.add(r.measure())) {
                throw new IllegalArgumentException("health score has two rules for measure '" + r.measure() + "'");
            }
        }
    }

    /**
     * The largest score possible: the sum of the weights.
     *
     * @return the largest score possible: the sum of the weights
     */
    public double maximum() {
        double sum = 0;
        for (HealthRule r : rules) {
            sum += r.weight();
        }
        return sum;
    }

    /**
     * Scores one customer's measured values.
     *
     * @param values the values
     * @return the customer's score and each measure's contribution
     * @throws IllegalArgumentException if a value is NaN
     */
    public Result score(Map<String, Double> values) {
        Map<String, Double> points = new LinkedHashMap<>();
        Set<String> missing = new LinkedHashSet<>();
        double total = 0;
        for (HealthRule r : rules) {
            Double v = values.get(r.measure());
            double p = 0;
            if (v == null) {
                missing.add(r.measure());
            } else {
                p = r.points(v);
            }
            points.put(r.measure(), p);
            total += p;
        }
        return new Result(total, maximum(), points, missing);
    }

    /**
     * A customer's score.
     *
     * @param score the points earned
     * @param maximum the points possible
     * @param points the points per measure, in rule order
     * @param missing the measures with no value, which earned 0
     */
    public record Result(double score, double maximum, Map<String, Double> points, Set<String> missing) {
        /**
         * @param score the points earned
         * @param maximum the points possible
         * @param points the points per measure, in rule order
         * @param missing the measures with no value, which earned 0
         * @throws NullPointerException if a collection is null
         */
        public Result {
            points = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(points));
            missing = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(missing));
        }

        /**
         * The score as a share of the maximum, in [0, 1].
         *
         * @return the score as a share of the maximum, in [0, 1]
         */
        public double share() {
            return score / maximum;
        }
    }
}
