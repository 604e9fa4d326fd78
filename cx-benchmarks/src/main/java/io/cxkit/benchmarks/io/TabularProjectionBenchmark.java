package io.cxkit.benchmarks.io;

import io.cxkit.core.io.Column;
import io.cxkit.core.io.InteractionFormat;
import io.cxkit.core.io.ReadReport;
import io.cxkit.core.io.TabularSource;
import java.io.IOException;
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
 * The tabular source reading a projection of three fields (channel as text, the NPS score as a whole number,
 * the timestamp as an instant) from the CSV file {@link ReadInteractionsBenchmark} writes, on one thread: the
 * path a columnar computation takes, with no {@code Interaction} built. Every record is still split, checked as
 * UTF-8 and accounted for. {@code project:records} in {@code avgt} mode is nanoseconds per record; 500 ns per
 * record is 2 million records a second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx64m")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TabularProjectionBenchmark {
    @Param({"1000", "100000", "1000000"})
    int size;

    private final ReadInteractionsBenchmark data = new ReadInteractionsBenchmark();
    private TabularSource source;

    /** Writes the seeded CSV file. */
    @Setup(Level.Trial)
    public void writeFile() throws IOException {
        data.size = size;
        data.format = InteractionFormat.CSV;
        data.writeFile();
        source = TabularSource.builder().build();
    }

    /** Removes it. */
    @TearDown(Level.Trial)
    public void deleteFile() throws IOException {
        data.deleteFile();
    }

    /** Reads channel, nps and timestamp of every record; returns a checksum so nothing is optimised away. */
    @Benchmark
    public long project(ReadInteractionsBenchmark.Records counter) throws IOException {
        long[] sum = {0};
        ReadReport report = source.read(data.file, header -> {
            Column channel = header.require("channel");
            Column nps = header.require("nps");
            Column at = header.require("timestamp");
            return row -> {
                sum[0] += row.text(channel).length();
                if (!row.isBlank(nps)) {
                    sum[0] += row.wholeNumber(nps);
                }
                sum[0] += row.timestamp(at).getEpochSecond();
            };
        });
        counter.records += report.read();
        return sum[0] + report.accepted();
    }
}
