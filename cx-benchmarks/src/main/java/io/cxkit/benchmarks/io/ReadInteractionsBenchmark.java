package io.cxkit.benchmarks.io;

import io.cxkit.core.Channel;
import io.cxkit.core.CustomerId;
import io.cxkit.core.Direction;
import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.core.JourneyStage;
import io.cxkit.core.Money;
import io.cxkit.core.Outcome;
import io.cxkit.core.Touchpoint;
import io.cxkit.core.io.InteractionFormat;
import io.cxkit.core.io.InteractionReader;
import io.cxkit.core.io.InteractionWriter;
import io.cxkit.core.io.ReadReport;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading interactions from a file with {@link InteractionReader}: split into lines, strict UTF-8 check,
 * Jackson streaming parse, validation into {@link Interaction} records. The file is generated at setup by a
 * seeded writer loop (about 300 bytes a record, a third of them with survey answers), so no data file ships.
 *
 * <p>The primary score is the time to read the whole file; the {@code records} counter reports the same run
 * per record, so {@code read:records} in {@code avgt} mode is nanoseconds per record. {@code format} defaults
 * to JSON Lines; pass {@code -p format=CSV} for CSV.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReadInteractionsBenchmark {
    private static final long SEED = 20_261_123L;

    @Param({"1000", "100000", "1000000"})
    int size;

    @Param({"JSON_LINES"})
    InteractionFormat format;

    Path file;
    private InteractionReader reader;

    /** Counts the records read, so that JMH reports time per record next to time per file. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Records {
        /** Records read in this iteration. */
        public long records;

        /** Starts each iteration from zero. */
        @Setup(Level.Iteration)
        public void reset() {
            records = 0;
        }
    }

    /** Writes {@code size} seeded interactions to a temporary file. */
    @Setup(Level.Trial)
    public void writeFile() throws IOException {
        file = Files.createTempFile("cxkit-read-bench-", format == InteractionFormat.CSV ? ".csv" : ".jsonl");
        Random random = new Random(SEED);
        List<Channel> channels = List.of(Channel.WEB, Channel.MOBILE_APP, Channel.EMAIL, Channel.PHONE,
                Channel.CHAT, Channel.STORE);
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        try (InteractionWriter w = InteractionWriter.builder()
                .attributeColumns(List.of("plan", "region")).identifierColumns(List.of("email")).open(file)) {
            for (int i = 0; i < size; i++) {
                Channel channel = channels.get(random.nextInt(channels.size()));
                Interaction.Builder b = Interaction.builder("i" + i, CustomerId.of("c" + random.nextInt(100_000)),
                        Touchpoint.of(channel.name() + "-tp" + random.nextInt(20), channel,
                                JourneyStage.of(random.nextBoolean() ? "purchase" : "support")),
                        start.plusMillis(random.nextInt(1_000_000_000)))
                        .kind(random.nextBoolean() ? "visit" : "contact")
                        .direction(Direction.INBOUND)
                        .duration(Duration.ofSeconds(random.nextInt(3600)))
                        .attribute("plan", random.nextBoolean() ? "gold" : "basic")
                        .attribute("region", "r" + random.nextInt(10))
                        .identifier("email", "user" + random.nextInt(100_000) + "@example.com");
                if (random.nextInt(4) == 0) {
                    b.value(new Money(BigDecimal.valueOf(random.nextInt(100_000), 2), Money.currency("EUR")));
                }
                if (random.nextInt(3) == 0) {
                    b.outcome(random.nextBoolean() ? Outcome.RESOLVED : Outcome.UNRESOLVED)
                            .feedback(new Feedback.Nps(random.nextInt(11)))
                            .feedback(new Feedback.Csat(1 + random.nextInt(5), 5));
                    if (random.nextInt(4) == 0) {
                        b.feedback(new Feedback.Verbatim("It took " + random.nextInt(60) + " minutes, thanks"));
                    }
                }
                w.write(b.build());
            }
        }
        reader = InteractionReader.builder().build();
    }

    /** Removes the temporary file. */
    @TearDown(Level.Trial)
    public void deleteFile() throws IOException {
        Files.deleteIfExists(file);
    }

    /** Reads the whole file, handing every interaction to the black hole. */
    @Benchmark
    public ReadReport read(Records counter, Blackhole bh) throws IOException {
        ReadReport report = reader.read(file, bh::consume);
        counter.records += report.read();
        return report;
    }
}
