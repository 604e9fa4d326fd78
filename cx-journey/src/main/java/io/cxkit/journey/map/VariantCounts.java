package io.cxkit.journey.map;

import io.cxkit.journey.EventLog;
import io.cxkit.metrics.MergeableState;
import io.cxkit.metrics.StateFormatException;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The mergeable state of {@link Variants}: how many cases followed each exact sequence of activities. Parts built
 * on different workers merge into the counts of the whole log, and {@link #all()}, {@link #top(int)} and
 * {@link #byCoverage(double)} rank them on the driver exactly as {@link Variants} does (count descending, then the
 * sequences compared activity name by activity name, the shorter first): the variants, counts and shares equal
 * those of {@code Variants.of(log)} exactly.
 *
 * <p>As for {@link JourneyMapState}, the unit is a whole case: the engine groups the events of a case together,
 * in time order, before adding it ({@link #add(EventLog)}). The state then holds one entry per distinct variant
 * (memory O(distinct variants × their length)), whatever the number of cases. The configuration is the name of
 * what an activity is ({@code touchpoint}, {@code channel}); states of another configuration are refused.
 *
 * <p>Not thread-safe.
 */
public final class VariantCounts implements MergeableState<VariantCounts> {
    /** The frame name of this state. */
    public static final String KIND = "journey-variants";
    private static final int VERSION = 1;
    /** The order of {@link Variants}: activity name by activity name, then the shorter first. */
    private static final Comparator<List<String>> SEQUENCE = (x, y) -> {
        int n = Math.min(x.size(), y.size());
        for (int k = 0; k < n; k++) {
            int c = x.get(k).compareTo(y.get(k));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.size(), y.size());
    };

    private final String activity;
    private final TreeMap<List<String>, long[]> counts = new TreeMap<>(SEQUENCE);
    private long cases;
    private long events;

    /**
     * An empty state.
     *
     * @param activity what an activity is, e.g. {@code touchpoint}
     * @throws IllegalArgumentException if the name is blank
     */
    public VariantCounts(String activity) {
        Objects.requireNonNull(activity, "activity must not be null");
        if (activity.isBlank()) {
            throw new IllegalArgumentException("activity name of a variant state must not be blank");
        }
        this.activity = activity;
    }

    /**
     * Adds every case of a log; each must be a complete case.
     *
     * @param log complete cases
     */
    public void add(EventLog log) {
        Objects.requireNonNull(log, "log must not be null");
        Map<List<String>, long[]> local = new HashMap<>();
        for (int c = 0; c < log.caseCount(); c++) {
            int s = log.caseStart(c);
            int e = log.caseEnd(c);
            if (s == e) {
                continue;
            }
            String[] seq = new String[e - s];
            for (int k = s; k < e; k++) {
                seq[k - s] = log.activityName(log.activity(k));
            }
            local.computeIfAbsent(List.of(seq), k -> new long[1])[0]++;
            cases++;
            events += e - s;
        }
        local.forEach((seq, n) -> counts.computeIfAbsent(seq, k -> new long[1])[0] += n[0]);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public int version() {
        return VERSION;
    }

    @Override
    public Map<String, String> configuration() {
        return Map.of("activity", activity);
    }

    @Override
    public VariantCounts empty() {
        return new VariantCounts(activity);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if the states differ in activity (naming both values)
     */
    @Override
    public void merge(VariantCounts other) {
        MergeableState.requireSameConfiguration(this, other);
        VariantCounts from = other == this ? MergeableState.copy(this) : other;
        from.counts.forEach((seq, n) -> counts.computeIfAbsent(seq, k -> new long[1])[0] += n[0]);
        cases += from.cases;
        events += from.events;
    }

    /** The number of cases added. */
    @Override
    public long count() {
        return cases;
    }

    /**
     * The number of events added.
     *
     * @return the events added, over all merges
     */
    public long events() {
        return events;
    }

    /**
     * The number of distinct variants.
     *
     * @return the number of distinct variants (activity sequences) seen
     */
    public int variantCount() {
        return counts.size();
    }

    /**
     * Every variant, ranked as {@link Variants#all()}, with its share of all cases.
     *
     * @return the variants
     */
    public List<Variant> all() {
        List<Map.Entry<List<String>, long[]>> ranked = new ArrayList<>(counts.entrySet());
        // The map is in sequence order and the sort is stable, so ties in count keep that order.
        ranked.sort((x, y) -> Long.compare(y.getValue()[0], x.getValue()[0]));
        List<Variant> out = new ArrayList<>(ranked.size());
        for (Map.Entry<List<String>, long[]> e : ranked) {
            out.add(new Variant(e.getKey(), e.getValue()[0], (double) e.getValue()[0] / cases));
        }
        return List.copyOf(out);
    }

    /**
     * The {@code k} most frequent variants, the rest grouped, as {@link Variants#top(int)}.
     *
     * @param k how many to show
     * @return the selection
     * @throws IllegalArgumentException if k is negative
     */
    public VariantSelection top(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("top k must be at least 0, was " + k);
        }
        return select(all(), Math.min(k, counts.size()));
    }

    /**
     * The fewest most-frequent variants covering at least {@code coverage} of the cases, as
     * {@link Variants#byCoverage(double)}.
     *
     * @param coverage the share of cases to cover, 0..1
     * @return the selection
     * @throws IllegalArgumentException if coverage is outside 0..1
     */
    public VariantSelection byCoverage(double coverage) {
        if (!(coverage >= 0 && coverage <= 1)) {
            throw new IllegalArgumentException("coverage must be within 0..1, was " + coverage);
        }
        List<Variant> all = all();
        long needed = (long) Math.ceil(coverage * cases - 1e-9);
        long covered = 0;
        int k = 0;
        while (k < all.size() && covered < needed) {
            covered += all.get(k++).count();
        }
        return select(all, k);
    }

    private VariantSelection select(List<Variant> all, int k) {
        long other = 0;
        for (int r = k; r < all.size(); r++) {
            other += all.get(r).count();
        }
        return new VariantSelection(all.subList(0, k), all.size() - k, other, cases == 0 ? 0 : (double) other / cases);
    }

    /**
     * Payload, version 1: long cases, long events, int variants; per variant in sequence order: int length, each
     * activity as UTF, long count.
     */
    @Override
    public void writePayload(DataOutput out) throws IOException {
        out.writeLong(cases);
        out.writeLong(events);
        out.writeInt(counts.size());
        for (Map.Entry<List<String>, long[]> e : counts.entrySet()) {
            out.writeInt(e.getKey().size());
            for (String a : e.getKey()) {
                out.writeUTF(a);
            }
            out.writeLong(e.getValue()[0]);
        }
    }

    @Override
    public VariantCounts readPayload(DataInput in, int version) throws IOException {
        VariantCounts s = empty();
        s.cases = MergeableState.readCount(in, "variant cases", Long.MAX_VALUE);
        s.events = MergeableState.readCount(in, "variant events", Long.MAX_VALUE);
        int n = MergeableState.readSize(in, "variants", Integer.MAX_VALUE);
        long cases = 0;
        long events = 0;
        List<String> previous = null;
        for (int i = 0; i < n; i++) {
            int len = MergeableState.readSize(in, "variant length", Integer.MAX_VALUE);
            if (len == 0) {
                throw new StateFormatException("a variant must hold at least one activity");
            }
            // Grown as read, so that a garbage length fails at the end of the input, not in the allocator.
            List<String> seq = new ArrayList<>();
            for (int k = 0; k < len; k++) {
                seq.add(in.readUTF());
            }
            List<String> key = List.copyOf(seq);
            if (previous != null && SEQUENCE.compare(previous, key) >= 0) {
                throw new StateFormatException("variant " + key + " is out of order");
            }
            previous = key;
            long c = MergeableState.readCount(in, "count of variant " + key, s.cases);
            if (c == 0) {
                throw new StateFormatException("variant " + key + " has count 0");
            }
            cases += c;
            try {
                events = Math.addExact(events, Math.multiplyExact(c, (long) len));
            } catch (ArithmeticException e) {
                throw new StateFormatException("variant events overflow a long", e);
            }
            s.counts.put(key, new long[] {c});
        }
        if (cases != s.cases || events != s.events) {
            throw new StateFormatException("variants hold " + cases + " cases and " + events
                    + " events, but the state counts " + s.cases + " and " + s.events);
        }
        return s;
    }

    @Override
    public String toString() {
        return "VariantCounts[activity=" + activity + ", cases=" + cases + ", variants=" + counts.size() + "]";
    }
}
