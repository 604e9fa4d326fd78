package io.cxkit.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Compares the {@link Metric#configuration() configurations} of two metrics, so that a state is never merged
 * with, or decoded into, a metric configured differently (another FCR window, issue key, churn zone, NPS
 * breaks...): the answer would silently change. Built-in accumulators call {@link #requireSame} in
 * {@code merge}; users' own accumulators should too.
 */
public final class Configurations {
    private Configurations() {
    }

    /**
     * Checks that two metrics (the owner of a state and the owner of the state merged into it) are configured
     * alike.
     *
     * @param mine the mine
     * @param theirs the theirs
     * @throws IllegalArgumentException naming each setting that differs with both values
     */
    public static void requireSame(Metric<?> mine, Metric<?> theirs) {
        Objects.requireNonNull(theirs, "other metric");
        if (mine == theirs) {
            return;
        }
        String diff = difference(mine.configuration(), theirs.configuration(), "this state", "the other state");
        if (!diff.isEmpty()) {
            throw new IllegalArgumentException("cannot merge " + mine.name() + " states configured differently: "
                    + diff);
        }
    }

    /**
     * Checks that a comparison or trend at {@code level} uses the metric's own confidence level.
     *
     * @param metric the metric
     * @param level the confidence level, in (0, 1)
     * @throws IllegalArgumentException if the metric was built at another level, naming both
     */
    public static void requireLevel(Metric<?> metric, double level) {
        java.util.OptionalDouble own = metric.confidenceLevel();
        if (own.isPresent() && own.getAsDouble() != level) {
            throw new IllegalArgumentException(metric.name() + " was built at confidence " + own.getAsDouble()
                    + " and cannot be compared at " + level + "; build the metric at the level of the comparison "
                    + "(one level per metric: MetricOptions.confidence)");
        }
    }

    /**
     * The settings that differ between two configurations, as text naming each setting with both values
     * ({@code window P7D (this state) vs P14D (the other state)}), or empty if they are equal.
     *
     * @param a the a
     * @param b the b
     * @param aLabel the a label
     * @param bLabel the b label
     * @return the settings that differ between two configurations, as text naming each setting with both values ({@code
     *         window P7D (this state) vs P14D (the other state)}), or empty if they are equal
     */
    public static String difference(Map<String, String> a, Map<String, String> b, String aLabel, String bLabel) {
        if (a.equals(b)) {
            return "";
        }
        TreeSet<String> names = new TreeSet<>(a.keySet());
        names.addAll(b.keySet());
        List<String> parts = new ArrayList<>();
        for (String n : names) {
            String x = a.get(n);
            String y = b.get(n);
            if (!Objects.equals(x, y)) {
                parts.add(n + " " + (x == null ? "unset" : "'" + x + "'") + " (" + aLabel + ") vs "
                        + (y == null ? "unset" : "'" + y + "'") + " (" + bLabel + ")");
            }
        }
        return String.join("; ", parts);
    }
}
