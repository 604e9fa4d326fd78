package io.cxkit.benchmarks.drivers;

import io.cxkit.metrics.change.ChangePoints;
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
 * PELT on n points, BIC penalty. PELT's cost is linear when the number of changes grows with n (Killick et al.
 * 2012, Theorem 3.2): {@code segment = 100} puts a shift in mean every 100 points. With a fixed number of long
 * segments ({@code segment = 10000}) the candidates within a segment are not pruned and the cost grows with the
 * segment's length.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class ChangePointBenchmark {
    @Param({"1000", "100000"})
    int points;

    @Param({"100", "10000"})
    int segment;

    double[] y;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom r = new SplittableRandom(5);
        y = new double[points];
        double level = 0;
        for (int i = 0; i < points; i++) {
            if (i % segment == 0) {
                level = r.nextDouble() * 3;
            }
            y[i] = level + r.nextGaussian();
        }
    }

    @Benchmark
    public Object pelt() {
        return ChangePoints.detect(y, ChangePoints.Settings.defaults());
    }
}
