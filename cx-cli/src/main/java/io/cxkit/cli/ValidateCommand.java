package io.cxkit.cli;

import io.cxkit.core.io.InteractionFormat;
import io.cxkit.core.io.InteractionReader;
import io.cxkit.core.io.ReadFailedException;
import io.cxkit.core.io.ReadReport;
import io.cxkit.core.io.Rejection;
import io.cxkit.core.output.CsvOutput;
import io.cxkit.core.output.JsonOutput;
import io.cxkit.core.output.Schema;
import io.cxkit.core.output.TextOutput;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cx validate}: reads an interaction file, prints the read report and the first rejections, and with
 * {@code --rejects} writes every rejected line with its reason. Exit 0 when every record is accepted, 2 when any
 * is rejected or the file cannot be read, 1 on bad usage.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Reads an interaction file (JSON Lines or CSV, optionally .gz) and reports every record "
            + "it rejects, with file, line, field, value and reason."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every record was accepted", "1:bad usage", "2:a record was rejected, the file holds no "
            + "records, or it cannot be read"})
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE",
            description = "The file to read: .jsonl, .ndjson, .json or .csv, optionally followed by .gz.")
    Path input;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|csv",
            description = "Output: text (default), json ({read, accepted, rejected, unknown_fields, rejections}) "
                + "or csv (one row per rejection shown).")
    String format;

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "Write every rejected record to FILE as JSON Lines: "
                + "{source, line, field, value, reason, raw}.")
    Path rejects;

    /** How the input is read (--map, --const, --alias, --timestamp-format, --zone, --delimiter, --mapping). */
    @picocli.CommandLine.Mixin
    SourceOptions source = new SourceOptions();

    @Option(names = "--max-rejections", defaultValue = "20", paramLabel = "N",
            description = "How many rejections to print (default ${DEFAULT-VALUE}); --rejects gets all of them.")
    int maxRejections;

    @Override
    public Integer call() {
        OutputFormat out = OutputFormat.parse(format);
        if (maxRejections < 0) {
            throw new UsageException("--max-rejections must not be negative, was " + maxRejections);
        }
        if (!Files.exists(input)) {
            throw new InputException("cannot read " + input + ": no such file");
        }
        if (Files.isDirectory(input)) {
            throw new InputException("cannot read " + input + ": it is a directory");
        }
        InteractionFormat.forPath(input); // fails with a message naming the file before anything is written
        ReadReport report;
        try (RejectsFile sink = RejectsFile.open(rejects, input)) {
            report = Progress.current().read(source.reader(io.cxkit.core.io.ReadPolicy.SKIP_AND_REPORT)
                    .rejectSink(sink)
                    .maxReportedRejections(maxRejections)
                    .build(), input, interaction -> { });
            sink.commit();
        } catch (ReadFailedException e) {
            throw new InputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new InputException("cannot read " + input + ": " + InputException.reason(e), e);
        }
        print(report, out, spec.commandLine().getOut());
        if (report.read() == 0) {
            spec.commandLine().getErr().println("cx: " + input + ": the file holds no records");
            spec.commandLine().getErr().flush();
            return Cx.EXIT_INPUT;
        }
        return report.rejected() == 0 ? 0 : Cx.EXIT_INPUT;
    }


    /**
     * What {@code cx validate} writes, in every format: the read report's counts and the rejections shown.
     *
     * @param read the records read
     * @param accepted the records accepted
     * @param rejected the records rejected
     * @param unknownFields the unknown fields seen, counted on every record
     * @param rejections the first rejections (at most --max-rejections)
     */
    record Validation(long read, long accepted, long rejected, long unknownFields, List<ShownRejection> rejections) {
        static Validation of(ReadReport report) {
            return new Validation(report.read(), report.accepted(), report.rejected(), report.unknownFields(),
                    report.firstRejections().stream().map(ShownRejection::of).toList());
        }
    }

    /**
     * A rejection as shown: where, which field, which value, why (the raw line goes to --rejects only).
     *
     * @param source the file
     * @param line the 1-based line
     * @param field the field at fault, or (record)
     * @param value the value read
     * @param reason why it was rejected
     */
    record ShownRejection(String source, long line, String field, String value, String reason) {
        static ShownRejection of(Rejection r) {
            return new ShownRejection(r.source(), r.line(), r.field(), r.value(), r.reason());
        }
    }

    private static void print(ReadReport report, OutputFormat format, PrintWriter out) {
        Validation v = Validation.of(report);
        switch (format) {
            case JSON -> JsonOutput.write(v, Schema.of(Validation.class), out);
            case CSV -> CsvOutput.writeAll(Schema.of(ShownRejection.class), v.rejections(), out);
            default -> {
                out.println("input " + report.source());
                TextOutput.write(v, Schema.of(Validation.class), out);
                if (v.rejections().size() < v.rejected()) {
                    out.println("(the first " + v.rejections().size() + " of " + v.rejected()
                            + " rejections; --rejects FILE keeps all of them)");
                }
                out.flush();
            }
        }
    }
}
