package io.cxkit.cli;

import io.cxkit.core.io.InteractionFormat;
import io.cxkit.core.io.InteractionReader;
import io.cxkit.core.io.ReadFailedException;
import io.cxkit.core.io.ReadReport;
import io.cxkit.core.io.Rejection;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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


    private static void print(ReadReport report, OutputFormat format, PrintWriter out) {
        switch (format) {
            case JSON -> Output.json(out, json(report));
            case CSV -> {
                List<List<?>> rows = new ArrayList<>();
                for (Rejection r : report.firstRejections()) {
                    rows.add(List.of(r.source(), r.line(), r.field(), r.value(), r.reason()));
                }
                Output.csv(out, List.of("source", "line", "field", "value", "reason"), rows);
            }
            default -> text(report, out);
        }
    }

    /** The JSON document: read, accepted, rejected, unknown_fields and the rejections shown. */
    static Map<String, Object> json(ReadReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("read", report.read());
        root.put("accepted", report.accepted());
        root.put("rejected", report.rejected());
        root.put("unknown_fields", report.unknownFields());
        List<Map<String, Object>> rejections = new ArrayList<>();
        for (Rejection r : report.firstRejections()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("source", r.source());
            m.put("line", r.line());
            m.put("field", r.field());
            m.put("value", r.value());
            m.put("reason", r.reason());
            rejections.add(m);
        }
        root.put("rejections", rejections);
        return root;
    }

    private static void text(ReadReport report, PrintWriter out) {
        out.println("input:          " + report.source());
        out.println("read:           " + report.read());
        out.println("accepted:       " + report.accepted());
        out.println("rejected:       " + report.rejected());
        out.println("unknown fields: " + report.unknownFields());
        if (!report.firstRejections().isEmpty()) {
            out.println();
            out.println(report.firstRejections().size() == report.rejected() ? "rejections:"
                    : "first " + report.firstRejections().size() + " of " + report.rejected() + " rejections:");
            for (Rejection r : report.firstRejections()) {
                out.println("  " + r);
            }
        }
        out.flush();
    }
}
