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
 * <p>Computation: one pass over the activity ints keys each case into an open-addressing table of primitive
 * arrays. A short case's key is its sequence packed into a long (exact); a longer case's key is a hash, checked
 * against a representative case on a match, so results never depend on the hash. Variants are then ranked by a
 * radix sort, so the cost is linear in events; the {@link Variant} records (with their activity names) are made
 * only when asked for. Immutable; it keeps a reference to the log.
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

    /**
     * The variants of a log.
     *
     * @param log the event log
     * @return the variants of a log
     */
    public static Variants of(EventLog log) {
        int caseCount = log.caseCount();
        // Activity a is coded a + 1 in `bits` bits, so a sequence of at most `perKey` activities packs into a long
        // that IS the sequence (no code is 0, so the leading zero bits fix the length): such cases are matched
        // by comparing one long, never re-reading a representative's events. Longer cases pack a hash instead and
        // are verified against their representative, so correctness never rests on a hash.
        int bits = 32 - Integer.numberOfLeadingZeros(log.activityCount());
        int perKey = bits == 0 ? 0 : 64 / bits;
        // Sized up front for a variant count of up to a quarter of the cases, at most half full; it doubles beyond.
        int cap = Integer.highestOneBit(Math.max(8, caseCount / 2)) * 2;
        int shift = 64 - Integer.numberOfTrailingZeros(cap);
        long[] slotKey = new long[cap];
        int[] slotVariant = new int[cap];
        Arrays.fill(slotVariant, -1);
        int grow = cap / 2;
        int[] representative = new int[grow];
        int[] length = new int[grow];
        long[] counts = new long[grow];
        int[] variantOfCase = new int[caseCount];
        int variants = 0;
        int e = caseCount == 0 ? 0 : log.caseStart(0);
        for (int c = 0; c < caseCount; c++) {
            int s = e;
            e = log.caseEnd(c);
            int len = e - s;
            long key = 0;
            int k = s;
            for (int stop = s + Math.min(len, perKey); k < stop; k++) {
                key = (key << bits) | (log.activity(k) + 1);
            }
            for (; k < e; k++) {
                key = (key ^ log.activity(k)) * 0x9E3779B97F4A7C15L;
            }
            int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
            int v;
            while (true) {
                v = slotVariant[slot];
                if (v < 0) {
                    v = variants++;
                    representative[v] = c;
                    length[v] = len;
                    slotVariant[slot] = v;
                    slotKey[slot] = key;
                    if (variants == grow) {
                        cap *= 2;
                        shift--;
                        grow = cap / 2;
                        representative = Arrays.copyOf(representative, grow);
                        length = Arrays.copyOf(length, grow);
                        counts = Arrays.copyOf(counts, grow);
                        long[] keys = new long[cap];
                        slotVariant = rehash(slotKey, slotVariant, keys, shift);
                        slotKey = keys;
                    }
                    break;
                }
                if (slotKey[slot] == key && length[v] == len
                        && (len <= perKey || sameSequence(log, representative[v], c))) {
                    break;
                }
                slot = (slot + 1) & (cap - 1);
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

    /** Moves every occupied slot into {@code keys} (twice the size) and returns the matching variant slots. */
    private static int[] rehash(long[] slotKey, int[] slotVariant, long[] keys, int shift) {
        int[] variantsOut = new int[keys.length];
        Arrays.fill(variantsOut, -1);
        int mask = keys.length - 1;
        for (int k = 0; k < slotVariant.length; k++) {
            if (slotVariant[k] >= 0) {
                int slot = (int) ((slotKey[k] * 0x9E3779B97F4A7C15L) >>> shift);
                while (variantsOut[slot] >= 0) {
                    slot = (slot + 1) & mask;
                }
                variantsOut[slot] = slotVariant[k];
                keys[slot] = slotKey[k];
            }
        }
        return variantsOut;
    }

    /**
     * Orders variants by count (descending), then by their activity names. Ties in count are broken by the names'
     * ranks, first through two longs packing the ranks of the first activities (compared unsigned), and only
     * for equal prefixes by walking the sequences. The three numeric keys are sorted by a stable least-significant
     * digit radix sort (linear, and far cheaper than comparisons for tens of thousands of variants); the rare runs
     * still tied on all three are then put in order by walking their sequences. Every variant is a distinct
     * sequence, so the order is total and unique.
     */
    private static int[] rank(EventLog log, int[] representative, long[] counts, int variants) {
        Ranking r = new Ranking(log, representative, counts, variants);
        int[] order = new int[variants];
        for (int v = 0; v < variants; v++) {
            order[v] = v;
        }
        long most = 0;
        for (int v = 0; v < variants; v++) {
            most = Math.max(most, counts[v]);
        }
        long[] fewer = new long[variants];
        for (int v = 0; v < variants; v++) {
            fewer[v] = most - counts[v];
        }
        int[] first = order;
        int[] second = new int[variants];
        int[] histogram = new int[1 << RADIX_BITS];
        // Least significant key first: each stable pass keeps the order of the keys sorted before it.
        order = radixSort(r.prefix2, order, second, histogram);
        order = radixSort(r.prefix1, order, order == first ? second : first, histogram);
        order = radixSort(fewer, order, order == first ? second : first, histogram);
        r.settleTies(order);
        return order;
    }

    private static final int RADIX_BITS = 11;

    /**
     * Stable sort of {@code order} by {@code key[order[i]]}, unsigned, 11 bits a pass; a pass whose digit is the
     * same for every element is skipped. Returns whichever of {@code order} and {@code spare} holds the result.
     */
    private static int[] radixSort(long[] key, int[] order, int[] spare, int[] histogram) {
        int n = order.length;
        int[] from = order;
        int[] to = spare;
        int radix = 1 << RADIX_BITS;
        for (int shift = 0; shift < 64; shift += RADIX_BITS) {
            Arrays.fill(histogram, 0);
            for (int i = 0; i < n; i++) {
                histogram[(int) ((key[from[i]] >>> shift) & (radix - 1))]++;
            }
            if (n == 0 || histogram[(int) ((key[from[0]] >>> shift) & (radix - 1))] == n) {
                continue;
            }
            int sum = 0;
            for (int d = 0; d < radix; d++) {
                int h = histogram[d];
                histogram[d] = sum;
                sum += h;
            }
            for (int i = 0; i < n; i++) {
                int v = from[i];
                to[histogram[(int) ((key[v] >>> shift) & (radix - 1))]++] = v;
            }
            int[] t = from;
            from = to;
            to = t;
        }
        return from;
    }

    /** The sort keys of the variants, and the walk that settles ties between them. */
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

        /**
         * Orders each run of variants tied on count and both prefixes (only sequences longer than the prefixes
         * can tie) by walking their sequences: an insertion sort for the usual short runs, after a merge sort for long ones.
         */
        void settleTies(int[] order) {
            int n = order.length;
            int lo = 0;
            while (lo < n) {
                int hi = lo + 1;
                while (hi < n && tied(order[lo], order[hi])) {
                    hi++;
                }
                if (hi - lo > 16) {
                    sortRun(order, lo, hi);
                }
                for (int i = lo + 1; i < hi; i++) {
                    int v = order[i];
                    int j = i - 1;
                    while (j >= lo && compare(order[j], v) > 0) {
                        order[j + 1] = order[j];
                        j--;
                    }
                    order[j + 1] = v;
                }
                lo = hi;
            }
        }

        /** A long run (long sequences sharing their prefixes) gets an n log n sort; boxing is fine off the hot path. */
        private void sortRun(int[] order, int lo, int hi) {
            Integer[] run = new Integer[hi - lo];
            for (int i = lo; i < hi; i++) {
                run[i - lo] = order[i];
            }
            Arrays.sort(run, this::compare);
            for (int i = lo; i < hi; i++) {
                order[i] = run[i - lo];
            }
        }

        private boolean tied(int a, int b) {
            return counts[a] == counts[b] && prefix1[a] == prefix1[b] && prefix2[a] == prefix2[b];
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

    /**
     * The number of cases (journeys).
     *
     * @return the number of cases (journeys)
     */
    public long cases() {
        return cases;
    }

    /**
     * The number of events.
     *
     * @return the number of events
     */
    public long events() {
        return events;
    }

    /**
     * The number of distinct variants.
     *
     * @return the number of distinct variants
     */
    public int variantCount() {
        return counts.length;
    }

    /**
     * Every variant, ranked as the class documents.
     *
     * @return every variant, ranked as the class documents
     */
    public List<Variant> all() {
        return variants(counts.length);
    }

    /**
     * The variant at a rank (0 is the most frequent).
     *
     * @param rank the 1-based rank
     * @return the variant at a rank (0 is the most frequent)
     */
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

    /**
     * The rank (index into {@link #all()}) of case {@code c}'s variant.
     *
     * @param c {@code c} in the description above
     * @return the rank (index into {@link #all()}) of case {@code c}'s variant
     */
    public int variantOf(int c) {
        return variantOfCase[c];
    }

    /**
     * The {@code k} most frequent variants, the rest grouped.
     *
     * @param k {@code k} in the description above
     * @return the {@code k} most frequent variants, the rest grouped
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
     * @param coverage the share of cases to cover, in (0, 1]
     * @return the fewest most-frequent variants that together cover at least {@code coverage} of the cases (0.8: the
     *         variants behind 80% of journeys), the rest grouped
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
