package io.cxkit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cx report [--input FILE...] [--format text|json]}: every {@link ReportSections registered section}
 * over the input, or over the {@link EmbeddedSample} when no input is given. Records that cannot be read are
 * skipped and shown in the overview's read report; a section the input cannot support is shown as skipped with
 * its reason. JSON: one object keyed by section key, e.g. {@code {"overview":{...},"metrics":{...}}}; a skipped
 * section is {@code {"skipped":"reason"}}.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Prints an overview of interactions and every report section (metrics, journeys, CLV).",
            "With no --input it reports on the embedded sample."})
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--input", paramLabel = "FILE", arity = "1..*",
            description = "Interaction files: .jsonl, .ndjson, .json or .csv, optionally .gz. Default: the embedded"
                    + " sample.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    /** How the input is read (--map, --const, --alias, --timestamp-format, --zone, --delimiter, --mapping). */
    @picocli.CommandLine.Mixin
    SourceOptions source = new SourceOptions();

    private final List<ReportSection> sections;

    /** The command over every {@link ReportSections#all() registered section}. */
    public ReportCommand() {
        this(ReportSections.all());
    }

    /** The command over the given sections, in order (for tests and embedding). */
    ReportCommand(List<ReportSection> sections) {
        this.sections = List.copyOf(sections);
    }

    @Override
    public Integer call() {
        OutputFormat output = OutputFormat.parse(format, OutputFormat.TEXT, OutputFormat.JSON);
        // Progress only for people watching: a redirected stderr (a log, a CI run) stays free of it.
        LoadedInput input = LoadedInput.read(inputs, source, System.console() != null
                ? Optional.of(spec.commandLine().getErr()) : Optional.empty());
        long accepted = input.reports().stream().mapToLong(io.cxkit.core.io.ReadReport::accepted).sum();
        if (accepted == 0) {
            long read = input.reports().stream().mapToLong(io.cxkit.core.io.ReadReport::read).sum();
            throw new InputException(String.join(", ", inputs.stream().map(Path::toString).toList())
                    + ": no interaction to report on (read " + read + ", accepted 0)");
        }
        Map<String, Object> report = new LinkedHashMap<>();
        for (ReportSection section : sections) {
            Object computed;
            try {
                computed = section.compute(input.interactions(), input.reports());
            } catch (IllegalArgumentException e) {
                computed = new Skipped(e.getMessage());
            }
            report.put(section.key(), computed);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (output == OutputFormat.JSON) {
            Map<String, Object> tree = new LinkedHashMap<>();
            report.forEach((k, v) -> tree.put(k, v instanceof Skipped s ? Map.of("skipped", s.reason()) : v));
            Output.json(out, tree);
            return 0;
        }
        boolean first = true;
        for (ReportSection section : sections) {
            if (!first) {
                out.println();
            }
            first = false;
            out.println("== " + section.title() + " ==");
            Object computed = report.get(section.key());
            if (computed instanceof Skipped s) {
                out.println("(skipped: " + s.reason() + ")");
            } else {
                section.printText(computed, out);
            }
        }
        out.flush();
        return 0;
    }


    /** A section the input could not support. */
    private record Skipped(String reason) {
    }
}
