package io.cxkit.benchmarks.metrics;

import io.cxkit.core.Interaction;
import io.cxkit.metrics.breakdown.Breakdown;
import io.cxkit.metrics.breakdown.Dimension;
import io.cxkit.metrics.breakdown.TimeBucket;
import io.cxkit.metrics.survey.Ces;
import io.cxkit.metrics.survey.Csat;
import io.cxkit.metrics.survey.Nps;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A {@link Breakdown} by channel × month (Europe/Paris) over {@code size} survey responses: the generic,
 * object-based grouping behind {@code cx metrics --by channel --bucket month}. Reported as ms per breakdown
 * (one invocation builds the whole breakdown and its results); divide by size for ns per interaction.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class BreakdownBenchmark {
    @Param({"1000", "100000", "1000000"})
    int size;

    Interaction[] responses;
    List<Dimension> dimensions;

    @Setup
    public void setUp() {
        responses = SurveyData.responses(size, 7);
        dimensions = List.of(Dimension.channel(), Dimension.time(TimeBucket.MONTH, ZoneId.of("Europe/Paris")));
    }

    @Benchmark
    public Object npsByChannelAndMonth() {
        Breakdown b = Breakdown.of(List.of(Nps.standard()), dimensions);
        for (Interaction i : responses) {
            b.add(i);
        }
        return b.groups();
    }

    @Benchmark
    public Object npsCsatCesByChannelAndMonth() {
        Breakdown b = Breakdown.of(List.of(Nps.standard(), Csat.standard(), Ces.standard()), dimensions);
        for (Interaction i : responses) {
            b.add(i);
        }
        return b.groups();
    }
}
