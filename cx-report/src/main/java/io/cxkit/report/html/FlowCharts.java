package io.cxkit.report.html;

import static io.cxkit.report.html.Human.esc;
import static io.cxkit.report.html.Human.fmt;

import io.cxkit.journey.funnel.FunnelStepResult;
import io.cxkit.journey.map.Edge;
import io.cxkit.journey.map.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The funnel and the journey map, drawn as inline SVG. */
final class FlowCharts {
    private FlowCharts() {
    }

    /** The funnel: one bar per step, the customers lost since the previous step shaded behind it. */
    static String funnel(String id, String title, List<FunnelStepResult> steps) {
        int w = 640;
        int left = 150;
        int right = 190;
        int rowH = 34;
        int top = 10;
        int bottom = 46;
        int h = top + rowH * steps.size() + bottom;
        long max = Math.max(1, steps.get(0).count());
        Scale x = Scale.nice(0, max, left, w - right);
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<figure class=\"chart\" id=\"").append(esc(id)).append("\"><figcaption>").append(esc(title))
                .append("</figcaption><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(w).append(' ')
                .append(h).append("\" width=\"").append(w).append("\" height=\"").append(h)
                .append("\" role=\"img\" aria-label=\"").append(esc(title)).append("\"><title>").append(esc(title))
                .append("</title>");
        for (double t : x.ticks()) {
            double px = x.map(t);
            sb.append(fmt("<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" class=\"grid\"/>", px, px, top,
                    h - bottom));
            sb.append(fmt("<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" class=\"tick\">%s</text>", px,
                    h - bottom + 16, esc(Human.count(t))));
        }
        sb.append(fmt("<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" class=\"axis\">customers (cases)</text>",
                (left + w - right) / 2.0, h - 8));
        for (int i = 0; i < steps.size(); i++) {
            FunnelStepResult s = steps.get(i);
            double y0 = top + i * rowH + 6;
            sb.append(fmt("<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" class=\"label\">%s</text>", left - 8,
                    y0 + 15, esc(s.name())));
            if (i > 0 && s.dropOff() > 0) {
                sb.append(fmt("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"22\" class=\"drop\">",
                        x.map(s.count()), y0, x.map(steps.get(i - 1).count()) - x.map(s.count())));
                sb.append("<title>").append(esc(Human.count(s.dropOff()) + " dropped after " + steps.get(i - 1).name()))
                        .append("</title></rect>");
            }
            sb.append(fmt("<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"22\" class=\"bar\">", left, y0,
                    Math.max(1, x.map(s.count()) - left)));
            sb.append("<title>").append(esc(s.name() + ": " + Human.count(s.count()) + " customers, "
                    + fmt("%.1f%%", 100 * s.conversionFromStart()) + " of the first step"
                    + s.medianConversionSeconds().stream().mapToObj(m -> ", median time from start "
                    + Human.duration(m)).findFirst().orElse(""))).append("</title></rect>");
            String note = i == 0 ? Human.count(s.count())
                    : Human.count(s.count()) + fmt(" · %.0f%% of start · −%s (%.0f%%)", 100 * s.conversionFromStart(),
                    Human.count(s.dropOff()), 100 * (1 - s.conversionFromPrevious()));
            sb.append(fmt("<text x=\"%d\" y=\"%.1f\" class=\"label\">%s</text>", w - right + 6, y0 + 15, esc(note)));
        }
        return sb.append("</svg></figure>").toString();
    }

    /**
     * The journey map as a directed graph: touchpoints in layers by their shortest distance from a journey start
     * along the drawn edges, edges as curves whose width grows with their count, labelled with count and median
     * time.
     */
    static String journeyMap(String id, String title, List<Node> nodes, List<Edge> edges) {
        Set<String> used = new LinkedHashSet<>();
        for (Edge e : edges) {
            used.add(e.from());
            used.add(e.to());
        }
        Map<String, Node> byName = new HashMap<>();
        for (Node n : nodes) {
            byName.put(n.activity(), n);
        }
        Map<String, Integer> layer = layers(nodes, edges, used);
        int layers = layer.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        Map<Integer, List<String>> columns = new HashMap<>();
        for (String a : used) {
            columns.computeIfAbsent(layer.get(a), k -> new ArrayList<>()).add(a);
        }
        columns.values().forEach(c -> c.sort(Comparator.comparingLong(
                (String a) -> byName.containsKey(a) ? -byName.get(a).occurrences() : 0).thenComparing(a -> a)));
        int tallest = columns.values().stream().mapToInt(List::size).max().orElse(1);
        int nodeW = 124;
        int nodeH = 34;
        int colW = 190;
        int rowH = 78;
        int w = Math.max(640, 40 + layers * colW);
        int h = 60 + tallest * rowH;
        Map<String, double[]> pos = new HashMap<>();
        for (Map.Entry<Integer, List<String>> c : columns.entrySet()) {
            List<String> col = c.getValue();
            double offset = (h - col.size() * rowH) / 2.0;
            for (int i = 0; i < col.size(); i++) {
                pos.put(col.get(i), new double[] {30 + c.getKey() * colW, offset + i * rowH + (rowH - nodeH) / 2.0});
            }
        }
        long maxCount = edges.stream().mapToLong(Edge::count).max().orElse(1);
        StringBuilder sb = new StringBuilder(8192);
        String marker = id + "-arrow";
        sb.append("<figure class=\"chart\" id=\"").append(esc(id)).append("\"><figcaption>").append(esc(title))
                .append("</figcaption><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(w).append(' ')
                .append(h).append("\" width=\"").append(w).append("\" height=\"").append(h)
                .append("\" style=\"max-width:").append(w).append("px\" role=\"img\" aria-label=\"").append(esc(title))
                .append("\"><title>").append(esc(title)).append("</title><defs><marker id=\"").append(esc(marker))
                .append("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"9\" markerHeight=\"9\" markerUnits=\"userSpaceOnUse\" "
                        + "orient=\"auto-start-reverse\"><path d=\"M0 0 L10 5 L0 10 z\" class=\"arrowhead\"/>"
                        + "</marker></defs>");
        int labelled = 0;
        for (Edge e : edges) {
            double[] a = pos.get(e.from());
            double[] b = pos.get(e.to());
            double width = 1 + 4.0 * e.count() / maxCount;
            String d;
            double lx;
            double ly;
            if (e.from().equals(e.to())) {
                d = fmt("M%.1f %.1f C%.1f %.1f %.1f %.1f %.1f %.1f", a[0] + nodeW * 0.35, a[1], a[0] + nodeW * 0.35,
                        a[1] - 34, a[0] + nodeW * 0.65, a[1] - 34, a[0] + nodeW * 0.65, a[1]);
                lx = a[0] + nodeW / 2.0;
                ly = a[1] - 30;
            } else if (layer.get(e.to()) > layer.get(e.from())) {
                double x1 = a[0] + nodeW;
                double y1 = a[1] + nodeH / 2.0;
                double x2 = b[0];
                double y2 = b[1] + nodeH / 2.0;
                double dx = (x2 - x1) / 2;
                d = fmt("M%.1f %.1f C%.1f %.1f %.1f %.1f %.1f %.1f", x1, y1, x1 + dx, y1, x2 - dx, y2, x2, y2);
                lx = (x1 + x2) / 2;
                ly = (y1 + y2) / 2 - 4;
            } else {
                double x1 = a[0] + nodeW / 2.0;
                double y1 = a[1] + nodeH;
                double x2 = b[0] + nodeW / 2.0 + 10;
                double y2 = b[1] + nodeH;
                double sag = 30 + 12 * Math.abs(layer.get(e.from()) - layer.get(e.to()));
                d = fmt("M%.1f %.1f C%.1f %.1f %.1f %.1f %.1f %.1f", x1, y1, x1, y1 + sag, x2, y2 + sag, x2, y2);
                lx = (x1 + x2) / 2;
                ly = Math.max(y1, y2) + sag * 0.75;
            }
            sb.append(fmt("<path d=\"%s\" class=\"edge\" stroke-width=\"%.1f\" marker-end=\"url(#%s)\">", d, width,
                    esc(marker)));
            sb.append("<title>").append(esc(e.from() + " → " + e.to() + ": " + Human.count(e.count())
                    + " times, median " + Human.duration(e.timing().medianSeconds()) + ", p90 "
                    + Human.duration(e.timing().p90Seconds()))).append("</title></path>");
            if (labelled++ < 10) {
                sb.append(fmt("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" class=\"edgelabel\">%s</text>", lx,
                        ly, esc(Human.count(e.count()) + " · " + Human.duration(e.timing().medianSeconds()))));
            }
        }
        for (String a : used) {
            double[] p = pos.get(a);
            Node n = byName.get(a);
            sb.append(fmt("<g class=\"node\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%d\" rx=\"6\"/>",
                    p[0], p[1], nodeW, nodeH));
            sb.append(fmt("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>", p[0] + nodeW / 2.0,
                    p[1] + 21, esc(a.length() > 18 ? a.substring(0, 17) + "…" : a)));
            if (n != null) {
                sb.append("<title>").append(esc(a + ": " + Human.count(n.occurrences()) + " visits, starts "
                        + Human.count(n.starts()) + ", ends " + Human.count(n.ends()))).append("</title>");
            }
            sb.append("</g>");
        }
        return sb.append("</svg></figure>").toString();
    }

    /** Shortest distance (in drawn edges) from the start touchpoints; unreachable ones go in the first layer. */
    private static Map<String, Integer> layers(List<Node> nodes, List<Edge> edges, Set<String> used) {
        Map<String, List<String>> next = new HashMap<>();
        for (Edge e : edges) {
            next.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e.to());
        }
        Map<String, Integer> layer = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        nodes.stream().filter(n -> n.starts() > 0 && used.contains(n.activity()))
                .sorted(Comparator.comparingLong(Node::starts).reversed())
                .limit(1).forEach(n -> {
                    layer.put(n.activity(), 0);
                    queue.add(n.activity());
                });
        while (true) {
            while (!queue.isEmpty()) {
                String a = queue.poll();
                for (String b : next.getOrDefault(a, List.of())) {
                    if (!layer.containsKey(b)) {
                        layer.put(b, layer.get(a) + 1);
                        queue.add(b);
                    }
                }
            }
            // A part of the map the main start does not reach is laid out from its own most frequent node.
            String rest = used.stream().filter(a -> !layer.containsKey(a)).findFirst().orElse(null);
            if (rest == null) {
                return layer;
            }
            layer.put(rest, 0);
            queue.add(rest);
        }
    }
}
