package io.cxkit.cli;

import io.cxkit.core.Interaction;
import io.cxkit.core.io.InteractionFormat;
import io.cxkit.core.io.InteractionWriter;
import io.cxkit.core.sample.SampleGenerator;
import io.cxkit.core.sample.SampleSchema;
import io.cxkit.core.output.JsonOutput;
import io.cxkit.core.output.Schema;
import io.cxkit.core.output.TextOutput;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cx generate --customers N --seed S --out FILE}: writes a generated sample data set (see
 * {@link SampleGenerator}). The format follows the file name: {@code .jsonl}/{@code .ndjson}/{@code .json} or
 * {@code .csv}, optionally {@code .gz}. Prints what it wrote; JSON fields {@code file}, {@code format},
 * {@code customers}, {@code seed}, {@code order}, {@code interactions}, {@code window_start}, {@code window_end}
 * (exclusive).
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes a seeded, realistic multi-channel sample of customer interactions.")
public final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--customers", paramLabel = "N", required = true,
            description = "Number of customers, 1..10000000 (about 27 interactions each).")
    int customers;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
            description = "Random seed; the same seed gives the same file (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Output file: .jsonl, .ndjson, .json or .csv, optionally followed by .gz.")
    Path out;

    @Option(names = "--split-sources", paramLabel = "DIR",
            description = "Instead of --out, write the sample as three exports in the shapes real tools produce "
                    + "(tickets.csv, survey.csv, orders.csv, each with its own column names, date format and zone) "
                    + "and the sources.json that reads them back: cx report --mapping DIR/sources.json.")
    Path splitSources;

    @Option(names = "--start", paramLabel = "INSTANT",
            description = "Start of the sample window, ISO-8601 instant (default: 2025-01-01T00:00:00Z).")
    String start;

    @Option(names = "--days", paramLabel = "D", defaultValue = "365",
            description = "Length of the sample window in days, 30..3660 (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "UTC",
            description = "Time zone of the customers' local time (default: ${DEFAULT-VALUE}).")
    String zone;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Format of the summary printed: text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--order", paramLabel = "ORDER", defaultValue = "time",
            description = {"time: all interactions in timestamp order (the sample is sorted in memory);",
                "customer: customer after customer, each in timestamp order, in constant memory, for very large"
                        + " samples (default: ${DEFAULT-VALUE})."})
    String order;

    /**
     * What {@code cx generate --out} wrote, in text and JSON alike.
     *
     * @param file the file written
     * @param format csv or jsonl
     * @param customers the customers generated
     * @param seed the seed
     * @param order time or customer
     * @param interactions the interactions written
     * @param windowStart the start of the sample window
     * @param windowEnd the end of the sample window
     */
    record Generated(String file, String format, int customers, long seed, String order, long interactions,
            Instant windowStart, Instant windowEnd) {
    }

    @Override
    public Integer call() {
        boolean json = OutputFormat.parse(format, OutputFormat.TEXT, OutputFormat.JSON) == OutputFormat.JSON;
        if ((out == null) == (splitSources == null)) {
            throw new UsageException("give either --out FILE or --split-sources DIR");
        }
        if (splitSources != null) {
            return SplitSources.write(this, splitSources, json);
        }
        InteractionFormat fileFormat;
        try {
            fileFormat = InteractionFormat.forPath(out);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--out: " + e.getMessage());
        }
        SampleGenerator generator = generator();
        boolean byCustomer = switch (order.strip().toLowerCase(Locale.ROOT)) {
            case "time" -> false;
            case "customer" -> true;
            default -> throw new UsageException("--order must be time or customer, was '" + order + "'");
        };
        long written;
        // The new file is written beside the old one and moved into place only when complete, so that a failed
        // or interrupted run leaves an existing --out as it was.
        try (OutputFile target = OutputFile.create("--out", out, List.of())) {
            // The CSV header names every attribute and identifier the generator can emit, so that it is the same
            // whatever the size, seed or order.
            InteractionWriter w = InteractionWriter.builder()
                    .format(fileFormat)
                    .attributeColumns(SampleSchema.INTERACTION_ATTRIBUTES)
                    .identifierColumns(SampleSchema.IDENTIFIER_TYPES)
                    .open(InteractionFormat.isGzip(out)
                            ? new GZIPOutputStream(target.stream(), 1 << 16) : target.stream());
            Progress.Reading meter = Progress.current().reading("generating " + out, 0, false);
            Consumer<Interaction> sink = i -> {
                try {
                    w.write(i);
                    meter.record();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
            if (byCustomer) {
                generator.generateByCustomer(sink);
            } else {
                generator.generate(sink);
            }
            written = w.written();
            meter.finish();
            w.close();
            target.commit();
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(out + ": cannot write: " + InputException.reason(e), e);
        }
        Generated summary = new Generated(out.toString(), fileFormat == InteractionFormat.CSV ? "csv" : "jsonl",
                customers, seed, byCustomer ? "customer" : "time", written, generator.start(), generator.end());
        PrintWriter pw = spec.commandLine().getOut();
        if (json) {
            JsonOutput.write(summary, Schema.of(Generated.class), pw);
        } else {
            TextOutput.write(summary, Schema.of(Generated.class), pw);
        }
        return 0;
    }

    /**
     * The generator the options describe.
     *
     * @throws UsageException if --start, --zone or a size is not valid
     */
    SampleGenerator generator() {
        try {
            SampleGenerator.Builder b = SampleGenerator.builder().customers(customers).seed(seed).days(days)
                    .zone(ZoneId.of(zone));
            if (start != null) {
                b.start(Instant.parse(start));
            }
            return b.build();
        } catch (DateTimeParseException e) {
            throw new UsageException("--start must be an ISO-8601 instant such as 2025-01-01T00:00:00Z, was '"
                    + start + "'");
        } catch (DateTimeException e) {
            throw new UsageException("--zone must be a time zone such as UTC or Europe/Paris, was '" + zone + "'");
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
