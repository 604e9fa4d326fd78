package io.cxkit.kafka.streams;

import io.cxkit.core.Interaction;
import io.cxkit.core.sample.SampleGenerator;
import io.cxkit.metrics.Accumulator;
import io.cxkit.metrics.Metric;
import io.cxkit.metrics.MetricOptions;
import io.cxkit.metrics.MetricRegistry;
import io.cxkit.metrics.StateEncoding;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.utils.Bytes;

/**
 * Measures the bytes of state written per record, by channel, for every registered metric at 10⁴, 10⁵ and 10⁶
 * generated interactions: with {@link MetricTable}'s layout (its own per-record step, {@link MetricTable#update},
 * over a map standing in for the store) and, at 10⁴ and 10⁵, with the plain aggregate's layout (the channel's
 * whole state encoded after each record; at 10⁵ only every 10th record's state is encoded and the mean taken,
 * because encoding them all grows with the square of the input). Not a test: run it by hand, for the figures in
 * docs/engines.md:
 *
 * <pre>java -cp ... io.cxkit.kafka.streams.StateBytesMeasurement [largest size, default 1000000] [metric,metric]</pre>
 */
public final class StateBytesMeasurement {
    private StateBytesMeasurement() {
    }

    /**
     * Prints one line per metric and size.
     *
     * @param args optionally the largest size, then the metrics to measure (default every registered one)
     */
    public static void main(String[] args) {
        int largest = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        MetricRegistry registry = MetricRegistry.discover();
        System.out.println("metric\tinteractions\tlayout\tbytes/record\tseconds");
        java.util.List<String> names = args.length > 1 ? java.util.List.of(args[1].split(",")) : registry.names();
        for (String name : names) {
            Metric<?> metric = registry.create(name, MetricOptions.defaults());
            for (int size = 10_000; size <= largest; size *= 10) {
                int customers = size / 25;
                long t0 = System.nanoTime();
                long[] perHistory = incremental(metric, customers);
                System.out.printf("%s\t%d\tper history\t%.1f\t%.1f%n", name, perHistory[1],
                        (double) perHistory[0] / perHistory[1], (System.nanoTime() - t0) / 1e9);
                if (size <= 100_000) {
                    t0 = System.nanoTime();
                    long[] whole = wholeState(metric, customers, size / 10_000);
                    System.out.printf("%s\t%d\twhole state\t%.1f\t%.1f%n", name, whole[1],
                            (double) whole[0] / whole[1], (System.nanoTime() - t0) / 1e9);
                }
            }
        }
    }

    /** Bytes written and records, with one state per (channel, history key), customer by customer. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static long[] incremental(Metric metric, int customers) {
        Serde serde = CxSerdes.state(metric);
        Map<Bytes, byte[]> store = new HashMap<>();
        long[] totals = new long[2];
        SampleGenerator.builder().customers(customers).seed(5L).build().generateByCustomer(i -> {
            byte[] key = i.channel().name().getBytes(StandardCharsets.UTF_8);
            Bytes where = Bytes.wrap(MetricTable.storeKey(key, (String) ((java.util.Optional) metric.historyKey(i))
                    .orElse("")));
            byte[] state = MetricTable.update(metric, serde, "measure", store.get(where), i);
            store.put(where, state);
            totals[0] += state.length;
            totals[1]++;
        });
        return totals;
    }

    /**
     * Bytes written and records, with one state per channel encoded whole after each record, in time order; with
     * {@code every} above 1 only every so many records' states are encoded, and their mean stands for all.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static long[] wholeState(Metric metric, int customers, int every) {
        Map<String, Accumulator> byChannel = new HashMap<>();
        long[] totals = new long[2];
        long encoded = 0;
        long bytes = 0;
        for (Interaction i : SampleGenerator.builder().customers(customers).seed(5L).build().generateList()) {
            Accumulator a = byChannel.computeIfAbsent(i.channel().name(), c -> metric.newAccumulator());
            a.add(i);
            if (totals[1]++ % every == 0) {
                bytes += StateEncoding.encode(metric, a).length;
                encoded++;
            }
        }
        totals[0] = Math.round((double) bytes / encoded * totals[1]);
        return totals;
    }
}
