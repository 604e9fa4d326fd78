package io.cxkit.journey.attribution;

import io.cxkit.core.Interaction;
import io.cxkit.core.Money;
import io.cxkit.core.Outcome;
import io.cxkit.journey.JourneyCutter;
import io.cxkit.journey.internal.StableSort;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Aggregates interactions into conversion paths as they stream by, with the same result as
 * {@link JourneyPaths#aggregate(List, Outcome, Function)} over {@link JourneyCutter#byJourneyId()}'s journeys of
 * the same interactions in the same order, but without holding the interactions: per interaction it keeps a step
 * code, a journey index and a timestamp (16 bytes), plus the value of each conversion; per journey, its customer
 * and id. Interactions may arrive in any order: each journey is put in time order (ties in arrival order) when
 * {@link #paths()} is called, and the path of a journey runs to its first conversion, inclusive.
 *
 * <p>Not thread-safe. For inputs read in parallel, collect per part and concatenate the interactions' parts in
 * input order, or aggregate each part and merge the paths (paths are counts: equal paths add up).
 */
public final class JourneyPathCollector {
    private final Outcome conversion;
    private final Function<Interaction, String> key;
    private final Map<String, Integer> journeyIndex = new HashMap<>();
    private final List<String> journeyCustomer = new ArrayList<>();
    private final Map<String, Integer> stepIndex = new HashMap<>();
    private final List<String> stepNames = new ArrayList<>();
    private int[] journeyOf = new int[1024];
    private int[] step = new int[1024];
    private long[] time = new long[1024];
    /** Conversion events by event index. */
    private final Map<Integer, Conversion> conversions = new HashMap<>();

    private record Conversion(String interaction, Optional<Money> value) {
    }
    private int size;

    /**
     * A collector of paths whose steps are {@code key} of each interaction.
     *
     * @param conversion the outcome that counts as a conversion
     * @param key what a path step is (the channel, the touchpoint id)
     * @throws NullPointerException if an argument is null
     */
    public JourneyPathCollector(Outcome conversion, Function<Interaction, String> key) {
        this.conversion = Objects.requireNonNull(conversion, "conversion must not be null");
        this.key = Objects.requireNonNull(key, "key must not be null");
    }

    /**
     * Adds one interaction to its journey (the customer's journey id, or the customer's journey without one).
     *
     * @param i one interaction to its journey (the customer's journey id, or the customer's journey without one)
     * @throws ArithmeticException if its timestamp cannot be held in microseconds since the epoch
     * @throws IllegalStateException past {@link Integer#MAX_VALUE} - 8 interactions
     */
    public void add(Interaction i) {
        String customer = i.customerId().value();
        String journey = customer + '\u0000' + i.journeyId().orElse(customer + JourneyCutter.NO_JOURNEY_ID_SUFFIX);
        Integer j = journeyIndex.get(journey);
        if (j == null) {
            j = journeyCustomer.size();
            journeyIndex.put(journey, j);
            journeyCustomer.add(customer);
        }
        String name = Objects.requireNonNull(key.apply(i), "key returned null");
        Integer s = stepIndex.get(name);
        if (s == null) {
            s = stepNames.size();
            stepIndex.put(name, s);
            stepNames.add(name);
        }
        if (size == step.length) {
            if (size >= Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("more than " + size + " interactions");
            }
            int cap = (int) Math.min(Integer.MAX_VALUE - 8L, size * 2L);
            journeyOf = Arrays.copyOf(journeyOf, cap);
            step = Arrays.copyOf(step, cap);
            time = Arrays.copyOf(time, cap);
        }
        journeyOf[size] = j;
        step[size] = s;
        time[size] = micros(i);
        if (i.outcome().equals(Optional.of(conversion))) {
            conversions.put(size, new Conversion(i.id(), i.value()));
        }
        size++;
    }

    private static long micros(Interaction i) {
        return Math.addExact(Math.multiplyExact(i.timestamp().getEpochSecond(), 1_000_000L),
                i.timestamp().getNano() / 1_000);
    }

    /**
     * The number of interactions added.
     *
     * @return the number of interactions added
     */
    public long interactions() {
        return size;
    }

    /**
     * The aggregated paths: one row per distinct path, in the order {@link JourneyPaths#aggregate} gives for the
     * journeys sorted by customer then start. Nanosecond ties within a microsecond keep arrival order.
     *
     * @return the aggregated paths: one row per distinct path, in the order {@link JourneyPaths#aggregate} gives for
     *         the journeys sorted by customer then start
     * @throws IllegalArgumentException if the counted conversions' values come in more than one currency
     */
    public List<ConversionPath> paths() {
        int journeys = journeyCustomer.size();
        int[] offsets = new int[journeys + 1];
        for (int e = 0; e < size; e++) {
            offsets[journeyOf[e] + 1]++;
        }
        for (int c = 0; c < journeys; c++) {
            offsets[c + 1] += offsets[c];
        }
        int[] order = new int[size];
        int[] fill = Arrays.copyOf(offsets, journeys);
        for (int e = 0; e < size; e++) {
            order[fill[journeyOf[e]]++] = e;
        }
        int[] scratch = new int[size];
        for (int c = 0; c < journeys; c++) {
            StableSort.byKey(order, scratch, offsets[c], offsets[c + 1], time);
        }
        scratch = null;
        // The cutter emits journeys by customer, then by their first interaction (ties: the earlier arrival).
        Integer[] byCustomer = new Integer[journeys];
        for (int c = 0; c < journeys; c++) {
            byCustomer[c] = c;
        }
        Arrays.sort(byCustomer, (a, b) -> {
            int k = journeyCustomer.get(a).compareTo(journeyCustomer.get(b));
            if (k != 0) {
                return k;
            }
            int ea = order[offsets[a]];
            int eb = order[offsets[b]];
            k = Long.compare(time[ea], time[eb]);
            return k != 0 ? k : Integer.compare(ea, eb);
        });
        PathTotals totals = new PathTotals();
        Optional<Currency> currency = Optional.empty();
        for (Integer c : byCustomer) {
            List<String> path = new ArrayList<>();
            Conversion converted = null;
            for (int k = offsets[c]; k < offsets[c + 1]; k++) {
                int e = order[k];
                path.add(stepNames.get(step[e]));
                converted = conversions.get(e);
                if (converted != null) {
                    break;
                }
            }
            double value = 0;
            if (converted != null && converted.value().isPresent()) {
                Currency cur = converted.value().get().currency();
                if (currency.isPresent() && !currency.get().equals(cur)) {
                    throw new IllegalArgumentException("conversion values must be in one currency, found "
                            + currency.get() + " and " + cur + " (interaction " + converted.interaction() + ")");
                }
                currency = Optional.of(cur);
                value = converted.value().get().amount().doubleValue();
            }
            totals.add(new ConversionPath(path, converted == null ? 0 : 1, value, converted == null ? 1 : 0));
        }
        return totals.paths();
    }
}
