package io.cxkit.journey.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Conversion paths summed by path: equal paths add their conversions, value and nulls, so a stream of path rows
 * or journeys is held in memory as its distinct paths only. Paths are counts, so totals of parts merge into the
 * totals of the whole, in any order; the order of {@link #paths()} is that of each path's first appearance.
 *
 * <p>Not thread-safe: give each thread its own and {@link #merge} them.
 */
public final class PathTotals {
    /** The largest count a double holds exactly, 2^53: beyond it, adding one journey changes nothing. */
    public static final double MAX_COUNT = 9_007_199_254_740_992d;

    private final Map<List<String>, double[]> rows = new LinkedHashMap<>();
    /** One instance per channel name: a million paths over ten channels hold ten strings, not millions. */
    private final Map<String, String> names = new HashMap<>();

    /** Empty totals. */
    public PathTotals() {
    }

    /**
     * Adds one path's counts to the totals of its path.
     *
     * @param path the path
     * @throws IllegalArgumentException if a total would exceed {@link #MAX_COUNT} (conversions, nulls) or the
     *         largest finite double (value); the message names the field and the path
     * @throws NullPointerException if {@code path} is null
     */
    public void add(ConversionPath path) {
        Objects.requireNonNull(path, "path must not be null");
        add(row(path.channels()), path.channels(), path.conversions(), path.value(), path.nulls());
    }

    /**
     * Adds every path of {@code other} to these totals.
     *
     * @param other the state to merge in; it is not changed
     * @throws IllegalArgumentException as {@link #add}
     */
    public void merge(PathTotals other) {
        if (other == this) {
            throw new IllegalArgumentException("cannot merge path totals with themselves; merge a copy");
        }
        other.rows.forEach((p, o) -> add(row(p), p, o[0], o[1], o[2]));
    }

    /** The totals of a path, created (with interned channel names) the first time it is seen. */
    private double[] row(List<String> channels) {
        double[] r = rows.get(channels);
        if (r == null) {
            r = new double[3];
            rows.put(interned(channels), r);
        }
        return r;
    }

    private List<String> interned(List<String> channels) {
        String[] out = new String[channels.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = names.computeIfAbsent(channels.get(i), c -> c);
        }
        return List.of(out);
    }

    private static void add(double[] r, List<String> path, double conversions, double value, double nulls) {
        double c = r[0] + conversions;
        double v = r[1] + value;
        double n = r[2] + nulls;
        if (c > MAX_COUNT) {
            throw tooLarge("conversions", c, path);
        }
        if (n > MAX_COUNT) {
            throw tooLarge("nulls", n, path);
        }
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("the conversion value of path " + String.join(" > ", path)
                    + " adds up beyond the largest number a double holds (" + Double.MAX_VALUE + ")");
        }
        r[0] = c;
        r[1] = v;
        r[2] = n;
    }

    private static IllegalArgumentException tooLarge(String field, double total, List<String> path) {
        return new IllegalArgumentException("the " + field + " of path " + String.join(" > ", path) + " add up to "
                + total + ", beyond " + (long) MAX_COUNT + " (2^53, the largest count a double holds exactly)");
    }

    /**
     * The number of distinct paths.
     *
     * @return the number of distinct paths
     */
    public int size() {
        return rows.size();
    }

    /**
     * One path per distinct path, with its totals, in order of first appearance.
     *
     * @return one path per distinct path, with its totals, in order of first appearance
     */
    public List<ConversionPath> paths() {
        List<ConversionPath> out = new ArrayList<>(rows.size());
        rows.forEach((p, r) -> out.add(new ConversionPath(p, r[0], r[1], r[2])));
        return List.copyOf(out);
    }
}
