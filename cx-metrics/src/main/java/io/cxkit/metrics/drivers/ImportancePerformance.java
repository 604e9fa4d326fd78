package io.cxkit.metrics.drivers;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Importance–performance analysis (Martilla &amp; James 1977, "Importance-performance analysis", Journal of
 * Marketing 41(1)): each driver placed by its importance (its LMG share of R²) and its performance (its mean
 * answer), split at the mean importance and the mean performance across the drivers (the data-centred
 * cross-hairs of Bacon 2003):
 * <ul>
 *   <li>{@code fix_first}: high importance, low performance (Martilla &amp; James' "concentrate here");</li>
 *   <li>{@code keep_up}: high importance, high performance;</li>
 *   <li>{@code low_priority}: low importance, low performance;</li>
 *   <li>{@code possible_overkill}: low importance, high performance.</li>
 * </ul>
 */
public final class ImportancePerformance {
    private ImportancePerformance() {
    }

    /**
     * One driver's place.
     *
     * @param name the driver
     * @param importance its LMG share, percent of R²
     * @param performance its mean answer
     * @param quadrant {@code fix_first}, {@code keep_up}, {@code low_priority} or {@code possible_overkill}
     */
    public record Point(String name, double importance, double performance, String quadrant) {
        /**
         * @param name the driver
         * @param importance its LMG share, percent of R²
         * @param performance its mean answer
         * @param quadrant {@code fix_first}, {@code keep_up}, {@code low_priority} or {@code possible_overkill}
         * @throws NullPointerException if a field is null
         */
        public Point {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(quadrant, "quadrant");
        }
    }

    /**
     * Places every driver of a result.
     *
     * @param result a key-driver result
     * @return one point per driver, in the result's driver order
     */
    public static List<Point> of(KeyDriverResult result) {
        List<DriverImportance> d = result.drivers();
        double mi = 0;
        double mp = 0;
        for (DriverImportance x : d) {
            mi += x.lmgPercent();
            mp += x.mean();
        }
        mi /= d.size();
        mp /= d.size();
        List<Point> out = new ArrayList<>();
        for (DriverImportance x : d) {
            boolean important = x.lmgPercent() >= mi;
            boolean performing = x.mean() >= mp;
            String q = important ? (performing ? "keep_up" : "fix_first")
                    : (performing ? "possible_overkill" : "low_priority");
            out.add(new Point(x.name(), x.lmgPercent(), x.mean(), q));
        }
        return out;
    }
}
