package io.cxkit.cli;

import io.cxkit.core.Interaction;
import io.cxkit.metrics.Metric;
import io.cxkit.metrics.MetricOptions;
import io.cxkit.metrics.MetricRegistry;
import io.cxkit.metrics.breakdown.Breakdown;
import io.cxkit.metrics.breakdown.Dimension;
import io.cxkit.metrics.breakdown.Group;
import io.cxkit.metrics.breakdown.TimeBucket;
import io.cxkit.metrics.breakdown.Trend;
import io.cxkit.metrics.breakdown.TrendPoint;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code metrics} section of {@code cx report}: NPS, CSAT and CES (share and mean) with 95% intervals, the
 * service metrics that are registered (fcr, frt, aht, resolution, churn), the breakdown by channel and by
 * touchpoint, and the month-over-month trend of the survey metrics with significant changes (p &lt; 0.05, each
 * metric's own two-sample test) flagged.
 *
 * <p>JSON: {@code {"overall":{"nps":{value,n,lower,upper,method,clamped},..},"by_channel":[{"key":..,
 * "metrics":..}],"by_touchpoint":[..],"trend":[{"month":..,"metric":..,"value":..,"n":..,"lower":..,"upper":..,
 * "previous":..,"difference":..,"p_value":..,"significant":..}],"no_data":{"metric":"what it needs"}}}. A
 * metric with no observation is left out of {@code overall}, {@code service} and the groups, and named in
 * {@code no_data}.
 */
public final class MetricsSection implements ReportSection {
    static final List<String> SURVEY = List.of("nps", "csat", "csat_mean", "ces", "ces_agree");
    /** The metrics broken down and trended: NPS, CSAT share, CES mean. */
    static final List<String> MAIN = List.of("nps", "csat", "ces");
    static final List<String> SERVICE = List.of("fcr", "frt", "aht", "resolution", "churn");
    static final double CONFIDENCE = 0.95;

    @Override
    public String key() {
        return "metrics";
    }

    @Override
    public String title() {
        return "Metrics";
    }

    @Override
    public Object compute(List<Interaction> interactions) {
        MetricRegistry registry = MetricRegistry.discover();
        MetricOptions options = MetricOptions.defaults();
        List<Metric<?>> survey = create(registry, SURVEY, options);
        List<Metric<?>> service = create(registry, SERVICE, options);
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> overall = new LinkedHashMap<>();
        overall.putAll(groups(survey, List.of(), interactions).get(0).estimates().entrySet().stream()
                .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), EstimateJson.of(e.getValue())), Map::putAll));
        Map<String, Object> serviceJson = new LinkedHashMap<>();
        if (!service.isEmpty()) {
            try {
                groups(service, List.of(), interactions).get(0).estimates()
                        .forEach((k, e) -> serviceJson.put(k, EstimateJson.of(e)));
            } catch (IllegalArgumentException e) {
                serviceJson.put("skipped", e.getMessage());
            }
        }
        List<String> noData = new ArrayList<>();
        dropEmpty(overall, noData);
        dropEmpty(serviceJson, noData);
        out.put("overall", overall);
        out.put("service", serviceJson);
        Map<String, Object> why = new LinkedHashMap<>();
        noData.forEach(name -> why.put(name, MetricCoverage.needs(name, options)));
        out.put("no_data", why);
        List<Metric<?>> main = survey.stream().filter(m -> MAIN.contains(m.name())).toList();
        out.put("by_channel", MetricsCommand.json(groups(main, List.of(Dimension.channel()), interactions),
                java.util.Optional.empty()).get("groups"));
        out.put("by_touchpoint", MetricsCommand.json(groups(main, List.of(Dimension.touchpoint()),
                interactions), java.util.Optional.empty()).get("groups"));
        out.put("trend", trend(main, interactions));
        return out;
    }

    /** Moves the metrics with n 0 out of {@code estimates} into {@code noData}. */
    @SuppressWarnings("unchecked")
    private static void dropEmpty(Map<String, Object> estimates, List<String> noData) {
        estimates.entrySet().removeIf(e -> {
            if (e.getValue() instanceof Map<?, ?> m && Long.valueOf(0).equals(toLong(((Map<String, Object>) m).get("n")))) {
                noData.add(e.getKey());
                return true;
            }
            return false;
        });
    }

    private static Long toLong(Object n) {
        return n instanceof Number x ? x.longValue() : null;
    }

    private static List<Metric<?>> create(MetricRegistry registry, List<String> names, MetricOptions options) {
        List<Metric<?>> out = new ArrayList<>();
        for (String n : names) {
            if (registry.contains(n)) {
                out.add(registry.create(n, options));
            }
        }
        return out;
    }

    private static List<Group> groups(List<Metric<?>> metrics, List<Dimension> dims, List<Interaction> input) {
        Breakdown b = Breakdown.of(metrics, dims);
        for (Interaction i : input) {
            b.add(i);
        }
        // A report leaves out groups with no observation for any metric (a channel with no survey answers);
        // groups with few observations stay, with their n and wide intervals.
        List<Group> g = dims.isEmpty() ? b.groups() : MetricCoverage.applicable(b.groups());
        if (g.isEmpty() && dims.isEmpty()) {
            Map<String, io.cxkit.metrics.Estimate> empty = new LinkedHashMap<>();
            metrics.forEach(m -> empty.put(m.name(), m.newAccumulator().result()));
            return List.of(new Group(Map.of(), empty));
        }
        return g;
    }

    private static List<Object> trend(List<Metric<?>> trended, List<Interaction> input) {
        List<Object> out = new ArrayList<>();
        if (trended.isEmpty()) {
            return out;
        }
        Breakdown b = Breakdown.of(trended, List.of(Dimension.time(TimeBucket.MONTH, ZoneOffset.UTC)));
        for (Interaction i : input) {
            b.add(i);
        }
        for (TrendPoint p : Trend.of(b, "month", CONFIDENCE)) {
            if (p.estimate().n() == 0) {
                continue; // no answers, no figure; the next month is compared with the last one with data
            }
            out.add(EstimateJson.of(p, "month"));
        }
        return out;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void printText(Object computed, PrintWriter out) {
        Map<String, Object> m = (Map<String, Object>) computed;
        TextTable overall = new TextTable(List.of("metric", "value", "n", "95% interval", "method"));
        addRows(overall, (Map<String, Object>) m.get("overall"));
        Map<String, Object> service = (Map<String, Object>) m.get("service");
        if (service.containsKey("skipped")) {
            overall.print(out);
            out.println("service metrics skipped: " + service.get("skipped"));
        } else {
            addRows(overall, service);
            overall.print(out);
        }
        Map<String, Object> noData = (Map<String, Object>) m.getOrDefault("no_data", Map.of());
        noData.forEach((name, why) -> out.println("no data for " + name + ": " + why));
        printGroups(out, "By channel", "channel", (List<Object>) m.get("by_channel"));
        printGroups(out, "By touchpoint", "touchpoint", (List<Object>) m.get("by_touchpoint"));
        out.println();
        out.println("Month over month (* = change significant at p < "
                + String.format(java.util.Locale.ROOT, "%.2f", 1 - CONFIDENCE) + ", p shown; " + EstimateJson.CLAMPED_MARK
                + " = interval clamped):");
        TextTable t = new TextTable(List.of("month", "metric", "value", "n", "95% interval", "change", "p", ""));
        for (Object o : (List<Object>) m.get("trend")) {
            Map<String, Object> p = (Map<String, Object>) o;
            t.add(List.of(String.valueOf(p.get("month")), String.valueOf(p.get("metric")),
                    EstimateJson.number(p.get("value")), String.valueOf(p.get("n")), bounds(p),
                    EstimateJson.number(p.get("difference")), EstimateJson.number(p.get("p_value")),
                    Boolean.TRUE.equals(p.get("significant")) ? "*" : ""));
        }
        t.print(out);
        if (anyClamped(m)) {
            out.println(EstimateJson.CLAMPED_LEGEND);
        }
    }

    @SuppressWarnings("unchecked")
    private static void printGroups(PrintWriter out, String title, String dim, List<Object> groups) {
        out.println();
        out.println(title + ":");
        TextTable t = new TextTable(List.of(dim, "metric", "value", "n", "95% interval", "method"));
        for (Object o : groups) {
            Map<String, Object> g = (Map<String, Object>) o;
            String key = String.valueOf(((Map<String, Object>) g.get("key")).get(dim));
            ((Map<String, Object>) g.get("metrics")).forEach((name, v) -> {
                Map<String, Object> e = (Map<String, Object>) v;
                List<String> row = new ArrayList<>();
                row.add(key);
                row.add(name);
                row.add(EstimateJson.number(e.get("value")));
                row.add(String.valueOf(e.get("n")));
                row.add(bounds(e));
                row.add(String.valueOf(e.get("method")));
                t.add(row);
            });
        }
        t.print(out);
    }

    @SuppressWarnings("unchecked")
    private static void addRows(TextTable t, Map<String, Object> metrics) {
        metrics.forEach((name, v) -> {
            Map<String, Object> e = (Map<String, Object>) v;
            t.add(List.of(name, EstimateJson.number(e.get("value")), String.valueOf(e.get("n")), bounds(e),
                    e.get("period") == null ? String.valueOf(e.get("method"))
                            : e.get("method") + ", month " + e.get("period")));
        });
    }

    /** True if any interval of the section is clamped, so that its text needs the legend. */
    @SuppressWarnings("unchecked")
    private static boolean anyClamped(Object tree) {
        if (tree instanceof Map<?, ?> map) {
            if (Boolean.TRUE.equals(map.get("clamped"))) {
                return true;
            }
            return map.values().stream().anyMatch(MetricsSection::anyClamped);
        }
        if (tree instanceof List<?> list) {
            return list.stream().anyMatch(MetricsSection::anyClamped);
        }
        return false;
    }

    private static String bounds(Map<String, Object> e) {
        if (e.get("lower") == null) {
            return "";
        }
        return "[" + EstimateJson.number(e.get("lower")) + ", " + EstimateJson.number(e.get("upper")) + "]"
                + (Boolean.TRUE.equals(e.get("clamped")) ? EstimateJson.CLAMPED_MARK : "");
    }
}
