package io.cxkit.benchmarks.segments;

import io.cxkit.core.Channel;
import io.cxkit.core.CustomerId;
import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.core.Money;
import io.cxkit.core.Touchpoint;
import io.cxkit.segments.FeatureTable;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The per-customer feature table filled from 10 interactions per customer (visits, purchases with a value, NPS
 * answers across four channels), built once and added in a stream: 10⁷ adds for 10⁶ customers. Aim: seconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = "-Xmx6g")
public class FeatureTableBenchmark {
    @Param({"100000", "1000000"})
    int customers;

    Interaction[] interactions;

    @Setup
    public void setUp() {
        SplittableRandom rng = new SplittableRandom(7);
        Channel[] channels = {Channel.WEB, Channel.MOBILE_APP, Channel.EMAIL, Channel.PHONE};
        Touchpoint[] tps = new Touchpoint[12];
        for (int t = 0; t < tps.length; t++) {
            tps[t] = Touchpoint.of("tp" + t, channels[t % channels.length]);
        }
        interactions = new Interaction[customers * 10];
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        for (int c = 0; c < customers; c++) {
            CustomerId id = CustomerId.of("C" + c);
            for (int k = 0; k < 10; k++) {
                Interaction.Builder b = Interaction.builder("i" + c + "-" + k, id, tps[rng.nextInt(tps.length)],
                        start.plusSeconds(rng.nextLong(31_536_000L)));
                if (k == 3 || k == 7) {
                    b.value(Money.of(Integer.toString(10 + rng.nextInt(200)), "EUR"));
                }
                if (k == 5) {
                    b.feedback(new Feedback.Nps(rng.nextInt(11)));
                }
                interactions[c * 10 + k] = b.build();
            }
        }
    }

    @Benchmark
    public FeatureTable fill() {
        FeatureTable t = FeatureTable.utc();
        for (Interaction i : interactions) {
            t.add(i);
        }
        return t;
    }
}
