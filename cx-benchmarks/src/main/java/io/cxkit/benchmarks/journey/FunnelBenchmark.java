package io.cxkit.benchmarks.journey;

import io.cxkit.journey.EventLog;
import io.cxkit.journey.funnel.Funnel;
import io.cxkit.journey.funnel.FunnelOrder;
import io.cxkit.journey.funnel.FunnelResult;
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

/** A five-step funnel (ordered and any-order, 1-day window) over a columnar log; linear in events. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
public class FunnelBenchmark {
    @Param({"10000", "100000", "1000000"})
    public int size;

    private EventLog log;
    private final List<String> steps = List.of("touchpoint_0", "touchpoint_1", "touchpoint_2", "touchpoint_3",
            "touchpoint_4");
    private final Funnel ordered = Funnel.builder(steps).window(Duration.ofDays(1)).build();
    private final Funnel any = Funnel.builder(steps).window(Duration.ofDays(1)).order(FunnelOrder.ANY).build();

    @Setup(Level.Trial)
    public void setUp() {
        log = SyntheticEvents.generate(size, 42L).log();
    }

    @Benchmark
    public FunnelResult ordered() {
        return ordered.run(log);
    }

    @Benchmark
    public FunnelResult anyOrder() {
        return any.run(log);
    }
}
