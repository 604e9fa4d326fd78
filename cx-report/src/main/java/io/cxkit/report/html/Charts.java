package io.cxkit.report.html;

import static io.cxkit.report.html.Human.esc;
import static io.cxkit.report.html.Human.fmt;

import java.util.List;
import java.util.function.DoubleFunction;

/**
 * The compass page's charts, drawn as inline SVG: every chart has a title, labelled axes with units, and draws
 * intervals as bands or whiskers. Hovering a mark shows its figures (SVG {@code <title>}, no script needed).
 */
final class Charts {
    static final String[] PALETTE = {"#1f6feb", "#d1495b", "#2a9d8f", "#e9a03b", "#7b5ea7", "#6c757d"};
    private static final int W = 640;
    private static final int LEFT = 64;
    private static final int RIGHT = 20;
    private static final int TOP = 14;
    private static final int BOTTOM = 46;

    private Charts() {
    }

    /** Opens a chart: figure, caption, svg with its accessible title. */
    private static StringBuilder open(String id, String title, int width, int height) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<figure class=\"chart\" id=\"").append(esc(id)).append("\"><figcaption>").append(esc(title))
                .append("</figcaption><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"").append(esc(title)).append("\"><title>").append(esc(title))
                .append("</title>");
        return sb;
    }

    private static String close(StringBuilder sb) {
        return sb.append("</svg></figure>").toString();
    }

    private static void text(StringBuilder sb, double x, double y, String anchor, String cls, String s) {
        sb.append(fmt("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" class=\"%s\">", x, y, anchor, cls))
                .append(esc(s)).append("</text>");
    }

    private static void tip(StringBuilder sb, String tip) {
        sb.append("<title>").append(esc(tip)).append("</title>");
    }

    /** A vertical value axis with gridlines and its label, rotated. */
    private static void yAxis(StringBuilder sb, Scale y, double x0, double x1, String label,
            DoubleFunction<String> tick) {
        for (double t : y.ticks()) {
            double py = y.map(t);
            sb.append(fmt("<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" class=\"grid\"/>", x0, x1, py, py));
            text(sb, x0 - 6, py + 4, "end", "tick", tick.apply(t));
        }
        double mid = (y.map(y.d0) + y.map(y.d1)) / 2;
        sb.append(fmt("<text transform=\"translate(14 %.1f) rotate(-90)\" text-anchor=\"middle\" class=\"axis\">",
                mid)).append(esc(label)).append("</text>");
    }

    /** A horizontal value axis with gridlines and its label below. */
    private static void xAxis(StringBuilder sb, Scale x, double y0, double y1, String label,
            DoubleFunction<String> tick) {
        for (double t : x.ticks()) {
            double px = x.map(t);
            sb.append(fmt("<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" class=\"grid\"/>", px, px, y0, y1));
            text(sb, px, y1 + 16, "middle", "tick", tick.apply(t));
        }
        text(sb, (x.map(x.d0) + x.map(x.d1)) / 2, y1 + 36, "middle", "axis", label);
    }

    /**
     * A line over categories (months) with its interval as a band; significant changes are ringed.
     */
    static String trend(String id, String title, List<String> months, double[] v, double[] lo, double[] hi,
            long[] n, boolean[] significant, String yLabel, String unit) {
        int h = 240;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < v.length; i++) {
            for (double d : new double[] {v[i], lo[i], hi[i]}) {
                if (Double.isFinite(d)) {
                    min = Math.min(min, d);
                    max = Math.max(max, d);
                }
            }
        }
        Scale y = Scale.nice(min, max, h - BOTTOM, TOP);
        double step = months.size() > 1 ? (double) (W - LEFT - RIGHT) / (months.size() - 1) : 0;
        DoubleFunction<Double> px = i -> LEFT + (months.size() > 1 ? i * step : (W - LEFT - RIGHT) / 2.0);
        StringBuilder sb = open(id, title, W, h);
        yAxis(sb, y, LEFT, W - RIGHT, yLabel, t -> Human.value(t, unit));
        int every = Math.max(1, (int) Math.ceil(months.size() / 8.0));
        for (int i = 0; i < months.size(); i += every) {
            text(sb, px.apply(i), h - BOTTOM + 16, "middle", "tick", months.get(i));
        }
        text(sb, (LEFT + W - RIGHT) / 2.0, h - 8, "middle", "axis", "month");
        StringBuilder upper = new StringBuilder();
        StringBuilder lower = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            if (Double.isFinite(lo[i]) && Double.isFinite(hi[i])) {
                upper.append(fmt("%.1f,%.1f ", px.apply(i), y.map(hi[i])));
                lower.insert(0, fmt("%.1f,%.1f ", px.apply(i), y.map(lo[i])));
            }
        }
        if (upper.length() > 0) {
            sb.append("<polygon class=\"band\" points=\"").append(upper).append(lower).append("\"/>");
        }
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            if (Double.isFinite(v[i])) {
                line.append(line.length() == 0 ? "M" : "L").append(fmt("%.1f %.1f ", px.apply(i), y.map(v[i])));
            }
        }
        sb.append("<path class=\"line\" d=\"").append(line).append("\"/>");
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                continue;
            }
            sb.append(fmt("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%s\" class=\"%s\">", px.apply(i), y.map(v[i]),
                    significant[i] ? "5" : "3", significant[i] ? "dot sig" : "dot"));
            tip(sb, months.get(i) + ": " + Human.value(v[i], unit) + " [" + Human.value(lo[i], unit) + ", "
                    + Human.value(hi[i], unit) + "], n = " + n[i] + (significant[i] ? ", significant change" : ""));
            sb.append("</circle>");
        }
        return close(sb);
    }

    /** Horizontal bars from zero with interval whiskers, one per category. */
    static String bars(String id, String title, List<String> labels, double[] v, double[] lo, double[] hi,
            List<String> tips, String xLabel, String unit) {
        int rowH = 26;
        int left = 200;
        int h = TOP + rowH * labels.size() + BOTTOM;
        double min = 0;
        double max = 0;
        for (int i = 0; i < v.length; i++) {
            for (double d : new double[] {v[i], lo[i], hi[i]}) {
                if (Double.isFinite(d)) {
                    min = Math.min(min, d);
                    max = Math.max(max, d);
                }
            }
        }
        Scale x = Scale.nice(min, max, left, W - RIGHT);
        StringBuilder sb = open(id, title, W, h);
        xAxis(sb, x, TOP, h - BOTTOM, xLabel, t -> Human.value(t, unit));
        for (int i = 0; i < labels.size(); i++) {
            double y0 = TOP + i * rowH + 4;
            text(sb, left - 8, y0 + 13, "end", "label", shorten(labels.get(i), 32));
            if (!Double.isFinite(v[i])) {
                continue;
            }
            double a = x.map(Math.min(0, v[i]));
            double b = x.map(Math.max(0, v[i]));
            sb.append(fmt("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"18\" class=\"bar\">", a, y0,
                    Math.max(1, b - a)));
            tip(sb, tips.get(i));
            sb.append("</rect>");
            if (Double.isFinite(lo[i]) && Double.isFinite(hi[i])) {
                double cy = y0 + 9;
                sb.append(fmt("<path class=\"whisker\" d=\"M%.1f %.1f H%.1f M%.1f %.1f V%.1f M%.1f %.1f V%.1f\"/>",
                        x.map(lo[i]), cy, x.map(hi[i]), x.map(lo[i]), cy - 5, cy + 5, x.map(hi[i]), cy - 5, cy + 5));
            }
        }
        sb.append(fmt("<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" class=\"zero\"/>", x.map(0), x.map(0), TOP,
                h - BOTTOM));
        return close(sb);
    }

    /** Groups of horizontal bars, one colour per series, with a legend. */
    static String groupedBars(String id, String title, List<String> labels, List<String> series, double[][] values,
            String xLabel) {
        int barH = 9;
        int rowH = barH * series.size() + 10;
        int left = 150;
        int legend = 22;
        int h = TOP + legend + rowH * labels.size() + BOTTOM;
        double max = 0;
        for (double[] row : values) {
            for (double d : row) {
                if (Double.isFinite(d)) {
                    max = Math.max(max, d);
                }
            }
        }
        Scale x = Scale.nice(0, max, left, W - RIGHT);
        StringBuilder sb = open(id, title, W, h);
        for (int s = 0; s < series.size(); s++) {
            double lx = left + s * 110;
            sb.append(fmt("<rect x=\"%.1f\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>", lx, TOP,
                    PALETTE[s % PALETTE.length]));
            text(sb, lx + 16, TOP + 10, "start", "label", series.get(s));
        }
        xAxis(sb, x, TOP + legend, h - BOTTOM, xLabel, Human::number);
        for (int i = 0; i < labels.size(); i++) {
            double y0 = TOP + legend + i * rowH + 5;
            text(sb, left - 8, y0 + rowH / 2.0, "end", "label", labels.get(i));
            for (int s = 0; s < series.size(); s++) {
                double d = values[i][s];
                if (!Double.isFinite(d)) {
                    continue;
                }
                sb.append(fmt("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" fill=\"%s\">", x.map(0),
                        y0 + s * barH, Math.max(1, x.map(d) - x.map(0)), barH - 1, PALETTE[s % PALETTE.length]));
                tip(sb, labels.get(i) + ", " + series.get(s) + ": " + Human.number(d));
                sb.append("</rect>");
            }
        }
        return close(sb);
    }

    /** Vertical bars of a histogram over numeric bins. */
    static String histogram(String id, String title, double[] from, double[] to, long[] counts, String xLabel,
            String yLabel) {
        int h = 240;
        long max = 0;
        for (long c : counts) {
            max = Math.max(max, c);
        }
        Scale x = Scale.exact(from[0], to[to.length - 1], LEFT, W - RIGHT);
        Scale y = Scale.nice(0, max, h - BOTTOM, TOP);
        StringBuilder sb = open(id, title, W, h);
        yAxis(sb, y, LEFT, W - RIGHT, yLabel, Human::count);
        for (int i = 0; i < counts.length; i += Math.max(1, counts.length / 5)) {
            text(sb, x.map(from[i]), h - BOTTOM + 16, "middle", "tick", Human.number(from[i]));
        }
        text(sb, x.map(to[to.length - 1]), h - BOTTOM + 16, "middle", "tick", Human.number(to[to.length - 1]));
        text(sb, (LEFT + W - RIGHT) / 2.0, h - 8, "middle", "axis", xLabel);
        for (int i = 0; i < counts.length; i++) {
            double a = x.map(from[i]);
            double b = x.map(to[i]);
            sb.append(fmt("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" class=\"bar\">", a + 0.5,
                    y.map(counts[i]), Math.max(1, b - a - 1), y.map(0) - y.map(counts[i])));
            tip(sb, Human.number(from[i]) + " to " + Human.number(to[i]) + ": " + counts[i] + " customers");
            sb.append("</rect>");
        }
        return close(sb);
    }

    /** Several lines over a numeric x axis, with a legend. */
    static String lines(String id, String title, double[] xs, List<String> series, double[][] ys, String xLabel,
            String yLabel) {
        int h = 260;
        double max = 0;
        for (double[] s : ys) {
            for (double d : s) {
                if (Double.isFinite(d)) {
                    max = Math.max(max, d);
                }
            }
        }
        Scale x = Scale.nice(xs[0], xs[xs.length - 1], LEFT, W - RIGHT);
        Scale y = Scale.nice(0, max, h - BOTTOM, TOP + 18);
        StringBuilder sb = open(id, title, W, h);
        yAxis(sb, y, LEFT, W - RIGHT, yLabel, Human::number);
        for (double t : x.ticks()) {
            text(sb, x.map(t), h - BOTTOM + 16, "middle", "tick", Human.number(t));
        }
        text(sb, (LEFT + W - RIGHT) / 2.0, h - 8, "middle", "axis", xLabel);
        for (int s = 0; s < series.size(); s++) {
            StringBuilder d = new StringBuilder();
            for (int i = 0; i < xs.length; i++) {
                d.append(i == 0 ? "M" : "L").append(fmt("%.1f %.1f ", x.map(xs[i]), y.map(ys[s][i])));
            }
            sb.append(fmt("<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s>", d,
                    PALETTE[s % PALETTE.length], s == 1 ? " stroke-dasharray=\"6 4\"" : ""));
            tip(sb, series.get(s));
            sb.append("</path>");
            double lx = LEFT + 10 + s * 170;
            sb.append(fmt("<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"%s/>", lx,
                    lx + 22, TOP + 4, TOP + 4, PALETTE[s % PALETTE.length],
                    s == 1 ? " stroke-dasharray=\"6 4\"" : ""));
            text(sb, lx + 28, TOP + 8, "start", "label", series.get(s));
        }
        return close(sb);
    }

    /** A matrix of probabilities as coloured cells, rows bottom-up, with a colour legend. */
    static String heatmap(String id, String title, List<String> rowLabels, List<String> columnLabels,
            double[][] p, String xLabel, String yLabel) {
        int cols = columnLabels.size();
        int rows = rowLabels.size();
        int cell = Math.max(12, Math.min(24, 440 / Math.max(cols, rows)));
        int w = LEFT + cell * cols + 90;
        int h = TOP + cell * rows + BOTTOM;
        StringBuilder sb = open(id, title, w, h);
        for (int r = 0; r < rows; r++) {
            double y0 = TOP + (rows - 1 - r) * cell;
            if (r % Math.max(1, rows / 6) == 0) {
                text(sb, LEFT - 6, y0 + cell / 2.0 + 4, "end", "tick", rowLabels.get(r));
            }
            for (int c = 0; c < cols; c++) {
                double v = p[r][c];
                sb.append(fmt("<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%d\" fill=\"%s\">", LEFT + c * cell, y0,
                        cell, cell, Double.isFinite(v) ? color(v) : "#eeeeee"));
                tip(sb, yLabel + " " + rowLabels.get(r) + ", " + xLabel + " " + columnLabels.get(c) + ": P(alive) "
                        + (Double.isFinite(v) ? fmt("%.2f", v) : "n/a"));
                sb.append("</rect>");
            }
        }
        for (int c = 0; c < cols; c += Math.max(1, cols / 5)) {
            text(sb, LEFT + c * cell + cell / 2.0, h - BOTTOM + 16, "middle", "tick", columnLabels.get(c));
        }
        text(sb, LEFT + cell * cols / 2.0, h - 8, "middle", "axis", xLabel);
        sb.append(fmt("<text transform=\"translate(14 %.1f) rotate(-90)\" text-anchor=\"middle\" class=\"axis\">",
                TOP + cell * rows / 2.0)).append(esc(yLabel)).append("</text>");
        int lx = LEFT + cell * cols + 24;
        for (int i = 0; i <= 10; i++) {
            sb.append(fmt("<rect x=\"%d\" y=\"%.1f\" width=\"14\" height=\"%.1f\" fill=\"%s\"/>", lx,
                    TOP + (10 - i) * (cell * rows / 11.0), cell * rows / 11.0 + 0.5, color(i / 10.0)));
        }
        text(sb, lx + 18, TOP + 10, "start", "tick", "1.0");
        text(sb, lx + 18, TOP + cell * rows, "start", "tick", "0.0");
        return close(sb);
    }

    /**
     * Importance–performance (Martilla &amp; James 1977): one point per driver, importance across with its
     * interval as a whisker, performance up; the cross-hairs at the mean importance and mean performance divide
     * the four quadrants, each named in its corner ("fix first" is bottom right: high importance, low
     * performance).
     */
    static String scatter(String id, String title, List<String> names, double[] x, double[] xlo, double[] xhi,
            double[] y, double crossX, double crossY, String[] quadrants, String xLabel, String xUnit, String yLabel) {
        int h = 300;
        double minX = 0;
        double maxX = crossX;
        double minY = crossY;
        double maxY = crossY;
        for (int i = 0; i < x.length; i++) {
            for (double d : new double[] {x[i], xlo[i], xhi[i]}) {
                if (Double.isFinite(d)) {
                    minX = Math.min(minX, d);
                    maxX = Math.max(maxX, d);
                }
            }
            minY = Math.min(minY, y[i]);
            maxY = Math.max(maxY, y[i]);
        }
        Scale sx = Scale.nice(minX, maxX, LEFT, W - RIGHT);
        Scale sy = Scale.nice(minY - 0.1 * (maxY - minY + 0.1), maxY + 0.1 * (maxY - minY + 0.1), h - BOTTOM, TOP);
        StringBuilder sb = open(id, title, W, h);
        yAxis(sb, sy, LEFT, W - RIGHT, yLabel, Human::number);
        xAxis(sb, sx, TOP, h - BOTTOM, xLabel, t -> Human.value(t, xUnit));
        double cx = sx.map(crossX);
        double cy = sy.map(crossY);
        sb.append(fmt("<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" class=\"cross\"/>", cx, cx, TOP,
                h - BOTTOM));
        sb.append(fmt("<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" class=\"cross\"/>", LEFT, W - RIGHT,
                cy, cy));
        // Quadrant names: top-left, top-right, bottom-left, bottom-right.
        text(sb, LEFT + 6, TOP + 12, "start", "quadrant", quadrants[0]);
        text(sb, W - RIGHT - 6, TOP + 12, "end", "quadrant", quadrants[1]);
        text(sb, LEFT + 6, h - BOTTOM - 6, "start", "quadrant", quadrants[2]);
        text(sb, W - RIGHT - 6, h - BOTTOM - 6, "end", "quadrant fix", quadrants[3]);
        for (int i = 0; i < x.length; i++) {
            double px = sx.map(x[i]);
            double py = sy.map(y[i]);
            if (Double.isFinite(xlo[i]) && Double.isFinite(xhi[i])) {
                sb.append(fmt("<path class=\"whisker\" d=\"M%.1f %.1f H%.1f M%.1f %.1f V%.1f M%.1f %.1f V%.1f\"/>",
                        sx.map(xlo[i]), py, sx.map(xhi[i]), sx.map(xlo[i]), py - 5, py + 5, sx.map(xhi[i]), py - 5,
                        py + 5));
            }
            sb.append(fmt("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" class=\"dot\">", px, py));
            tip(sb, names.get(i) + ": importance " + Human.value(x[i], xUnit) + " [" + Human.value(xlo[i], xUnit)
                    + ", " + Human.value(xhi[i], xUnit) + "], performance " + Human.number(y[i]));
            sb.append("</circle>");
            text(sb, px + 8, py - 6, "start", "label", shorten(names.get(i), 24));
        }
        return close(sb);
    }

    /**
     * Values per period with interval whiskers, a solid line (a model's fit or a series' levels) and optionally
     * a dashed second line drawn from {@code from} on (the counterfactual), with a vertical marker before each
     * index in {@code marks} (an intervention, change points) and a legend.
     */
    static String periods(String id, String title, List<String> labels, double[] v, double[] lo, double[] hi,
            long[] n, double[] line, String lineName, double[] dashed, int from, String dashedName, int[] marks,
            String markName, String xLabel, String yLabel, String unit) {
        int h = 270;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] a : new double[][] {v, lo, hi, line, dashed == null ? new double[0] : dashed}) {
            for (double d : a) {
                if (Double.isFinite(d)) {
                    min = Math.min(min, d);
                    max = Math.max(max, d);
                }
            }
        }
        Scale y = Scale.nice(min, max, h - BOTTOM, TOP + 18);
        int count = labels.size();
        double step = count > 1 ? (double) (W - LEFT - RIGHT) / (count - 1) : 0;
        DoubleFunction<Double> px = i -> LEFT + (count > 1 ? i * step : (W - LEFT - RIGHT) / 2.0);
        StringBuilder sb = open(id, title, W, h);
        yAxis(sb, y, LEFT, W - RIGHT, yLabel, t -> Human.value(t, unit));
        int every = Math.max(1, (int) Math.ceil(count / 7.0));
        for (int i = 0; i < count; i += every) {
            // The last label ends at the plot's edge instead of being cut by it.
            text(sb, px.apply(i), h - BOTTOM + 16, i == count - 1 && count > 1 ? "end" : "middle", "tick",
                    labels.get(i));
        }
        text(sb, (LEFT + W - RIGHT) / 2.0, h - 8, "middle", "axis", xLabel);
        for (int m : marks) {
            double mx = m > 0 ? (px.apply(m - 1) + px.apply(m)) / 2 : px.apply(m);
            sb.append(fmt("<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" class=\"mark\">", mx, mx, TOP + 18,
                    h - BOTTOM));
            tip(sb, markName + " before " + labels.get(m));
            sb.append("</line>");
        }
        for (int i = 0; i < count; i++) {
            if (Double.isFinite(lo[i]) && Double.isFinite(hi[i]) && hi[i] > lo[i]) {
                sb.append(fmt("<path class=\"whisker\" d=\"M%.1f %.1f V%.1f\"/>", px.apply(i), y.map(lo[i]),
                        y.map(hi[i])));
            }
        }
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < count; i++) {
            d.append(i == 0 ? "M" : "L").append(fmt("%.1f %.1f ", px.apply(i), y.map(line[i])));
        }
        sb.append("<path class=\"line\" d=\"").append(d).append("\">");
        tip(sb, lineName);
        sb.append("</path>");
        if (dashed != null && from < count) {
            StringBuilder e = new StringBuilder();
            for (int i = Math.max(0, from - 1); i < count; i++) {
                e.append(e.length() == 0 ? "M" : "L").append(fmt("%.1f %.1f ", px.apply(i), y.map(dashed[i])));
            }
            sb.append("<path class=\"counterfactual\" d=\"").append(e).append("\">");
            tip(sb, dashedName);
            sb.append("</path>");
        }
        for (int i = 0; i < count; i++) {
            sb.append(fmt("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" class=\"dot\">", px.apply(i), y.map(v[i])));
            tip(sb, labels.get(i) + ": " + Human.value(v[i], unit) + " [" + Human.value(lo[i], unit) + ", "
                    + Human.value(hi[i], unit) + "], n = " + n[i]);
            sb.append("</circle>");
        }
        sb.append(fmt("<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" class=\"line\"/>", LEFT + 10, LEFT + 32,
                TOP + 4, TOP + 4));
        text(sb, LEFT + 38, TOP + 8, "start", "label", lineName);
        if (dashed != null && from < count) {
            sb.append(fmt("<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" class=\"counterfactual\"/>", LEFT + 250,
                    LEFT + 272, TOP + 4, TOP + 4));
            text(sb, LEFT + 278, TOP + 8, "start", "label", dashedName);
        }
        return close(sb);
    }

    /** A label cut to {@code max} characters with an ellipsis; the full text is in the mark's tooltip. */
    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** A sequential colour from pale (0) to deep blue (1). */
    static String color(double v) {
        double t = Math.max(0, Math.min(1, v));
        int r = (int) Math.round(247 + (8 - 247) * t);
        int g = (int) Math.round(251 + (69 - 251) * t);
        int b = (int) Math.round(255 + (148 - 255) * t);
        return fmt("#%02x%02x%02x", r, g, b);
    }
}
