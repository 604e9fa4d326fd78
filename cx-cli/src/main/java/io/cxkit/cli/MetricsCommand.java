package io.cxkit.cli;

import io.cxkit.metrics.Estimate;
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
 * {@code {"groups":[{"key":{"channel":"web","month":"2026-01"},"metrics":{"nps":{"value":0.15,"n":100,
 * "lower":-0.007,"upper":0.298,"method":"adjusted-wald","clamped":false}}}],"no_data":{"ces":"why"}}}. A group
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
        Optional<Map<String, Object>> weighting = Optional.empty();
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
            weighting = Optional.of(Weighting.rake(rake, run.input(), run.source, breakdown, err));
        }
        List<String> empty = MetricCoverage.withoutData(selected.stream().map(Metric::name).toList(),
                groupsOf(breakdown, dims));
        String source = run.input().map(Path::toString).orElse("the embedded sample");
        if (empty.size() == selected.size()) {
            StringBuilder msg = new StringBuilder(source + ": no result: ");
            msg.append(empty.size() == 1 ? "the metric had" : "none of the metrics had").append(" an observation");
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
        PrintWriter out = spec.commandLine().getOut();
        if (output == OutputFormat.JSON) {
            Map<String, Object> tree = json(MetricCoverage.applicable(groupsOf(breakdown, dims)), weighting);
            Map<String, Object> noData = new LinkedHashMap<>();
            empty.forEach(m -> noData.put(m, MetricCoverage.why(m, breakdown, options)));
            tree.put("no_data", noData);
            trendPoints.ifPresent(points -> tree.put("trend", trendRows(points, timeDimension.get())));
            Output.json(out, tree);
            return 0;
        }
        print(breakdown, dims, weighting, output, out);
        trendPoints.ifPresent(points -> printTrend(points, timeDimension.get(), output, out));
        return 0;
    }

    /** The JSON tree of a breakdown: {@code {"groups":[{"key":{..},"metrics":{..}}]}}. */
    static Map<String, Object> json(List<Group> groups, Optional<Map<String, Object>> weighting) {
        List<Object> list = new ArrayList<>();
        for (Group g : groups) {
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("key", g.key());
            Map<String, Object> ms = new LinkedHashMap<>();
            g.estimates().forEach((name, e) -> ms.put(name, EstimateJson.of(e)));
            group.put("metrics", ms);
            list.add(group);
        }
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("groups", list);
        weighting.ifPresent(w -> tree.put("weighting", w));
        return tree;
    }

    private static void print(Breakdown breakdown, List<Dimension> dims, Optional<Map<String, Object>> weighting,
                              OutputFormat output, PrintWriter out) {
        List<Group> groups = MetricCoverage.applicable(groupsOf(breakdown, dims));
        List<String> header = new ArrayList<>();
        dims.forEach(d -> header.add(d.name()));
        header.addAll(List.of("metric", "value", "n", "lower", "upper", "method", "clamped"));
        List<List<?>> rows = new ArrayList<>();
        for (Group g : groups) {
            for (Map.Entry<String, Estimate> e : g.estimates().entrySet()) {
                List<Object> row = new ArrayList<>(g.key().values());
                Map<String, Object> m = EstimateJson.of(e.getValue());
                row.add(e.getKey());
                row.add(m.get("value"));
                row.add(m.get("n"));
                row.add(m.get("lower"));
                row.add(m.get("upper"));
                row.add(m.get("method"));
                row.add(m.get("clamped"));
                rows.add(row);
            }
        }
        if (output == OutputFormat.CSV) {
            Output.csv(out, header, rows);
            return;
        }
        if (weighting.isPresent()) {
            Map<String, Object> w = weighting.get();
            out.println("weighting: raked, converged " + w.get("converged") + " after " + w.get("iterations")
                    + " iterations, max margin error " + EstimateJson.number(w.get("max_margin_error"))
                    + ", effective n " + EstimateJson.number(w.get("effective_n")));
        }
        TextTable table = new TextTable(header);
        for (List<?> row : rows) {
            List<String> cells = new ArrayList<>();
            for (Object o : row) {
                cells.add(EstimateJson.number(o));
            }
            table.add(cells);
        }
        table.print(out);
        if (dims.stream().noneMatch(d -> d.name().equals("month"))) {
            // A period metric (churn) measures one calendar month: say which, since no column shows it.
            java.util.Set<String> said = new java.util.LinkedHashSet<>();
            for (Group g : groups) {
                g.estimates().forEach((name, e) -> EstimateJson.period(e).ifPresent(p -> said.add(name + ": month "
                        + p + (g.key().isEmpty() ? "" : " (" + g.key() + ")"))));
            }
            said.forEach(line -> out.println(line + " (by default the last complete month of the data; "
                    + "choose one with --set churn.period=YYYY-MM)"));
        }
    }

    private static List<Group> groupsOf(Breakdown breakdown, List<Dimension> dims) {
        List<Group> groups = breakdown.groups();
        if (groups.isEmpty() && dims.isEmpty()) {
            // No interaction at all: still the one group with an empty key, every metric at n 0.
            groups = List.of(emptyGroup(breakdown));
        }
        return groups;
    }

    /** The JSON rows of {@code "trend"}: {@code {"key":{other dimensions},PERIOD:..,"metric":..,...}}. */
    private static List<Map<String, Object>> trendRows(List<TrendPoint> points, String period) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TrendPoint p : points) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key", p.series());
            row.putAll(EstimateJson.of(p, period));
            rows.add(row);
        }
        return rows;
    }

    /** Prints the trend after the groups, in CSV and text as a second table. */
    private static void printTrend(List<TrendPoint> points, String period, OutputFormat output, PrintWriter out) {
        List<Map<String, Object>> rows = trendRows(points, period);
        List<String> header = new ArrayList<>();
        if (!points.isEmpty()) {
            header.addAll(points.get(0).series().keySet());
        }
        header.addAll(List.of(period, "metric", "value", "n", "lower", "upper", "previous", "difference", "p_value",
                "significant"));
        List<List<?>> table = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            @SuppressWarnings("unchecked")
            List<Object> row = new ArrayList<>(((Map<String, String>) r.get("key")).values());
            for (String f : List.of(period, "metric", "value", "n", "lower", "upper", "previous", "difference",
                    "p_value", "significant")) {
                row.add(r.get(f));
            }
            table.add(row);
        }
        out.println();
        if (output == OutputFormat.CSV) {
            Output.csv(out, header, table);
            return;
        }
        TextTable t = new TextTable(header);
        for (List<?> row : table) {
            List<String> cells = new ArrayList<>();
            for (Object o : row) {
                cells.add(o instanceof Boolean b ? (b ? "*" : "") : EstimateJson.number(o));
            }
            t.add(cells);
        }
        t.print(out);
    }

    private static Group emptyGroup(Breakdown breakdown) {
        Map<String, Estimate> estimates = new LinkedHashMap<>();
        for (Metric<?> m : breakdown.metrics()) {
            estimates.put(m.name(), m.newAccumulator().result());
        }
        return new Group(Map.of(), estimates);
    }
}
