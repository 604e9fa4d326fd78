package io.cxkit.cli.journey;

import io.cxkit.cli.OutputFormat;
import io.cxkit.cli.UsageException;
import io.cxkit.core.output.CsvOutput;
import io.cxkit.core.output.JsonOutput;
import io.cxkit.core.output.Schema;
import io.cxkit.journey.DurationStats;
import io.cxkit.journey.map.DirectlyFollowsGraph;
import io.cxkit.journey.map.Edge;
import io.cxkit.journey.map.MapExport;
import io.cxkit.journey.map.Node;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cx journeys map}: the directly-follows graph with start and end counts and the time on each edge.
 * Written through the one writer. JSON: {@code {"schema_version":1,"cases":N,"events":N,"start":{activity:count},"end":{activity:count},"edges":[{"from":..,
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
            case JSON -> JsonOutput.write(g, schema(nodes), out);
            case CSV -> CsvOutput.writeAll(EDGE, g.edges(), out);
            default -> text(out, in.source(), g);
        }
    }

    /**
     * One edge as the map writes it, flat: {@code from}, {@code to}, {@code count}, then the edge's
     * {@link DurationStats} in seconds without its {@code n} (which is the count).
     */
    static final Schema<Edge> EDGE = Schema.builder(Edge.class)
            .text("from", Edge::from)
            .text("to", Edge::to)
            .integer("count", Edge::count)
            .number("mean_seconds", e -> e.timing().meanSeconds())
            .number("median_seconds", e -> e.timing().medianSeconds())
            .number("p90_seconds", e -> e.timing().p90Seconds())
            .number("min_seconds", e -> e.timing().minSeconds())
            .number("max_seconds", e -> e.timing().maxSeconds())
            .number("stdev_seconds", e -> e.timing().stdevSeconds())
            .build();

    /**
     * The map's JSON document: cases, events, start and end counts, the flat edges, and with {@code --nodes} each
     * {@link Node}'s own fields.
     *
     * @param withNodes whether to list the nodes
     * @return the schema
     */
    static Schema<DirectlyFollowsGraph> schema(boolean withNodes) {
        Schema.Builder<DirectlyFollowsGraph> b = Schema.builder(DirectlyFollowsGraph.class)
                .integer("cases", DirectlyFollowsGraph::cases)
                .integer("events", DirectlyFollowsGraph::events)
                .value("start", DirectlyFollowsGraph::start)
                .value("end", DirectlyFollowsGraph::end)
                .rows("edges", DirectlyFollowsGraph::edges, EDGE);
        if (withNodes) {
            b.rows("nodes", DirectlyFollowsGraph::nodes, Schema.of(Node.class));
        }
        return b.build();
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
