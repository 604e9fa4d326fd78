package io.cxkit.benchmarks.clv;

import io.cxkit.metrics.clv.BgNbd;
import io.cxkit.metrics.clv.ModelFit;
import io.cxkit.metrics.clv.SummaryTable;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * BG/NBD fits on synthetic customers drawn from known parameters (r 0.25, α 4, a 0.8, b 2.5). {@code gridDays}
 * sets how finely times are cut (1 = dates, 7 = whole weeks), and so the number of distinct (x, t_x, T) rows,
 * which the setup prints: {@code fitCompressed} grows with those rows, {@code fitUncompressed} with customers.
 * The teardown prints the estimates next to the true parameters, to show the fit recovers them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SyntheticFitBenchmark {
    @Param({"1000", "10000", "100000", "1000000"})
    int size;

    @Param({"1", "7"})
    int gridDays;

    SummaryTable customers;
    SummaryTable compressed;

    @Setup(Level.Trial)
    public void draw() {
        customers = SyntheticCustomers.draw(size, gridDays, 20_260_101L);
        compressed = customers.compress();
        System.out.printf("%n%d customers, grid %d day(s): %d distinct (x, t_x, T) rows%n", size, gridDays,
                compressed.size());
    }

    @TearDown(Level.Trial)
    public void report() {
        BgNbd m = BgNbd.fit(compressed).fitted();
        System.out.printf("%nfitted r %.4f alpha %.4f a %.4f b %.4f; true r %.2f alpha %.2f a %.2f b %.2f%n", m.r(),
                m.alpha(), m.a(), m.b(), SyntheticCustomers.R, SyntheticCustomers.ALPHA, SyntheticCustomers.A,
                SyntheticCustomers.B);
    }

    @Benchmark
    public ModelFit<BgNbd> fitCompressed() {
        return BgNbd.fit(compressed);
    }

    @Benchmark
    public ModelFit<BgNbd> fitUncompressed() {
        return BgNbd.fit(customers);
    }

    @Benchmark
    public SummaryTable compressAndFit() {
        SummaryTable t = customers.compress();
        BgNbd.fit(t);
        return t;
    }
}
