package io.cxkit.beam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.Interaction;
import io.cxkit.core.sample.SampleGenerator;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.Metric;
import io.cxkit.metrics.MetricOptions;
import io.cxkit.metrics.MetricRegistry;
import io.cxkit.metrics.MetricSpec;
import io.cxkit.metrics.StateFormatException;
import io.cxkit.metrics.breakdown.Breakdown;
import io.cxkit.metrics.breakdown.Dimension;
import io.cxkit.metrics.breakdown.Group;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;

/**
 * Every registered metric by channel on Beam's DirectRunner (immutability and encodability checks on, input
 * shuffled so one customer's interactions land in different bundles) equals the single-JVM breakdown.
 */
class BeamMetricsTest {
    static final List<Interaction> SAMPLE = SampleGenerator.builder().customers(30).seed(21L).build()
            .generateList();

    static final Map<String, Estimate> RESULTS = new ConcurrentHashMap<>();
    static final Map<String, Estimate> EXPECTED = new ConcurrentHashMap<>();

    /** Collects each (metric, channel) result in this JVM: the DirectRunner runs in-process. */
    static final class Collect extends DoFn<KV<String, Estimate>, Void> {
        private static final long serialVersionUID = 1L;
        private final String metric;

        Collect(String metric) {
            this.metric = metric;
        }

        @ProcessElement
        public void process(@Element KV<String, Estimate> kv) {
            RESULTS.put(metric + "/" + kv.getKey(), kv.getValue());
        }
    }

    @Test
    void everyRegisteredMetricByChannelEqualsTheOnePassBreakdown() {
        MetricRegistry registry = MetricRegistry.discover();
        List<KV<String, Interaction>> input = new ArrayList<>();
        for (Interaction i : SAMPLE) {
            input.add(KV.of(i.channel().name(), i));
        }
        Collections.shuffle(input, new Random(5));
        PipelineOptions options = PipelineOptionsFactory.fromArgs("--runner=DirectRunner", "--targetParallelism=2",
                "--enforceImmutability=true", "--enforceEncodability=true").create();
        Pipeline p = Pipeline.create(options);
        RESULTS.clear();
        PCollection<KV<String, Interaction>> keyed = p.apply(Create.of(input)
                .withCoder(KvCoder.of(StringUtf8Coder.of(), InteractionCoder.of())))
                .apply(Reshuffle.viaRandomKey());
        for (String name : registry.names()) {
            MetricSpec spec = MetricSpec.of(name, MetricOptions.defaults());
            Metric<?> metric = spec.create(registry);
            Breakdown one = Breakdown.of(List.of(metric), List.of(Dimension.channel()));
            SAMPLE.forEach(one::add);
            for (Group g : one.groups()) {
                EXPECTED.put(name + "/" + g.key().get("channel"), g.estimates().get(name));
            }
            PCollection<KV<String, Estimate>> out = keyed.apply("combine-" + name,
                    MetricCombineFn.<String>perKey(spec));
            out.apply("collect-" + name, ParDo.of(new Collect(name)));
        }
        p.run().waitUntilFinish();
        assertThat(RESULTS).isEqualTo(EXPECTED);
    }

    @Test
    void theStateCoderRefusesAStateOfAnotherConfiguration() throws Exception {
        StateCoder<?> at95 = StateCoder.of(MetricSpec.of("csat", MetricOptions.defaults()));
        StateCoder<?> at90 = StateCoder.of(MetricSpec.of("csat", MetricOptions.defaults().withConfidence(0.9)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        encode(at95, bytes);
        assertThatThrownBy(() -> at90.decode(new ByteArrayInputStream(bytes.toByteArray())))
                .isInstanceOf(StateFormatException.class).hasMessageContaining("confidence");
        byte[] corrupt = bytes.toByteArray();
        corrupt[corrupt.length - 3] ^= 0x21;
        assertThatThrownBy(() -> at95.decode(new ByteArrayInputStream(corrupt)))
                .isInstanceOf(StateFormatException.class);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void encode(StateCoder coder, ByteArrayOutputStream out) throws Exception {
        var acc = coder.metric().newAccumulator();
        SAMPLE.forEach(acc::add);
        coder.encode(acc, out);
    }

    @Test
    void theInteractionCoderRoundTripsTheSample() throws Exception {
        for (Interaction i : SAMPLE.subList(0, 500)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            InteractionCoder.of().encode(i, out);
            assertThat(InteractionCoder.of().decode(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(i);
        }
    }
}
