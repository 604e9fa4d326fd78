package io.cxkit.benchmarks.sample;

import io.cxkit.core.Interaction;
import io.cxkit.core.sample.SampleGenerator;
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
 * End-to-end cost of generating a sample: simulating every customer and sorting the interactions by time.
 * Divide the time per operation by the interactions of the sample (about 27 per customer) for the cost per
 * interaction.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class SampleGenerationBenchmark {
    /** Customers in the sample. */
    @Param({"1000", "10000", "100000"})
    public int customers;

    private SampleGenerator generator;

    /** Builds the generator; generation itself is measured. */
    @Setup
    public void setUp() {
        generator = SampleGenerator.builder().customers(customers).seed(42L).build();
    }

    /** Generates the whole sample as a list. */
    @Benchmark
    public List<Interaction> generate() {
        return generator.generateList();
    }
}
