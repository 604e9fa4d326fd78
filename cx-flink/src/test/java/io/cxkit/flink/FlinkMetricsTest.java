package io.cxkit.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.Interaction;
import io.cxkit.core.sample.SampleGenerator;
import io.cxkit.metrics.Accumulator;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.Metric;
import io.cxkit.metrics.MetricOptions;
import io.cxkit.metrics.MetricRegistry;
import io.cxkit.metrics.MetricSpec;
import io.cxkit.metrics.StateFormatException;
import io.cxkit.metrics.breakdown.Breakdown;
import io.cxkit.metrics.breakdown.Dimension;
import io.cxkit.metrics.breakdown.Group;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.tuple.Tuple3;
import org.apache.flink.api.java.typeutils.TupleTypeInfo;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.assigners.GlobalWindows;
import org.apache.flink.streaming.api.windowing.windows.GlobalWindow;
import org.apache.flink.util.CloseableIterator;
import org.apache.flink.util.Collector;
import org.junit.jupiter.api.Test;

/**
 * Every registered metric by channel, in a keyed window on a local Flink cluster of parallelism 2 with generic
 * types disabled (so nothing falls back to Kryo), equals the single-JVM breakdown: value, n, interval, details.
 */
class FlinkMetricsTest {
    static final List<Interaction> SAMPLE = SampleGenerator.builder().customers(30).seed(21L).build()
            .generateList();

    /** Tags a window's result with its metric and key. */
    static final class Tag extends ProcessWindowFunction<Estimate, Tuple3<String, String, Estimate>, String,
            GlobalWindow> {
        private static final long serialVersionUID = 1L;
        private final String metric;

        Tag(String metric) {
            this.metric = metric;
        }

        @Override
        public void process(String key, Context context, Iterable<Estimate> results,
                Collector<Tuple3<String, String, Estimate>> out) {
            results.forEach(e -> out.collect(Tuple3.of(metric, key, e)));
        }
    }

    @Test
    void everyRegisteredMetricByChannelEqualsTheOnePassBreakdown() throws Exception {
        MetricRegistry registry = MetricRegistry.discover();
        List<Interaction> input = new ArrayList<>(SAMPLE);
        Collections.shuffle(input, new Random(5));
        Configuration conf = new Configuration();
        conf.set(PipelineOptions.GENERIC_TYPES, false);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2, conf);
        DataStream<Interaction> in = env.fromData(input, CxTypes.interaction()).rebalance();
        TypeInformation<Tuple3<String, String, Estimate>> tagged =
                new TupleTypeInfo<>(Types.STRING, Types.STRING, CxTypes.estimate());
        Map<String, Estimate> expected = new HashMap<>();
        DataStream<Tuple3<String, String, Estimate>> all = null;
        for (String name : registry.names()) {
            MetricSpec spec = MetricSpec.of(name, MetricOptions.defaults());
            Breakdown one = Breakdown.of(List.of(spec.create(registry)), List.of(Dimension.channel()));
            SAMPLE.forEach(one::add);
            for (Group g : one.groups()) {
                expected.put(name + "/" + g.key().get("channel"), g.estimates().get(name));
            }
            MetricAggregateFunction<?> fn = MetricAggregateFunction.of(spec);
            DataStream<Tuple3<String, String, Estimate>> out = aggregate(in, fn, name, tagged);
            all = all == null ? out : all.union(out);
        }
        Map<String, Estimate> results = new HashMap<>();
        try (CloseableIterator<Tuple3<String, String, Estimate>> it = all.executeAndCollect()) {
            it.forEachRemaining(t -> assertThat(results.put(t.f0 + "/" + t.f1, t.f2)).isNull());
        }
        assertThat(results).isEqualTo(expected);
    }

    private static <A extends Accumulator<A>> DataStream<Tuple3<String, String, Estimate>> aggregate(
            DataStream<Interaction> in, MetricAggregateFunction<A> fn, String name,
            TypeInformation<Tuple3<String, String, Estimate>> tagged) {
        return in.keyBy(i -> i.channel().name(), Types.STRING)
                .window(GlobalWindows.createWithEndOfStreamTrigger())
                .aggregate(fn, new Tag(name), fn.stateType(), CxTypes.estimate(), tagged)
                .name(name);
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void mergedHalvesEqualOnePassAndStatesTravelThroughTheSerializer() throws Exception {
        MetricRegistry registry = MetricRegistry.discover();
        for (String name : registry.names()) {
            MetricSpec spec = MetricSpec.of(name, MetricOptions.defaults());
            MetricAggregateFunction fn = MetricAggregateFunction.of(spec);
            TypeSerializer ser = fn.stateType().createSerializer(new SerializerConfigImpl());
            Accumulator left = (Accumulator) fn.createAccumulator();
            Accumulator right = (Accumulator) fn.createAccumulator();
            Accumulator whole = (Accumulator) fn.createAccumulator();
            for (int k = 0; k < SAMPLE.size(); k++) {
                fn.add(SAMPLE.get(k), k % 2 == 0 ? left : right);
                fn.add(SAMPLE.get(k), whole);
            }
            DataOutputSerializer out = new DataOutputSerializer(64);
            ser.serialize(right, out);
            Accumulator back = (Accumulator) ser.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
            assertThat(fn.getResult(fn.merge(left, back))).as(name).isEqualTo(fn.getResult(whole));
        }
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void aStateOfAnotherConfigurationIsRefused() throws Exception {
        Metric csat = MetricSpec.of("csat").create(MetricRegistry.discover());
        Accumulator acc = csat.newAccumulator();
        SAMPLE.forEach(acc::add);
        TypeSerializer at95 = CxTypes.state(MetricSpec.of("csat", MetricOptions.defaults()))
                .createSerializer(new SerializerConfigImpl());
        TypeSerializer at90 = CxTypes.state(MetricSpec.of("csat", MetricOptions.defaults().withConfidence(0.9)))
                .createSerializer(new SerializerConfigImpl());
        DataOutputSerializer out = new DataOutputSerializer(64);
        at95.serialize(acc, out);
        assertThatThrownBy(() -> at90.deserialize(new DataInputDeserializer(out.getCopyOfBuffer())))
                .isInstanceOf(StateFormatException.class).hasMessageContaining("confidence");
        assertThat(at95.snapshotConfiguration().resolveSchemaCompatibility(at90.snapshotConfiguration())
                .isIncompatible()).isTrue();
    }

    @Test
    void interactionsRoundTripThroughTheSerializer() throws Exception {
        TypeSerializer<Interaction> ser = CxTypes.interaction().createSerializer(new SerializerConfigImpl());
        DataOutputSerializer out = new DataOutputSerializer(64);
        for (Interaction i : SAMPLE.subList(0, 500)) {
            ser.serialize(i, out);
        }
        DataInputDeserializer in = new DataInputDeserializer(out.getCopyOfBuffer());
        for (Interaction i : SAMPLE.subList(0, 500)) {
            assertThat(ser.deserialize(in)).isEqualTo(i);
        }
    }
}
