package io.cxkit.kafka.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.Interaction;
import io.cxkit.core.sample.SampleGenerator;
import io.cxkit.metrics.Accumulator;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.Metric;
import io.cxkit.metrics.MetricOptions;
import io.cxkit.metrics.MetricRegistry;
import io.cxkit.metrics.StateFormatException;
import io.cxkit.metrics.breakdown.Breakdown;
import io.cxkit.metrics.breakdown.Dimension;
import io.cxkit.metrics.breakdown.Group;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;

class KafkaStreamsMetricsTest {
    static final List<Interaction> SAMPLE = SampleGenerator.builder().customers(120).seed(21L).build()
            .generateList();

    private static Properties props() {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "cx-test");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:1234");
        p.put(StreamsConfig.STATE_DIR_CONFIG, System.getProperty("java.io.tmpdir") + "/cx-kafka-" + System.nanoTime());
        return p;
    }

    private static <A extends Accumulator<A>> Map<String, Estimate> byChannel(Metric<A> metric,
            List<Interaction> input, Serde<A> stateSerde) {
        StreamsBuilder b = new StreamsBuilder();
        KStream<String, Interaction> s = b.stream("interactions", Consumed.with(Serdes.String(),
                CxSerdes.interaction()));
        var grouped = s.groupBy((k, v) -> v.channel().name(), Grouped.with(Serdes.String(), CxSerdes.interaction()));
        grouped.aggregate(metric::newAccumulator, (k, v, acc) -> {
            acc.add(v);
            return acc;
            // In memory: the driver commits after every record, and a persistent store makes that slow.
        }, org.apache.kafka.streams.kstream.Materialized.<String, A>as(
                org.apache.kafka.streams.state.Stores.inMemoryKeyValueStore("store"))
                .withKeySerde(Serdes.String()).withValueSerde(stateSerde));
        Map<String, Estimate> out = new HashMap<>();
        try (TopologyTestDriver d = new TopologyTestDriver(b.build(), props())) {
            TestInputTopic<String, Interaction> in = d.createInputTopic("interactions", Serdes.String().serializer(),
                    CxSerdes.interaction().serializer());
            for (Interaction i : input) {
                in.pipeInput(i.customerId().value(), i);
            }
            KeyValueStore<String, A> store = d.getKeyValueStore("store");
            store.all().forEachRemaining(kv -> out.put(kv.key, kv.value.result()));
        }
        return out;
    }

    @Test
    void everyRegisteredMetricByChannelEqualsTheOnePassBreakdown() {
        MetricRegistry registry = MetricRegistry.discover();
        for (String name : registry.names()) {
            @SuppressWarnings({"unchecked", "rawtypes"})
            Metric<?> metric = registry.create(name, MetricOptions.defaults());
            Map<String, Estimate> streamed = run(metric);
            Breakdown one = Breakdown.of(List.of(metric), List.of(Dimension.channel()));
            SAMPLE.forEach(one::add);
            for (Group g : one.groups()) {
                Estimate expected = g.estimates().get(name);
                assertThat(streamed.get(g.key().get("channel"))).as(name + " on " + g.key()).isEqualTo(expected);
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<String, Estimate> run(Metric metric) {
        return byChannel(metric, SAMPLE, CxSerdes.state(metric));
    }

    @Test
    void npsStateBytesWrittenPerRecordStayConstantAsInputGrows() {
        MetricRegistry registry = MetricRegistry.discover();
        @SuppressWarnings("unchecked")
        Metric<io.cxkit.metrics.survey.NpsAccumulator> nps =
                (Metric<io.cxkit.metrics.survey.NpsAccumulator>) registry.create("nps", MetricOptions.defaults());
        List<Interaction> big = SampleGenerator.builder().customers(480).seed(3L).build().generateList();
        double small = bytesPerRecord(nps, SAMPLE);
        double large = bytesPerRecord(nps, big);
        assertThat(big.size()).isGreaterThan(3 * SAMPLE.size());
        assertThat(large).isLessThan(small * 1.1);
    }

    private static <A extends Accumulator<A>> double bytesPerRecord(Metric<A> metric, List<Interaction> input) {
        AtomicLong bytes = new AtomicLong();
        Serde<A> inner = CxSerdes.state(metric);
        Serde<A> counting = Serdes.serdeFrom((topic, a) -> {
            byte[] b = inner.serializer().serialize(topic, a);
            bytes.addAndGet(b == null ? 0 : b.length);
            return b;
        }, inner.deserializer());
        byChannel(metric, input, counting);
        return (double) bytes.get() / input.size();
    }

    @Test
    void aStateOfAnotherMetricOrCorruptBytesAreRefusedWithAFormatError() {
        MetricRegistry registry = MetricRegistry.discover();
        Metric<?> nps = registry.create("nps", MetricOptions.defaults());
        Metric<?> csat = registry.create("csat", MetricOptions.defaults());
        byte[] npsState = encode(nps);
        assertThatThrownBy(() -> CxSerdes.state((Metric) csat).deserializer().deserialize("t", npsState))
                .isInstanceOf(StateFormatException.class).hasMessageContaining("nps");
        byte[] corrupt = npsState.clone();
        corrupt[corrupt.length / 2] ^= 0x55;
        assertThatThrownBy(() -> CxSerdes.state((Metric) nps).deserializer().deserialize("t", corrupt))
                .isInstanceOf(StateFormatException.class);
        assertThatThrownBy(() -> CxSerdes.estimate().deserializer().deserialize("t", new byte[] {1, 2}))
                .isInstanceOf(StateFormatException.class);
    }

    @Test
    void aStateOfAnotherConfigurationIsRefusedNamingTheSetting() {
        MetricRegistry registry = MetricRegistry.discover();
        Metric<?> at95 = registry.create("csat", MetricOptions.defaults());
        Metric<?> at90 = registry.create("csat", MetricOptions.defaults().withConfidence(0.9));
        byte[] bytes = encode(at95);
        assertThatThrownBy(() -> CxSerdes.state((Metric) at90).deserializer().deserialize("t", bytes))
                .isInstanceOf(StateFormatException.class).hasMessageContaining("confidence");
    }

    @Test
    void estimatesRoundTripBitForBit() {
        Breakdown one = Breakdown.of(List.of(MetricRegistry.discover().create("nps", MetricOptions.defaults())),
                List.of(Dimension.channel()));
        SAMPLE.forEach(one::add);
        Serde<Estimate> serde = CxSerdes.estimate();
        for (Group g : one.groups()) {
            Estimate e = g.estimates().get("nps");
            assertThat(serde.deserializer().deserialize("t", serde.serializer().serialize("t", e))).isEqualTo(e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static byte[] encode(Metric metric) {
        Accumulator acc = metric.newAccumulator();
        SAMPLE.forEach(acc::add);
        return CxSerdes.state(metric).serializer().serialize("t", acc);
    }
}
