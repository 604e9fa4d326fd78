package io.cxkit.segments;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One customer's features, as of a moment: what they did, bought, said and how they were served. Computed by a
 * {@link FeatureTable}; every figure is a plain count, sum or mean over the customer's interactions up to then.
 *
 * @param customer the customer id
 * @param firstSeen the first interaction
 * @param lastSeen the last interaction
 * @param tenureDays days from the first interaction to the as-of moment
 * @param recencyDays days from the last purchase to the as-of moment; empty when the customer never bought
 * @param interactions interactions of any kind
 * @param purchases interactions that carry a monetary value (the evidence of a purchase, as in CLV)
 * @param monetary the sum of those values, in the data's currency
 * @param channelShares each channel's share of the customer's interactions, summing to 1
 * @param touchpoints distinct touchpoints used
 * @param supportContacts contacts by the journeys' rule ({@code io.cxkit.journey.Journey#isContact})
 * @param repeatContacts contacts beyond the first on the same issue ({@code attr.issue})
 * @param transfers transfers and escalations
 * @param npsLatest the latest NPS answer, 0..10
 * @param npsMean the mean NPS answer, 0..10
 * @param csatLatest the latest CSAT answer as a fraction of its scale, 0..1
 * @param csatMean the mean CSAT answer as a fraction of its scale, 0..1
 * @param cesLatest the latest CES answer, 1..7
 * @param cesMean the mean CES answer, 1..7
 * @param scores scores joined from other analyses (experience score, P(alive), CLV, sentiment), by name
 */
public record CustomerFeatures(String customer, Instant firstSeen, Instant lastSeen, double tenureDays,
        OptionalDouble recencyDays, long interactions, long purchases, double monetary,
        Map<String, Double> channelShares, int touchpoints, long supportContacts, long repeatContacts,
        long transfers, OptionalInt npsLatest, OptionalDouble npsMean, OptionalDouble csatLatest,
        OptionalDouble csatMean, OptionalInt cesLatest, OptionalDouble cesMean, Map<String, Double> scores) {

    /**
     * Validates and copies.
     *
     * @param customer the customer id
     * @param firstSeen the first interaction
     * @param lastSeen the last interaction
     * @param tenureDays days from the first interaction to the as-of moment
     * @param recencyDays days from the last purchase to the as-of moment; empty when the customer never bought
     * @param interactions interactions of any kind
     * @param purchases interactions that carry a monetary value (the evidence of a purchase, as in CLV)
     * @param monetary the sum of those values, in the data's currency
     * @param channelShares each channel's share of the customer's interactions, summing to 1
     * @param touchpoints distinct touchpoints used
     * @param supportContacts contacts by the journeys' rule ({@code io.cxkit.journey.Journey#isContact})
     * @param repeatContacts contacts beyond the first on the same issue ({@code attr.issue})
     * @param transfers transfers and escalations
     * @param npsLatest the latest NPS answer, 0..10
     * @param npsMean the mean NPS answer, 0..10
     * @param csatLatest the latest CSAT answer as a fraction of its scale, 0..1
     * @param csatMean the mean CSAT answer as a fraction of its scale, 0..1
     * @param cesLatest the latest CES answer, 1..7
     * @param cesMean the mean CES answer, 1..7
     * @param scores scores joined from other analyses (experience score, P(alive), CLV, sentiment), by name
     */
    public CustomerFeatures {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(lastSeen, "lastSeen");
        channelShares = Map.copyOf(channelShares);
        scores = Map.copyOf(scores);
    }

    /**
     * The channel with the largest share of interactions (ties: the name first in alphabetical order).
     *
     * @return the channel with the largest share of interactions (ties: the name first in alphabetical order)
     */
    public Optional<String> primaryChannel() {
        return channelShares.entrySet().stream()
                .max((a, b) -> a.getValue().equals(b.getValue()) ? b.getKey().compareTo(a.getKey())
                        : Double.compare(a.getValue(), b.getValue()))
                .map(Map.Entry::getKey);
    }

    /**
     * Mean order value: monetary / purchases; empty without purchases.
     *
     * @return mean order value: monetary / purchases; empty without purchases
     */
    public OptionalDouble averageOrderValue() {
        return purchases == 0 ? OptionalDouble.empty() : OptionalDouble.of(monetary / purchases);
    }

    /**
     * A copy with one more joined score (for example {@code p_alive}, {@code clv}, {@code experience}).
     *
     * @param name the name
     * @param value the value
     * @return a copy with one more joined score (for example {@code p_alive}, {@code clv}, {@code experience})
     */
    public CustomerFeatures withScore(String name, double value) {
        var m = new java.util.HashMap<>(scores);
        m.put(name, value);
        return new CustomerFeatures(customer, firstSeen, lastSeen, tenureDays, recencyDays, interactions, purchases,
                monetary, channelShares, touchpoints, supportContacts, repeatContacts, transfers, npsLatest,
                npsMean, csatLatest, csatMean, cesLatest, cesMean, m);
    }
}
