package io.cxkit.journey.map;

import io.cxkit.journey.EventLog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The variants of an event log: each case's exact sequence of activities, counted.
 *
 * <p>Definition (process mining, as in PM4Py's variants): two cases share a variant when their activity
 * sequences, in the order of {@link EventLog} (timestamp, then input order), are equal. Variants are ranked by
 * count (descending), ties broken by comparing the sequences activity name by activity name (then the shorter
 * first), so the ranking does not depend on the order of the cases. Shares are of all cases.
 *
 * <p>Computation: one pass hashing each case's activity ints into an open-addressing table, comparing the ints
 * against a representative case on a hash match, so the cost is linear in events. Immutable.
 */
public final class Variants {
    private final long cases;
    private final long events;
    private final List<Variant> ranked;
    private final int[] variantOfCase;

    private Variants(long cases, long events, List<Variant> ranked, int[] variantOfCase) {
        this.cases = cases;
        this.events = events;
        this.ranked = ranked;
        this.variantOfCase = variantOfCase;
    }

    /** The variants of a log. */
    public static Variants of(EventLog log) {
        int caseCount = log.caseCount();
        int cap = Integer.highestOneBit(Math.max(16, caseCount * 2 - 1)) << 1;
        int mask = cap - 1;
        int[] slotVariant = new int[cap];
        Arrays.fill(slotVariant, -1);
        int[] slotHash = new int[cap];
        int[] representative = new int[Math.max(16, caseCount / 4)];
        long[] counts = new long[representative.length];
        int[] variantOfCase = new int[caseCount];
        int variants = 0;
        for (int c = 0; c < caseCount; c++) {
            int s = log.caseStart(c);
            int e = log.caseEnd(c);
            int h = e - s;
            for (int k = s; k < e; k++) {
                h = 31 * h + log.activity(k);
            }
            h ^= h >>> 16;
            int slot = (h * 0x9E3779B9) & mask;
            int v;
            while (true) {
                v = slotVariant[slot];
                if (v < 0) {
                    v = variants++;
                    if (v == representative.length) {
                        representative = Arrays.copyOf(representative, v * 2);
                        counts = Arrays.copyOf(counts, v * 2);
                    }
                    representative[v] = c;
                    slotVariant[slot] = v;
                    slotHash[slot] = h;
                    break;
                }
                if (slotHash[slot] == h && sameSequence(log, representative[v], c)) {
                    break;
                }
                slot = (slot + 1) & mask;
            }
            counts[v]++;
            variantOfCase[c] = v;
        }
        List<String>[] sequences = sequences(log, representative, variants);
        Integer[] order = new Integer[variants];
        for (int v = 0; v < variants; v++) {
            order[v] = v;
        }
        final long[] cnt = counts;
        Arrays.sort(order, (a, b) -> {
            int byCount = Long.compare(cnt[b], cnt[a]);
            return byCount != 0 ? byCount : compare(sequences[a], sequences[b]);
        });
        int[] rankOf = new int[variants];
        List<Variant> ranked = new ArrayList<>(variants);
        for (int r = 0; r < variants; r++) {
            int v = order[r];
            rankOf[v] = r;
            ranked.add(new Variant(sequences[v], counts[v], (double) counts[v] / caseCount));
        }
        for (int c = 0; c < caseCount; c++) {
            variantOfCase[c] = rankOf[variantOfCase[c]];
        }
        return new Variants(caseCount, log.eventCount(), List.copyOf(ranked), variantOfCase);
    }

    private static boolean sameSequence(EventLog log, int a, int b) {
        int sa = log.caseStart(a);
        int sb = log.caseStart(b);
        int len = log.caseEnd(a) - sa;
        if (log.caseEnd(b) - sb != len) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (log.activity(sa + k) != log.activity(sb + k)) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static List<String>[] sequences(EventLog log, int[] representative, int variants) {
        List<String>[] out = new List[variants];
        for (int v = 0; v < variants; v++) {
            int c = representative[v];
            String[] names = new String[log.caseEnd(c) - log.caseStart(c)];
            for (int k = 0; k < names.length; k++) {
                names[k] = log.activityName(log.activity(log.caseStart(c) + k));
            }
            out[v] = List.of(names);
        }
        return out;
    }

    private static int compare(List<String> a, List<String> b) {
        for (int k = 0, n = Math.min(a.size(), b.size()); k < n; k++) {
            int x = a.get(k).compareTo(b.get(k));
            if (x != 0) {
                return x;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /** The number of cases (journeys). */
    public long cases() {
        return cases;
    }

    /** The number of events. */
    public long events() {
        return events;
    }

    /** The number of distinct variants. */
    public int variantCount() {
        return ranked.size();
    }

    /** Every variant, ranked as the class documents. */
    public List<Variant> all() {
        return ranked;
    }

    /** The rank (index into {@link #all()}) of case {@code c}'s variant. */
    public int variantOf(int c) {
        return variantOfCase[c];
    }

    /**
     * The {@code k} most frequent variants, the rest grouped.
     *
     * @throws IllegalArgumentException if k is negative
     */
    public VariantSelection top(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("top k must be at least 0, was " + k);
        }
        return select(Math.min(k, ranked.size()));
    }

    /**
     * The fewest most-frequent variants that together cover at least {@code coverage} of the cases (0.8: the
     * variants behind 80% of journeys), the rest grouped.
     *
     * @throws IllegalArgumentException if coverage is outside 0..1
     */
    public VariantSelection byCoverage(double coverage) {
        if (!(coverage >= 0 && coverage <= 1)) {
            throw new IllegalArgumentException("coverage must be within 0..1, was " + coverage);
        }
        long needed = (long) Math.ceil(coverage * cases - 1e-9);
        long covered = 0;
        int k = 0;
        while (k < ranked.size() && covered < needed) {
            covered += ranked.get(k++).count();
        }
        return select(k);
    }

    private VariantSelection select(int k) {
        long other = 0;
        for (int r = k; r < ranked.size(); r++) {
            other += ranked.get(r).count();
        }
        return new VariantSelection(ranked.subList(0, k), ranked.size() - k, other,
                cases == 0 ? 0 : (double) other / cases);
    }
}
