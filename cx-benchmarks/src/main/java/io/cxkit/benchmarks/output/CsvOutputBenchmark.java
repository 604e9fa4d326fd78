package io.cxkit.benchmarks.output;

import io.cxkit.core.output.CsvOutput;
import io.cxkit.core.output.Schema;
import java.io.Writer;
import java.util.Random;
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
 * CSV output of result rows through the one writer ({@link CsvOutput} over a record-derived {@link Schema}):
 * {@code size} rows of a typical per-customer result (an id, four numbers, a count, a flag, a nested interval)
 * written to a writer that discards its input, so the score is the writer's own cost. {@code writeRow} scores one row;
 * with {@code -prof gc}, {@code gc.alloc.rate.norm} is bytes per row and
 * shows that no map or list is built per row (what remains is number formatting).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class CsvOutputBenchmark {

    /** The nested interval of a row. */
    public record Bounds(double lower, double upper) {
    }

    /** One row: a typical per-customer result. */
    public record CustomerRow(String customer, long x, double probabilityAlive, double expectedTransactions,
            double expectedSpend, double clv, boolean atRisk, Bounds interval) {
    }

    @Param({"1000", "1000000"})
    int size;

    private CustomerRow[] rows;
    private final Schema<CustomerRow> schema = Schema.of(CustomerRow.class);
    private final Counting out = new Counting();
    private CsvOutput<CustomerRow> csv;
    private int next;

    /** Seeded rows, so every run writes the same values. */
    @Setup
    public void setUp() {
        Random random = new Random(20_261_202L);
        rows = new CustomerRow[size];
        for (int i = 0; i < size; i++) {
            double clv = random.nextDouble() * 500;
            rows[i] = new CustomerRow("c" + i, random.nextInt(20), random.nextDouble(), random.nextDouble() * 5,
                    random.nextDouble() * 80, clv, random.nextBoolean(), new Bounds(clv * 0.8, clv * 1.2));
        }
        csv = CsvOutput.of(schema, out);
    }

    /** Writes the next row as CSV to a discarding writer: the score is nanoseconds and bytes per row. */
    @Benchmark
    public long writeRow() {
        csv.write(rows[next]);
        next = next + 1 == rows.length ? 0 : next + 1;
        return out.chars;
    }

    /** Writes the header and all {@code size} rows: the score divided by {@code size} is the cost per row. */
    @Benchmark
    public long writeAll() {
        Counting sink = new Counting();
        CsvOutput<CustomerRow> all = CsvOutput.of(schema, sink);
        all.writeHeader();
        for (CustomerRow r : rows) {
            all.write(r);
        }
        return sink.chars;
    }

    /** A writer that only counts what it is given. */
    static final class Counting extends Writer {
        long chars;

        @Override
        public Writer append(CharSequence csq) {
            chars += csq.length();
            return this;
        }

        @Override
        public void write(char[] cbuf, int off, int len) {
            chars += len;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
