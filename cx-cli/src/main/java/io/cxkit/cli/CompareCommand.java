package io.cxkit.cli;

import io.cxkit.core.output.CsvOutput;
import io.cxkit.core.output.JsonOutput;
import io.cxkit.core.output.Schema;
import io.cxkit.metrics.Accumulator;
import io.cxkit.metrics.ComparableMetric;
import io.cxkit.metrics.Interval;
import io.cxkit.metrics.Comparison;
import io.cxkit.metrics.ComparisonSummary;
import io.cxkit.metrics.EstimateSummary;
import io.cxkit.metrics.Metric;
import io.cxkit.metrics.MetricOptions;
import io.cxkit.metrics.MetricRegistry;
import io.cxkit.metrics.breakdown.Dimension;
import io.cxkit.metrics.breakdown.TwoGroupComparison;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cx compare}: one metric in two groups (before/after a date, or two values of a dimension), with the
 * metric's own two-sample test: NPS by MeasuringU's adjusted-Wald difference, shares by the two-proportion
 * z-test, means by Welch's t-test. The difference is current − baseline (after − before, b − a).
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:compared", "1:bad usage", "2:unreadable input, a named value that no interaction has, "
            + "or a group without an observation of the metric"},
        description = {"Compares one metric between two groups with its two-sample test.",
            "Groups: before/after --split-at DATE, or --by DIM --a VALUE --b VALUE (values match case-insensitively)."
                + " Difference = after - before (b - a).",
            "--confidence sets the difference's interval; significant when p < 1 - LEVEL.",
            "With no --input it works on the embedded sample."})
public final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    MetricRunOptions run;

    @Option(names = "--metric", paramLabel = "NAME", defaultValue = "nps",
            description = "The metric to compare (default: ${DEFAULT-VALUE}); it must offer a two-sample test.")
    String metric;

    @Option(names = "--split-at", paramLabel = "DATE",
            description = "Before/after: a date (start of day in --zone), a local date-time or an instant.")
    String splitAt;

    @Option(names = "--by", paramLabel = "DIM",
            description = "The dimension whose values --a and --b name: channel, touchpoint, stage, segment, "
                    + "attr.NAME, day, week, month.")
    String by;

    @Option(names = "--a", paramLabel = "VALUE", description = "The baseline group's value of --by.")
    String a;

    @Option(names = "--b", paramLabel = "VALUE", description = "The current group's value of --by.")
    String b;

    /** With --by: the values of the dimension seen while reading, matched ignoring case. */
    private DimensionValues values;

    @Override
    public Integer call() {
        OutputFormat output = run.output();
        ZoneId z = run.zone();
        MetricOptions options = run.metricOptions(z);
        Metric<?> m = MetricSelection.metrics(MetricRegistry.discover(), List.of(metric), options).get(0);
        if (!(m instanceof ComparableMetric<?> cm)) {
            throw new UsageException("metric '" + m.name() + "' offers no two-sample test");
        }
        String[] labels = new String[2];
        TwoGroupComparison<?> comparison = groups(cm, z, labels);
        InteractionStream.read(run.input(), run.source, comparison::add, spec.commandLine().getErr());
        if (values != null) {
            labels[0] = values.dimension().name() + "=" + values.present(a);
            labels[1] = values.dimension().name() + "=" + values.present(b);
        }
        Progress.current().phase("comparing");
        Comparison result = comparison.compare(run.confidence());
        Progress.current().done();
        requireObservations(result, labels);
        print(result, labels, output, spec.commandLine().getOut());
        return 0;
    }

    private TwoGroupComparison<?> groups(ComparableMetric<?> m, ZoneId z, String[] labels) {
        boolean split = splitAt != null;
        boolean pair = by != null || a != null || b != null;
        if (split == pair) {
            throw new UsageException("give either --split-at DATE or --by DIM --a VALUE --b VALUE");
        }
        if (split) {
            Instant at = instant(splitAt, z);
            labels[0] = "before " + splitAt;
            labels[1] = "from " + splitAt;
            return splitAt(m, at);
        }
        if (by == null || a == null || b == null) {
            throw new UsageException("--by, --a and --b go together: give all three");
        }
        Dimension dim;
        try {
            dim = Dimension.parse(by, z);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--by: " + e.getMessage());
        }
        if (a.strip().equalsIgnoreCase(b.strip())) {
            throw new UsageException("--a and --b must differ (ignoring case), were '" + a + "' and '" + b + "'");
        }
        values = new DimensionValues(dim, a, b);
        return between(m, values, DimensionValues.fold(a), DimensionValues.fold(b));
    }

    /**
     * Refuses a comparison with an empty side: a named value that no interaction has (listing those present),
     * or a group without an observation of the metric.
     *
     * @throws InputException naming the group and what the input holds
     */
    private void requireObservations(Comparison c, String[] labels) {
        if (values != null) {
            for (String v : List.of(a, b)) {
                if (!values.contains(v)) {
                    throw new InputException("no interaction has " + values.dimension().name() + " '" + v
                            + "' (matching ignores case); values present: " + values.describe());
                }
            }
        }
        if (c.baseline().n() == 0 || c.current().n() == 0) {
            String empty = c.baseline().n() == 0 ? labels[0] : labels[1];
            throw new InputException("group " + empty + " has no observation of " + c.metric()
                    + " (n 0), so there is nothing to compare");
        }
    }

    private static <A extends Accumulator<A>> TwoGroupComparison<A> splitAt(ComparableMetric<A> m, Instant at) {
        return TwoGroupComparison.splitAt(m, at);
    }

    private static <A extends Accumulator<A>> TwoGroupComparison<A> between(ComparableMetric<A> m, Dimension d,
                                                                            String a, String b) {
        return TwoGroupComparison.between(m, d, a, b);
    }

    /**
     * A date (start of that day in the zone), a local date-time (in the zone) or an instant.
     *
     * @throws UsageException if it is none of them
     */
    static Instant instant(String text, ZoneId zone) {
        String t = text.strip();
        try {
            return LocalDate.parse(t).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException notADate) {
            try {
                return LocalDateTime.parse(t).atZone(zone).toInstant();
            } catch (DateTimeParseException notLocal) {
                try {
                    return Instant.parse(t);
                } catch (DateTimeParseException notInstant) {
                    throw new UsageException("--split-at must be a date like 2026-03-01, a local date-time like "
                            + "2026-03-01T09:00 or an instant like 2026-03-01T09:00:00Z, was '" + text + "'");
                }
            }
        }
    }

    /**
     * One group of a comparison: its label and its figure.
     *
     * @param group the label, e.g. {@code before 2026-02-01} or {@code channel=web}
     * @param estimate the metric in that group
     */
    public record Side(String group, EstimateSummary estimate) {
    }

    /**
     * What {@code cx compare} writes: the metric, both groups, and the test of the difference.
     *
     * @param metric the metric's name
     * @param baseline the baseline group (before, a)
     * @param current the current group (after, b)
     * @param test the difference current − baseline and its test
     */
    public record CompareResult(String metric, Side baseline, Side current, ComparisonSummary test) {
    }

    private static final Schema<Side> SIDE = Schema.builder(Side.class)
            .text("group", Side::group)
            .inline(Side::estimate, Schema.of(EstimateSummary.class))
            .build();

    /**
     * JSON {@code {"schema_version":1,"metric":..,"baseline":{"group":..,value fields},"current":{..},"difference":..,
     * "lower":..,...,"significant":..}}; CSV the same fields on one row, the groups' as {@code baseline_*} and
     * {@code current_*} columns.
     */
    static final Schema<CompareResult> SCHEMA = Schema.builder(CompareResult.class)
            .text("metric", CompareResult::metric)
            .object("baseline", CompareResult::baseline, SIDE)
            .object("current", CompareResult::current, SIDE)
            .inline(CompareResult::test, Schema.of(ComparisonSummary.class))
            .build();

    private void print(Comparison c, String[] labels, OutputFormat output, PrintWriter out) {
        CompareResult result = new CompareResult(c.metric(), new Side(labels[0], EstimateSummary.of(c.baseline())),
                new Side(labels[1], EstimateSummary.of(c.current())), ComparisonSummary.of(c, run.confidence()));
        if (output == OutputFormat.JSON) {
            JsonOutput.write(result, SCHEMA, out);
            return;
        }
        if (output == OutputFormat.CSV) {
            CsvOutput.writeAll(SCHEMA, List.of(result), out);
            return;
        }
        TextTable t = new TextTable(List.of("group", c.metric(), "n", "interval"));
        t.add(List.of(labels[0], EstimateJson.number(c.baseline().value()), String.valueOf(c.baseline().n()),
                EstimateJson.interval(c.baseline())));
        t.add(List.of(labels[1], EstimateJson.number(c.current().value()), String.valueOf(c.current().n()),
                EstimateJson.interval(c.current())));
        t.print(out);
        if (c.baseline().interval().map(Interval::clamped).orElse(false)
                || c.current().interval().map(Interval::clamped).orElse(false)) {
            out.println(EstimateJson.CLAMPED_LEGEND);
        }
        out.println();
        out.println("difference (" + labels[1] + " - " + labels[0] + "): " + EstimateJson.number(c.difference())
                + c.interval().map(i -> String.format(java.util.Locale.ROOT, "  %.0f%% CI [%.4f, %.4f]",
                i.confidence() * 100, i.lower(), i.upper())).orElse(""));
        out.println("test: " + c.method() + "  statistic " + EstimateJson.number(c.statistic()) + "  p "
                + EstimateJson.number(c.pValue()) + "  "
                + (c.significantAt(1 - run.confidence()) ? "significant" : "not significant") + " at "
                + EstimateJson.number(1 - run.confidence()));
        out.flush();
    }
}
