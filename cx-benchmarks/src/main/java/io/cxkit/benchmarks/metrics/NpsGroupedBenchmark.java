package io.cxkit.benchmarks.metrics;

import io.cxkit.metrics.survey.Nps;
import io.cxkit.metrics.survey.NpsAccumulator;
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
 * NPS grouped by channel from columns: a {@code byte[]} of scores and an {@code int[]} of channel indexes
 * (eight channels), through {@link NpsAccumulator#addScoresGrouped}. Figures are ns per row; pandas'
 * {@code groupby} takes about 21 ns per row on the reference machine, the aim here is ≤ 2 ns.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class NpsGroupedBenchmark {
    @Param({"1000", "10000", "100000", "1000000", "10000000"})
    int size;

    byte[] scores;
    int[] channels;
    NpsAccumulator[] byChannel;

    @Setup
    public void setUp() {
        scores = SurveyData.npsScores(size, 5);
        channels = SurveyData.groups(size, SurveyData.CHANNELS.length, 6);
        byChannel = new NpsAccumulator[SurveyData.CHANNELS.length];
        for (int g = 0; g < byChannel.length; g++) {
            byChannel[g] = Nps.standard().newAccumulator();
        }
    }

    @Benchmark
    @OperationsPerInvocation(SurveyData.OPS)
    public long byChannel() {
        int left = SurveyData.OPS;
        while (left > 0) {
            int n = Math.min(left, size);
            NpsAccumulator.addScoresGrouped(scores, channels, 0, n, byChannel);
            left -= n;
        }
        return byChannel[0].count();
    }
}
