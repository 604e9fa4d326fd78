package io.cxkit.metrics.breakdown;

import io.cxkit.core.Interaction;
import io.cxkit.metrics.Accumulator;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.Metric;
import io.cxkit.metrics.WeightedAccumulator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several metrics at once, grouped by several {@link Dimension dimensions} at once: one accumulator per metric
 * per group, made by the metric itself, so any {@link Metric} (built-in or a user's own) breaks down the same
 * way. With no dimensions there is one group with an empty key. Breakdowns merge, so partial breakdowns built
 * in parallel combine into the one-pass result. Not thread-safe.
 *
 * <pre>{@code
 * Breakdown b = Breakdown.of(List.of(Nps.standard()), List.of(Dimension.channel(),
 *         Dimension.time(TimeBucket.MONTH, ZoneId.of("Europe/Paris"))));
 * interactions.forEach(b::add);
 * for (Group g : b.groups()) { ... g.key().get("channel") ... g.estimates().get("nps") ... }
 * }</pre>
 */
public final class Breakdown {
    private final List<Metric<?>> metrics;
    private final List<Dimension> dimensions;
    private final Map<GroupKey, Accumulator<?>[]> groups = new HashMap<>();
    /** The lookup key {@link #add} refills for every interaction, so that finding a group allocates nothing. */
    private final GroupKey probe;

    private Breakdown(List<? extends Metric<?>> metrics, List<Dimension> dimensions) {
        this.metrics = List.copyOf(metrics);
        this.dimensions = List.copyOf(dimensions);
        this.probe = new GroupKey(new String[this.dimensions.size()]);
        if (this.metrics.isEmpty()) {
            throw new IllegalArgumentException("a breakdown needs at least one metric");
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Metric<?> m : this.metrics) {
            if (!names.add(m.name())) {
                throw new IllegalArgumentException("metric '" + m.name() + "' is listed twice");
            }
        }
        java.util.Set<String> dims = new java.util.HashSet<>();
        for (Dimension d : this.dimensions) {
            if (!dims.add(d.name())) {
                throw new IllegalArgumentException("dimension '" + d.name() + "' is listed twice");
            }
        }
    }

    /**
     * An empty breakdown.
     *
     * @param metrics the metrics
     * @param dimensions the dimensions
     * @return an empty breakdown
     * @throws IllegalArgumentException if there is no metric, or a metric or dimension name repeats
     */
    public static Breakdown of(List<? extends Metric<?>> metrics, List<Dimension> dimensions) {
        return new Breakdown(metrics, dimensions);
    }

    /**
     * The metrics, in order.
     *
     * @return the metrics, in order
     */
    public List<Metric<?>> metrics() {
        return metrics;
    }

    /**
     * The dimensions, in order.
     *
     * @return the dimensions, in order
     */
    public List<Dimension> dimensions() {
        return dimensions;
    }

    /**
     * Adds an interaction to its group, for every metric.
     *
     * @param interaction the interaction to add
     * @throws IllegalArgumentException if a metric rejects it (the metrics before it have counted it)
     */
    public void add(Interaction interaction) {
        Accumulator<?>[] accs = groupOf(interaction);
        for (Accumulator<?> a : accs) {
            a.add(interaction);
        }
    }

    /**
     * Adds an interaction with a survey weight: metrics whose accumulators are {@link WeightedAccumulator}s
     * take the weight, the others count the interaction unweighted.
     *
     * @param interaction the interaction to add
     * @param weight the points at stake, positive
     * @throws IllegalArgumentException if the weight is invalid or a metric rejects the interaction
     */
    public void addWeighted(Interaction interaction, double weight) {
        Accumulator<?>[] accs = groupOf(interaction);
        for (Accumulator<?> a : accs) {
            if (a instanceof WeightedAccumulator<?> w) {
                w.addWeighted(interaction, weight);
            } else {
                a.add(interaction);
            }
        }
    }

    private Accumulator<?>[] groupOf(Interaction interaction) {
        String[] values = probe.values;
        for (int i = 0; i < values.length; i++) {
            values[i] = dimensions.get(i).valueOf(interaction);
        }
        probe.rehash();
        Accumulator<?>[] accs = groups.get(probe);
        if (accs == null) {
            accs = newGroup();
            groups.put(new GroupKey(values.clone()), accs);
        }
        return accs;
    }

    private Accumulator<?>[] newGroup() {
        Accumulator<?>[] accs = new Accumulator<?>[metrics.size()];
        for (int i = 0; i < accs.length; i++) {
            accs[i] = metrics.get(i).newAccumulator();
        }
        return accs;
    }

    /**
     * Merges another breakdown of the same metrics and dimensions into this one; {@code other} is unchanged.
     *
     * @param other the state to merge in; it is not changed
     * @throws IllegalArgumentException if the metrics or dimensions differ
     */
    public void merge(Breakdown other) {
        if (!names(metrics).equals(names(other.metrics))
                || !other.dimensions.stream().map(Dimension::name).toList()
                .equals(dimensions.stream().map(Dimension::name).toList())) {
            throw new IllegalArgumentException("cannot merge breakdowns of different metrics or dimensions");
        }
        for (Map.Entry<GroupKey, Accumulator<?>[]> e : other.groups.entrySet()) {
            Accumulator<?>[] mine = groups.computeIfAbsent(e.getKey(), k -> newGroup());
            for (int i = 0; i < mine.length; i++) {
                mergeInto(mine[i], e.getValue()[i]);
            }
        }
    }

    /**
     * Merges states a caller accumulated itself (a columnar reader counting scores per group) into the group with
     * the given dimension values, creating the group if needed; an empty state creates the group alone, as
     * {@link #add} does for an interaction no metric counts.
     *
     * @param values the group's value of each dimension, in the order of {@link #dimensions()}
     * @param states one state per metric, in the order of {@link #metrics()}, each of its metric's configuration
     * @throws IllegalArgumentException if the counts differ from the dimensions' or metrics', or a state's
     *         configuration differs from its metric's
     */
    public void mergeGroup(List<String> values, List<? extends Accumulator<?>> states) {
        if (values.size() != dimensions.size() || states.size() != metrics.size()) {
            throw new IllegalArgumentException("a group needs " + dimensions.size() + " dimension values and "
                    + metrics.size() + " states, was given " + values.size() + " and " + states.size());
        }
        Accumulator<?>[] mine = groups.computeIfAbsent(new GroupKey(values.toArray(new String[0])),
                k -> newGroup());
        for (int i = 0; i < mine.length; i++) {
            mergeInto(mine[i], states.get(i));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void mergeInto(Accumulator target, Accumulator source) {
        target.merge(source);
    }

    private static List<String> names(List<Metric<?>> ms) {
        return ms.stream().map(Metric::name).toList();
    }

    /**
     * The number of groups seen so far.
     *
     * @return the number of groups seen so far
     */
    public int size() {
        return groups.size();
    }

    /**
     * Every group with its estimates, sorted by key (dimension by dimension; time labels sort
     * chronologically). Nothing is hidden or merged, however small.
     *
     * @return every group with its estimates, sorted by key (dimension by dimension; time labels sort chronologically)
     */
    public List<Group> groups() {
        List<Group> out = new ArrayList<>(groups.size());
        for (GroupKey key : sortedKeys()) {
            Accumulator<?>[] accs = groups.get(key);
            Map<String, Estimate> estimates = new LinkedHashMap<>();
            for (int i = 0; i < accs.length; i++) {
                estimates.put(metrics.get(i).name(), periodResult(key, i).orElseGet(accs[i]::result));
            }
            out.add(new Group(keyMap(key), estimates));
        }
        return out;
    }

    /**
     * The figure of a {@link PeriodMetric} in a group keyed by a time bucket: over the group's state merged with
     * the previous bucket's (same other dimensions), for the bucket's own period. Empty for other metrics,
     * without a time dimension, or when the metric has no per-bucket figure of that kind.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private java.util.Optional<Estimate> periodResult(GroupKey key, int metricIndex) {
        if (!(metrics.get(metricIndex) instanceof PeriodMetric pm)) {
            return java.util.Optional.empty();
        }
        for (int d = 0; d < dimensions.size(); d++) {
            if (dimensions.get(d) instanceof Dimensions.Time time && !Dimension.NONE.equals(key.values[d])) {
                String[] before = key.values.clone();
                before[d] = time.bucket().previous(key.values[d]);
                Accumulator both = pm.newAccumulator();
                both.merge(groups.get(key)[metricIndex]);
                Accumulator<?>[] prev = groups.get(new GroupKey(before));
                if (prev != null) {
                    both.merge(prev[metricIndex]);
                }
                return pm.resultForPeriod(both, time.bucket(), key.values[d]);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The accumulators of every group, sorted by key: group key → metric name → state. The states are the
     * breakdown's own; do not change them.
     *
     * @return the accumulators of every group, sorted by key: group key → metric name → state
     */
    public Map<Map<String, String>, Map<String, Accumulator<?>>> states() {
        Map<Map<String, String>, Map<String, Accumulator<?>>> out = new LinkedHashMap<>();
        for (GroupKey key : sortedKeys()) {
            Accumulator<?>[] accs = groups.get(key);
            Map<String, Accumulator<?>> byMetric = new LinkedHashMap<>();
            for (int i = 0; i < accs.length; i++) {
                byMetric.put(metrics.get(i).name(), accs[i]);
            }
            out.put(keyMap(key), Collections.unmodifiableMap(byMetric));
        }
        return out;
    }

    private List<GroupKey> sortedKeys() {
        List<GroupKey> keys = new ArrayList<>(groups.keySet());
        keys.sort(KEY_ORDER);
        return keys;
    }

    private Map<String, String> keyMap(GroupKey key) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < key.values.length; i++) {
            m.put(dimensions.get(i).name(), key.values[i]);
        }
        return m;
    }

    private static final Comparator<GroupKey> KEY_ORDER = (a, b) -> {
        for (int i = 0; i < a.values.length; i++) {
            int c = a.values[i].compareTo(b.values[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    @Override
    public String toString() {
        return "Breakdown" + Arrays.toString(dimensions.stream().map(Dimension::name).toArray()) + " of "
                + names(metrics) + ", " + groups.size() + " groups";
    }

    /**
     * A group's key: one value per dimension. Keys in the map are never changed; only {@link #probe} is refilled,
     * and a new group stores a copy of it.
     */
    private static final class GroupKey {
        private final String[] values;
        private int hash;

        GroupKey(String[] values) {
            this.values = values;
            rehash();
        }

        void rehash() {
            hash = Arrays.hashCode(values);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof GroupKey g && hash == g.hash && Arrays.equals(values, g.values);
        }
    }
}
