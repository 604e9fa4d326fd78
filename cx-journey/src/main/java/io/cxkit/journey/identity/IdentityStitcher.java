package io.cxkit.journey.identity;

import io.cxkit.core.Interaction;
import io.cxkit.journey.EventLog;
import io.cxkit.journey.internal.StableSort;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Stitches records into customers with union-find over their identifiers.
 *
 * <p>Each record (interaction) carries identifiers: its customer id (type {@code customer}, used only when
 * the settings list that type and the id is resolved) and its
 * {@link Interaction#identifiers()} ({@code id.TYPE} CSV columns, the JSON {@code identifiers} object). A record
 * read without a {@code customer_id} holds an {@link io.cxkit.core.CustomerId#unresolved(String) unresolved}
 * id, which is a placeholder, not an identifier: it takes no part, and stitching assigns the record the
 * customer its identifiers resolve to. Blocked
 * values and unlisted types are dropped and counted. Identifiers that co-occur on one record belong to one
 * customer: the record's strongest identifier (its <em>anchor</em>: the type listed first in the
 * {@link StitchSettings}, then the smallest value) is joined with each of its other identifiers, strongest
 * first.
 *
 * <p><b>Rules are checked before each join</b>, because a union cannot be undone: a join is refused, reported
 * and not applied when the joined customer would hold more identifiers of a type than its limit allows, which
 * for a unique type (limit 1, such as {@code crm}) means two customers with different CRM ids are never merged,
 * even through a shared device or cookie.
 *
 * <p><b>Determinism.</b> Which of two conflicting joins wins depends on which comes first, so records are
 * processed in a canonical order that does not depend on the input's: by timestamp, then interaction id, then
 * their identifiers. The resolved customers, merges and refusals are therefore the same for any permutation of
 * the input.
 *
 * <p><b>Cost.</b> O(n log n) for the canonical sort, then near-linear union-find; memory is linear in the number
 * of distinct identifiers (a parent, a size and one count per type for each). Thread-safe: holds only settings.
 *
 * <p><b>Distributed input.</b> Stitching needs a global view: two records join through any chain of shared
 * identifiers, which may run through every partition, and the refusal rules look at whole components. There is
 * no mergeable state; stitch on one machine (its cost is near-linear in identifiers) before the mergeable
 * journey states, or give the engine a resolved {@code customer_id}.
 */
public final class IdentityStitcher {
    private final StitchSettings settings;

    /**
     * A stitcher with the given rules.
     *
     * @param settings the settings
     */
    public IdentityStitcher(StitchSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
    }

    /** A stitcher with {@link StitchSettings#defaults()}. */
    public IdentityStitcher() {
        this(StitchSettings.defaults());
    }

    /**
     * The rules in use.
     *
     * @return the rules in use
     */
    public StitchSettings settings() {
        return settings;
    }

    /**
     * Stitches the records.
     *
     * @param records the interactions, in any order
     * @return the resolved customers, with every merge and refusal
     * @throws NullPointerException if the list or an element is null
     */
    public StitchResult stitch(List<Interaction> records) {
        int types = settings.types().size();
        int[] limits = new int[types];
        for (int t = 0; t < types; t++) {
            limits[t] = settings.types().get(t).limit();
        }
        Run run = new Run(types, limits);
        int[] order = canonicalOrder(records);
        int[][] recordIds = new int[records.size()][];
        for (int r : order) {
            recordIds[r] = run.record(r, records.get(r));
        }
        return run.finish(records, recordIds);
    }

    /**
     * The canonical processing order: by timestamp, then interaction id, then identifiers. A primitive stable
     * sort on the timestamp in microseconds does most of the work; only runs of equal microseconds are
     * compared in full.
     */
    private static int[] canonicalOrder(List<Interaction> records) {
        int n = records.size();
        long[] micros = new long[n];
        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            micros[k] = EventLog.micros(records.get(k).timestamp());
            order[k] = k;
        }
        StableSort.byKey(order, new int[n], 0, n, micros);
        String[] keys = new String[n];
        Comparator<Integer> full = (a, b) -> {
            Interaction x = records.get(a);
            Interaction y = records.get(b);
            int c = x.timestamp().compareTo(y.timestamp());
            if (c == 0) {
                c = x.id().compareTo(y.id());
            }
            if (c == 0) {
                c = key(keys, records, a).compareTo(key(keys, records, b));
            }
            return c;
        };
        for (int from = 0; from < n;) {
            int to = from + 1;
            while (to < n && micros[order[to]] == micros[order[from]]) {
                to++;
            }
            if (to - from > 1) {
                Integer[] run = new Integer[to - from];
                for (int k = from; k < to; k++) {
                    run[k - from] = order[k];
                }
                Arrays.sort(run, full);
                for (int k = from; k < to; k++) {
                    order[k] = run[k - from];
                }
            }
            from = to;
        }
        return order;
    }

    private static String key(String[] keys, List<Interaction> records, int k) {
        if (keys[k] == null) {
            Interaction i = records.get(k);
            keys[k] = i.customerId().value() + '\u0001' + new TreeMap<>(i.identifiers());
        }
        return keys[k];
    }

    /** The state of one stitching run. */
    private final class Run {
        private final int types;
        private final int[] limits;
        /**
         * The intern table of (type, value) → identifier number: open addressing with linear probing over a
         * power-of-two table kept at most half full, holding the number (+1; 0 is free) and the key's hash, so
         * a record's identifiers are found without boxing or a map entry per identifier.
         */
        private int[] slots = new int[2048];
        private int[] slotHashes = new int[2048];
        private int size;
        private int[] typeOf = new int[1024];
        private String[] valueOf = new String[1024];
        private int[] parent = new int[1024];
        private int[] weight = new int[1024];
        private int[] counts;
        private int mergeCount;
        private int[] mergeRecords = new int[1024];
        private int[] mergeAnchors = new int[1024];
        private int[] mergeOthers = new int[1024];
        private final List<RefusedMerge> refused = new ArrayList<>();
        private final List<int[]> refusedIds = new ArrayList<>();
        private final Map<String, Long> ignoredTypes = new TreeMap<>();
        private long blocked;
        private final Map<String, Integer> typeIndex = new HashMap<>();
        private final int maxBlockedLength;
        private final boolean useCustomerId = settings.indexOf(StitchSettings.CUSTOMER) >= 0;

        Run(int types, int[] limits) {
            int longest = 0;
            for (String b : settings.blocked()) {
                longest = Math.max(longest, b.length());
            }
            this.maxBlockedLength = longest;
            this.types = types;
            this.limits = limits;
            this.counts = new int[1024 * types];
        }

        /** Interns the record's identifiers and joins them; returns their ids, anchor first. */
        int[] record(int r, Interaction i) {
            int[] ids = new int[1 + i.identifiers().size()];
            int n = 0;
            if (useCustomerId && i.customerId().isResolved()) {
                n = add(ids, n, StitchSettings.CUSTOMER, i.customerId().value());
            }
            for (Map.Entry<String, String> e : i.identifiers().entrySet()) {
                n = add(ids, n, e.getKey(), e.getValue());
            }
            ids = Arrays.copyOf(ids, n);
            sortByStrength(ids);
            for (int k = 1; k < n; k++) {
                join(r, i, ids[0], ids[k]);
            }
            return ids;
        }

        private int add(int[] ids, int n, String typeName, String raw) {
            Integer cached = typeIndex.get(typeName);
            if (cached == null) {
                cached = settings.indexOf(typeName);
                typeIndex.put(typeName, cached);
            }
            int t = cached;
            if (t < 0) {
                ignoredTypes.merge(typeName, 1L, Long::sum);
                return n;
            }
            String v = raw.strip();
            // Blocked values are short: a longer value cannot be one, and skips the lower-casing.
            if (v.length() <= maxBlockedLength && settings.isBlocked(v)) {
                blocked++;
                return n;
            }
            if (settings.types().get(t).ignoreCase()) {
                v = v.toLowerCase(Locale.ROOT);
            }
            int h = v.hashCode() * 31 + t;
            h ^= h >>> 16;
            int mask = slots.length - 1;
            int s = h & mask;
            int id = -1;
            for (int at = slots[s]; at != 0; s = (s + 1) & mask, at = slots[s]) {
                if (slotHashes[s] == h && typeOf[at - 1] == t && valueOf[at - 1].equals(v)) {
                    id = at - 1;
                    break;
                }
            }
            if (id < 0) {
                id = size;
                slots[s] = id + 1;
                slotHashes[s] = h;
                grow();
                typeOf[id] = t;
                valueOf[id] = v;
                parent[id] = id;
                weight[id] = 1;
                counts[id * types + t] = 1;
                size++;
                if (2 * size > slots.length) {
                    rehash();
                }
            }
            for (int k = 0; k < n; k++) {
                if (ids[k] == id) {
                    return n;
                }
            }
            ids[n] = id;
            return n + 1;
        }

        private void rehash() {
            int[] oldSlots = slots;
            int[] oldHashes = slotHashes;
            slots = new int[oldSlots.length * 2];
            slotHashes = new int[oldSlots.length * 2];
            int mask = slots.length - 1;
            for (int k = 0; k < oldSlots.length; k++) {
                if (oldSlots[k] != 0) {
                    int s = oldHashes[k] & mask;
                    while (slots[s] != 0) {
                        s = (s + 1) & mask;
                    }
                    slots[s] = oldSlots[k];
                    slotHashes[s] = oldHashes[k];
                }
            }
        }

        private void grow() {
            if (size < parent.length) {
                return;
            }
            int cap = parent.length * 2;
            typeOf = Arrays.copyOf(typeOf, cap);
            valueOf = Arrays.copyOf(valueOf, cap);
            parent = Arrays.copyOf(parent, cap);
            weight = Arrays.copyOf(weight, cap);
            counts = Arrays.copyOf(counts, cap * types);
        }

        private void sortByStrength(int[] ids) {
            for (int a = 1; a < ids.length; a++) {
                int v = ids[a];
                int b = a - 1;
                while (b >= 0 && stronger(v, ids[b])) {
                    ids[b + 1] = ids[b];
                    b--;
                }
                ids[b + 1] = v;
            }
        }

        private boolean stronger(int x, int y) {
            if (typeOf[x] != typeOf[y]) {
                return typeOf[x] < typeOf[y];
            }
            return valueOf[x].compareTo(valueOf[y]) < 0;
        }

        int find(int x) {
            int root = x;
            while (parent[root] != root) {
                root = parent[root];
            }
            while (parent[x] != root) {
                int next = parent[x];
                parent[x] = root;
                x = next;
            }
            return root;
        }

        private void join(int record, Interaction i, int anchor, int other) {
            int ra = find(anchor);
            int rb = find(other);
            if (ra == rb) {
                return;
            }
            for (int t = 0; t < types; t++) {
                int total = counts[ra * types + t] + counts[rb * types + t];
                if (total > limits[t]) {
                    String type = settings.types().get(t).name();
                    String reason = limits[t] == 1
                            ? "would join two customers with different " + type + " identifiers"
                            : "would give one customer " + total + " " + type + " identifiers, limit " + limits[t];
                    refused.add(new RefusedMerge(i.id(), identifier(anchor), identifier(other), reason));
                    refusedIds.add(new int[] {anchor, other});
                    return;
                }
            }
            // Union by size; equal sizes keep the smaller id as root, so the shape is deterministic too.
            int root = weight[ra] > weight[rb] || (weight[ra] == weight[rb] && ra < rb) ? ra : rb;
            int child = root == ra ? rb : ra;
            parent[child] = root;
            weight[root] += weight[child];
            for (int t = 0; t < types; t++) {
                counts[root * types + t] += counts[child * types + t];
            }
            if (mergeCount == mergeRecords.length) {
                mergeRecords = Arrays.copyOf(mergeRecords, mergeCount * 2);
                mergeAnchors = Arrays.copyOf(mergeAnchors, mergeCount * 2);
                mergeOthers = Arrays.copyOf(mergeOthers, mergeCount * 2);
            }
            mergeRecords[mergeCount] = record;
            mergeAnchors[mergeCount] = anchor;
            mergeOthers[mergeCount] = other;
            mergeCount++;
        }

        Identifier identifier(int id) {
            return new Identifier(settings.types().get(typeOf[id]).name(), valueOf[id]);
        }

        StitchResult finish(List<Interaction> records, int[][] recordIds) {
            int[] best = new int[size];
            Arrays.fill(best, -1);
            for (int id = 0; id < size; id++) {
                int r = find(id);
                if (best[r] < 0 || stronger(id, best[r])) {
                    best[r] = id;
                }
            }
            int[] rootOf = new int[size];
            for (int id = 0; id < size; id++) {
                rootOf[id] = find(id);
            }
            return new StitchResult(settings, records, recordIds, rootOf, best, typeOf, valueOf, size,
                    mergeCount, mergeRecords, mergeAnchors, mergeOthers, refused, refusedIds, ignoredTypes, blocked);
        }
    }
}
