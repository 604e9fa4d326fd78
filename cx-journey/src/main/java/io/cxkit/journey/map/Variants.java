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
 * against a representative case on a hash match, so the cost is linear in events; the {@link Variant} records
 * (with their activity names) are made only when asked for. Immutable; it keeps a reference to the log.
 */
public final class Variants {
    private final EventLog log;
    private final long cases;
    private final long events;
    private final int[] representative;
    private final long[] counts;
    private final int[] variantOfCase;

    private Variants(EventLog log, long cases, long events, int[] representative, long[] counts,
            int[] variantOfCase) {
        this.log = log;
        this.cases = cases;
        this.events = events;
        this.representative = representative;
        this.counts = counts;
        this.variantOfCase = variantOfCase;
    }

    /** The variants of a log. */
    public static Variants of(EventLog log) {
        int caseCount = log.caseCount();
        // The table grows with the number of variants, not of cases: it stays small and cache-friendly.
        int cap = 1024;
        int mask = cap - 1;
        int[] slotVariant = new int[cap];
        Arrays.fill(slotVariant, -1);
        int[] slotHash = new int[cap];
        int[] representative = new int[256];
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
                    if (variants * 2 > cap) {
                        cap *= 2;
                        mask = cap - 1;
                        int[][] grown = rehash(slotVariant, slotHash, cap);
                        slotVariant = grown[0];
                        slotHash = grown[1];
                    }
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
        int[] order = rank(log, representative, counts, variants);
        int[] rankOf = new int[variants];
        int[] repByRank = new int[variants];
        long[] countByRank = new long[variants];
        for (int r = 0; r < variants; r++) {
            int v = order[r];
            rankOf[v] = r;
            repByRank[r] = representative[v];
            countByRank[r] = counts[v];
        }
        for (int c = 0; c < caseCount; c++) {
            variantOfCase[c] = rankOf[variantOfCase[c]];
        }
        return new Variants(log, caseCount, log.eventCount(), repByRank, countByRank, variantOfCase);
    }

    private static int[][] rehash(int[] slotVariant, int[] slotHash, int cap) {
        int[] sv = new int[cap];
        int[] sh = new int[cap];
        Arrays.fill(sv, -1);
        int mask = cap - 1;
        for (int k = 0; k < slotVariant.length; k++) {
            if (slotVariant[k] >= 0) {
                int slot = (slotHash[k] * 0x9E3779B9) & mask;
                while (sv[slot] >= 0) {
                    slot = (slot + 1) & mask;
                }
                sv[slot] = slotVariant[k];
                sh[slot] = slotHash[k];
            }
        }
        return new int[][] {sv, sh};
    }

    /**
     * Orders variants by count (descending), then by their activity names. Ties in count are broken by the names'
     * ranks, first through two longs packing the ranks of the first activities (compared unsigned), and only
     * for equal prefixes by walking the sequences; a quicksort over primitive ints avoids boxing. Every key is
     * distinct (variants are distinct sequences), so the order is total and the sort's instability is harmless.
     */
    private static int[] rank(EventLog log, int[] representative, long[] counts, int variants) {
        Ranking r = new Ranking(log, representative, counts, variants);
        int[] order = new int[variants];
        for (int v = 0; v < variants; v++) {
            order[v] = v;
        }
        r.sort(order, 0, variants - 1);
        return order;
    }

    /** The sort keys of the variants and a quicksort over them. */
    private static final class Ranking {
        private final EventLog log;
        private final int[] representative;
        private final long[] counts;
        private final int[] nameRank;
        private final long[] prefix1;
        private final long[] prefix2;

        Ranking(EventLog log, int[] representative, long[] counts, int variants) {
            this.log = log;
            this.representative = representative;
            this.counts = counts;
            this.nameRank = nameRanks(log);
            int bits = 64 - Long.numberOfLeadingZeros(log.activityCount() + 1L);
            int perLong = 64 / bits;
            this.prefix1 = new long[variants];
            this.prefix2 = new long[variants];
            for (int v = 0; v < variants; v++) {
                int c = representative[v];
                int s = log.caseStart(c);
                int len = log.caseEnd(c) - s;
                long p1 = 0;
                long p2 = 0;
                for (int k = 0; k < Math.min(len, 2 * perLong); k++) {
                    long code = nameRank[log.activity(s + k)] + 1L;
                    if (k < perLong) {
                        p1 |= code << (64 - bits * (k + 1));
                    } else {
                        p2 |= code << (64 - bits * (k - perLong + 1));
                    }
                }
                prefix1[v] = p1;
                prefix2[v] = p2;
            }
        }

        int compare(int a, int b) {
            if (a == b) {
                return 0;
            }
            int x = Long.compare(counts[b], counts[a]);
            if (x == 0) {
                x = Long.compareUnsigned(prefix1[a], prefix1[b]);
            }
            if (x == 0) {
                x = Long.compareUnsigned(prefix2[a], prefix2[b]);
            }
            return x != 0 ? x : Variants.compare(log, nameRank, representative[a], representative[b]);
        }

        void sort(int[] a, int lo, int hi) {
            while (hi - lo > 16) {
                int mid = (lo + hi) >>> 1;
                if (compare(a[mid], a[lo]) < 0) {
                    swap(a, mid, lo);
                }
                if (compare(a[hi], a[lo]) < 0) {
                    swap(a, hi, lo);
                }
                if (compare(a[hi], a[mid]) < 0) {
                    swap(a, hi, mid);
                }
                int pivot = a[mid];
                int i = lo;
                int j = hi;
                while (i <= j) {
                    while (compare(a[i], pivot) < 0) {
                        i++;
                    }
                    while (compare(a[j], pivot) > 0) {
                        j--;
                    }
                    if (i <= j) {
                        swap(a, i++, j--);
                    }
                }
                // Recurse into the smaller side, loop on the larger: the stack stays O(log n).
                if (j - lo < hi - i) {
                    sort(a, lo, j);
                    lo = i;
                } else {
                    sort(a, i, hi);
                    hi = j;
                }
            }
            for (int i = lo + 1; i <= hi; i++) {
                int v = a[i];
                int j = i - 1;
                while (j >= lo && compare(a[j], v) > 0) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
        }

        private static void swap(int[] a, int i, int j) {
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static int[] nameRanks(EventLog log) {
        Integer[] byName = new Integer[log.activityCount()];
        for (int a = 0; a < byName.length; a++) {
            byName[a] = a;
        }
        Arrays.sort(byName, (x, y) -> log.activityName(x).compareTo(log.activityName(y)));
        int[] rank = new int[byName.length];
        for (int r = 0; r < byName.length; r++) {
            rank[byName[r]] = r;
        }
        return rank;
    }

    private static int compare(EventLog log, int[] nameRank, int a, int b) {
        int sa = log.caseStart(a);
        int sb = log.caseStart(b);
        int la = log.caseEnd(a) - sa;
        int lb = log.caseEnd(b) - sb;
        for (int k = 0, n = Math.min(la, lb); k < n; k++) {
            int x = Integer.compare(nameRank[log.activity(sa + k)], nameRank[log.activity(sb + k)]);
            if (x != 0) {
                return x;
            }
        }
        return Integer.compare(la, lb);
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
        return counts.length;
    }

    /** Every variant, ranked as the class documents. */
    public List<Variant> all() {
        return variants(counts.length);
    }

    /** The variant at a rank (0 is the most frequent). */
    public Variant variant(int rank) {
        int c = representative[rank];
        String[] names = new String[log.caseEnd(c) - log.caseStart(c)];
        for (int k = 0; k < names.length; k++) {
            names[k] = log.activityName(log.activity(log.caseStart(c) + k));
        }
        return new Variant(List.of(names), counts[rank], (double) counts[rank] / cases);
    }

    private List<Variant> variants(int k) {
        List<Variant> out = new ArrayList<>(k);
        for (int r = 0; r < k; r++) {
            out.add(variant(r));
        }
        return List.copyOf(out);
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
        return select(Math.min(k, counts.length));
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
        while (k < counts.length && covered < needed) {
            covered += counts[k++];
        }
        return select(k);
    }

    private VariantSelection select(int k) {
        long other = 0;
        for (int r = k; r < counts.length; r++) {
            other += counts[r];
        }
        return new VariantSelection(variants(k), counts.length - k, other,
                cases == 0 ? 0 : (double) other / cases);
    }
}
