package io.cxkit.benchmarks.attribution;

import io.cxkit.journey.attribution.ConversionPath;
import io.cxkit.journey.attribution.MarkovAttribution;
import io.cxkit.journey.attribution.MarkovResult;
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

/**
 * Exact Markov-chain attribution (fit the chain, then one absorbing-chain solve per removed channel) on
 * {@code size} distinct aggregated paths over 12 channels, orders 1 and 3. The reference: ChannelAttribution's simulated model takes 117–172 ms for orders 1–3 on 10,000
 * paths; the aim is ≤ 5 ms warm. Inputs: {@link SeededPaths}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MarkovAttributionBenchmark {
    /** Distinct paths. */
    @Param({"1000", "10000", "100000"})
    public int size;

    /** Markov order. */
    @Param({"1", "3"})
    public int order;

    private List<ConversionPath> paths;
    private MarkovAttribution model;

    @Setup
    public void setUp() {
        paths = SeededPaths.generate(size, 12, SeededPaths.SEED);
        model = MarkovAttribution.ofOrder(order);
    }

    /** Fits the order-k chain and solves it once per channel removal. */
    @Benchmark
    public MarkovResult markov() {
        return model.attribute(paths);
    }
}
