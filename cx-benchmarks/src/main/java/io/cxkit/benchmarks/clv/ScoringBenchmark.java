package io.cxkit.benchmarks.clv;

import io.cxkit.metrics.clv.BgNbd;
import io.cxkit.metrics.clv.ClvSettings;
import io.cxkit.metrics.clv.GammaGamma;
import io.cxkit.metrics.clv.LifetimeValue;
import io.cxkit.metrics.clv.PeriodUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scoring a customer base with fitted models (CDNOW's published BG/NBD and Gamma-Gamma parameters): P(alive) for
 * every customer, and CLV over {@code horizon} weeks at 1 % a week with margin 0.3, per customer row.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScoringBenchmark {
    @Param({"1000", "100000", "1000000"})
    int size;

    @Param({"52"})
    int horizon;

    SummaryTable customers;
    BgNbd model = new BgNbd(0.243, 4.414, 0.793, 2.426);
    LifetimeValue value;
    double[] alive;
    double[] transactions;
    double[] spend;
    double[] clv;

    @Setup(Level.Trial)
    public void draw() {
        customers = SyntheticCustomers.draw(size, 1, 7L);
        value = new LifetimeValue(model, new GammaGamma(6.25, 3.74, 15.44),
                new ClvSettings(horizon, PeriodUnit.WEEK, 0.01, 0.3));
        alive = new double[size];
        transactions = new double[size];
        spend = new double[size];
        clv = new double[size];
    }

    @Benchmark
    public double[] probabilityAlive() {
        for (int i = 0; i < customers.size(); i++) {
            alive[i] = model.probabilityAlive(customers.frequency(i), customers.recency(i), customers.age(i));
        }
        return alive;
    }

    @Benchmark
    public double[] lifetimeValue() {
        value.score(customers, alive, transactions, spend, clv);
        return clv;
    }
}
