package io.cxkit.benchmarks.attribution;

import io.cxkit.journey.attribution.ConversionPath;
import io.cxkit.journey.attribution.HeuristicAttribution;
import io.cxkit.journey.attribution.HeuristicCredit;
import java.util.List;
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

/** First-, last- and linear-touch credit on {@code size} distinct seeded paths over 12 channels. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HeuristicAttributionBenchmark {
    /** Distinct paths. */
    @Param({"1000", "10000", "100000"})
    public int size;

    private List<ConversionPath> paths;

    @Setup
    public void setUp() {
        paths = SeededPaths.generate(size, 12, SeededPaths.SEED);
    }

    /** The three heuristic models, conversions and value. */
    @Benchmark
    public List<HeuristicCredit> heuristics() {
        return HeuristicAttribution.compute(paths);
    }
}
