package io.cxkit.benchmarks.metrics;

import io.cxkit.core.Interaction;
import io.cxkit.metrics.survey.Ces;
import io.cxkit.metrics.survey.CesAgree;
import io.cxkit.metrics.survey.Csat;
import io.cxkit.metrics.survey.MeanAccumulator;
import io.cxkit.metrics.survey.Nps;
import io.cxkit.metrics.survey.NpsAccumulator;
import io.cxkit.metrics.survey.ShareAccumulator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * NPS, CSAT and CES accumulation, from a primitive column ({@code byte[]}) and from {@link Interaction}
 * objects. Every invocation handles exactly {@link SurveyData#OPS} scores (passing over the {@code size}-long
 * input as many times as needed), so the reported figure is ns per score whatever the size; the size shows
 * the cost of leaving the caches (10³ scores sit in L1, 10⁷ stream from memory). {@code -prof gc} shows B/op:
 * adding allocates nothing. {@code npsColumnNaive} is the branchy per-score loop the columnar path replaces.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class SurveyAccumulationBenchmark {
    @Param({"1000", "10000", "100000", "1000000", "10000000"})
    int size;

    byte[] nps;
    byte[] csat;
    byte[] ces;
    Interaction[] responses;

    NpsAccumulator npsAcc;
    ShareAccumulator csatAcc;
    MeanAccumulator cesAcc;
    ShareAccumulator cesAgreeAcc;

    @Setup
    public void setUp() {
        nps = SurveyData.npsScores(size, 1);
        csat = SurveyData.ratings(size, 5, 2);
        ces = SurveyData.ratings(size, 7, 3);
        responses = SurveyData.responses(size, 4);
        npsAcc = Nps.standard().newAccumulator();
        csatAcc = Csat.standard().newAccumulator();
        cesAcc = Ces.standard().newAccumulator();
        cesAgreeAcc = CesAgree.standard().newAccumulator();
    }

    @Benchmark
    @OperationsPerInvocation(SurveyData.OPS)
    public long npsColumn() {
        int left = SurveyData.OPS;
        while (left > 0) {
            int n = Math.min(left, size);
            npsAcc.addScores(nps, 0, n);
            left -= n;
        }
        return npsAcc.count();
    }

    /** The naive baseline: one branchy comparison chain per score. */
    @Benchmark
    @OperationsPerInvocation(SurveyData.OPS)
    public long npsColumnNaive() {
        long d = 0;
        long p = 0;
        int left = SurveyData.OPS;
        while (left > 0) {
            int n = Math.min(left, size);
            for (int i = 0; i < n; i++) {
                int s = nps[i];
                if (s < 0 || s > 10) {
                    throw new IllegalArgumentException("bad score " + s);
                }
                if (s <= 6) {
                    d++;
                } else if (s >= 9) {
                    p++;
                }
            }
            left -= n;
        }
        return p - d;
    }

    @Benchmark
    @OperationsPerInvocation(SurveyData.OPS)
    public long npsInteractions() {
        int left = SurveyData.OPS;
        while (left > 0) {
            int n = Math.min(left, size);
            for (int i = 0; i < n; i++) {
                npsAcc.add(responses[i]);
            }
            left -= n;
        }
        return npsAcc.count();
    }

    @Benchmark
    @OperationsPerInvocation(SurveyData.OPS)
    public long csatColumn() {
        int left = SurveyData.OPS;
        while (left > 0) {
            int n = Math.min(left, size);
            csatAcc.addScores(csat, 5, 0, n);
            left -= n;
        }
        return csatAcc.count();
    }

    @Benchmark
    @OperationsPerInvocation(SurveyData.OPS)
    public long csatInteractions() {
        int left = SurveyData.OPS;
        while (left > 0) {
            int n = Math.min(left, size);
            for (int i = 0; i < n; i++) {
                csatAcc.add(responses[i]);
            }
            left -= n;
        }
        return csatAcc.count();
    }

    @Benchmark
    @OperationsPerInvocation(SurveyData.OPS)
    public long cesColumn() {
        int left = SurveyData.OPS;
        while (left > 0) {
            int n = Math.min(left, size);
            cesAcc.addScores(ces, 7, 0, n);
            left -= n;
        }
        return cesAcc.count();
    }

    @Benchmark
    @OperationsPerInvocation(SurveyData.OPS)
    public long cesAgreeColumn() {
        int left = SurveyData.OPS;
        while (left > 0) {
            int n = Math.min(left, size);
            cesAgreeAcc.addScores(ces, 7, 0, n);
            left -= n;
        }
        return cesAgreeAcc.count();
    }

    @Benchmark
    @OperationsPerInvocation(SurveyData.OPS)
    public long cesInteractions() {
        int left = SurveyData.OPS;
        while (left > 0) {
            int n = Math.min(left, size);
            for (int i = 0; i < n; i++) {
                cesAcc.add(responses[i]);
            }
            left -= n;
        }
        return cesAcc.count();
    }
}
