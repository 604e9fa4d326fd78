package io.cxkit.metrics.breakdown;

import io.cxkit.metrics.Accumulator;
import io.cxkit.metrics.Configurations;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.ComparableMetric;
import io.cxkit.metrics.Comparison;
import io.cxkit.metrics.Metric;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Period-over-period trends from a {@link Breakdown} that has a time dimension: within each series (the values
 * of the other dimensions), each period is compared with the previous period that has data, using the metric's
 * own two-sample test when it is a {@link ComparableMetric} (NPS: MeasuringU's adjusted-Wald difference; shares:
 * the two-proportion z-test; means: Welch's t-test). A change is flagged significant when p &lt; 1 − confidence.
 */
public final class Trend {
    private Trend() {
    }

    /**
     * The trend points of every series, period and metric, ordered by series, then period, then metric.
     *
     * @param timeDimension the name of the breakdown's time dimension ({@code day}, {@code week}, {@code month})
     * @param confidence the level of the change intervals; changes with p &lt; 1 − confidence are significant
     * @param breakdown the breakdown
     * @return the trend points of every series, period and metric, ordered by series, then period, then metric
     * @throws IllegalArgumentException if the breakdown has no dimension of that name or the confidence is not
     *         in (0, 1), or a metric was built at another confidence level
     */
    public static List<TrendPoint> of(Breakdown breakdown, String timeDimension, double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be within (0, 1), was " + confidence);
        }
        for (Metric<?> m : breakdown.metrics()) {
            Configurations.requireLevel(m, confidence);
        }
        if (breakdown.dimensions().stream().noneMatch(d -> d.name().equals(timeDimension))) {
            throw new IllegalArgumentException("the breakdown has no dimension '" + timeDimension + "'; it has "
                    + breakdown.dimensions().stream().map(Dimension::name).toList());
        }
        double alpha = 1 - confidence;
        // series key → period → metric → state; TreeMap on the period keeps chronological order.
        Map<Map<String, String>, TreeMap<String, Map<String, Accumulator<?>>>> series = new LinkedHashMap<>();
        // The groups' own figures: a PeriodMetric's (churn's) uses the bucket before it too.
        Map<Map<String, String>, Map<String, Estimate>> figures = new java.util.HashMap<>();
        Map<Map<String, String>, Map<String, Map<String, Estimate>>> figuresBySeries = new java.util.HashMap<>();
        for (Group g : breakdown.groups()) {
            figures.put(g.key(), g.estimates());
        }
        breakdown.states().forEach((key, states) -> {
            Map<String, String> sk = new LinkedHashMap<>(key);
            String at = sk.remove(timeDimension);
            figuresBySeries.computeIfAbsent(sk, k -> new java.util.HashMap<>()).put(at, figures.get(key));
        });
        breakdown.states().forEach((key, states) -> {
            Map<String, String> s = new LinkedHashMap<>(key);
            String period = s.remove(timeDimension);
            series.computeIfAbsent(s, k -> new TreeMap<>()).put(period, states);
        });
        List<TrendPoint> points = new ArrayList<>();
        for (Map.Entry<Map<String, String>, TreeMap<String, Map<String, Accumulator<?>>>> e : series.entrySet()) {
            String previous = null;
            for (Map.Entry<String, Map<String, Accumulator<?>>> p : e.getValue().entrySet()) {
                for (Metric<?> metric : breakdown.metrics()) {
                    Accumulator<?> current = p.getValue().get(metric.name());
                    Optional<Comparison> change = Optional.empty();
                    if (previous != null && metric instanceof ComparableMetric<?> cm) {
                        Accumulator<?> before = e.getValue().get(previous).get(metric.name());
                        change = Optional.of(compareUnchecked(cm, before, current, confidence));
                    }
                    boolean significant = change.map(c -> c.significantAt(alpha)).orElse(false);
                    Estimate figure = figuresBySeries.get(e.getKey()).get(p.getKey()).get(metric.name());
                    points.add(new TrendPoint(e.getKey(), p.getKey(), metric.name(), figure,
                            Optional.ofNullable(previous), change, significant));
                }
                previous = p.getKey();
            }
        }
        return points;
    }

    /**
     * The metric's comparison of two of its states held as wildcards (as breakdowns hold them).
     *
     * @throws ClassCastException if the states are not the metric's
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Comparison compareUnchecked(ComparableMetric metric, Accumulator<?> baseline, Accumulator<?> current,
                                       double confidence) {
        return metric.compare((Accumulator) baseline, (Accumulator) current, confidence);
    }
}
