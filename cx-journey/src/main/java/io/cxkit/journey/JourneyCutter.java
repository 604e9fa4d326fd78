package io.cxkit.journey;

import io.cxkit.core.CustomerId;
import io.cxkit.core.Interaction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Cuts each customer's interactions into journeys, by one of three rules:
 * <ul>
 *   <li>{@link #byJourneyId()}: the explicit journey (case) id on each interaction;</li>
 *   <li>{@link #byInactivityGap(Duration)}: a new journey starts when the time since the customer's previous
 *       interaction is strictly longer than the gap (30 minutes for web sessions, 14 days for a purchase
 *       journey);</li>
 *   <li>{@link #byStartAndEnd(Predicate, Predicate)}: a journey opens at an interaction that matches the start
 *       predicate and closes, inclusively, at the next one that matches the end predicate (a support journey
 *       from the first contact to its resolution).</li>
 * </ul>
 *
 * <p><b>Order.</b> Each customer's interactions are sorted by timestamp, then by their position in the input
 * list: a stable sort, so interactions with equal timestamps keep their input order. The journeys come out
 * sorted by customer id (the natural order of {@link CustomerId}), then by their first interaction. The result
 * is therefore a plain function of the input list.
 *
 * <p><b>Unresolved customers.</b> A record read with identifiers but no {@code customer_id} holds
 * {@link CustomerId#unresolved(String)}, keyed by its interaction: each such record is a one-interaction journey
 * of its own customer, never lumped with other unresolved records. Stitch identities first
 * ({@link io.cxkit.journey.identity.IdentityStitcher}) to cut them into real customers' journeys.
 *
 * <p>Cutting takes O(n log n) time for n interactions and holds one index per interaction besides the output.
 * Instances are immutable and thread-safe.
 */
public final class JourneyCutter {

    /** The journey id given to interactions without one when cutting by journey id: {@code <customer>/-}. */
    public static final String NO_JOURNEY_ID_SUFFIX = "/-";

    private enum Rule { JOURNEY_ID, GAP, START_END }

    private final Rule rule;
    private final Duration gap;
    private final Predicate<Interaction> start;
    private final Predicate<Interaction> end;

    private JourneyCutter(Rule rule, Duration gap, Predicate<Interaction> start, Predicate<Interaction> end) {
        this.rule = rule;
        this.gap = gap;
        this.start = start;
        this.end = end;
    }

    /**
     * Cuts by the explicit journey id ({@link Interaction#journeyId()}): one journey per customer and journey
     * id, whose id is that journey id. A customer's interactions without a journey id form one journey of their
     * own, with id {@code <customer>/-}. A journey id shared by two customers gives two journeys with that id.
     *
     * @return the cutter
     */
    public static JourneyCutter byJourneyId() {
        return new JourneyCutter(Rule.JOURNEY_ID, Duration.ZERO, i -> false, i -> false);
    }

    /**
     * Cuts where the customer was inactive for longer than {@code gap}: an interaction starts a new journey when
     * its timestamp is strictly more than {@code gap} after the previous interaction's. Journey ids are
     * {@code <customer>/<n>}, n from 1.
     *
     * @param gap the longest inactivity within a journey
     * @return the cutter
     * @throws IllegalArgumentException if the gap is negative
     * @throws NullPointerException if the gap is null
     */
    public static JourneyCutter byInactivityGap(Duration gap) {
        Objects.requireNonNull(gap, "gap must not be null");
        if (gap.isNegative()) {
            throw new IllegalArgumentException("gap must not be negative, was " + gap);
        }
        return new JourneyCutter(Rule.GAP, gap, i -> false, i -> false);
    }

    /**
     * Cuts by start and end events. Outside a journey, an interaction that matches {@code start} opens one (and
     * other interactions are left out: they belong to no journey). Inside a journey, every interaction belongs
     * to it, and the first one that matches {@code end} closes it, inclusively; an interaction matching both
     * predicates outside a journey is a journey of its own. A journey still open at the customer's last
     * interaction is kept, so {@link Journey#outcome()} tells whether it reached its end. Journey ids are
     * {@code <customer>/<n>}, n from 1.
     *
     * @param start true for an interaction that opens a journey
     * @param end true for an interaction that closes the journey it is in
     * @return the cutter
     * @throws NullPointerException if a predicate is null
     */
    public static JourneyCutter byStartAndEnd(Predicate<Interaction> start, Predicate<Interaction> end) {
        return new JourneyCutter(Rule.START_END, Duration.ZERO, Objects.requireNonNull(start, "start"),
                Objects.requireNonNull(end, "end"));
    }

    /**
     * Cuts the interactions into journeys, in the order the class documents.
     *
     * @param interactions the interactions, in input order (the tie-break for equal timestamps)
     * @return the journeys, sorted by customer then start; empty for an empty input
     * @throws NullPointerException if the list or an element is null
     */
    public List<Journey> cut(List<Interaction> interactions) {
        Map<CustomerId, int[]> byCustomer = indexByCustomer(interactions);
        List<Journey> out = new ArrayList<>();
        for (Map.Entry<CustomerId, int[]> e : byCustomer.entrySet()) {
            List<Interaction> ordered = inTimeOrder(interactions, e.getValue());
            switch (rule) {
                case JOURNEY_ID -> cutById(e.getKey(), ordered, out);
                case GAP -> cutByGap(e.getKey(), ordered, out);
                case START_END -> cutByStartEnd(e.getKey(), ordered, out);
                default -> throw new AssertionError(rule);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Sorts interactions by timestamp, then input position: the order every journey computation uses.
     *
     * @param interactions the interactions, in input order (the tie-break for equal timestamps)
     * @return a new list; the input is not changed
     */
    public static List<Interaction> inTimeOrder(List<Interaction> interactions) {
        int[] idx = new int[interactions.size()];
        for (int k = 0; k < idx.length; k++) {
            idx[k] = k;
        }
        return inTimeOrder(interactions, idx);
    }

    private static List<Interaction> inTimeOrder(List<Interaction> all, int[] indices) {
        Integer[] boxed = new Integer[indices.length];
        for (int k = 0; k < indices.length; k++) {
            boxed[k] = indices[k];
        }
        // Arrays.sort on objects is a stable merge sort, and the indices arrive in input order, so comparing by
        // timestamp alone leaves equal timestamps in input order.
        Arrays.sort(boxed, (a, b) -> all.get(a).timestamp().compareTo(all.get(b).timestamp()));
        List<Interaction> out = new ArrayList<>(boxed.length);
        for (Integer k : boxed) {
            out.add(all.get(k));
        }
        return out;
    }

    private static Map<CustomerId, int[]> indexByCustomer(List<Interaction> interactions) {
        Map<CustomerId, int[]> counts = new HashMap<>();
        for (Interaction i : interactions) {
            Objects.requireNonNull(i, "interaction must not be null");
            counts.computeIfAbsent(i.customerId(), c -> new int[1])[0]++;
        }
        Map<CustomerId, int[]> index = new TreeMap<>();
        Map<CustomerId, int[]> fill = new HashMap<>();
        counts.forEach((c, n) -> {
            int[] slots = new int[n[0]];
            index.put(c, slots);
            fill.put(c, new int[1]);
        });
        for (int k = 0; k < interactions.size(); k++) {
            CustomerId c = interactions.get(k).customerId();
            index.get(c)[fill.get(c)[0]++] = k;
        }
        return index;
    }

    private static void cutById(CustomerId customer, List<Interaction> ordered, List<Journey> out) {
        Map<String, List<Interaction>> groups = new LinkedHashMap<>();
        for (Interaction i : ordered) {
            String id = i.journeyId().orElse(customer.value() + NO_JOURNEY_ID_SUFFIX);
            groups.computeIfAbsent(id, k -> new ArrayList<>()).add(i);
        }
        groups.forEach((id, list) -> out.add(new Journey(id, customer, list)));
    }

    private void cutByGap(CustomerId customer, List<Interaction> ordered, List<Journey> out) {
        int n = 0;
        List<Interaction> current = new ArrayList<>();
        Instant previous = null;
        for (Interaction i : ordered) {
            if (previous != null && Duration.between(previous, i.timestamp()).compareTo(gap) > 0) {
                out.add(new Journey(customer.value() + "/" + (++n), customer, current));
                current = new ArrayList<>();
            }
            current.add(i);
            previous = i.timestamp();
        }
        out.add(new Journey(customer.value() + "/" + (++n), customer, current));
    }

    private void cutByStartEnd(CustomerId customer, List<Interaction> ordered, List<Journey> out) {
        int n = 0;
        Optional<List<Interaction>> open = Optional.empty();
        for (Interaction i : ordered) {
            if (open.isEmpty()) {
                if (!start.test(i)) {
                    continue;
                }
                open = Optional.of(new ArrayList<>());
            }
            open.get().add(i);
            if (end.test(i)) {
                out.add(new Journey(customer.value() + "/" + (++n), customer, open.get()));
                open = Optional.empty();
            }
        }
        if (open.isPresent()) {
            out.add(new Journey(customer.value() + "/" + (++n), customer, open.get()));
        }
    }
}
