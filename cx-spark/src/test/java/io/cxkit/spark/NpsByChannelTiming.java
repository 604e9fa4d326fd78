package io.cxkit.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.core.sample.SampleGenerator;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.MetricSpec;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * Times NPS by channel on {@code local[2]} over generated interactions: cxkit's {@link MetricAggregator} over a
 * {@code Dataset<Interaction>} (binary column, {@link CxEncoders#interaction()}) against plain Spark SQL
 * {@code groupBy("channel").agg(...)} over a two-column DataFrame (channel, NPS score) of the same data. Both
 * inputs are cached and counted first, so only the aggregation is timed; each side runs three times and the best
 * is kept. Not a test (no assertion on time): run by hand for the ratio in docs/engines.md, with the JVM flags of
 * the surefire {@code argLine} in this module's pom:
 *
 * <pre>java -Xmx3g [argLine flags] -cp ... io.cxkit.spark.NpsByChannelTiming [interactions, default 1000000]</pre>
 */
public final class NpsByChannelTiming {
    private NpsByChannelTiming() {
    }

    /**
     * Prints both timings, their ratio and both answers.
     *
     * @param args optionally the number of interactions
     */
    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        List<Interaction> input = new ArrayList<>(size);
        SampleGenerator.builder().customers(size / 29 + 1).seed(3L).build().generateByCustomer(i -> {
            if (input.size() < size) {
                input.add(i);
            }
        });
        List<Row> rows = new ArrayList<>(input.size());
        for (Interaction i : input) {
            rows.add(RowFactory.create(i.channel().name(), i.feedback(Feedback.Nps.class).map(Feedback.Nps::score)
                    .orElse(null)));
        }
        SparkSession spark = SparkSession.builder().master("local[2]").appName("cxkit-timing")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
                .config("spark.driver.host", "127.0.0.1").getOrCreate();
        try {
            Dataset<Interaction> typed = spark.createDataset(input, CxEncoders.interaction()).repartition(4).cache();
            StructType schema = new StructType().add("channel", DataTypes.StringType)
                    .add("score", DataTypes.IntegerType, true);
            Dataset<Row> plain = spark.createDataFrame(rows, schema).repartition(4).cache();
            System.out.printf("interactions %d, cached %d and %d rows%n", input.size(), typed.count(), plain.count());
            long best = Long.MAX_VALUE;
            List<Tuple2<String, Estimate>> cx = null;
            for (int run = 0; run < 3; run++) {
                long t0 = System.nanoTime();
                cx = typed.groupByKey((MapFunction<Interaction, String>) i -> i.channel().name(), Encoders.STRING())
                        .agg(MetricAggregator.of(MetricSpec.of("nps")).toColumn()).collectAsList();
                best = Math.min(best, System.nanoTime() - t0);
            }
            long bestPlain = Long.MAX_VALUE;
            List<Row> sql = null;
            for (int run = 0; run < 3; run++) {
                long t0 = System.nanoTime();
                sql = plain.where(col("score").isNotNull()).groupBy("channel").agg(count("score").as("n"),
                        sum(when(col("score").geq(9), 1).otherwise(0)).as("promoters"),
                        sum(when(col("score").leq(6), 1).otherwise(0)).as("detractors"))
                        .withColumn("nps", col("promoters").minus(col("detractors")).divide(col("n")))
                        .collectAsList();
                bestPlain = Math.min(bestPlain, System.nanoTime() - t0);
            }
            System.out.printf("cxkit MetricAggregator: %.0f ms; Spark SQL groupBy().agg(): %.0f ms; ratio %.2f%n",
                    best / 1e6, bestPlain / 1e6, (double) best / bestPlain);
            cx.forEach(t -> System.out.printf("cxkit %s %.6f n=%d%n", t._1(), t._2().value(), t._2().n()));
            sql.forEach(r -> System.out.printf("sql   %s %.6f n=%d%n", r.getString(0), r.getDouble(4), r.getLong(1)));
        } finally {
            spark.stop();
        }
    }
}
