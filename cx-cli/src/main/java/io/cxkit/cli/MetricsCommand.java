package io.cxkit.cli;

import io.cxkit.core.output.CsvOutput;
import io.cxkit.core.output.JsonOutput;
import io.cxkit.core.output.Schema;
import io.cxkit.core.output.TextOutput;
import io.cxkit.metrics.Comparison;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.EstimateSummary;
import io.cxkit.metrics.Metric;
import io.cxkit.metrics.MetricOptions;
import io.cxkit.metrics.MetricRegistry;
import io.cxkit.metrics.breakdown.Breakdown;
import io.cxkit.metrics.breakdown.Dimension;
import io.cxkit.metrics.breakdown.Group;
import io.cxkit.metrics.breakdown.Trend;
import io.cxkit.metrics.breakdown.TrendPoint;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cx metrics}: survey and service metrics with their intervals, overall or broken down by dimensions
 * and time buckets. Metric names resolve through the {@link MetricRegistry}, so every registered metric
 * (built-in or plugged in through {@code ServiceLoader}) is available. JSON:
 * {@code {"schema_version":1,"groups":[{"key":{"channel":"web","month":"2026-01"},"metrics":{"nps":{"value":0.15,"n":100,
 * "lower":-0.007,"upper":0.298,"method":"adjusted-wald","clamped":false,"period":null}}}],"no_data":{"ces":"why"}}}, written through the one
 * writer from {@link EstimateSummary}'s fields (CSV and text: one row per group and metric with the same fields). A group
 * lists only the metrics it has observations of; a requested metric with none in any group is named in
 * {@code no_data} (and on stderr) with what it needs. When no requested metric has an observation the command
 * exits 2 with that explanation.
 */
@Command(name = "metrics", mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:at least one requested metric had data (the others are named on stderr)",
            "1:bad usage", "2:unreadable input, or no requested metric had an observation"},
        description = {"Computes metrics (NPS, CSAT, CES, service metrics, ...) with confidence intervals, "
                + "overall or by group.",
            "Groups: channel, touchpoint, stage, segment, attributes and time buckets.",
            "With no --input it works on the embedded sample."})
public final class MetricsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    MetricRunOptions run;

    @Option(names = "--metric", paramLabel = "NAME", split = ",", defaultValue = "nps,csat,ces",
            description = "Metrics to compute, comma-separated (default: ${DEFAULT-VALUE}). Known: nps, csat, "
                    + "csat_mean, ces, ces_agree, and every registered metric (e.g. fcr, frt, aht, resolution, "
                    + "churn).")
    List<String> metrics = new ArrayList<>();

    @Option(names = "--by", paramLabel = "DIM", split = ",",
            description = "Group by dimensions, comma-separated: channel, touchpoint, stage, segment, segment=rfm "
                    + "(each customer's RFM segment, computed in a first pass), attr.NAME, "
                    + "day, week, month.")
    List<String> by = new ArrayList<>();

    @Option(names = "--bucket", paramLabel = "BUCKET",
            description = "Add a time dimension: day, week (ISO) or month.")
    String bucket;

    @Option(names = "--trend",
            description = "Also compare each period of the time dimension with the previous one, per group of the "
                    + "other dimensions, with each metric's own two-sample test; adds \"trend\" to JSON.")
    boolean trend;

    @Option(names = "--rake", paramLabel = "TARGETS",
            description = "Rake the survey respondents to population margins and report weighted metrics. TARGETS "
                    + "is a CSV with header dimension,category,target (counts or shares); dimensions as in --by.")
    Path rake;

    /** How to read the {@code --rake} targets table ({@code --rake-map}, {@code --rake-delimiter}, ...). */
    @Mixin
    RakeTargetOptions rakeTable;

    @Option(names = "--segments", paramLabel = "FILE",
            description = "Join a file of customer_id,segment rows (for example cx segments rfm --per-customer "
                    + "--format csv) and break down by its segment.")
    Path segments;

    @Override
    public Integer call() {
        OutputFormat output = run.output();
        ZoneId z = run.zone();
        MetricOptions options = run.metricOptions(z);
        List<Metric<?>> selected = MetricSelection.metrics(MetricRegistry.discover(), metrics, options);
        PrintWriter err = spec.commandLine().getErr();
        List<Dimension> dims = new ArrayList<>(io.cxkit.cli.segments.SegmentDimensions.dimensions(by,
                Optional.ofNullable(segments), z, sink -> InteractionStream.read(run.input(), run.source, sink, err)));
        dims.addAll(MetricSelection.dimensions(io.cxkit.cli.segments.SegmentDimensions.others(by), bucket, z));
        Optional<String> timeDimension = dims.stream().map(Dimension::name)
                .filter(n -> n.equals("day") || n.equals("week") || n.equals("month")).findFirst();
        if (trend && timeDimension.isEmpty()) {
            throw new UsageException("--trend needs a time dimension: add --bucket day|week|month");
        }
        Breakdown breakdown = Breakdown.of(selected, dims);
        // Whatever type the raking summary is, it goes out through the writer's generic value rules.
        Optional<Object> weighting = Optional.empty();
        if (rake == null) {
            // NPS overall or by channel reads two columns straight into accumulators; anything else reads
            // interactions with every processor, one breakdown per chunk, merged in file order (the accumulators
            // merge exactly, so the figures are those of a single pass).
            Optional<Breakdown> projected = trend ? Optional.empty()
                    : ProjectedRead.read(run.input(), run.source, selected, dims, err);
            projected.ifPresent(breakdown::merge);
            if (projected.isEmpty()) {
                breakdown.merge(InteractionStream.readMerged(run.input(), run.source,
                        () -> Breakdown.of(selected, dims), Breakdown::add, (a, b) -> {
                            a.merge(b);
                            return a;
                        }, err));
            }
        } else {
            weighting = Optional.of(Weighting.rakeSummary(rake, rakeTable.mapping(), run.input(), run.source, breakdown,
                    err));
        }
        Progress.current().phase("computing breakdowns");
        List<String> empty = MetricCoverage.withoutData(selected.stream().map(Metric::name).toList(),
                groupsOf(breakdown, dims));
        String source = run.input().map(Path::toString).orElse("the embedded sample");
        if (empty.size() == selected.size()) {
            StringBuilder msg = new StringBuilder(source + ": no result: ");
            msg.append(empty.size() == 1 ? "the metric had no observation" : "none of the metrics had an observation");
            for (String m : empty) {
                msg.append(System.lineSeparator()).append("cx:   ").append(MetricCoverage.why(m, breakdown, options));
            }
            throw new InputException(msg.toString());
        }
        for (String m : empty) {
            err.println("cx: no data for " + m + " in " + source + ": " + MetricCoverage.why(m, breakdown, options));
        }
        err.flush();
        Optional<List<TrendPoint>> trendPoints = trend
                ? Optional.of(Trend.of(breakdown, timeDimension.get(), run.confidence())) : Optional.empty();
        List<Group> groups = MetricCoverage.applicable(groupsOf(breakdown, dims));
        Map<String, String> noData = new LinkedHashMap<>();
        empty.forEach(m -> noData.put(m, MetricCoverage.why(m, breakdown, options)));
        MetricsResult result = new MetricsResult(groups.stream().map(GroupResult::of).toList(), weighting,
                noData, trendPoints.map(points -> points.stream().map(TrendRow::of).toList()));
        Progress.current().done();
        PrintWriter out = spec.commandLine().getOut();
        List<String> dimNames = dims.stream().map(Dimension::name).toList();
        String period = timeDimension.orElse("period");
        switch (output) {
            case JSON -> JsonOutput.write(result, schema(result, period), out);
            case CSV -> {
                CsvOutput.writeAll(rowSchema(dimNames), rows(result.groups()), out);
                result.trend().ifPresent(t -> {
                    out.println();
                    CsvOutput.writeAll(trendSchema(seriesOf(t), period), t, out);
                });
            }
            default -> {
                weighting.ifPresent(w -> TextOutput.write(w, WEIGHTING_LINE, out));
                TextOutput.writeTable(textRowSchema(dimNames), rows(result.groups()), out);
                if (!dimNames.contains("month")) {
                    // A period metric (churn) measures one calendar month: say which, since no column shows it.
                    java.util.Set<String> said = new java.util.LinkedHashSet<>();
                    for (GroupResult g : result.groups()) {
                        g.metrics().forEach((name, e) -> e.period().ifPresent(p -> said.add(name + ": month " + p
                                + (g.key().isEmpty() ? "" : " (" + g.key() + ")"))));
                    }
                    said.forEach(line -> out.println(line + " (by default the last complete month of the data; "
                            + "choose one with --set churn.period=YYYY-MM)"));
                }
                result.trend().ifPresent(t -> {
                    out.println();
                    TextOutput.writeTable(trendSchema(seriesOf(t), period), t, out);
                });
                out.flush();
            }
        }
        return 0;
    }

    /**
     * What {@code cx metrics} computed: the groups with their figures, the raking summary with {@code --rake},
     * the requested metrics without data (and why), and with {@code --trend} each period's change.
     *
     * @param groups every group with at least one applicable figure
     * @param weighting the raking summary, with {@code --rake}
     * @param noData requested metrics no group had an observation of, with what they need
     * @param trend the trend rows, with {@code --trend}
     */
    public record MetricsResult(List<GroupResult> groups, Optional<Object> weighting, Map<String, String> noData,
            Optional<List<TrendRow>> trend) {
    }

    /**
     * One group: the values of its dimensions and each metric's figure.
     *
     * @param key dimension name to value (empty overall)
     * @param metrics metric name to its figure
     */
    public record GroupResult(Map<String, String> key, Map<String, EstimateSummary> metrics) {
        static GroupResult of(Group g) {
            Map<String, EstimateSummary> m = new LinkedHashMap<>();
            g.estimates().forEach((name, e) -> m.put(name, EstimateSummary.of(e)));
            return new GroupResult(g.key(), m);
        }
    }

    /**
     * One metric of one group, a line of the CSV and text table.
     *
     * @param key the group's dimension values
     * @param metric the metric's name
     * @param estimate its figure
     */
    record MetricRow(Map<String, String> key, String metric, EstimateSummary estimate) {
    }

    /**
     * One metric in one period of one series, with its change from the previous period.
     *
     * @param key the values of the other dimensions
     * @param period the period, e.g. {@code 2026-02}
     * @param metric the metric's name
     * @param estimate its figure in the period
     * @param previous the previous period with data, if any
     * @param difference the change from it (NaN without one)
     * @param pValue the change's p-value (NaN without one)
     * @param significant whether the change is significant at the run's confidence
     */
    public record TrendRow(Map<String, String> key, String period, String metric, EstimateSummary estimate,
            Optional<String> previous, double difference, double pValue, boolean significant) {
        static TrendRow of(TrendPoint p) {
            return new TrendRow(p.series(), p.period(), p.metric(), EstimateSummary.of(p.estimate()),
                    p.previousPeriod(), p.change().map(Comparison::difference).orElse(Double.NaN),
                    p.change().map(Comparison::pValue).orElse(Double.NaN), p.significant());
        }
    }

    /** The raking summary as one text line. */
    private static final Schema<Object> WEIGHTING_LINE = Schema.builder(Object.class)
            .value("weighting", w -> w).build();

    /**
     * The JSON document: {@code groups}, {@code weighting} (with {@code --rake}), {@code no_data}, {@code trend}
     * (with {@code --trend}, each row keyed by the time dimension's name).
     */
    private static Schema<MetricsResult> schema(MetricsResult r, String period) {
        Schema.Builder<MetricsResult> b = Schema.builder(MetricsResult.class)
                .value("groups", MetricsResult::groups);
        if (r.weighting().isPresent()) {
            b.value("weighting", MetricsResult::weighting);
        }
        b.value("no_data", MetricsResult::noData);
        if (r.trend().isPresent()) {
            b.rows("trend", x -> x.trend().orElseThrow(), Schema.builder(TrendRow.class)
                    .value("key", TrendRow::key).inline(t -> t, trendFields(period)).build());
        }
        return b.build();
    }

    /** A table row: one column per dimension, then the metric and its figure's fields. */
    /**
     * The text table: the CSV's columns with {@code shown} after the metric name, the figure and its interval in
     * the unit a reader expects (NPS in points, shares in percent, durations in s/min/h/d), as the report shows them.
     */
    private static Schema<MetricRow> textRowSchema(List<String> dims) {
        Schema.Builder<MetricRow> b = Schema.builder(MetricRow.class);
        for (String d : dims) {
            b.text(d, r -> r.key().get(d));
        }
        return b.text("metric", MetricRow::metric).text("shown", MetricsCommand::shown)
                .inline(MetricRow::estimate, Schema.of(EstimateSummary.class)).build();
    }

    private static String shown(MetricRow r) {
        EstimateSummary e = r.estimate();
        String unit = io.cxkit.report.Figure.unit(r.metric());
        double k = io.cxkit.report.Figure.scale(r.metric());
        java.util.function.DoubleFunction<String> f = switch (unit) {
            case "s" -> io.cxkit.core.output.HumanUnits::duration;
            case "points" -> v -> String.format(java.util.Locale.ROOT, "%.1f pts", v * k);
            case "%" -> v -> String.format(java.util.Locale.ROOT, "%.1f%%", v * k);
            default -> v -> String.format(java.util.Locale.ROOT, "%.2f", v);
        };
        if (!Double.isFinite(e.value())) {
            return "n/a";
        }
        String v = f.apply(e.value());
        return Double.isFinite(e.lower()) && Double.isFinite(e.upper())
                ? v + " [" + f.apply(e.lower()) + ", " + f.apply(e.upper()) + "]" : v;
    }

    private static Schema<MetricRow> rowSchema(List<String> dims) {
        Schema.Builder<MetricRow> b = Schema.builder(MetricRow.class);
        for (String d : dims) {
            b.text(d, r -> r.key().get(d));
        }
        return b.text("metric", MetricRow::metric).inline(MetricRow::estimate, Schema.of(EstimateSummary.class))
                .build();
    }

    /** A trend table row: one column per series dimension, then the trend fields. */
    private static Schema<TrendRow> trendSchema(List<String> series, String period) {
        Schema.Builder<TrendRow> b = Schema.builder(TrendRow.class);
        for (String d : series) {
            b.text(d, r -> r.key().get(d));
        }
        return b.inline(t -> t, trendFields(period)).build();
    }

    /** The trend fields after the key: the period under the time dimension's name, the metric, its figure. */
    private static Schema<TrendRow> trendFields(String period) {
        return Schema.builder(TrendRow.class)
                .text(period, TrendRow::period)
                .text("metric", TrendRow::metric)
                .inline(TrendRow::estimate, Schema.of(EstimateSummary.class))
                .text("previous", TrendRow::previous)
                .number("difference", TrendRow::difference)
                .number("p_value", TrendRow::pValue)
                .bool("significant", TrendRow::significant)
                .build();
    }

    private static List<String> seriesOf(List<TrendRow> rows) {
        return rows.isEmpty() ? List.of() : List.copyOf(rows.get(0).key().keySet());
    }

    private static List<MetricRow> rows(List<GroupResult> groups) {
        List<MetricRow> rows = new ArrayList<>();
        for (GroupResult g : groups) {
            g.metrics().forEach((name, e) -> rows.add(new MetricRow(g.key(), name, e)));
        }
        return rows;
    }

    private static List<Group> groupsOf(Breakdown breakdown, List<Dimension> dims) {
        List<Group> groups = breakdown.groups();
        if (groups.isEmpty() && dims.isEmpty()) {
            // No interaction at all: still the one group with an empty key, every metric at n 0.
            groups = List.of(emptyGroup(breakdown));
        }
        return groups;
    }

    private static Group emptyGroup(Breakdown breakdown) {
        Map<String, Estimate> estimates = new LinkedHashMap<>();
        for (Metric<?> m : breakdown.metrics()) {
            estimates.put(m.name(), m.newAccumulator().result());
        }
        return new Group(Map.of(), estimates);
    }
}
