package io.cxkit.benchmarks.clv;

import io.cxkit.metrics.clv.BgNbd;
import io.cxkit.metrics.clv.CustomerSummarizer;
import io.cxkit.metrics.clv.GammaGamma;
import io.cxkit.metrics.clv.ModelFit;
import io.cxkit.metrics.clv.ParetoNbd;
import io.cxkit.metrics.clv.PeriodUnit;
import io.cxkit.metrics.clv.SummaryTable;
import io.cxkit.metrics.clv.Transaction;
import io.cxkit.metrics.clv.TransactionReader;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm maximum-likelihood fits on CDNOW (2,357 customers, weeks, calibration to 1997-09-30), from the summary
 * table: BG/NBD and Pareto/NBD on the compressed table, Gamma-Gamma on the 946 repeat buyers. The data is the
 * jar's copy of the CDNOW sample (resource cdnow/, MIT, see cdnow/SOURCE.md). Aims: ≤ 2 ms, ≤ 20 ms, ≤ 1 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CdnowFitBenchmark {
    SummaryTable full;
    SummaryTable compressed;

    @Setup
    public void load() throws IOException {
        List<Transaction> tx = new ArrayList<>();
        try (var in = CdnowFitBenchmark.class.getResourceAsStream("/cdnow/CDNOW_sample.txt")) {
            TransactionReader.cdnow().failFast(true).read("CDNOW_sample.txt", in, tx::add);
        }
        full = SummaryTable.of(new CustomerSummarizer(PeriodUnit.WEEK, LocalDate.of(1997, 9, 30)).summarize(tx));
        compressed = full.compress();
    }

    @Benchmark
    public ModelFit<BgNbd> bgnbdFit() {
        return BgNbd.fit(compressed);
    }

    @Benchmark
    public ModelFit<ParetoNbd> paretoNbdFit() {
        return ParetoNbd.fit(compressed);
    }

    @Benchmark
    public ModelFit<GammaGamma> gammaGammaFit() {
        return GammaGamma.fit(full);
    }
}
