package io.cxkit.benchmarks.journey;

import io.cxkit.core.Interaction;
import io.cxkit.journey.Journey;
import io.cxkit.journey.JourneyCutter;
import java.time.Duration;
import java.util.List;
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
 * Journey reconstruction on the object path: {@link JourneyCutter} over {@link Interaction} records (per
 * customer sort by timestamp then input order, cut at 30 minutes of inactivity). Up to 10^6 interactions: 10^7
 * interaction objects do not fit a benchmark heap; the columnar path ({@link JourneyReconstructionBenchmark})
 * goes to 10^7.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
public class JourneyCutterBenchmark {
    @Param({"10000", "100000", "1000000"})
    public int size;

    private List<Interaction> interactions;
    private final JourneyCutter cutter = JourneyCutter.byInactivityGap(Duration.ofMinutes(30));

    @Setup(Level.Trial)
    public void setUp() {
        interactions = SyntheticEvents.generate(size, 42L).interactions();
    }

    @Benchmark
    public List<Journey> cutByGap() {
        return cutter.cut(interactions);
    }
}
