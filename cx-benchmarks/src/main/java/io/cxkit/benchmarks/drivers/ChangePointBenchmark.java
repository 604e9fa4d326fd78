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

/** PELT on n points with a shift in mean every n/10 points, BIC penalty. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class ChangePointBenchmark {
    @Param({"1000", "100000"})
    int points;

    double[] y;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom r = new SplittableRandom(5);
        y = new double[points];
        double level = 0;
        for (int i = 0; i < points; i++) {
            if (i % (points / 10) == 0) {
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
