package io.cxkit.benchmarks.io;

import io.cxkit.core.io.Column;
import io.cxkit.core.io.InteractionFormat;
import io.cxkit.core.io.ReadReport;
import io.cxkit.core.io.TabularSource;
import io.cxkit.core.io.TextDictionary;
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
 * The columnar read {@code cx metrics --metric nps --by channel} makes, on one thread: the channel as a dictionary
 * number ({@code Row.textId}) and the NPS score as a whole number read from the bytes, from the CSV file
 * {@link ReadInteractionsBenchmark} writes (35 columns; the fields after the last one read are counted and
 * skipped). No string and no object per row. {@code read:records} in {@code avgt} mode is nanoseconds per record.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx64m")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ColumnarProjectionBenchmark {
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

    /** Counts NPS answers per channel number; returns a checksum so nothing is optimised away. */
    @Benchmark
    public long read(ReadInteractionsBenchmark.Records counter) throws IOException {
        long[] perChannel = new long[64];
        TextDictionary channels = new TextDictionary();
        ReadReport report = source.read(data.file, header -> {
            Column channel = header.require("channel");
            Column nps = header.require("nps");
            return row -> {
                int c = row.textId(channel, channels);
                if (!row.isBlank(nps)) {
                    perChannel[c & 63] += row.wholeNumber(nps);
                }
            };
        });
        counter.records += report.read();
        long sum = report.accepted();
        for (long v : perChannel) {
            sum += v;
        }
        return sum;
    }
}
