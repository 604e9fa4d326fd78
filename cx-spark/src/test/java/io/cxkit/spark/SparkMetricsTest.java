package io.cxkit.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.Interaction;
import io.cxkit.core.io.InteractionWriter;
import io.cxkit.core.sample.SampleGenerator;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.MetricOptions;
import io.cxkit.metrics.MetricRegistry;
import io.cxkit.metrics.MetricSpec;
import io.cxkit.metrics.StateFormatException;
import io.cxkit.metrics.breakdown.Breakdown;
import io.cxkit.metrics.breakdown.Dimension;
import io.cxkit.metrics.breakdown.Group;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.Tuple2;

/**
 * Every registered metric by channel, aggregated by a typed {@link MetricAggregator} on {@code local[2]} with the
 * input spread over four partitions (so buffers are merged across a shuffle), equals the single-JVM breakdown:
 * value, n, interval and details.
 */
class SparkMetricsTest {
    static final List<Interaction> SAMPLE = SampleGenerator.builder().customers(30).seed(21L).build()
            .generateList();
    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("cxkit-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.warehouse.dir", "target/spark-warehouse").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void everyRegisteredMetricByChannelEqualsTheOnePassBreakdown() {
        MetricRegistry registry = MetricRegistry.discover();
        List<Interaction> input = new ArrayList<>(SAMPLE);
        Collections.shuffle(input, new Random(5));
        Dataset<Interaction> ds = spark.createDataset(input, CxEncoders.interaction()).repartition(4);
        Map<String, Estimate> expected = new HashMap<>();
        Map<String, Estimate> results = new HashMap<>();
        for (String name : registry.names()) {
            MetricSpec spec = MetricSpec.of(name, MetricOptions.defaults());
            Breakdown one = Breakdown.of(List.of(spec.create(registry)), List.of(Dimension.channel()));
            SAMPLE.forEach(one::add);
            for (Group g : one.groups()) {
                expected.put(name + "/" + g.key().get("channel"), g.estimates().get(name));
            }
            List<Tuple2<String, Estimate>> out = ds
                    .groupByKey((MapFunction<Interaction, String>) i -> i.channel().name(), Encoders.STRING())
                    .agg(MetricAggregator.of(spec).toColumn()).collectAsList();
            for (Tuple2<String, Estimate> t : out) {
                assertThat(results.put(name + "/" + t._1(), t._2())).isNull();
            }
        }
        assertThat(results).isEqualTo(expected);
    }

    @Test
    void rowsReadThroughTheReaderGiveTheSameInteractions(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sample.jsonl");
        List<Interaction> some = SAMPLE.subList(0, 400);
        try (InteractionWriter w = InteractionWriter.open(file)) {
            for (Interaction i : some) {
                w.write(i);
            }
        }
        List<Interaction> back = new ArrayList<>(CxRows.interactions(
                spark.read().option("primitivesAsString", "true").json(file.toString()))
                .collectAsList());
        List<Interaction> want = new ArrayList<>(some);
        Comparator<Interaction> byId = Comparator.comparing(Interaction::id);
        back.sort(byId);
        want.sort(byId);
        assertThat(back).hasSameSizeAs(want);
        for (int k = 0; k < want.size(); k++) {
            assertThat(back.get(k)).isEqualTo(want.get(k));
        }
    }

    @Test
    void aRejectedRowFailsTheReadOrIsSkippedUnderTheLenientPolicy(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.jsonl");
        java.nio.file.Files.writeString(file, String.join("\n",
                "{\"interaction_id\":\"a\",\"customer_id\":\"c1\",\"touchpoint\":\"home\",\"channel\":\"web\","
                        + "\"timestamp\":\"2025-01-02T03:04:05Z\"}",
                "{\"interaction_id\":\"b\",\"customer_id\":\"c1\",\"touchpoint\":\"home\",\"channel\":\"web\","
                        + "\"timestamp\":\"not a time\"}"));
        Dataset<org.apache.spark.sql.Row> rows = spark.read().option("primitivesAsString", "true")
                .json(file.toString()).coalesce(1);
        assertThatThrownBy(() -> CxRows.interactions(rows).collectAsList()).hasStackTraceContaining("not a time");
        assertThat(CxRows.interactions(rows, io.cxkit.core.io.ReadPolicy.SKIP_AND_REPORT).collectAsList())
                .extracting(Interaction::id).containsExactly("a");
    }

    @Test
    void aBufferOfAnotherConfigurationIsRefused() throws Exception {
        MetricAggregator at95 = MetricAggregator.of(MetricSpec.of("csat", MetricOptions.defaults()));
        StateBuffer buffer = at95.zero();
        SAMPLE.forEach(i -> at95.reduce(buffer, i));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(bytes)) {
            o.writeObject(buffer);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(at95.finish((StateBuffer) in.readObject())).isEqualTo(at95.finish(buffer));
        }
        byte[] corrupt = bytes.toByteArray();
        corrupt[corrupt.length - 3] ^= 0x21;
        assertThatThrownBy(() -> new ObjectInputStream(new ByteArrayInputStream(corrupt)).readObject())
                .isInstanceOf(StateFormatException.class);
    }
}
