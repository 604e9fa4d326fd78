package io.cxkit.metrics.retention;

import io.cxkit.core.Interaction;
import io.cxkit.metrics.service.internal.EventLog;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A cohort retention matrix: customers grouped by the calendar month of their first interaction (cut in a
 * zone), and for each cohort the share active in month k after it (k = 0 is the first month, where every
 * member is active). Mergeable like a metric's state: build one with {@link #newState()}, {@code add} the
 * interactions in any order and split, {@code merge}, then take the {@link CohortMatrix}.
 *
 * <p>Memory: one 12-byte entry per customer and month of activity, plus the customer ids.
 */
public final class CohortRetention {
    private final ZoneId zone;

    private CohortRetention(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Cohorts by first-interaction month in {@code zone}. */
    public static CohortRetention inZone(ZoneId zone) {
        return new CohortRetention(zone);
    }

    /** The zone months are cut in. */
    public ZoneId zone() {
        return zone;
    }

    /** An empty state. */
    public State newState() {
        return new State(new CustomerMonths(zone, Set.of()));
    }

    /** The matrix of some interactions in one pass. */
    public CohortMatrix of(Iterable<Interaction> interactions) {
        State s = newState();
        for (Interaction i : interactions) {
            s.add(i);
        }
        return s.matrix();
    }

    /** Each customer's active months. Not thread-safe. */
    public final class State {
        private final CustomerMonths months;

        State(CustomerMonths months) {
            this.months = months;
        }

        /** Records the customer as active in the interaction's month. */
        public void add(Interaction interaction) {
            months.add(interaction);
        }

        /** Adds the state of {@code other}; {@code other} is not changed. */
        public void merge(State other) {
            months.merge(other.months);
        }

        /** The number of interactions added. */
        public long count() {
            return months.added();
        }

        /** Writes the state (format version 1). */
        public void write(DataOutput out) throws IOException {
            out.writeInt(1);
            months.write(out);
        }

        /** The matrix, cohorts in calendar order, each row running to the latest month with data. */
        public CohortMatrix matrix() {
            EventLog.Grouped g = months.log().grouped();
            long[] e = g.events();
            int[] off = g.offsets();
            long maxMonth = Long.MIN_VALUE;
            for (long x : e) {
                maxMonth = Math.max(maxMonth, EventLog.millis(x));
            }
            final long latest = maxMonth;
            TreeMap<Long, long[]> active = new TreeMap<>();
            long previous;
            for (int k = 0; k + 1 < off.length; k++) {
                long first = EventLog.millis(e[off[k]]);
                long[] row = active.computeIfAbsent(first, f -> new long[(int) (latest - f + 1)]);
                previous = Long.MIN_VALUE;
                for (int i = off[k]; i < off[k + 1]; i++) {
                    long month = EventLog.millis(e[i]);
                    if (month != previous) {
                        row[(int) (month - first)]++;
                        previous = month;
                    }
                }
            }
            List<CohortMatrix.Row> rows = new ArrayList<>();
            active.forEach((first, row) -> rows.add(new CohortMatrix.Row(
                    YearMonth.of((int) Math.floorDiv(first, 12), Math.floorMod(first, 12) + 1), row)));
            return new CohortMatrix(rows);
        }
    }

    /**
     * Reads a state written by {@link State#write}.
     *
     * @throws io.cxkit.metrics.StateFormatException if the bytes are not such a state
     */
    public State read(DataInput in) throws IOException {
        int version = in.readInt();
        if (version != 1) {
            throw new io.cxkit.metrics.StateFormatException("cohort state version " + version
                    + ", this reads 1");
        }
        return new State(CustomerMonths.read(in, zone, Set.of()));
    }
}
