package io.cxkit.benchmarks.drivers;

import io.cxkit.metrics.drivers.CorrelationAccumulator;
import io.cxkit.metrics.drivers.KeyDriverAnalysis;
import io.cxkit.metrics.drivers.MissingAnswers;
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

/**
 * Key-driver analysis: the one pass that forms the correlation state over n respondents × p drivers
 * ({@code correlationPass}), and the exact LMG + relative weights + betas from that state ({@code fitFromState},
 * whose cost is 2^p sweeps of O(p²) and does not depend on n). Seeded ratings with a common factor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class DriversBenchmark {
    @Param({"10", "15", "20"})
    int drivers;

    @Param({"100000"})
    int respondents;

    double[][] columns;
    List<String> names;
    CorrelationAccumulator state;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom r = new SplittableRandom(11);
        columns = new double[drivers + 1][respondents];
        for (int i = 0; i < respondents; i++) {
            double common = r.nextGaussian();
            double y = 0;
            for (int j = 1; j <= drivers; j++) {
                double x = Math.max(1, Math.min(5, Math.rint(3 + 0.6 * common + r.nextGaussian())));
                columns[j][i] = x;
                y += 0.1 * (j % 4) * x;
            }
            columns[0][i] = Math.max(0, Math.min(10, Math.rint(y + r.nextGaussian())));
        }
        names = IntStream.rangeClosed(1, drivers).mapToObj(j -> "attr.q" + j).toList();
        state = CorrelationAccumulator.create(drivers + 1, MissingAnswers.COMPLETE_CASES);
        state.addColumns(columns, new int[0], respondents);
    }

    @Benchmark
    public Object correlationPass() {
        CorrelationAccumulator s = CorrelationAccumulator.create(drivers + 1, MissingAnswers.COMPLETE_CASES);
        s.addColumns(columns, new int[0], respondents);
        return s;
    }

    @Benchmark
    public Object fitFromState() {
        return KeyDriverAnalysis.fit("nps", names, state);
    }
}
