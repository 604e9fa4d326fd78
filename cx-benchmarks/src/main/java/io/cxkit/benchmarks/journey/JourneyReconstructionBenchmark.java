package io.cxkit.benchmarks.journey;

import io.cxkit.journey.EventLog;
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
 * Journey reconstruction: grouping an event stream (global time order, interleaved cases) into cases sorted by
 * timestamp then input order, as a columnar {@link EventLog} (interning case ids and activities). Expected to
 * grow linearly in events (plus the interning hash maps).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
public class JourneyReconstructionBenchmark {
    @Param({"10000", "100000", "1000000", "10000000"})
    public int size;

    private SyntheticEvents events;

    @Setup(Level.Trial)
    public void setUp() {
        events = SyntheticEvents.generate(size, 42L);
    }

    @Benchmark
    public EventLog reconstruct() {
        EventLog.Builder b = EventLog.builder();
        String[] cases = events.caseOf;
        String[] acts = events.activityOf;
        long[] micros = events.micros;
        for (int k = 0; k < micros.length; k++) {
            b.add(cases[k], acts[k], micros[k]);
        }
        return b.build();
    }
}
