package io.cxkit.cli;

import io.cxkit.core.Interaction;
import io.cxkit.core.Outcome;
import io.cxkit.core.io.ReadReport;
import io.cxkit.core.output.CsvOutput;
import io.cxkit.core.output.JsonOutput;
import io.cxkit.core.output.Schema;
import io.cxkit.core.output.TextOutput;
import io.cxkit.journey.attribution.Attribution;
import io.cxkit.journey.attribution.AttributionResult;
import io.cxkit.journey.attribution.ChannelCredit;
import io.cxkit.journey.attribution.ConversionPath;
import io.cxkit.journey.attribution.JourneyPaths;
import io.cxkit.journey.attribution.JourneyPathCollector;
import io.cxkit.journey.attribution.PathTotals;
import io.cxkit.journey.attribution.PathReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cx attribution}: first-, last- and linear-touch credit and exact Markov-chain removal effects per
 * channel, from an aggregated path file ({@code --paths}) or from journeys in a cxkit interaction file
 * ({@code --input} with {@code --conversion}); with neither, from the embedded sample's purchase journeys.
 */
@Command(name = "attribution", mixinStandardHelpOptions = true,
        description = {"Attributes conversions and value to channels: first, last and linear touch, and exact "
                + "Markov-chain removal effects (orders 1-4).",
            "Input: --paths FILE (aggregated paths: path, total_conversions, total_conversion_value, total_null), "
                + "or --input FILE --conversion OUTCOME (journeys cut by journey id), or nothing for the "
                + "embedded sample (conversion 'converted')."})
public final class AttributionCommand implements Callable<Integer> {

    @Option(names = "--paths", paramLabel = "FILE",
            description = "Aggregated paths, as ChannelAttribution's PathData: path;total_conversions;"
                    + "total_conversion_value;total_null, channels joined by ' > ' (delimiter detected).")
    Path paths;

    @Option(names = "--sep", paramLabel = "SEP", defaultValue = ">",
            description = "Separator between channels in the path column (default: ${DEFAULT-VALUE}).")
    String separator;

    @Option(names = "--path-col", paramLabel = "NAME",
            description = "Path column (default: path); the same as --map path=NAME.")
    String pathColumn;

    @Option(names = "--conversions-col", paramLabel = "NAME",
            description = "Conversions column (default: total_conversions or conversions); the same as --map "
                    + "total_conversions=NAME.")
    String conversionsColumn;

    @Option(names = "--value-col", paramLabel = "NAME",
            description = "Conversion value column, optional (default: total_conversion_value or value); the same "
                    + "as --map total_conversion_value=NAME.")
    String valueColumn;

    @Option(names = "--nulls-col", paramLabel = "NAME",
            description = "Non-converting journeys column, optional; without it every path converts "
                    + "(default: total_null or nulls); the same as --map total_null=NAME.")
    String nullsColumn;

    @Option(names = "--input", paramLabel = "FILE", description = "cxkit interactions (.jsonl, .csv, optional .gz).")
    Path input;

    /** How --input and --paths are read: --map, --const, --alias, --timestamp-format, --zone, --delimiter, ... */
    @picocli.CommandLine.Mixin
    SourceOptions source = new SourceOptions();

    @Option(names = "--conversion", paramLabel = "OUTCOME",
            description = "With --input: the outcome that counts as a conversion (default: converted).")
    String conversion;

    @Option(names = "--key", paramLabel = "KEY", defaultValue = "channel",
            description = "With --input: what a path step is, channel or touchpoint (default: ${DEFAULT-VALUE}).")
    String key;

    @Option(names = "--order", paramLabel = "K", defaultValue = "1",
            description = "Markov order, 1..4 (default: ${DEFAULT-VALUE}).")
    int order;

    @Option(names = "--transitions", description = "Also print the transition matrix (text and JSON).")
    boolean transitions;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or csv (default: ${DEFAULT-VALUE}).", 
            converter = FormatConverter.class)
    OutputFormat format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (order < 1 || order > 4) {
            throw new UsageException("--order must be within 1..4, was " + order);
        }
        if (paths != null && input != null) {
            throw new UsageException("give either --paths or --input, not both");
        }
        if (paths == null && (pathColumn != null || conversionsColumn != null || valueColumn != null
                || nullsColumn != null)) {
            throw new UsageException("--path-col, --conversions-col, --value-col and --nulls-col need --paths");
        }
        if (!key.equals("channel") && !key.equals("touchpoint")) {
            throw new UsageException("--key must be channel or touchpoint, was '" + key + "'");
        }
        List<ConversionPath> rows = paths != null ? readPaths() : journeyPaths();
        if (rows.isEmpty()) {
            throw new InputException((paths != null ? paths : input) + ": no usable paths");
        }
        requireFiniteTotals(rows);
        AttributionResult result = Attribution.compute(rows, order);
        PrintWriter out = spec.commandLine().getOut();
        Schema<AttributionResult> schema = schema(transitions);
        switch (format) {
            case JSON -> JsonOutput.write(result, schema, out);
            case CSV -> CsvOutput.writeAll(Schema.of(ChannelCredit.class), result.channels(), out);
            default -> TextOutput.write(result, schema, out);
        }
        return 0;
    }

    private List<ConversionPath> readPaths() throws IOException {
        if (!Files.isRegularFile(paths)) {
            throw new InputException(paths + ": no such file");
        }
        // The column options are the same as --map path=, total_conversions=, total_conversion_value= and
        // total_null=, laid over the shared source options (delimiter, decimal comma, --mapping).
        PathReader.Builder b = PathReader.builder().separator(separator).mapping(source.mapping());
        if (pathColumn != null) {
            b.pathColumn(pathColumn);
        }
        if (conversionsColumn != null) {
            b.conversionsColumn(conversionsColumn);
        }
        if (valueColumn != null) {
            b.valueColumn(valueColumn);
        }
        if (nullsColumn != null) {
            b.nullsColumn(nullsColumn);
        }
        // Rows are summed by path as they are read: memory grows with the distinct paths, not the rows.
        PathTotals totals = new PathTotals();
        warn(b.build().read(paths, row -> {
            try {
                totals.add(row);
            } catch (IllegalArgumentException e) {
                String m = e.getMessage();
                String column = m.contains("conversion value") ? valueColumnName()
                        : m.contains("nulls") ? nullsColumnName() : conversionsColumnName();
                throw new InputException(paths + ": column " + column + ": " + m, e);
            }
        }));
        return totals.paths();
    }

    private List<ConversionPath> journeyPaths() {
        if (input == null && conversion != null) {
            throw new UsageException("--conversion needs --input");
        }
        Outcome outcome = Outcome.of(conversion == null ? "converted" : conversion);
        Function<Interaction, String> step = key.equals("touchpoint") ? i -> i.touchpoint().id()
                : JourneyPaths::channel;
        // Journeys are cut by journey id as the interactions stream by; only 16 bytes per interaction are held.
        JourneyPathCollector journeys = new JourneyPathCollector(outcome, step);
        InteractionStream.read(Optional.ofNullable(input), source, journeys::add, spec.commandLine().getErr());
        return journeys.paths();
    }

    /**
     * Refuses paths whose totals a double cannot hold, naming the field, so that no figure prints as NaN or
     * Infinity.
     *
     * @throws InputException naming the field and its total
     */
    private void requireFiniteTotals(List<ConversionPath> rows) {
        double conversions = 0;
        double nulls = 0;
        double value = 0;
        for (ConversionPath p : rows) {
            conversions += p.conversions();
            nulls += p.nulls();
            value += p.value();
        }
        String source = String.valueOf(paths != null ? paths : input != null ? input : "embedded sample");
        if (conversions + nulls > PathTotals.MAX_COUNT) {
            throw new InputException(source + ": the conversions (" + conversionsColumnName() + ") and nulls ("
                    + nullsColumnName() + ") add up to " + (conversions + nulls) + " journeys, beyond "
                    + (long) PathTotals.MAX_COUNT + " (2^53, the largest count a double holds exactly)");
        }
        // Credits are shares of the total value, so the total must leave room for the sums taken along the way.
        if (!(value < Double.MAX_VALUE / 1e3)) {
            throw new InputException(source + ": the conversion value (" + valueColumnName() + ") adds up to " + value + ", beyond "
                    + Double.MAX_VALUE / 1e3 + ", the largest total the credits can be computed from");
        }
    }

    private String conversionsColumnName() {
        return conversionsColumn != null ? conversionsColumn : paths != null ? "total_conversions" : "conversions";
    }

    private String valueColumnName() {
        return valueColumn != null ? valueColumn : paths != null ? "total_conversion_value" : "value";
    }

    private String nullsColumnName() {
        return nullsColumn != null ? nullsColumn : paths != null ? "total_null" : "nulls";
    }

    /** Rejected rows do not stop the command; stderr says how many and shows the first. */
    private void warn(ReadReport report) {
        if (report.rejected() > 0) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("cx: " + report);
            if (!report.firstRejections().isEmpty()) {
                err.println("cx: first rejection: " + report.firstRejections().get(0));
            }
            err.flush();
        }
    }

    /**
     * The field list of a result in every format: {@code p_conversion}, {@code order}, {@code total_conversions},
     * {@code total_value}, {@code channels} (one {@link ChannelCredit} each; the CSV's rows) and, when asked for,
     * {@code transition_matrix} (from, to, probability, weight).
     */
    static Schema<AttributionResult> schema(boolean withTransitions) {
        Schema.Builder<AttributionResult> b = Schema.builder(AttributionResult.class)
                .number("p_conversion", AttributionResult::pConversion)
                .integer("order", AttributionResult::order)
                .number("total_conversions", AttributionResult::totalConversions)
                .number("total_value", AttributionResult::totalValue)
                .value("channels", AttributionResult::channels);
        if (withTransitions) {
            b.value("transition_matrix", r -> r.transitionMatrix().transitions());
        }
        return b.build();
    }
}
