package io.cxkit.benchmarks.service;

import io.cxkit.metrics.service.QuantileEstimator;
import io.cxkit.metrics.service.QuantileSketch;
import java.util.Arrays;
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
 * The quantile sketch: adding n log-normal handle times (one op = n adds; divide by n for ns per value), merging
 * two sketches of n/2 values each, and, for comparison, the exact type-7 p90 by sorting.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class QuantileSketchBenchmark {
    @Param({"1000", "10000", "100000", "1000000", "10000000"})
    int size;

    double[] values;
    QuantileSketch half;
    QuantileSketch otherHalf;
    QuantileSketch sink;

    @Setup(Level.Trial)
    public void generate() {
        SplittableRandom r = new SplittableRandom(42);
        values = new double[size];
        for (int i = 0; i < size; i++) {
            values[i] = Math.exp(5.5 + 0.8 * gaussian(r));
        }
        half = new QuantileSketch();
        otherHalf = new QuantileSketch();
        for (int i = 0; i < size; i++) {
            (i % 2 == 0 ? half : otherHalf).add(values[i]);
        }
    }

    @Setup(Level.Invocation)
    public void fresh() {
        sink = new QuantileSketch();
        sink.merge(half);
    }

    private static double gaussian(SplittableRandom r) {
        double u = r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }

    /** Adds every value to a new sketch and reads p90. */
    @Benchmark
    public double addAll() {
        QuantileSketch s = new QuantileSketch();
        double[] v = values;
        for (int i = 0; i < v.length; i++) {
            s.add(v[i]);
        }
        return s.quantile(0.9);
    }

    /** Merges a sketch of n/2 values into a copy of another. */
    @Benchmark
    public long merge() {
        sink.merge(otherHalf);
        return sink.count();
    }

    /** The exact p90 (Hyndman–Fan type 7) by sorting a copy, for comparison. */
    @Benchmark
    public double exactP90() {
        double[] s = values.clone();
        Arrays.sort(s);
        return QuantileEstimator.TYPE_7.quantileOfSorted(s, 0.9);
    }
}
