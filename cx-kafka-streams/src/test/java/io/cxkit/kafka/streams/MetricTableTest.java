package io.cxkit.kafka.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.Interaction;
import io.cxkit.core.sample.SampleGenerator;
import io.cxkit.metrics.Accumulator;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.Metric;
import io.cxkit.metrics.MetricOptions;
import io.cxkit.metrics.MetricRegistry;
import io.cxkit.metrics.breakdown.Breakdown;
import io.cxkit.metrics.breakdown.Dimension;
import io.cxkit.metrics.breakdown.Group;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

/**
 * The incremental state layout: per record, the bytes of state written stay the same as the input grows tenfold,
 * for every registered metric, and the results still equal the single-JVM breakdown.
 */
class MetricTableTest {
    /**
     * About 2,900 interactions. The sizes are what the test time allows (twenty runs through the driver); the
     * 10⁴ to 10⁶ figures in docs/engines.md come from {@code StateBytesMeasurement}.
     */
    static final List<Interaction> SMALL = SampleGenerator.builder().customers(100).seed(5L).build().generateList();
    /** About 29,000 interactions: ten times the customers, so each customer's history is alike in both. */
    static final List<Interaction> LARGE = SampleGenerator.builder().customers(1_000).seed(5L).build()
            .generateList();

    private static Properties props() {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "cx-table-test");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:1234");
        p.put(StreamsConfig.STATE_DIR_CONFIG, System.getProperty("java.io.tmpdir") + "/cx-kafka-" + System.nanoTime());
        return p;
    }

    /** The figures of one run: results by channel from the store and from the emitted stream, and bytes written. */
    private record Run(Map<String, Estimate> stored, Map<String, Estimate> emitted, long bytes, long records) {
        double bytesPerRecord() {
            return (double) bytes / records;
        }
    }

    private static <A extends Accumulator<A>> Run run(Metric<A> metric, List<Interaction> input) {
        AtomicLong bytes = new AtomicLong();
        Serde<A> inner = CxSerdes.state(metric);
        Serde<A> counting = Serdes.serdeFrom((topic, a) -> {
            byte[] b = inner.serializer().serialize(topic, a);
            bytes.addAndGet(b.length);
            return b;
        }, inner.deserializer());
        StreamsBuilder b = new StreamsBuilder();
        KStream<String, Interaction> s = b.stream("interactions", Consumed.with(Serdes.String(),
                CxSerdes.interaction()));
        MetricTable<String, A> table = CxAggregations.aggregate(s.selectKey((k, v) -> v.channel().name()), metric,
                Stores.inMemoryKeyValueStore(metric.name() + "-by-channel"), Serdes.String(), counting,
                Duration.ofMinutes(1));
        table.results().to("results", Produced.with(Serdes.String(), CxSerdes.estimate()));
        try (TopologyTestDriver d = new TopologyTestDriver(b.build(), props())) {
            TestInputTopic<String, Interaction> in = d.createInputTopic("interactions", Serdes.String().serializer(),
                    CxSerdes.interaction().serializer());
            for (Interaction i : input) {
                in.pipeInput(i.customerId().value(), i);
            }
            long written = bytes.get();
            KeyValueStore<Bytes, byte[]> store = d.getKeyValueStore(table.storeName());
            Map<String, Estimate> stored = table.results(store);
            d.advanceWallClockTime(Duration.ofMinutes(2));
            TestOutputTopic<String, Estimate> out = d.createOutputTopic("results", Serdes.String().deserializer(),
                    CxSerdes.estimate().deserializer());
            Map<String, Estimate> emitted = new HashMap<>(out.readKeyValuesToMap());
            for (String key : stored.keySet()) {
                assertThat(table.result(store, key)).as(metric.name() + " " + key).isEqualTo(stored.get(key));
            }
            return new Run(stored, emitted, written, input.size());
        }
    }

    private static Map<String, Estimate> breakdown(Metric<?> metric, List<Interaction> input) {
        Breakdown one = Breakdown.of(List.of(metric), List.of(Dimension.channel()));
        input.forEach(one::add);
        Map<String, Estimate> out = new HashMap<>();
        for (Group g : one.groups()) {
            out.put(g.key().get("channel"), g.estimates().get(metric.name()));
        }
        return out;
    }

    @Test
    void theLargeInputIsTenTimesTheSmallOne() {
        assertThat(SMALL.size()).isBetween(2_000, 3_500);
        assertThat(LARGE.size()).isBetween(9 * SMALL.size(), 11 * SMALL.size());
    }

    @Test
    void everyRegisteredMetricWritesTheSameStateBytesPerRecordAtTenTimesTheInputAndEqualsTheBreakdown(
            org.junit.jupiter.api.TestReporter reporter) {
        MetricRegistry registry = MetricRegistry.discover();
        Map<String, String> figures = new java.util.TreeMap<>();
        for (String name : registry.names()) {
            Metric<?> metric = registry.create(name, MetricOptions.defaults());
            Run small = runAny(metric, SMALL);
            Run large = runAny(metric, LARGE);
            assertThat(small.stored()).as(name + " from the store, small input").isEqualTo(breakdown(metric, SMALL));
            assertThat(large.stored()).as(name + " from the store, large input").isEqualTo(breakdown(metric, LARGE));
            assertThat(large.emitted()).as(name + " emitted, large input").isEqualTo(large.stored());
            assertThat(small.bytesPerRecord()).as(name + " writes state").isPositive();
            figures.put(name, String.format("%.1f -> %.1f", small.bytesPerRecord(), large.bytesPerRecord()));
            assertThat(large.bytesPerRecord()).as(name + " bytes per record, " + figures.get(name))
                    .isLessThanOrEqualTo(1.2 * small.bytesPerRecord());
        }
        assertThat(figures).containsKeys("fcr", "frt", "resolution", "churn", "nps");
        reporter.publishEntry("state bytes per record, " + SMALL.size() + " -> " + LARGE.size() + " interactions",
                figures.toString());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Run runAny(Metric metric, List<Interaction> input) {
        return run(metric, input);
    }

    @Test
    void theLogKeepingMetricsKeyTheirHistoryByCustomerAndTheCountShapedOnesKeepNone() {
        MetricRegistry registry = MetricRegistry.discover();
        Interaction i = SMALL.get(0);
        for (String name : List.of("fcr", "frt", "resolution", "churn")) {
            assertThat(registry.create(name, MetricOptions.defaults()).historyKey(i)).as(name)
                    .contains(i.customerId().value());
        }
        for (String name : List.of("nps", "csat", "ces", "aht")) {
            assertThat(registry.create(name, MetricOptions.defaults()).historyKey(i)).as(name).isEmpty();
        }
    }
}
