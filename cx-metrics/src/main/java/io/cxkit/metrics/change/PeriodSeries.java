package io.cxkit.metrics.change;

import io.cxkit.metrics.breakdown.TimeBucket;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A metric's per-period means by group (channel, segment, ...): the series that interrupted time series and
 * change-point detection work on. A mergeable accumulator of counts and sums per (group, period), so the
 * series of a split input merges exactly. Not thread-safe.
 */
public final class PeriodSeries {
    private final TimeBucket bucket;
    private final ZoneId zone;
    /** group → period start → {n, sum}. */
    private final Map<String, TreeMap<LocalDate, double[]>> cells = new TreeMap<>();

    private PeriodSeries(TimeBucket bucket, ZoneId zone) {
        this.bucket = Objects.requireNonNull(bucket, "bucket");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * An empty series cut into {@code bucket} periods in {@code zone}.
     *
     * @param bucket the time bucket
     * @param zone the zone in which calendar periods are cut
     * @return an empty series cut into {@code bucket} periods in {@code zone}
     */
    public static PeriodSeries create(TimeBucket bucket, ZoneId zone) {
        return new PeriodSeries(bucket, zone);
    }

    /**
     * Adds one answer.
     *
     * @param group the group the answer belongs to
     * @param at one answer
     * @param value the value
     * @throws IllegalArgumentException if the value is not finite
     */
    public void add(String group, Instant at, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite, was " + value);
        }
        double[] c = cells.computeIfAbsent(group, g -> new TreeMap<>()).computeIfAbsent(start(at), d -> new double[2]);
        c[0]++;
        c[1] += value;
    }

    /**
     * Adds {@code other}'s counts into this one.
     *
     * @param other the state to merge in; it is not changed
     * @throws IllegalArgumentException if the two were cut differently
     */
    public void merge(PeriodSeries other) {
        if (other.bucket != bucket || !other.zone.equals(zone)) {
            throw new IllegalArgumentException("cannot merge a series cut by " + other.bucket + " in " + other.zone
                    + " into one cut by " + bucket + " in " + zone);
        }
        other.cells.forEach((g, m) -> m.forEach((d, v) -> {
            double[] c = cells.computeIfAbsent(g, x -> new TreeMap<>()).computeIfAbsent(d, x -> new double[2]);
            c[0] += v[0];
            c[1] += v[1];
        }));
    }

    /**
     * The first local date of the period holding {@code at}.
     *
     * @param at {@code at} in the description above
     * @return the first local date of the period holding {@code at}
     */
    public LocalDate start(Instant at) {
        LocalDate d = LocalDate.ofInstant(at, zone);
        return switch (bucket) {
            case DAY -> d;
            case WEEK -> d.minusDays(d.getDayOfWeek().getValue() - 1L);
            case MONTH -> d.withDayOfMonth(1);
        };
    }

    /**
     * One period's value.
     *
     * @param label the period's label ({@code 2025-W10}, {@code 2025-03}, {@code 2025-03-10})
     * @param start its first local date
     * @param n answers in it
     * @param mean their mean; NaN when n is 0 (a period with no answers inside the series' span)
     */
    public record Point(String label, LocalDate start, long n, double mean) {
    }

    /**
     * The groups, sorted.
     *
     * @return the groups, sorted
     */
    public List<String> groups() {
        return List.copyOf(cells.keySet());
    }

    /**
     * A group's series from its first to its last period, every period in between included (with n = 0 and a
     * NaN mean where no answer fell).
     *
     * @param group the group
     * @return a group's series from its first to its last period, every period in between included (with n = 0 and a
     *         NaN mean where no answer fell)
     */
    public List<Point> series(String group) {
        TreeMap<LocalDate, double[]> m = cells.get(group);
        List<Point> out = new ArrayList<>();
        if (m == null || m.isEmpty()) {
            return out;
        }
        for (LocalDate d = m.firstKey(); !d.isAfter(m.lastKey()); d = next(d)) {
            double[] c = m.get(d);
            long n = c == null ? 0 : (long) c[0];
            out.add(new Point(bucket.periodOf(d.atStartOfDay(zone).toInstant(), zone), d, n,
                    n == 0 ? Double.NaN : c[1] / c[0]));
        }
        return out;
    }

    private LocalDate next(LocalDate d) {
        return switch (bucket) {
            case DAY -> d.plusDays(1);
            case WEEK -> d.plusWeeks(1);
            case MONTH -> d.plusMonths(1);
        };
    }
}
