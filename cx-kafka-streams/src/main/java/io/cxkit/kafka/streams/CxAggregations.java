package io.cxkit.kafka.streams;

import io.cxkit.core.Interaction;
import io.cxkit.metrics.Accumulator;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.Metric;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.utils.Bytes;
import java.time.Duration;
import org.apache.kafka.streams.kstream.KGroupedStream;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.TimeWindowedKStream;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Any cxkit metric as a Kafka Streams aggregation. {@link #aggregate(KStream, Metric, String, Serde, Duration)}
 * is the one to use: it keeps one state per key and {@link Metric#historyKey history} (one customer's, for the
 * log-keeping metrics) in a byte store, so the bytes written per record stay constant as the input grows, and
 * merges a key's histories when its result is read or emitted ({@link MetricTable}).
 *
 * <p>{@link #aggregate(KGroupedStream, Metric, String, Serde)} and {@link #aggregateWindowed} are the plain DSL
 * aggregations: Kafka Streams writes the key's whole state after each record. That is constant for the
 * count-shaped metrics (NPS, CSAT, CES, AHT: a few dozen bytes), but grows with the key's history for the
 * log-keeping ones (FCR, FRT, resolution time, churn), unless the key is itself the history (grouped by
 * customer) or a window bounds it. See docs/engines.md, "Bytes written per record".
 */
public final class CxAggregations {
    private CxAggregations() {
    }

    /**
     * Aggregates each key's interactions with the incremental state layout: one state per (key, history key)
     * in a persistent store named {@code storeName}, each key's result emitted every {@code emitEvery} of wall-clock
     * time when it changed. The stream is repartitioned by its key first (a topic named after the store).
     *
     * @param byKey the interactions, keyed by the group (e.g. {@code stream.selectKey((k, v) -> v.channel().name())})
     * @param metric the metric
     * @param storeName the state store's name
     * @param keySerde the key's serde
     * @param emitEvery how often the changed keys' results are emitted, positive
     * @param <K> the key
     * @param <A> the accumulator
     * @return the table: its store, its queries and its stream of results
     * @throws IllegalArgumentException if the interval is not positive
     */
    public static <K, A extends Accumulator<A>> MetricTable<K, A> aggregate(KStream<K, Interaction> byKey,
            Metric<A> metric, String storeName, Serde<K> keySerde, Duration emitEvery) {
        return aggregate(byKey, metric, Stores.persistentKeyValueStore(storeName), keySerde, CxSerdes.state(metric),
                emitEvery);
    }

    /**
     * As {@link #aggregate(KStream, Metric, String, Serde, Duration)}, with the store and the state serde chosen
     * by the caller (an in-memory store; a serde that counts or compresses).
     *
     * @param byKey the interactions, keyed by the group
     * @param metric the metric
     * @param store the store supplier (its name names the store and the repartition topic)
     * @param keySerde the key's serde
     * @param stateSerde the serde of a history's state, normally {@link CxSerdes#state}
     * @param emitEvery how often the changed keys' results are emitted, positive
     * @param <K> the key
     * @param <A> the accumulator
     * @return the table
     * @throws IllegalArgumentException if the interval is not positive
     */
    public static <K, A extends Accumulator<A>> MetricTable<K, A> aggregate(KStream<K, Interaction> byKey,
            Metric<A> metric, KeyValueBytesStoreSupplier store, Serde<K> keySerde, Serde<A> stateSerde,
            Duration emitEvery) {
        return new MetricTable<>(byKey, metric, keySerde, stateSerde, store, emitEvery);
    }

    /**
     * Aggregates each key's interactions into the metric's accumulator with Kafka Streams' own aggregate: the
     * key's whole state is written after each record, which is constant only for a metric without
     * {@link Metric#historyKey history} or a key that is the history itself.
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
