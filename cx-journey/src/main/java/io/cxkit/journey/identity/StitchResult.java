package io.cxkit.journey.identity;

import io.cxkit.core.CustomerId;
import io.cxkit.core.Interaction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The outcome of {@link IdentityStitcher#stitch(List)}: a resolved customer for every record, the merges
 * applied and refused, and what was dropped.
 *
 * <p><b>Resolved ids.</b> A customer is named by its strongest identifier (first type in the settings, then the
 * smallest value): the bare value for type {@code customer}, so a record whose customer id was never merged
 * keeps it, and {@code type:value} otherwise ({@code email:ann@example.com}). A record belongs to the customer of
 * its anchor, its own strongest identifier; a record without any usable identifier is a customer of its own,
 * {@code record:<interaction id>}. Every resolved id is {@link CustomerId#isResolved() resolved}: records read
 * without a {@code customer_id} get one here. Immutable.
 */
public final class StitchResult {
    /** The prefix of the resolved id of a record that has no usable identifier. */
    public static final String RECORD_PREFIX = "record:";

    private final StitchSettings settings;
    private final List<Interaction> records;
    private final int[][] recordIds;
    private final int[] rootOf;
    private final int[] best;
    private final int[] typeOf;
    private final String[] valueOf;
    private final int identifiers;
    private final List<Merge> merges;
    /** The identifier joined to, of each merge: the explanation finds a customer's merges by its root. */
    private final int[] mergeAnchors;
    private final List<RefusedMerge> refused;
    private final List<int[]> refusedIds;
    private final Map<String, Long> ignoredTypes;
    private final long blocked;
    private final CustomerId[] resolved;
    private final long customers;

    StitchResult(StitchSettings settings, List<Interaction> records, int[][] recordIds, int[] rootOf, int[] best,
            int[] typeOf, String[] valueOf, int identifiers, int mergeCount,
            int[] mergeRecords, int[] mergeAnchors, int[] mergeOthers,
            List<RefusedMerge> refused, List<int[]> refusedIds, Map<String, Long> ignoredTypes, long blocked) {
        this.settings = settings;
        this.records = List.copyOf(records);
        this.recordIds = recordIds;
        this.rootOf = rootOf;
        this.best = best;
        this.typeOf = typeOf;
        this.valueOf = valueOf;
        this.identifiers = identifiers;
        this.mergeAnchors = mergeAnchors;
        // A view that makes each Merge when asked: a million records apply hundreds of thousands of merges,
        // and most callers only count them.
        this.merges = new java.util.AbstractList<>() {
            @Override
            public Merge get(int k) {
                java.util.Objects.checkIndex(k, mergeCount);
                return new Merge(StitchResult.this.records.get(mergeRecords[k]).id(), identifier(mergeAnchors[k]),
                        identifier(mergeOthers[k]));
            }

            @Override
            public int size() {
                return mergeCount;
            }
        };
        this.refused = List.copyOf(refused);
        this.refusedIds = List.copyOf(refusedIds);
        this.ignoredTypes = Collections.unmodifiableMap(new java.util.TreeMap<>(ignoredTypes));
        this.blocked = blocked;
        this.resolved = new CustomerId[records.size()];
        CustomerId[] names = new CustomerId[identifiers];
        long distinct = 0;
        for (int r = 0; r < resolved.length; r++) {
            int[] ids = recordIds[r];
            if (ids.length == 0) {
                resolved[r] = CustomerId.of(RECORD_PREFIX + records.get(r).id());
                distinct++;
                continue;
            }
            int root = rootOf[ids[0]];
            if (names[root] == null) {
                names[root] = CustomerId.of(name(best[root]));
                distinct++;
            }
            resolved[r] = names[root];
        }
        this.customers = distinct;
    }

    private String name(int id) {
        String type = settings.types().get(typeOf[id]).name();
        return type.equals(StitchSettings.CUSTOMER) ? valueOf[id] : type + ":" + valueOf[id];
    }

    private Identifier identifier(int id) {
        return new Identifier(settings.types().get(typeOf[id]).name(), valueOf[id]);
    }

    /**
     * The number of records stitched.
     *
     * @return the number of records stitched
     */
    public int records() {
        return records.size();
    }

    /**
     * The number of distinct usable identifiers seen.
     *
     * @return the number of distinct usable identifiers seen
     */
    public int identifiers() {
        return identifiers;
    }

    /**
     * The number of distinct resolved customers the records belong to.
     *
     * @return the number of distinct resolved customers the records belong to
     */
    public long customers() {
        return customers;
    }

    /**
     * The resolved customer of the record at {@code index} in the input list.
     *
     * @param index the index
     * @return the resolved customer of the record at {@code index} in the input list
     */
    public CustomerId customerOf(int index) {
        return resolved[index];
    }

    /**
     * The records, in input order, with their customer ids replaced by the resolved ones.
     *
     * @return the records, in input order, with their customer ids replaced by the resolved ones
     */
    public List<Interaction> apply() {
        List<Interaction> out = new ArrayList<>(records.size());
        for (int r = 0; r < resolved.length; r++) {
            Interaction i = records.get(r);
            out.add(i.customerId().equals(resolved[r]) ? i : i.toBuilder().customerId(resolved[r]).build());
        }
        return out;
    }

    /**
     * Every merge applied, in the order applied (the canonical record order).
     *
     * @return every merge applied, in the order applied (the canonical record order)
     */
    public List<Merge> merges() {
        return merges;
    }

    /**
     * Every merge refused, in the order met.
     *
     * @return every merge refused, in the order met
     */
    public List<RefusedMerge> refused() {
        return refused;
    }

    /**
     * The identifiers dropped because their type is not in the settings, by type name.
     *
     * @return the identifiers dropped because their type is not in the settings, by type name
     */
    public Map<String, Long> ignoredTypes() {
        return ignoredTypes;
    }

    /**
     * The number of identifier values dropped as junk (blocked).
     *
     * @return the number of identifier values dropped as junk (blocked)
     */
    public long blockedValues() {
        return blocked;
    }

    /**
     * Explains a resolved customer: its identifiers, the merges that built it, and the refused merges that
     * touched it. Empty if no record resolved to this id or it names a record without identifiers.
     *
     * @param customer the resolved customer id
     * @return the explanation, or empty if no resolved customer has this id
     */
    public Optional<Explanation> explain(CustomerId customer) {
        int root = -1;
        for (int r = 0; r < resolved.length && root < 0; r++) {
            if (resolved[r].equals(customer) && recordIds[r].length > 0) {
                root = rootOf[recordIds[r][0]];
            }
        }
        if (root < 0) {
            return Optional.empty();
        }
        List<Integer> members = new ArrayList<>();
        for (int id = 0; id < identifiers; id++) {
            if (rootOf[id] == root) {
                members.add(id);
            }
        }
        members.sort((x, y) -> typeOf[x] != typeOf[y] ? Integer.compare(typeOf[x], typeOf[y])
                : valueOf[x].compareTo(valueOf[y]));
        List<Identifier> ids = new ArrayList<>();
        members.forEach(id -> ids.add(identifier(id)));
        List<Merge> built = new ArrayList<>();
        for (int k = 0; k < merges.size(); k++) {
            if (rootOf[mergeAnchors[k]] == root) {
                built.add(merges.get(k));
            }
        }
        Set<Integer> memberSet = new HashSet<>(members);
        List<RefusedMerge> touched = new ArrayList<>();
        for (int k = 0; k < refused.size(); k++) {
            int[] pair = refusedIds.get(k);
            if (memberSet.contains(pair[0]) || memberSet.contains(pair[1])) {
                touched.add(refused.get(k));
            }
        }
        return Optional.of(new Explanation(customer, ids, built, touched));
    }
}
