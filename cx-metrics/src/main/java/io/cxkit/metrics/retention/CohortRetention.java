package io.cxkit.metrics.retention;

import io.cxkit.core.Interaction;
import io.cxkit.metrics.service.internal.EventLog;
import io.cxkit.metrics.StateEncoding;
import io.cxkit.metrics.StateFormatException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
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
 * <p>Customers are told apart by {@link io.cxkit.core.CustomerId}; an unresolved id (a record with
 * identifiers but no {@code customer_id}) is keyed by its interaction, so each such record is a one-interaction
 * customer of its own, never lumped with the others. Stitch identities first to count people.
 *
 * <p>Memory: one 12-byte entry per customer and month of activity, plus the customer ids.
 */
public final class CohortRetention {
    /** The name in the frame of an encoded cohort state. */
    public static final String NAME = "cohort";
    /** The version of the cohort state's payload: 2, framed with a checksum (1 was unframed). */
    public static final int VERSION = 2;

    private final ZoneId zone;

    private CohortRetention(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * Cohorts by first-interaction month in {@code zone}.
     *
     * @param zone the zone in which calendar periods are cut
     * @return the metric, cutting months in that zone
     */
    public static CohortRetention inZone(ZoneId zone) {
        return new CohortRetention(zone);
    }

    /**
     * The zone months are cut in.
     *
     * @return the zone months are cut in
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * An empty state.
     *
     * @return an empty state
     */
    public State newState() {
        return new State(new CustomerMonths(zone, Set.of()));
    }

    /**
     * The matrix of some interactions in one pass.
     *
     * @param interactions the interactions, in any order
     * @return the matrix of some interactions in one pass
     */
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

        /**
         * Records the customer as active in the interaction's month.
         *
         * @param interaction the interaction to add
         */
        public void add(Interaction interaction) {
            months.add(interaction);
        }

        /**
         * Adds the state of {@code other}; {@code other} is not changed.
         *
         * @param other the state to merge in; it is not changed
         */
        public void merge(State other) {
            checkZone(other);
            months.merge(other.months);
        }

        /**
         * The number of interactions added.
         *
         * @return the number of interactions added
         */
        public long count() {
            return months.added();
        }

        /** Adds the state of {@code other} after checking it was cut in the same zone. */
        private void checkZone(State other) {
            if (!other.zone().equals(zone)) {
                throw new IllegalArgumentException("cannot merge cohort states cut in different zones: " + zone
                        + " (this state) vs " + other.zone() + " (the other state)");
            }
        }

        private ZoneId zone() {
            return zone;
        }

        /**
         * The state framed as every cxkit state is ({@link StateEncoding#frame}: magic, name {@value #NAME},
         * version {@value #VERSION}, the zone as configuration, payload, CRC-32).
         *
         * @return the state framed as every cxkit state is ({@link StateEncoding#frame}: magic, name {@value #NAME},
         *         version {@value #VERSION}, the zone as configuration, payload, CRC-32)
         */
        public byte[] encode() {
            try {
                ByteArrayOutputStream payload = new ByteArrayOutputStream();
                months.write(new DataOutputStream(payload));
                return StateEncoding.frame(NAME, VERSION, configuration(), payload.toByteArray());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("writing to memory cannot fail", e);
            }
        }

        /**
         * Writes {@link #encode()} preceded by its length (an int).
         *
         * @param out the output to write the state to
         * @throws IOException if reading or writing fails
         */
        public void write(DataOutput out) throws IOException {
            byte[] bytes = encode();
            out.writeInt(bytes.length);
            out.write(bytes);
        }

        /**
         * The matrix, cohorts in calendar order, each row running to the latest month with data.
         *
         * @return the matrix, cohorts in calendar order, each row running to the latest month with data
         */
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

    /** The settings a cohort state carries: the zone months are cut in. */
    private java.util.Map<String, String> configuration() {
        return java.util.Map.of("zone", zone.getId());
    }

    /**
     * Reads a state written by {@link State#write}: its length, then {@link State#encode()}'s bytes.
     *
     * @param in the input to read the state from
     * @return the state
     * @throws io.cxkit.metrics.StateFormatException if the bytes are not such a state
     * @throws IOException if reading or writing fails
     */
    public State read(DataInput in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > StateEncoding.MAX_PAYLOAD) {
            throw new StateFormatException("cohort state declares " + length + " bytes, at most "
                    + StateEncoding.MAX_PAYLOAD);
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return decode(bytes);
    }

    /**
     * Decodes {@link State#encode()}'s bytes, checking the frame, the checksum, the zone and that the matrix
     * can be built from the state. Version 1 (unframed, written before 0.1) is no longer read: re-run the
     * count.
     *
     * @param bytes the encoded state
     * @return the state
     * @throws StateFormatException if the bytes are not a cohort state of this zone, or hold a state whose
     *         matrix cannot be built
     */
    public State decode(byte[] bytes) {
        StateEncoding.Unframed u = StateEncoding.unframe(bytes, NAME, VERSION, configuration());
        State s;
        try {
            ByteArrayInputStream raw = u.input();
            s = new State(CustomerMonths.read(new DataInputStream(raw), zone, Set.of(), true));
            if (raw.available() != 0) {
                throw new StateFormatException(raw.available() + " bytes left over after the cohort state");
            }
        } catch (IOException e) {
            throw new StateFormatException("cohort state ends early", e);
        }
        try {
            s.matrix();
        } catch (RuntimeException e) {
            throw new StateFormatException("cohort state holds months no matrix can be built from: "
                    + e.getMessage(), e);
        }
        return s;
    }
}
