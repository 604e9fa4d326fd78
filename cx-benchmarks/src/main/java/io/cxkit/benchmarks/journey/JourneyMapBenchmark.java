package io.cxkit.benchmarks.journey;

import io.cxkit.journey.EventLog;
import io.cxkit.journey.map.DirectlyFollowsGraph;
import io.cxkit.journey.map.Variants;
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
 * The journey map on a columnar log: the performance directly-follows graph (counts, start/end, per-edge mean,
 * median, p90, min, max, stdev) and the variants. Aims from issue 4, warm: variants of 10^6 events in at most
 * 10 ms, the DFG with performance in at most 30 ms (PM4Py: 65 ms and 0.84 s on a 262,200-event log). Both
 * should grow linearly in events.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
public class JourneyMapBenchmark {
    @Param({"10000", "100000", "1000000", "10000000"})
    public int size;

    private EventLog log;

    @Setup(Level.Trial)
    public void setUp() {
        log = SyntheticEvents.generate(size, 42L).log();
    }

    @Benchmark
    public DirectlyFollowsGraph dfgWithPerformance() {
        return DirectlyFollowsGraph.of(log);
    }

    @Benchmark
    public Variants variants() {
        return Variants.of(log);
    }
}
