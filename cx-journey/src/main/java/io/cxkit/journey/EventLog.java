package io.cxkit.journey;

import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.journey.internal.StableSort;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.IntPredicate;

/**
 * A columnar event log: cases (journeys, or customers for a funnel), each a run of events with an activity and a
 * timestamp, held as parallel primitive arrays. The journey map, variants, funnels and paths all read this form,
 * so their hot loops touch ints and longs only.
 *
 * <p><b>Layout.</b> Case {@code c} owns the events {@code caseStart(c) <= e < caseEnd(c)}. Within a case, events
 * are sorted by timestamp, then by the order in which they were added (a stable sort: equal timestamps keep
 * input order, the tie-break process-mining tools need for correct variant counts). Cases are numbered in the
 * order of their first event in the input. Activities are interned: {@link #activity(int)} is an index into
 * {@link #activityName(int)}, numbered in order of first appearance.
 *
 * <p><b>Units.</b> Timestamps are microseconds since 1970-01-01T00:00Z ({@link #timestampMicros(int)}); finer
 * digits are dropped. Feedback per event is the first NPS (0..10), CSAT (rescaled to 1..5, see
 * {@link #csat(int)}) and CES (1..7) answer of the event, or {@code NaN} where the event has none.
 *
 * <p>Immutable once built, and thread-safe. Build one with {@link #builder()}, {@link #ofJourneys} or
 * {@link #ofInteractions}.
 */
public final class EventLog {
    private final String[] caseIds;
    private final int[] caseOffsets;
    private final String[] activityNames;
    private final int[] activities;
    private final long[] micros;
    private final float[] nps;
    private final float[] csat;
    private final float[] ces;

    private EventLog(String[] caseIds, int[] caseOffsets, String[] activityNames, int[] activities, long[] micros,
            float[] nps, float[] csat, float[] ces) {
        this.caseIds = caseIds;
        this.caseOffsets = caseOffsets;
        this.activityNames = activityNames;
        this.activities = activities;
        this.micros = micros;
        this.nps = nps;
        this.csat = csat;
        this.ces = ces;
    }

    /**
     * A builder for an event log; add events in input order.
     *
     * @return a builder for an event log; add events in input order
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The event log of journeys: one case per journey (its id, made unique by the customer when two customers
     * share a journey id), one event per interaction, the activity given by {@code activityKey} (for example
     * {@code i -> i.touchpoint().id()}). The journeys' own order is kept.
     *
     * @param journeys the journeys
     * @param activityKey the activity key
     * @return the event log of journeys: one case per journey (its id, made unique by the customer when two customers
     *         share a journey id), one event per interaction, the activity given by {@code activityKey} (for example
     *         {@code i -> i.touchpoint().id()})
     * @throws NullPointerException if an argument is null or the key function returns null
     */
    public static EventLog ofJourneys(List<Journey> journeys, Function<Interaction, String> activityKey) {
        Builder b = builder();
        Map<String, String> seen = new HashMap<>();
        for (Journey j : journeys) {
            String prior = seen.putIfAbsent(j.id(), j.customer().value());
            String caseId = prior == null || prior.equals(j.customer().value()) ? j.id()
                    : j.customer().value() + "/" + j.id();
            for (Interaction i : j.interactions()) {
                b.add(caseId, i, activityKey);
            }
        }
        return b.build();
    }

    /**
     * The event log of loose interactions, with the case ({@code i -> i.customerId().value()} for a funnel over
     * customers) and the activity chosen by functions. Order within a case: timestamp, then list order.
     *
     * @param interactions the interactions, in time order, at least one
     * @param caseKey the case key
     * @param activityKey the activity key
     * @return the event log of loose interactions, with the case ({@code i -> i.customerId().value()} for a funnel over
     *         customers) and the activity chosen by functions
     * @throws NullPointerException if an argument is null or a key function returns null
     */
    public static EventLog ofInteractions(List<Interaction> interactions, Function<Interaction, String> caseKey,
            Function<Interaction, String> activityKey) {
        Builder b = builder();
        for (Interaction i : interactions) {
            b.add(caseKey.apply(i), i, activityKey);
        }
        return b.build();
    }

    /**
     * The number of cases.
     *
     * @return the number of cases
     */
    public int caseCount() {
        return caseIds.length;
    }

    /**
     * The number of events.
     *
     * @return the number of events
     */
    public int eventCount() {
        return activities.length;
    }

    /**
     * The number of distinct activities.
     *
     * @return the number of distinct activities
     */
    public int activityCount() {
        return activityNames.length;
    }

    /**
     * The id of case {@code c}, as added.
     *
     * @param c {@code c} in the description above
     * @return the id of case {@code c}, as added
     */
    public String caseId(int c) {
        return caseIds[c];
    }

    /**
     * The index of case {@code c}'s first event.
     *
     * @param c {@code c} in the description above
     * @return the index of case {@code c}'s first event
     */
    public int caseStart(int c) {
        return caseOffsets[c];
    }

    /**
     * One past the index of case {@code c}'s last event.
     *
     * @param c {@code c} in the description above
     * @return one past the index of case {@code c}'s last event
     */
    public int caseEnd(int c) {
        return caseOffsets[c + 1];
    }

    /**
     * The activity index of event {@code e}.
     *
     * @param e {@code e} in the description above
     * @return the activity index of event {@code e}
     */
    public int activity(int e) {
        return activities[e];
    }

    /**
     * The name of activity index {@code a}.
     *
     * @param a {@code a} in the description above
     * @return the name of activity index {@code a}
     */
    public String activityName(int a) {
        return activityNames[a];
    }

    /**
     * The index of an activity name, or empty if no event has it.
     *
     * @param name the name
     * @return the index of an activity name, or empty if no event has it
     */
    public OptionalInt activityIndex(String name) {
        for (int a = 0; a < activityNames.length; a++) {
            if (activityNames[a].equals(name)) {
                return OptionalInt.of(a);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Event {@code e}'s timestamp in microseconds since the epoch.
     *
     * @param e {@code e} in the description above
     * @return event {@code e}'s timestamp in microseconds since the epoch
     */
    public long timestampMicros(int e) {
        return micros[e];
    }

    /**
     * Event {@code e}'s NPS answer (0..10), or NaN if it has none.
     *
     * @param e {@code e} in the description above
     * @return event {@code e}'s NPS answer (0..10), or NaN if it has none
     */
    public double nps(int e) {
        return nps.length == 0 ? Double.NaN : nps[e];
    }

    /**
     * Event {@code e}'s CSAT answer rescaled linearly onto 1..5, {@code 1 + (score - 1) * 4 / (scale - 1)}, so
     * that answers on the usual 5-point scale keep their value and answers on other scales can be averaged with
     * them; NaN if it has none.
     *
     * @param e {@code e} in the description above
     * @return event {@code e}'s CSAT answer rescaled linearly onto 1..5, {@code 1 + (score - 1) * 4 / (scale - 1)}, so
     *         that answers on the usual 5-point scale keep their value and answers on other scales can be averaged with
     *         them; NaN if it has none
     */
    public double csat(int e) {
        return csat.length == 0 ? Double.NaN : csat[e];
    }

    /**
     * Event {@code e}'s CES answer (1..7), or NaN if it has none.
     *
     * @param e {@code e} in the description above
     * @return event {@code e}'s CES answer (1..7), or NaN if it has none
     */
    public double ces(int e) {
        return ces.length == 0 ? Double.NaN : ces[e];
    }

    /**
     * Whether any event carries NPS, CSAT or CES feedback.
     *
     * @return whether any event carries NPS, CSAT or CES feedback
     */
    public boolean hasFeedback() {
        return nps.length > 0;
    }

    /**
     * The log restricted to the cases that pass {@code keep}, in the same order; activity indices and names are
     * kept, so results over the two logs can be compared activity by activity.
     *
     * @param keep true for the events to keep, by index
     * @return the log restricted to the cases that pass {@code keep}, in the same order; activity indices and names are
     *         kept, so results over the two logs can be compared activity by activity
     */
    public EventLog filterCases(IntPredicate keep) {
        int kept = 0;
        int events = 0;
        for (int c = 0; c < caseIds.length; c++) {
            if (keep.test(c)) {
                kept++;
                events += caseEnd(c) - caseStart(c);
            }
        }
        String[] ids = new String[kept];
        int[] offsets = new int[kept + 1];
        int[] acts = new int[events];
        long[] ts = new long[events];
        boolean fb = hasFeedback();
        float[] n = new float[fb ? events : 0];
        float[] s = new float[fb ? events : 0];
        float[] e = new float[fb ? events : 0];
        int k = 0;
        int at = 0;
        for (int c = 0; c < caseIds.length; c++) {
            if (!keep.test(c)) {
                continue;
            }
            int from = caseStart(c);
            int len = caseEnd(c) - from;
            ids[k] = caseIds[c];
            System.arraycopy(activities, from, acts, at, len);
            System.arraycopy(micros, from, ts, at, len);
            if (fb) {
                System.arraycopy(nps, from, n, at, len);
                System.arraycopy(csat, from, s, at, len);
                System.arraycopy(ces, from, e, at, len);
            }
            at += len;
            offsets[++k] = at;
        }
        return new EventLog(ids, offsets, activityNames, acts, ts, n, s, e);
    }

    /**
     * Microseconds since the epoch of an instant.
     *
     * @param t the instant
     * @return the microseconds since the epoch
     */
    public static long micros(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000);
    }

    /** Collects events in input order; {@link #build()} sorts them. Not thread-safe. */
    public static final class Builder {
        private final Map<String, Integer> caseIndex = new HashMap<>();
        private final Map<String, Integer> activityIndex = new HashMap<>();
        private String[] caseNames = new String[16];
        private String[] activityNames = new String[16];
        private int[] caseOf = new int[64];
        private int[] activity = new int[64];
        private long[] micros = new long[64];
        private float[] nps = new float[0];
        private float[] csat = new float[0];
        private float[] ces = new float[0];
        private int size;

        private Builder() {
        }

        /**
         * Adds one event.
         *
         * @param caseId the case (journey, customer) it belongs to
         * @param activity what happened (a touchpoint id, an activity name)
         * @param timestampMicros when, in microseconds since the epoch
         * @return this builder
         * @throws NullPointerException if a name is null
         */
        public Builder add(String caseId, String activity, long timestampMicros) {
            int c = intern(caseIndex, Objects.requireNonNull(caseId, "case id must not be null"), true);
            int a = intern(activityIndex, Objects.requireNonNull(activity, "activity must not be null"), false);
            if (size == this.activity.length) {
                int cap = size * 2;
                caseOf = Arrays.copyOf(caseOf, cap);
                this.activity = Arrays.copyOf(this.activity, cap);
                micros = Arrays.copyOf(micros, cap);
                if (nps.length > 0) {
                    growFeedback(cap);
                }
            }
            caseOf[size] = c;
            this.activity[size] = a;
            micros[size] = timestampMicros;
            if (nps.length > 0) {
                nps[size] = Float.NaN;
                csat[size] = Float.NaN;
                ces[size] = Float.NaN;
            }
            size++;
            return this;
        }

        /**
         * Adds one event at an instant.
         *
         * @param caseId the case (journey, customer) it belongs to
         * @param activity what happened (a touchpoint id, an activity name)
         * @param timestamp the event's {@code time:timestamp}
         * @return this builder, for chaining
         */
        public Builder add(String caseId, String activity, Instant timestamp) {
            return add(caseId, activity, micros(timestamp));
        }

        /**
         * Adds an interaction as an event of {@code caseId}, with its first NPS, CSAT and CES answers.
         *
         * @param caseId the case (journey, customer) it belongs to
         * @param i an interaction as an event of {@code caseId}, with its first NPS, CSAT and CES answers
         * @param activityKey the activity key
         * @return this builder, for chaining
         */
        public Builder add(String caseId, Interaction i, Function<Interaction, String> activityKey) {
            add(caseId, Objects.requireNonNull(activityKey.apply(i), "activity key returned null"),
                    micros(i.timestamp()));
            if (!i.feedback().isEmpty()) {
                feedback(size - 1, i);
            }
            return this;
        }

        private void feedback(int e, Interaction i) {
            if (nps.length == 0) {
                growFeedback(activity.length);
                Arrays.fill(nps, 0, size, Float.NaN);
                Arrays.fill(csat, 0, size, Float.NaN);
                Arrays.fill(ces, 0, size, Float.NaN);
            }
            i.feedback(Feedback.Nps.class).ifPresent(f -> nps[e] = f.score());
            i.feedback(Feedback.Csat.class).ifPresent(f ->
                    csat[e] = 1f + (f.score() - 1) * 4f / (f.scale() - 1));
            i.feedback(Feedback.Ces.class).ifPresent(f -> ces[e] = f.score());
        }

        private void growFeedback(int cap) {
            nps = Arrays.copyOf(nps, cap);
            csat = Arrays.copyOf(csat, cap);
            ces = Arrays.copyOf(ces, cap);
        }

        private int intern(Map<String, Integer> index, String name, boolean isCase) {
            Integer k = index.get(name);
            if (k != null) {
                return k;
            }
            int n = index.size();
            index.put(name, n);
            if (isCase) {
                if (n == caseNames.length) {
                    caseNames = Arrays.copyOf(caseNames, n * 2);
                }
                caseNames[n] = name;
            } else {
                if (n == activityNames.length) {
                    activityNames = Arrays.copyOf(activityNames, n * 2);
                }
                activityNames[n] = name;
            }
            return n;
        }

        /**
         * The number of events added so far.
         *
         * @return the number of events added so far
         */
        public int size() {
            return size;
        }

        /**
         * The sorted, columnar log. The builder may be reused; later events do not change this log.
         *
         * @return the sorted, columnar log
         */
        public EventLog build() {
            int cases = caseIndex.size();
            int[] offsets = new int[cases + 1];
            for (int e = 0; e < size; e++) {
                offsets[caseOf[e] + 1]++;
            }
            for (int c = 0; c < cases; c++) {
                offsets[c + 1] += offsets[c];
            }
            // Counting sort by case keeps input order within each case, so the time sort below only has to be
            // stable to honour the documented tie-break.
            int[] order = new int[size];
            int[] fill = Arrays.copyOf(offsets, cases);
            for (int e = 0; e < size; e++) {
                order[fill[caseOf[e]]++] = e;
            }
            int[] scratch = new int[size];
            for (int c = 0; c < cases; c++) {
                StableSort.byKey(order, scratch, offsets[c], offsets[c + 1], micros);
            }
            int[] acts = new int[size];
            long[] ts = new long[size];
            boolean fb = nps.length > 0;
            float[] n = new float[fb ? size : 0];
            float[] s = new float[fb ? size : 0];
            float[] ce = new float[fb ? size : 0];
            for (int k = 0; k < size; k++) {
                int e = order[k];
                acts[k] = activity[e];
                ts[k] = micros[e];
                if (fb) {
                    n[k] = nps[e];
                    s[k] = csat[e];
                    ce[k] = ces[e];
                }
            }
            return new EventLog(Arrays.copyOf(caseNames, cases), offsets,
                    Arrays.copyOf(activityNames, activityIndex.size()), acts, ts, n, s, ce);
        }
    }
}
