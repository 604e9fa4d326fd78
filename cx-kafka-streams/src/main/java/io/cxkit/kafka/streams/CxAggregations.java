package io.cxkit.kafka.streams;

import io.cxkit.core.Interaction;
import io.cxkit.metrics.Accumulator;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.Metric;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.kstream.KGroupedStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.TimeWindowedKStream;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Any cxkit metric as a Kafka Streams aggregation: {@code stream.groupBy(...)} then {@link #aggregate} keeps one
 * accumulator per key in a state store (encoded with {@link CxSerdes#state}) and {@link #results} maps it to its
 * {@link Estimate}. Windowed aggregation works the same way through {@link #aggregateWindowed}.
 *
 * <p>Cost model: Kafka Streams writes the whole state of a key to its store (and changelog) after each record.
 * For the count-shaped metrics (NPS, CSAT, CES, AHT) that state is a few dozen bytes whatever the input, so
 * the bytes written per record are constant. For the metrics that keep a per-issue or per-customer event log
 * (FCR, FRT, resolution time, churn) the state of a key grows with the key's history: group by the metric's own
 * key (the issue for FCR, the customer for churn) so that each state holds one issue's or one customer's events,
 * and merge those per-key results downstream; grouping them only by a coarse dimension (a channel) makes the
 * store write grow with the channel's history.
 */
public final class CxAggregations {
    private CxAggregations() {
    }

    /**
     * Aggregates each key's interactions into the metric's accumulator.
     *
     * @param grouped the grouped interactions
     * @param metric the metric
     * @param storeName the state store's name
     * @param keySerde the key's serde
     * @param <K> the key
     * @param <A> the accumulator
     * @return a table of each key's accumulator
     */
    public static <K, A extends Accumulator<A>> KTable<K, A> aggregate(KGroupedStream<K, Interaction> grouped,
            Metric<A> metric, String storeName, Serde<K> keySerde) {
        return grouped.aggregate(metric::newAccumulator, (key, interaction, acc) -> {
            acc.add(interaction);
            return acc;
        }, Named.as(storeName + "-aggregate"), Materialized.<K, A, KeyValueStore<Bytes, byte[]>>as(storeName)
                .withKeySerde(keySerde).withValueSerde(CxSerdes.state(metric)));
    }

    /**
     * Aggregates each key's interactions per time window.
     *
     * @param windowed the windowed, grouped interactions
     * @param metric the metric
     * @param storeName the window store's name
     * @param keySerde the key's serde
     * @param <K> the key
     * @param <A> the accumulator
     * @return a table of each key's and window's accumulator
     */
    public static <K, A extends Accumulator<A>> KTable<Windowed<K>, A> aggregateWindowed(
            TimeWindowedKStream<K, Interaction> windowed, Metric<A> metric, String storeName, Serde<K> keySerde) {
        return windowed.aggregate(metric::newAccumulator, (key, interaction, acc) -> {
            acc.add(interaction);
            return acc;
        }, Named.as(storeName + "-aggregate"), Materialized.<K, A, WindowStore<Bytes, byte[]>>as(storeName)
                .withKeySerde(keySerde).withValueSerde(CxSerdes.state(metric)));
    }

    /**
     * Each accumulator's result.
     *
     * @param table the aggregated table
     * @param <K> the key
     * @param <A> the accumulator
     * @return a table of results
     */
    public static <K, A extends Accumulator<A>> KTable<K, Estimate> results(KTable<K, A> table) {
        return table.mapValues(Accumulator::result);
    }
}
