package io.cxkit.kafka.streams;

import io.cxkit.core.Interaction;
import io.cxkit.metrics.Accumulator;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.Metric;
import io.cxkit.metrics.StateFormatException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.kafka.common.serialization.BytesSerializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * A metric aggregated per key with the incremental state layout: one state per (key, {@link Metric#historyKey
 * history key}) in a byte store, so that each record rewrites only the state of its own history (one customer's,
 * for the log-keeping metrics) and never the key's whole history. A key's state is the merge of its history
 * states, made when its result is read ({@link #state}, {@link #result}, {@link #results(ReadOnlyKeyValueStore)})
 * or emitted ({@link #results()}). Made by {@link CxAggregations#aggregate(KStream, Metric, String, Serde,
 * Duration)}.
 *
 * <p><b>Store layout.</b> Key: a 4-byte big-endian length, the key's bytes by its serde, then the history key in
 * UTF-8 (empty for a metric without history: then there is one state per key, as with a plain aggregate). Value:
 * the history's state by the state serde ({@link CxSerdes#state}: framed, versioned, configuration-checked).
 *
 * <p><b>Cost per record</b>: one store read and one write of the history's state, whose size is that of one
 * history (one customer's contacts), not of the key's whole input. Reading or emitting a key's result decodes and
 * merges every history state of the key: emission does it once per interval for each key that changed.
 *
 * @param <K> the key
 * @param <A> the accumulator
 */
public final class MetricTable<K, A extends Accumulator<A>> {
    private static final BytesSerializer PREFIX = new BytesSerializer();

    private final Metric<A> metric;
    private final String storeName;
    private final Serde<K> keySerde;
    private final Serde<A> stateSerde;
    private final KStream<K, Estimate> results;

    MetricTable(KStream<K, Interaction> byKey, Metric<A> metric, Serde<K> keySerde, Serde<A> stateSerde,
                KeyValueBytesStoreSupplier store, Duration emitEvery) {
        this.metric = Objects.requireNonNull(metric, "metric");
        this.storeName = store.name();
        this.keySerde = Objects.requireNonNull(keySerde, "keySerde");
        this.stateSerde = Objects.requireNonNull(stateSerde, "stateSerde");
        Objects.requireNonNull(emitEvery, "emitEvery");
        if (emitEvery.isNegative() || emitEvery.isZero()) {
            throw new IllegalArgumentException("emit interval must be positive, was " + emitEvery);
        }
        StoreBuilder<KeyValueStore<Bytes, byte[]>> builder = Stores.keyValueStoreBuilder(store, Serdes.Bytes(),
                Serdes.ByteArray());
        // Repartitioned by the key, so that all histories of a key live in one task's store and are merged there.
        KStream<K, Interaction> partitioned = byKey.repartition(Repartitioned.<K, Interaction>as(storeName
                + "-by-key").withKeySerde(keySerde).withValueSerde(CxSerdes.interaction()));
        this.results = partitioned.process(new ProcessorSupplier<K, Interaction, K, Estimate>() {
            @Override
            public Processor<K, Interaction, K, Estimate> get() {
                return new Aggregate(emitEvery);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(builder);
            }
        }, Named.as(storeName + "-aggregate"));
    }

    /**
     * The name of the state store, to query it ({@code driver.getKeyValueStore(name)} or interactive queries).
     *
     * @return the name of the key-value store supplier the table was built with
     */
    public String storeName() {
        return storeName;
    }

    /**
     * The metric.
     *
     * @return the metric whose per-history states the store holds and whose estimates the table emits
     */
    public Metric<A> metric() {
        return metric;
    }

    /**
     * The results of the keys that changed, emitted every interval of wall-clock time given to
     * {@link CxAggregations#aggregate(KStream, Metric, String, Serde, Duration)}: each changed key once, with the
     * merge of all its history states. Which keys changed is held in memory, so keys that changed just before a
     * restart are emitted again only when they change again.
     *
     * @return the stream of (key, result)
     */
    public KStream<K, Estimate> results() {
        return results;
    }

    /**
     * The state of one key: the merge of its history states.
     *
     * @param store the store named {@link #storeName()}, from {@code TopologyTestDriver#getKeyValueStore} or
     *        {@code KafkaStreams#store(StoreQueryParameters.fromNameAndType(name,
     *        QueryableStoreTypes.keyValueStore()))}
     * @param key the key
     * @return the merged state (empty if the key has none)
     * @throws StateFormatException if a stored state is corrupt or of another metric or configuration
     */
    public A state(ReadOnlyKeyValueStore<Bytes, byte[]> store, K key) {
        byte[] prefix = prefix(keySerde.serializer().serialize(storeName, key));
        A merged = metric.newAccumulator();
        try (KeyValueIterator<Bytes, byte[]> it = store.prefixScan(Bytes.wrap(prefix), PREFIX)) {
            while (it.hasNext()) {
                merged.merge(stateSerde.deserializer().deserialize(storeName, it.next().value));
            }
        }
        return merged;
    }

    /**
     * The result of one key.
     *
     * @param store the store named {@link #storeName()}
     * @param key the key
     * @return the result of the merged state
     * @throws StateFormatException if a stored state is corrupt or of another metric or configuration
     */
    public Estimate result(ReadOnlyKeyValueStore<Bytes, byte[]> store, K key) {
        return state(store, key).result();
    }

    /**
     * The result of every key in the store, in the store's key order.
     *
     * @param store the store named {@link #storeName()}
     * @return key to result
     * @throws StateFormatException if a stored key or state is corrupt or of another metric or configuration
     */
    public Map<K, Estimate> results(ReadOnlyKeyValueStore<Bytes, byte[]> store) {
        Map<Bytes, A> byPrefix = new LinkedHashMap<>();
        Map<Bytes, K> keys = new LinkedHashMap<>();
        try (KeyValueIterator<Bytes, byte[]> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<Bytes, byte[]> kv = it.next();
                byte[] k = kv.key.get();
                int length = keyLength(k);
                Bytes p = Bytes.wrap(java.util.Arrays.copyOf(k, 4 + length));
                keys.computeIfAbsent(p, x -> keySerde.deserializer().deserialize(storeName,
                        java.util.Arrays.copyOfRange(k, 4, 4 + length)));
                byPrefix.computeIfAbsent(p, x -> metric.newAccumulator())
                        .merge(stateSerde.deserializer().deserialize(storeName, kv.value));
            }
        }
        Map<K, Estimate> out = new LinkedHashMap<>();
        byPrefix.forEach((p, a) -> out.put(keys.get(p), a.result()));
        return out;
    }

    private static int keyLength(byte[] k) {
        int length = k.length >= 4 ? ByteBuffer.wrap(k, 0, 4).getInt() : -1;
        if (length < 0 || length > k.length - 4) {
            throw new StateFormatException("store key of " + k.length + " bytes declares a key of " + length
                    + " bytes: not written by MetricTable");
        }
        return length;
    }

    private static byte[] prefix(byte[] key) {
        return ByteBuffer.allocate(4 + key.length).putInt(key.length).put(key).array();
    }

    /**
     * The per-record step: the history's state decoded (or new), the interaction added, the state encoded. Kept
     * apart from the processor so that the cost model can be measured over the same step outside Kafka.
     */
    static <A extends Accumulator<A>> byte[] update(Metric<A> metric, Serde<A> stateSerde, String topic, byte[] old,
            Interaction interaction) {
        A state = old == null ? metric.newAccumulator() : stateSerde.deserializer().deserialize(topic, old);
        state.add(interaction);
        return stateSerde.serializer().serialize(topic, state);
    }

    /** The store key of a key's history: length-prefixed key bytes, then the history key in UTF-8. */
    static byte[] storeKey(byte[] key, String history) {
        byte[] h = history.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return ByteBuffer.allocate(4 + key.length + h.length).putInt(key.length).put(key).put(h).array();
    }

    /** Adds each record to its history's state, and emits the changed keys' results on a wall-clock schedule. */
    private final class Aggregate implements Processor<K, Interaction, K, Estimate> {
        private final Duration emitEvery;
        private final Map<Bytes, K> changed = new LinkedHashMap<>();
        private KeyValueStore<Bytes, byte[]> store;
        private ProcessorContext<K, Estimate> context;

        Aggregate(Duration emitEvery) {
            this.emitEvery = emitEvery;
        }

        @Override
        public void init(ProcessorContext<K, Estimate> ctx) {
            this.context = ctx;
            this.store = ctx.getStateStore(storeName);
            ctx.schedule(emitEvery, PunctuationType.WALL_CLOCK_TIME, this::emit);
        }

        @Override
        public void process(Record<K, Interaction> record) {
            Interaction i = record.value();
            // As Kafka Streams' own aggregations do, a record without a key or value is skipped.
            if (record.key() == null || i == null) {
                return;
            }
            byte[] key = keySerde.serializer().serialize(storeName, record.key());
            Bytes where = Bytes.wrap(storeKey(key, metric.historyKey(i).orElse("")));
            store.put(where, update(metric, stateSerde, storeName, store.get(where), i));
            changed.putIfAbsent(Bytes.wrap(prefix(key)), record.key());
        }

        private void emit(long timestamp) {
            for (Map.Entry<Bytes, K> e : changed.entrySet()) {
                context.forward(new Record<>(e.getValue(), result(store, e.getValue()), timestamp));
            }
            changed.clear();
        }
    }
}
