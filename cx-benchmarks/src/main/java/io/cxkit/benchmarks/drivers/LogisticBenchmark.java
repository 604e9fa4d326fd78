package io.cxkit.benchmarks.drivers;

import io.cxkit.metrics.drivers.LogisticRegression;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
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

/** A logistic regression fit (IRLS to convergence) of n journeys × 30 features, seeded. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class LogisticBenchmark {
    @Param({"100000", "1000000"})
    int rows;

    @Param({"30"})
    int features;

    double[][] x;
    double[] y;
    List<String> names;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom r = new SplittableRandom(3);
        x = new double[features][rows];
        y = new double[rows];
        for (int i = 0; i < rows; i++) {
            double eta = -1;
            for (int j = 0; j < features; j++) {
                double v = j % 3 == 0 ? r.nextInt(2) : r.nextGaussian();
                x[j][i] = v;
                eta += (j % 5 - 2) * 0.1 * v;
            }
            y[i] = r.nextDouble() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
        }
        names = IntStream.range(0, features).mapToObj(j -> "f" + j).toList();
    }

    @Benchmark
    public Object fit() {
        return LogisticRegression.fit("churn", names, x, y, LogisticRegression.Settings.defaults());
    }
}
