package io.cxkit.segments;

import io.cxkit.core.Outcome;
import io.cxkit.journey.Journey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Personalisation signals per customer, each with its evidence.
 *
 * <ul>
 * <li><b>Preferred channel.</b> The channel the customer uses most, and separately the channel that works for
 * them: the highest success rate (a conversion, a resolution, a purchase or an answer, over uses) among channels
 * used at least {@code minChannelUses} times.</li>
 * <li><b>Best time.</b> The customer's responses and purchases per hour of the week, in the feature table's
 * zone, smoothed with the circular kernel (¼, ½, ¼) over neighbouring hours; the peak is the best time. With
 * fewer than {@code minTimeEvents} events, the customer's segment's pooled events are used, else everyone's,
 * and the source says which.</li>
 * <li><b>Next best touchpoint</b> for a customer whose latest journey has not converted: see
 * {@link NextBestTouchpoint}.</li>
 * <li><b>Flags.</b> {@code likely_repeat_contact}: at least two repeat contacts on the same issue, or a repeat
 * contact and a transfer — the patterns that precede a further contact in the service literature on first
 * contact resolution; a rule, not a fitted model. {@code at_risk}: the customer is in the at-risk list given.</li>
 * </ul>
 */
public final class Signals {
    private final FeatureTable table;
    private final Map<String, String> segmentOf;
    private final Optional<NextBestTouchpoint> chain;
    private final Map<String, String> openJourneyAt;
    private final java.util.Set<String> atRisk;
    private final int minChannelUses;
    private final int minTimeEvents;
    private final Map<String, long[]> segmentHours = new HashMap<>();
    private final long[] allHours = new long[168];

    /**
     * Signals over a feature table.
     *
     * @param table the customers' features
     * @param segmentOf each customer's segment, for the best-time fallback (may be empty)
     * @param chain the fitted next-best-touchpoint chain, if any
     * @param openJourneyAt the last touchpoint of each customer's open (not converted) latest journey
     * @param atRisk customers in the at-risk list
     * @param minChannelUses uses a channel needs to qualify as the one that works, at least 1
     * @param minTimeEvents events a customer needs for their own best time, at least 1
     */
    public Signals(FeatureTable table, Map<String, String> segmentOf, Optional<NextBestTouchpoint> chain,
            Map<String, String> openJourneyAt, java.util.Set<String> atRisk, int minChannelUses, int minTimeEvents) {
        this.table = Objects.requireNonNull(table, "table");
        this.segmentOf = Map.copyOf(segmentOf);
        this.chain = Objects.requireNonNull(chain, "chain");
        this.openJourneyAt = Map.copyOf(openJourneyAt);
        this.atRisk = java.util.Set.copyOf(atRisk);
        if (minChannelUses < 1 || minTimeEvents < 1) {
            throw new IllegalArgumentException("minimum channel uses and time events must be at least 1, were "
                    + minChannelUses + " and " + minTimeEvents);
        }
        this.minChannelUses = minChannelUses;
        this.minTimeEvents = minTimeEvents;
        for (Map.Entry<String, FeatureTable.CustomerState> e : table.states().entrySet()) {
            long[] seg = segmentHours.computeIfAbsent(segmentOf.getOrDefault(e.getKey(), ""), k -> new long[168]);
            e.getValue().hours.forEach((h, c) -> {
                seg[h] += c;
                allHours[h] += c;
            });
        }
    }

    /**
     * The last touchpoint of each customer's latest journey, for customers whose latest journey did not convert.
     *
     * @param journeys the customers' journeys for pain points (may be empty: then no pain points)
     * @param conversion the outcome that counts as a conversion
     * @return the last touchpoint of each customer's latest journey, for customers whose latest journey did not convert
     */
    public static Map<String, String> openJourneys(List<Journey> journeys, Outcome conversion) {
        Map<String, Journey> latest = new HashMap<>();
        for (Journey j : journeys) {
            latest.merge(j.customer().value(), j, (a, b) -> b.end().isAfter(a.end()) ? b : a);
        }
        Map<String, String> open = new TreeMap<>();
        latest.forEach((c, j) -> {
            if (!j.outcome().equals(Optional.of(conversion))) {
                open.put(c, j.interactions().get(j.size() - 1).touchpoint().id());
            }
        });
        return open;
    }

    /**
     * The signals of one customer.
     *
     * @param customer the customer id
     * @return the signals of one customer
     * @throws IllegalArgumentException if the customer is not in the table
     */
    public CustomerSignals of(String customer) {
        FeatureTable.CustomerState s = table.state(customer).orElseThrow(() -> new IllegalArgumentException(
                "customer '" + customer + "' is not in the data (" + table.size() + " customers)"));
        return new CustomerSignals(customer, preference(s), bestTime(customer, s),
                Optional.ofNullable(openJourneyAt.get(customer)).flatMap(t -> chain.flatMap(c -> c.after(t))),
                flags(customer, s));
    }

    /**
     * Every customer's signals, by customer id.
     *
     * @return every customer's signals, by customer id
     */
    public List<CustomerSignals> all() {
        List<CustomerSignals> out = new ArrayList<>(table.size());
        for (String c : new TreeMap<>(table.states()).keySet()) {
            out.add(of(c));
        }
        return out;
    }

    private Optional<CustomerSignals.ChannelPreference> preference(FeatureTable.CustomerState s) {
        String used = null;
        long usedN = -1;
        String works = null;
        double worksRate = -1;
        long worksUses = 0;
        for (Map.Entry<String, long[]> e : new TreeMap<>(s.channels).entrySet()) {
            long[] v = e.getValue();
            if (v[0] > usedN) {
                used = e.getKey();
                usedN = v[0];
            }
            if (v[0] >= minChannelUses) {
                double rate = (double) v[1] / v[0];
                if (rate > worksRate || (rate == worksRate && v[0] > worksUses)) {
                    works = e.getKey();
                    worksRate = rate;
                    worksUses = v[0];
                }
            }
        }
        if (used == null) {
            return Optional.empty();
        }
        return Optional.of(new CustomerSignals.ChannelPreference(used, (double) usedN / s.interactions,
                Optional.ofNullable(works), works == null ? Double.NaN : worksRate, worksUses));
    }

    private Optional<CustomerSignals.BestTime> bestTime(String customer, FeatureTable.CustomerState s) {
        long[] own = new long[168];
        s.hours.forEach((h, c) -> own[h] += c);
        long events = sum(own);
        String source = "customer";
        long[] use = own;
        if (events < minTimeEvents) {
            String seg = segmentOf.get(customer);
            long[] pooled = seg == null ? null : segmentHours.get(seg);
            if (pooled != null && sum(pooled) >= minTimeEvents) {
                use = pooled;
                source = "segment:" + seg;
            } else {
                use = allHours;
                source = "all customers";
            }
        }
        long total = sum(use);
        if (total == 0) {
            return Optional.empty();
        }
        int best = 0;
        double bestV = -1;
        for (int h = 0; h < 168; h++) {
            double v = 0.25 * use[(h + 167) % 168] + 0.5 * use[h] + 0.25 * use[(h + 1) % 168];
            if (v > bestV) {
                bestV = v;
                best = h;
            }
        }
        return Optional.of(new CustomerSignals.BestTime(best / 24 + 1, best % 24, table.zone().getId(),
                bestV / total, sum(use), source));
    }

    private List<CustomerSignals.Flag> flags(String customer, FeatureTable.CustomerState s) {
        List<CustomerSignals.Flag> flags = new ArrayList<>();
        long repeats = s.repeatContacts();
        if (repeats >= 2 || (repeats >= 1 && s.transfers >= 1)) {
            flags.add(new CustomerSignals.Flag("likely_repeat_contact", repeats + " repeat contacts on the same "
                    + "issue and " + s.transfers + " transfers in " + s.contacts + " contacts"));
        }
        if (atRisk.contains(customer)) {
            flags.add(new CustomerSignals.Flag("at_risk", "in the at-risk list"));
        }
        return flags;
    }

    private static long sum(long[] a) {
        long s = 0;
        for (long v : a) {
            s += v;
        }
        return s;
    }
}
