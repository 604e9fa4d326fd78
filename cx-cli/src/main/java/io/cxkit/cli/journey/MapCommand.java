package io.cxkit.cli.journey;

import io.cxkit.cli.Output;
import io.cxkit.cli.OutputFormat;
import io.cxkit.cli.UsageException;
import io.cxkit.journey.DurationStats;
import io.cxkit.journey.map.DirectlyFollowsGraph;
import io.cxkit.journey.map.Edge;
import io.cxkit.journey.map.MapExport;
import io.cxkit.journey.map.Node;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cx journeys map}: the directly-follows graph with start and end counts and the time on each edge.
 * JSON: {@code {"cases":N,"events":N,"start":{activity:count},"end":{activity:count},"edges":[{"from":..,
 * "to":..,"count":N,"mean_seconds":..,"median_seconds":..,"p90_seconds":..,"min_seconds":..,"max_seconds":..,
 * "stdev_seconds":..}]}}, plus {@code "nodes"} with {@code --nodes}. {@code --format dot} writes Graphviz DOT and
 * {@code --format mermaid} a Mermaid flowchart ({@link MapExport}).
 */
@Command(name = "map", mixinStandardHelpOptions = true,
        description = "The journey map: directly-follows graph with edge counts and times, start and end counts.")
public final class MapCommand extends FormattedCommand {
    @Mixin
    JourneyInput input;

    @Mixin
    JourneyFilterOptions filter;

    @Option(names = "--min-edge-count", paramLabel = "N", defaultValue = "1",
            description = "Keep only edges seen at least N times (default: ${DEFAULT-VALUE}).")
    long minEdgeCount;

    @Option(names = "--nodes",
            description = "Also list the nodes: occurrences, starts, ends, end share, mean NPS, CSAT (1..5) and CES.")
    boolean nodes;

    @Override
    protected OutputFormat[] offeredFormats() {
        return new OutputFormat[] {OutputFormat.TEXT, OutputFormat.JSON, OutputFormat.CSV, OutputFormat.DOT,
            OutputFormat.MERMAID};
    }

    @Override
    public void run() {
        if (minEdgeCount < 1) {
            throw new UsageException("--min-edge-count must be at least 1, was " + minEdgeCount);
        }
        PrintWriter out = out();
        JourneyInput.JourneyLog in = input.journeyLog(err(), filter);
        DirectlyFollowsGraph g = DirectlyFollowsGraph.of(in.log())
                .withMinEdgeCount(minEdgeCount);
        switch (format) {
            case DOT -> {
                out.print(MapExport.dot(g));
                out.flush();
            }
            case MERMAID -> {
                out.print(MapExport.mermaid(g));
                out.flush();
            }
            case JSON -> Output.json(out, json(g, nodes));
            case CSV -> {
                List<List<?>> rows = new ArrayList<>();
                for (Edge e : g.edges()) {
                    DurationStats t = e.timing();
                    rows.add(List.of(e.from(), e.to(), e.count(), t.meanSeconds(), t.medianSeconds(), t.p90Seconds(),
                            t.minSeconds(), t.maxSeconds(), t.stdevSeconds()));
                }
                Output.csv(out, List.of("from", "to", "count", "mean_seconds", "median_seconds", "p90_seconds",
                        "min_seconds", "max_seconds", "stdev_seconds"), rows);
            }
            default -> text(out, in.source(), g);
        }
    }

    /** The JSON tree of the map shape, with nodes if asked. */
    static Map<String, Object> json(DirectlyFollowsGraph g, boolean withNodes) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("cases", g.cases());
        root.put("events", g.events());
        root.put("start", g.start());
        root.put("end", g.end());
        List<Object> edges = new ArrayList<>();
        for (Edge e : g.edges()) {
            Map<String, Object> m = new LinkedHashMap<>();
            DurationStats t = e.timing();
            m.put("from", e.from());
            m.put("to", e.to());
            m.put("count", e.count());
            m.put("mean_seconds", t.meanSeconds());
            m.put("median_seconds", t.medianSeconds());
            m.put("p90_seconds", t.p90Seconds());
            m.put("min_seconds", t.minSeconds());
            m.put("max_seconds", t.maxSeconds());
            m.put("stdev_seconds", t.stdevSeconds());
            edges.add(m);
        }
        root.put("edges", edges);
        if (withNodes) {
            List<Object> nodes = new ArrayList<>();
            for (Node n : g.nodes()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("activity", n.activity());
                m.put("occurrences", n.occurrences());
                m.put("starts", n.starts());
                m.put("ends", n.ends());
                m.put("end_share", n.endShare());
                m.put("mean_nps", Format.json(n.meanNps()));
                m.put("mean_csat", Format.json(n.meanCsat()));
                m.put("mean_ces", Format.json(n.meanCes()));
                nodes.add(m);
            }
            root.put("nodes", nodes);
        }
        return root;
    }

    private static void text(PrintWriter out, String source, DirectlyFollowsGraph g) {
        out.println(source + ": " + g.cases() + " journeys, " + g.events() + " events, " + g.nodes().size()
                + " activities, " + g.edges().size() + " edges");
        out.println();
        Table nodes = new Table("activity", "events", "starts", "ends", "end share", "NPS", "CSAT", "CES");
        for (Node n : g.nodes()) {
            nodes.row(n.activity(), n.occurrences(), n.starts(), n.ends(), Format.percent(n.endShare()),
                    Format.seconds(n.meanNps()), Format.seconds(n.meanCsat()), Format.seconds(n.meanCes()));
        }
        nodes.print(out);
        out.println();
        Table edges = new Table("from", "to", "count", "mean s", "median s", "p90 s", "min s", "max s", "stdev s");
        for (Edge e : g.edges()) {
            DurationStats t = e.timing();
            edges.row(e.from(), e.to(), e.count(), t.meanSeconds(), t.medianSeconds(), t.p90Seconds(),
                    t.minSeconds(), t.maxSeconds(), t.stdevSeconds());
        }
        edges.print(out);
    }
}
