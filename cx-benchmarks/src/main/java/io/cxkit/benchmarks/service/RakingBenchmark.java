package io.cxkit.benchmarks.service;

import io.cxkit.core.Channel;
import io.cxkit.core.CustomerId;
import io.cxkit.core.Interaction;
import io.cxkit.core.Touchpoint;
import io.cxkit.metrics.weighting.MarginTarget;
import io.cxkit.metrics.weighting.Raking;
import io.cxkit.metrics.weighting.RakingResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Raking n respondents (interactions) to three margins (region 5 categories, channel 4, age band 6) until the
 * largest margin error is below 10⁻⁸ of the total: reading categories plus the iterations.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class RakingBenchmark {
    @Param({"1000", "10000", "100000"})
    int size;

    List<Interaction> respondents;
    Raking raking;

    @Setup(Level.Trial)
    public void generate() {
        SplittableRandom r = new SplittableRandom(42);
        String[] regions = {"north", "south", "east", "west", "centre"};
        Channel[] channels = {Channel.WEB, Channel.PHONE, Channel.CHAT, Channel.EMAIL};
        String[] ages = {"18-24", "25-34", "35-44", "45-54", "55-64", "65+"};
        respondents = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            // Skewed draws, so the weights have work to do.
            String region = regions[Math.min(4, (int) (5 * r.nextDouble() * r.nextDouble() * 2))];
            Channel ch = channels[r.nextInt(10) < 6 ? 0 : 1 + r.nextInt(3)];
            String age = ages[Math.min(5, (int) (6 * Math.sqrt(r.nextDouble())))];
            respondents.add(Interaction.builder("r" + i, CustomerId.of("c" + i), Touchpoint.of("survey", ch),
                    Instant.parse("2026-01-01T00:00:00Z")).attribute("region", region).attribute("age", age).build());
        }
        List<MarginTarget> t = new ArrayList<>();
        for (String g : regions) {
            t.add(new MarginTarget("attr.region", g, 0.2));
        }
        for (Channel c : channels) {
            t.add(new MarginTarget("channel", c.name(), 0.25));
        }
        double[] ageShares = {0.12, 0.18, 0.18, 0.17, 0.17, 0.18};
        for (int a = 0; a < ages.length; a++) {
            t.add(new MarginTarget("attr.age", ages[a], ageShares[a]));
        }
        raking = Raking.of(t);
    }

    /** One raking run. */
    @Benchmark
    public RakingResult rake() {
        return raking.weights(respondents);
    }
}
