package io.cxkit.journey.map;

import io.cxkit.core.output.HumanUnits;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A journey map (directly-follows graph) as text for other tools: Graphviz DOT, as PM4Py's process maps are
 * drawn, and Mermaid flowcharts, which GitHub, GitLab and many wikis render. Nodes are the activities with
 * their occurrences; a start and an end node carry the journeys that start and end at each activity; edges are
 * labelled with their count and median time, and drawn thicker (DOT {@code penwidth}) the more frequent they
 * are. Output is deterministic: the graph's own order of nodes and edges.
 */
public final class MapExport {
    private MapExport() {
    }

    /**
     * The graph in Graphviz DOT ({@code dot -Tsvg map.dot > map.svg}).
     *
     * @param g the graph
     * @return a {@code digraph} document ending in a line break
     */
    public static String dot(DirectlyFollowsGraph g) {
        StringBuilder sb = new StringBuilder(1024);
        sb.append("digraph journey_map {\n  rankdir=LR;\n  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n")
                .append("  edge [fontname=\"Helvetica\", fontsize=10];\n")
                .append("  \"__start__\" [shape=circle, label=\"start\"];\n")
                .append("  \"__end__\" [shape=doublecircle, label=\"end\"];\n");
        for (String a : activities(g)) {
            long n = g.node(a).map(Node::occurrences).orElse(0L);
            sb.append("  ").append(dotId(a)).append(" [label=").append(dotId(a + "\n" + n)).append("];\n");
        }
        long max = Math.max(1, g.edges().stream().mapToLong(Edge::count).max().orElse(1));
        g.start().forEach((a, n) -> sb.append("  \"__start__\" -> ").append(dotId(a)).append(" [label=\"").append(n)
                .append("\", style=dashed];\n"));
        for (Edge e : g.edges()) {
            sb.append("  ").append(dotId(e.from())).append(" -> ").append(dotId(e.to())).append(" [label=")
                    .append(dotId(label(e))).append(String.format(Locale.ROOT, ", penwidth=%.2f", 1 + 4.0
                            * e.count() / max)).append("];\n");
        }
        g.end().forEach((a, n) -> sb.append("  ").append(dotId(a)).append(" -> \"__end__\" [label=\"").append(n)
                .append("\", style=dashed];\n"));
        return sb.append("}\n").toString();
    }

    /**
     * The graph as a Mermaid flowchart (left to right).
     *
     * @param g the graph
     * @return a {@code flowchart LR} document ending in a line break
     */
    public static String mermaid(DirectlyFollowsGraph g) {
        Map<String, String> ids = new HashMap<>();
        StringBuilder sb = new StringBuilder(1024).append("flowchart LR\n  start((start))\n  stop(((end)))\n");
        int i = 0;
        for (String a : activities(g)) {
            String id = "n" + i++;
            ids.put(a, id);
            long n = g.node(a).map(Node::occurrences).orElse(0L);
            sb.append("  ").append(id).append("[\"").append(mermaidText(a)).append(" (").append(n).append(")\"]\n");
        }
        g.start().forEach((a, n) -> sb.append("  start -.->|").append(n).append("| ").append(ids.get(a))
                .append('\n'));
        for (Edge e : g.edges()) {
            sb.append("  ").append(ids.get(e.from())).append(" -->|\"").append(mermaidText(label(e))).append("\"| ")
                    .append(ids.get(e.to())).append('\n');
        }
        g.end().forEach((a, n) -> sb.append("  ").append(ids.get(a)).append(" -.->|").append(n).append("| stop\n"));
        return sb.toString();
    }

    /** Every activity that is a node or an edge end, in the graph's node order. */
    private static Set<String> activities(DirectlyFollowsGraph g) {
        Set<String> out = new LinkedHashSet<>();
        g.nodes().forEach(n -> out.add(n.activity()));
        g.edges().forEach(e -> {
            out.add(e.from());
            out.add(e.to());
        });
        out.addAll(g.start().keySet());
        out.addAll(g.end().keySet());
        return out;
    }

    private static String label(Edge e) {
        return e.count() + " · median " + HumanUnits.duration(e.timing().medianSeconds());
    }

    /** A DOT quoted id: backslashes and quotes escaped, line breaks as DOT's centred {@code \n}. */
    static String dotId(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> { }
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    /** Text inside a Mermaid quoted label: quotes and the characters Mermaid parses as entity codes. */
    static String mermaidText(String s) {
        return s.replace("#", "#35;").replace("\"", "#quot;").replace("|", "#124;").replace("<", "#lt;")
                .replace(">", "#gt;").replace("\n", " ");
    }
}
