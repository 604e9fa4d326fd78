package io.cxkit.cli;

import io.cxkit.core.output.JsonOutput;
import io.cxkit.core.output.TextOutput;
import io.cxkit.report.CxReport;
import io.cxkit.report.Report;
import io.cxkit.report.ReportInput;
import io.cxkit.report.Section;
import io.cxkit.report.html.CompassPage;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cx report [--input FILE...] [--format text|json] [--html FILE [--force]]}: the library's
 * {@link CxReport} over the input, or over the {@link EmbeddedSample} when no input is given, written by the one
 * writer ({@code io.cxkit.core.output}) as text or JSON, and with {@code --html} as the CX compass page. Records
 * that cannot be read are skipped and shown in the overview's read report; a section the input cannot support is
 * shown as skipped with its reason.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Reports on interactions: overview, survey and service metrics, journeys, funnel, pain points,"
            + " customers at risk, attribution and CLV.",
            "With no --input it reports on the embedded sample. --html FILE also writes the CX compass page."})
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--input", paramLabel = "FILE", arity = "1..*",
            description = "Interaction files: .jsonl, .ndjson, .json or .csv, optionally .gz. Default: the embedded"
                    + " sample.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json on standard output (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--html", paramLabel = "FILE",
            description = "Also write the CX compass page, one self-contained HTML file, to FILE.")
    Optional<Path> html = Optional.empty();

    @Option(names = "--force", description = "Replace the --html file if it exists.")
    boolean force;

    @Option(names = "--funnel-steps", paramLabel = "STEP", split = ",",
            description = "The funnel's touchpoints, in order (default: the sample's purchase funnel when the input "
                    + "has all its steps).")
    List<String> funnelSteps = new ArrayList<>();

    /** How the input is read (--map, --const, --alias, --timestamp-format, --zone, --delimiter, --mapping). */
    @picocli.CommandLine.Mixin
    SourceOptions source = new SourceOptions();

    @Option(names = "--negativity-weight", paramLabel = "W|estimated", defaultValue = "2",
            description = io.cxkit.cli.drivers.NegativityWeightOption.DESCRIPTION)
    String negativityWeight;

    @Option(names = "--intervention", paramLabel = "DATE",
            description = "A change made on this date (yyyy-mm-dd, in the zone): the report's change section fits "
                    + "the interrupted time series of CSAT around it, with the counterfactual line (default on the "
                    + "embedded sample: its known intervention, support in region emea from "
                    + "2025-07-02).")
    java.time.LocalDate intervention;

    @Option(names = "--intervention-group", paramLabel = "ATTR=VALUE",
            description = "The interactions the intervention applies to, by attribute (default: all).")
    String interventionGroup;

    @Override
    public Integer call() {
        OutputFormat output = OutputFormat.parse(format, OutputFormat.TEXT, OutputFormat.JSON);
        // The input's zone also cuts the report's months and days; UTC when the input names none.
        ZoneId z = source.zone().orElse(java.time.ZoneOffset.UTC);
        CxReport.Builder builder = CxReport.builder().zone(z);
        if (!funnelSteps.isEmpty()) {
            if (funnelSteps.size() < 2) {
                throw new UsageException("--funnel-steps needs at least two steps, was " + funnelSteps);
            }
            builder.funnelSteps(funnelSteps);
        }
        java.util.OptionalDouble lambda = io.cxkit.cli.drivers.NegativityWeightOption.parse(negativityWeight);
        if (lambda.isPresent()) {
            builder.negativityWeight(lambda.getAsDouble());
        } else {
            builder.estimatedNegativityWeight();
        }
        intervention(z).ifPresent(builder::intervention);
        // A bad --html path fails now, not after minutes of reading.
        html.ifPresent(h -> OutputFile.create("--html", h, inputs, force).close());
        Optional<Progress> progress = Optional.of(Progress.current()); // --quiet/--progress are cx's own options
        LoadedInput input = LoadedInput.read(inputs, source, Optional.empty());
        long accepted = input.reports().stream().mapToLong(io.cxkit.core.io.ReadReport::accepted).sum();
        if (accepted == 0) {
            long read = input.reports().stream().mapToLong(io.cxkit.core.io.ReadReport::read).sum();
            throw new InputException(String.join(", ", inputs.stream().map(Path::toString).toList())
                    + ": no interaction to report on (read " + read + ", accepted 0)");
        }
        Report report = builder.build().compute(new ReportInput(input.interactions(), input.reports(), z, 0.95),
                phase -> progress.ifPresent(p -> p.phase(phase)));
        html.ifPresent(h -> {
            progress.ifPresent(p -> p.phase("Writing " + h));
            writeHtml(h, report);
        });
        progress.ifPresent(Progress::done);
        PrintWriter out = spec.commandLine().getOut();
        if (output == OutputFormat.JSON) {
            JsonOutput.write(report, out);
        } else {
            text(report, out);
        }
        return 0;
    }

    /** The intervention given, or on the embedded sample its known one. */
    private Optional<CxReport.Intervention> intervention(ZoneId z) {
        String attribute = "";
        String value = "";
        if (interventionGroup != null) {
            int eq = interventionGroup.indexOf('=');
            if (eq <= 0 || eq == interventionGroup.length() - 1) {
                throw new UsageException("--intervention-group must be ATTR=VALUE like region=emea, was '"
                        + interventionGroup + "'");
            }
            if (intervention == null) {
                throw new UsageException("--intervention-group needs --intervention DATE");
            }
            attribute = interventionGroup.substring(0, eq).strip();
            value = interventionGroup.substring(eq + 1).strip();
        }
        if (intervention != null) {
            return Optional.of(new CxReport.Intervention(intervention.atStartOfDay(z).toInstant(), attribute, value,
                    "given"));
        }
        if (inputs.isEmpty()) {
            return Optional.of(new CxReport.Intervention(EmbeddedSample.generator().interventionDate(),
                    io.cxkit.core.sample.SampleSchema.ATTR_REGION,
                    io.cxkit.core.sample.SampleSchema.TREATED_REGION, "the sample's known intervention: support in "
                    + "region emea improves"));
        }
        return Optional.empty();
    }

    private void writeHtml(Path file, Report report) {
        try (OutputFile target = OutputFile.create("--html", file, inputs, force)) {
            Writer w = new OutputStreamWriter(target.stream(), StandardCharsets.UTF_8);
            CompassPage.write(report, w);
            target.commit();
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(file + ": cannot write --html: " + e.getMessage(), e);
        }
    }

    /** Each section under its heading, as the one writer's text form, or its reason when skipped. */
    static void text(Report report, PrintWriter out) {
        boolean first = true;
        for (Section<?> s : report.sections().values()) {
            if (!first) {
                out.println();
            }
            first = false;
            out.println("== " + s.title() + " ==");
            if (s.skipped().isPresent()) {
                out.println("(skipped: " + s.skipped().get() + ")");
            } else if (s.content().get() instanceof Record r) {
                TextOutput.write(r, out);
            } else {
                out.println(s.content().get());
            }
        }
        out.flush();
    }
}
