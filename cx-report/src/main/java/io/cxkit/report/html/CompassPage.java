package io.cxkit.report.html;

import static io.cxkit.report.html.Human.esc;
import static io.cxkit.report.html.Human.fmt;

import io.cxkit.core.output.TextOutput;
import io.cxkit.journey.funnel.FunnelStepResult;
import io.cxkit.journey.map.Variant;
import io.cxkit.journey.scoring.AtRiskAlert;
import io.cxkit.journey.scoring.AtRiskReason;
import io.cxkit.journey.drivers.NegativityRatio;
import io.cxkit.journey.scoring.PainPoint;
import io.cxkit.metrics.drivers.DriverImportance;
import io.cxkit.metrics.drivers.ImportancePerformance;
import io.cxkit.metrics.drivers.KeyDriverResult;
import io.cxkit.report.AtRisk;
import io.cxkit.report.AttributionSection;
import io.cxkit.report.ClvSection;
import io.cxkit.report.ChangeSection;
import io.cxkit.report.DriversSection;
import io.cxkit.report.Experience;
import io.cxkit.report.Figure;
import io.cxkit.report.FunnelSection;
import io.cxkit.report.Journeys;
import io.cxkit.report.Overview;
import io.cxkit.report.Report;
import io.cxkit.report.Section;
import io.cxkit.report.SegmentsSection;
import io.cxkit.report.ServiceMetrics;
import io.cxkit.report.SurveyMetrics;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a {@link Report} as the CX compass: one self-contained HTML page (inline CSS and SVG; no script, no
 * network, no external font) that opens offline in any browser and prints on A4/Letter. It shows the headline
 * figures with intervals and their latest month-over-month change and significance, the NPS/CSAT/CES trends with
 * interval bands, the breakdown by channel with whiskers, the journey map as a directed graph, the funnel with
 * its drop-off, the top variants, ranked pain points, the at-risk list, heuristic and Markov attribution side by
 * side, and for CLV the distribution, the P(alive) matrix and the tracking of actual against expected repeat
 * transactions. NPS is in points, shares in percent and durations in human units. A skipped section shows its
 * reason; a section added by a user is shown as text.
 *
 * <p>Every chart is a {@code <figure class="chart">} holding one {@code <svg>}, with a caption, axis labels with
 * units, and figures on hover.
 */
public final class CompassPage {
    private CompassPage() {
    }

    /**
     * Writes the page.
     *
     * @param report the computed report
     * @param out where to write; flushed, not closed
     * @throws UncheckedIOException if writing fails
     */
    public static void write(Report report, Writer out) {
        try {
            out.write(render(report));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The page as a string.
     *
     * @param report the computed report
     * @return the whole HTML document
     */
    public static String render(Report report) {
        StringBuilder sb = new StringBuilder(1 << 17);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>CX compass</title><style>").append(CSS).append("</style></head><body>\n");
        sb.append("<header><h1>CX compass</h1>");
        report.content(Overview.class).ifPresent(o -> sb.append("<p class=\"sub\">").append(esc(subtitle(o)))
                .append("</p>"));
        sb.append("</header>\n<main>\n");
        for (Section<?> s : report.sections().values()) {
            sb.append("<section id=\"").append(esc(s.key())).append("\"><h2>").append(esc(s.title())).append("</h2>");
            if (s.skipped().isPresent()) {
                sb.append("<p class=\"skipped\">Not shown: ").append(esc(s.skipped().get())).append("</p>");
            } else {
                sb.append(body(s.content().get()));
            }
            sb.append("</section>\n");
        }
        sb.append("</main><footer>Made by cxkit. Intervals are ")
                .append(report.content(SurveyMetrics.class).map(m -> fmt("%.0f%%", 100 * m.confidence())).orElse("95%"))
                .append(" confidence intervals; hover a mark for its figures.</footer>\n</body></html>\n");
        return sb.toString();
    }

    private static String subtitle(Overview o) {
        return Human.count(o.interactions()) + " interactions, " + Human.count(o.customers()) + " customers"
                + o.from().map(f -> ", " + f.toString().substring(0, 10)).orElse("")
                + o.to().map(t -> " to " + t.toString().substring(0, 10)).orElse("");
    }

    private static String body(Object content) {
        if (content instanceof Overview o) {
            return overview(o);
        } else if (content instanceof SurveyMetrics m) {
            return survey(m);
        } else if (content instanceof ServiceMetrics m) {
            return service(m);
        } else if (content instanceof Journeys j) {
            return journeys(j);
        } else if (content instanceof FunnelSection f) {
            return funnel(f);
        } else if (content instanceof Experience e) {
            return experience(e);
        } else if (content instanceof AtRisk a) {
            return atRisk(a);
        } else if (content instanceof AttributionSection a) {
            return attribution(a);
        } else if (content instanceof ClvSection c) {
            return clv(c);
        } else if (content instanceof SegmentsSection s) {
            return segments(s);
        } else if (content instanceof DriversSection d) {
            return drivers(d);
        } else if (content instanceof ChangeSection c) {
            return change(c);
        } else if (content instanceof Record r) {
            StringWriter w = new StringWriter();
            TextOutput.write(r, w);
            return "<pre>" + esc(w.toString()) + "</pre>";
        }
        return "<pre>" + esc(String.valueOf(content)) + "</pre>";
    }

    private static String overview(Overview o) {
        StringBuilder sb = new StringBuilder("<div class=\"cards\">");
        card(sb, "Interactions", Human.count(o.interactions()), "");
        card(sb, "Customers", Human.count(o.customers()), "");
        card(sb, "Survey answers", Human.count(o.feedback().nps() + o.feedback().csat() + o.feedback().ces()),
                fmt("NPS %s · CSAT %s · CES %s", Human.count(o.feedback().nps()), Human.count(o.feedback().csat()),
                        Human.count(o.feedback().ces())));
        long rejected = o.read().stream().mapToLong(r -> r.rejected()).sum();
        long read = o.read().stream().mapToLong(r -> r.read()).sum();
        if (!o.read().isEmpty()) {
            card(sb, "Records read", Human.count(read), Human.count(rejected) + " rejected");
        }
        sb.append("</div>");
        List<String> labels = new ArrayList<>();
        List<String> tips = new ArrayList<>();
        double[] v = new double[o.byChannel().size()];
        for (int i = 0; i < v.length; i++) {
            Overview.Count c = o.byChannel().get(i);
            labels.add(c.name());
            v[i] = 100 * c.share();
            tips.add(c.name() + ": " + Human.count(c.count()) + " interactions (" + fmt("%.1f%%", v[i]) + ")");
        }
        double[] none = nan(v.length);
        sb.append(Charts.bars("chart-channels-volume", "Interactions by channel", labels, v, none, none, tips,
                "share of interactions (%)", "%"));
        return sb.toString();
    }

    private static void card(StringBuilder sb, String title, String value, String note) {
        sb.append("<div class=\"card\"><div class=\"k\">").append(esc(title)).append("</div><div class=\"v\">")
                .append(esc(value)).append("</div><div class=\"n\">").append(esc(note)).append("</div></div>");
    }

    private static String label(String metric) {
        return switch (metric) {
            case "nps" -> "NPS";
            case "csat" -> "CSAT (share satisfied)";
            case "csat_mean" -> "CSAT mean";
            case "ces" -> "CES (mean effort)";
            case "ces_agree" -> "CES agree share";
            case "fcr" -> "First contact resolution";
            case "frt" -> "First response time";
            case "aht" -> "Average handle time";
            case "resolution" -> "Resolution time";
            case "churn" -> "Churn";
            default -> metric;
        };
    }

    private static String axis(Figure f) {
        return label(f.metric()) + " (" + switch (f.unit()) {
            case "points" -> "points, −100 to 100";
            case "%" -> "%";
            case "s" -> "time";
            default -> "scale score";
        } + ")";
    }

    private static String interval(Figure f) {
        return f.hasInterval() ? "[" + Human.value(f.lower(), f.unit()) + ", " + Human.value(f.upper(), f.unit())
                + "]" : "no interval";
    }

    private static String survey(SurveyMetrics m) {
        StringBuilder sb = new StringBuilder("<div class=\"cards\">");
        for (SurveyMetrics.Headline h : m.headlines()) {
            Figure f = h.overall();
            String change = h.latest().map(t -> t.previousMonth().isEmpty()
                    ? t.month() + ": no earlier month to compare"
                    : !Double.isFinite(t.change()) ? t.month() + " vs " + t.previousMonth().get()
                    + ": too few answers to compare"
                    : t.month() + " vs " + t.previousMonth().get() + ": " + Human.change(t.change(), f.unit())
                    + (Double.isFinite(t.pValue()) ? ", p " + Human.p(t.pValue()) : "")
                    + (t.significant() ? " (significant)" : " (not significant)")).orElse("no monthly data");
            sb.append("<div class=\"card\"><div class=\"k\">").append(esc(label(f.metric()))).append("</div>")
                    .append("<div class=\"v\">").append(esc(Human.value(f.value(), f.unit())))
                    .append(f.unit().equals("points") ? "<small> pts</small>" : "").append("</div><div class=\"n\">")
                    .append(esc(interval(f) + ", n = " + Human.count(f.n()))).append("</div><div class=\"n")
                    .append(h.latest().map(t -> t.significant() ? " sig" : "").orElse("")).append("\">")
                    .append(esc(change)).append("</div></div>");
        }
        sb.append("</div><div class=\"grid\">");
        for (String metric : List.of("nps", "csat", "ces")) {
            List<SurveyMetrics.TrendFigure> t = m.trend().stream().filter(x -> x.figure().metric().equals(metric))
                    .toList();
            if (t.isEmpty()) {
                continue;
            }
            int k = t.size();
            double[] v = new double[k];
            double[] lo = new double[k];
            double[] hi = new double[k];
            long[] n = new long[k];
            boolean[] sig = new boolean[k];
            for (int i = 0; i < k; i++) {
                Figure f = t.get(i).figure();
                v[i] = f.value();
                lo[i] = f.lower();
                hi[i] = f.upper();
                n[i] = f.n();
                sig[i] = t.get(i).significant();
            }
            Figure first = t.get(0).figure();
            sb.append(Charts.trend("chart-trend-" + metric, label(metric) + " by month, with "
                    + fmt("%.0f%%", 100 * m.confidence()) + " interval band", t.stream().map(
                            SurveyMetrics.TrendFigure::month).toList(), v, lo, hi, n, sig, axis(first), first.unit()));
        }
        for (String metric : List.of("nps", "csat")) {
            List<SurveyMetrics.GroupFigure> g = m.byChannel().stream()
                    .filter(x -> x.figure().metric().equals(metric) && x.figure().n() > 0).toList();
            if (g.isEmpty()) {
                continue;
            }
            sb.append(Charts.bars("chart-channel-" + metric, label(metric) + " by channel, with "
                    + fmt("%.0f%%", 100 * m.confidence()) + " intervals", g.stream().map(
                    SurveyMetrics.GroupFigure::group).toList(), g.stream().mapToDouble(x -> x.figure().value())
                    .toArray(), g.stream().mapToDouble(x -> x.figure().lower()).toArray(), g.stream().mapToDouble(
                    x -> x.figure().upper()).toArray(), g.stream().map(x -> x.group() + ": " + Human.value(
                    x.figure().value(), x.figure().unit()) + " " + interval(x.figure()) + ", n = " + x.figure().n())
                    .toList(), axis(g.get(0).figure()), g.get(0).figure().unit()));
        }
        sb.append("</div>");
        return sb.toString();
    }

    private static String service(ServiceMetrics m) {
        StringBuilder sb = new StringBuilder("<table><thead><tr><th>metric</th><th class=\"r\">value</th>"
                + "<th class=\"r\">interval</th><th class=\"r\">n</th><th>method</th></tr></thead><tbody>");
        for (Figure f : m.figures()) {
            sb.append("<tr><td>").append(esc(label(f.metric()))).append("</td><td class=\"r\">")
                    .append(esc(Human.value(f.value(), f.unit()))).append("</td><td class=\"r\">")
                    .append(esc(interval(f))).append("</td><td class=\"r\">").append(esc(Human.count(f.n())))
                    .append("</td><td>").append(esc(f.method())).append("</td></tr>");
        }
        return sb.append("</tbody></table>").toString();
    }

    private static String journeys(Journeys j) {
        StringBuilder sb = new StringBuilder();
        sb.append("<p>").append(esc(Human.count(j.journeys()) + " journeys, " + Human.count(j.events())
                + " interactions, " + Human.count(j.variantCount()) + " distinct variants. The map shows the "
                + j.edges().size() + " most frequent of " + j.edgeCount() + " transitions; labels give count and "
                + "median time.")).append("</p>");
        sb.append(FlowCharts.journeyMap("chart-journey-map", "Journey map: most frequent transitions between "
                + "touchpoints", j.nodes(), j.edges()));
        List<Variant> v = j.topVariants();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            labels.add("#" + (i + 1) + " (" + v.get(i).activities().size() + " steps)");
        }
        double[] share = v.stream().mapToDouble(x -> 100 * x.share()).toArray();
        sb.append(Charts.bars("chart-variants", "Top journey variants by share of journeys", labels, share,
                nan(share.length), nan(share.length), v.stream().map(x -> String.join(" → ", x.activities()) + ": "
                        + Human.count(x.count()) + " journeys").toList(), "share of journeys (%)", "%"));
        sb.append("<ol class=\"variants\">");
        for (Variant x : v) {
            sb.append("<li>").append(esc(String.join(" → ", x.activities()))).append(" <span class=\"n\">")
                    .append(esc(Human.count(x.count()) + fmt(" (%.1f%%)", 100 * x.share()))).append("</span></li>");
        }
        return sb.append("</ol>").toString();
    }

    private static String funnel(FunnelSection f) {
        List<FunnelStepResult> s = f.steps();
        FunnelStepResult last = s.get(s.size() - 1);
        return "<p>" + esc("Ordered funnel, one case per customer, " + f.windowDays() + "-day window: "
                + fmt("%.1f%%", 100 * last.conversionFromStart()) + " of " + Human.count(s.get(0).count())
                + " reach " + last.name() + ".") + "</p>"
                + FlowCharts.funnel("chart-funnel", "Funnel: customers at each step, drop-off shaded", s);
    }

    private static String experience(Experience e) {
        StringBuilder sb = new StringBuilder();
        sb.append("<div class=\"cards\">");
        card(sb, "Mean experience score", Human.number(e.meanExperienceScore()), "of 100, over "
                + Human.count(e.journeys()) + " journeys; negativity weight λ " + Human.number(e.negativityWeight())
                + " (" + e.negativityWeightSource() + ")");
        card(sb, "Detractor rate", fmt("%.1f%%", 100 * e.baselineDetractorRate()), "of "
                + Human.count(e.feedbackJourneys()) + " journeys with feedback");
        sb.append("</div>");
        List<PainPoint> p = e.painPoints();
        if (p.isEmpty()) {
            return sb.append("<p class=\"skipped\">No pain point has enough journeys to rank.</p>").toString();
        }
        sb.append(Charts.bars("chart-pain-points", "Pain points ranked by " + e.rankedBy().replace('_', ' ')
                        + ": detractor lift", p.stream().map(PainPoint::label).toList(),
                p.stream().mapToDouble(PainPoint::detractorLift).toArray(), nan(p.size()), nan(p.size()),
                p.stream().map(x -> x.label() + ": detractor rate " + fmt("%.1f%%", 100 * x.detractorRate())
                        + ", drop-off " + fmt("%.1f%%", 100 * x.dropOffRate()) + ", p " + Human.p(x.pValue())
                        + ", " + Human.count(x.journeys()) + " journeys").toList(),
                "detractor lift (× the baseline rate)", "score"));
        sb.append("<table><thead><tr><th>#</th><th>pain point</th><th class=\"r\">journeys</th>"
                + "<th class=\"r\">detractor rate</th><th class=\"r\">lift</th><th class=\"r\">drop-off</th>"
                + "<th class=\"r\">p</th><th class=\"r\">time lost</th></tr></thead><tbody>");
        for (int i = 0; i < p.size(); i++) {
            PainPoint x = p.get(i);
            sb.append("<tr><td>").append(i + 1).append("</td><td>").append(esc(x.label())).append(x.significant()
                    ? " <b title=\"significant\">*</b>" : "").append("</td><td class=\"r\">")
                    .append(esc(Human.count(x.journeys()))).append("</td><td class=\"r\">")
                    .append(fmt("%.1f%%", 100 * x.detractorRate())).append("</td><td class=\"r\">")
                    .append(esc(Human.number(x.detractorLift()))).append("</td><td class=\"r\">")
                    .append(fmt("%.1f%%", 100 * x.dropOffRate())).append("</td><td class=\"r\">")
                    .append(esc(Human.p(x.pValue()))).append("</td><td class=\"r\">")
                    .append(esc(Human.duration(x.meanTimeLostSeconds()))).append("</td></tr>");
        }
        return sb.append("</tbody></table>").toString();
    }

    private static String drivers(DriversSection d) {
        StringBuilder sb = new StringBuilder();
        if (d.keyDrivers().isPresent()) {
            KeyDriverResult r = d.keyDrivers().get();
            sb.append("<p>").append(esc(fmt("Key drivers of %s on %d question ratings: n %s respondents (%s skipped "
                    + "for a missing answer), R² %.3f. LMG shares R² fairly over every order of entry; Johnson's "
                    + "relative weights agree with it when the ratings are not too collinear.", r.outcome(),
                    r.drivers().size(), Human.count(r.n()), Human.count(r.skipped()), r.rSquared()))).append("</p>");
            List<String> names = r.drivers().stream().map(DriverImportance::name).toList();
            sb.append("<div class=\"grid\">");
            for (String m : List.of("lmg", "relative_weight")) {
                boolean lmg = m.equals("lmg");
                // In R² units: the bootstrap intervals are of the share itself, whose resamples have an R² of
                // their own, so a percentage of this sample's R² would not bound them.
                double[] v = r.drivers().stream().mapToDouble(x -> lmg ? x.lmg() : x.relativeWeight()).toArray();
                double[] lo = r.drivers().stream().mapToDouble(x -> end(x, m, true)).toArray();
                double[] hi = r.drivers().stream().mapToDouble(x -> end(x, m, false)).toArray();
                List<String> tips = new ArrayList<>();
                for (int i = 0; i < names.size(); i++) {
                    tips.add(names.get(i) + ": " + fmt("%.4f [%.4f, %.4f] of R² %.4f (%.1f%%)", v[i], lo[i], hi[i],
                            r.rSquared(), 100 * v[i] / r.rSquared()));
                }
                sb.append(Charts.bars("chart-drivers-" + (lmg ? "lmg" : "rw"), (lmg ? "LMG" : "Relative weight")
                        + " of each rating in the R² of " + r.outcome() + ", with its bootstrap interval", names, v,
                        lo, hi, tips, (lmg ? "LMG" : "relative weight") + " (R² units)", "share"));
            }
            List<ImportancePerformance.Point> ipa = d.importancePerformance();
            double[] x = ipa.stream().mapToDouble(ImportancePerformance.Point::importance).toArray();
            // The whiskers: the LMG interval as a share of this sample's R², capped to 0–100 %.
            double[] xlo = r.drivers().stream().mapToDouble(p -> Math.max(0, 100 * end(p, "lmg", true)
                    / r.rSquared())).toArray();
            double[] xhi = r.drivers().stream().mapToDouble(p -> Math.min(100, 100 * end(p, "lmg", false)
                    / r.rSquared())).toArray();
            sb.append(Charts.scatter("chart-importance-performance", "Importance–performance: fix first what matters "
                            + "most and scores lowest (bottom right)", ipa.stream()
                            .map(ImportancePerformance.Point::name).toList(), x, xlo, xhi,
                    ipa.stream().mapToDouble(ImportancePerformance.Point::performance).toArray(),
                    d.importanceCrosshair(), d.performanceCrosshair(), new String[] {"possible overkill",
                        "keep up", "low priority", "fix first"}, "importance (LMG, % of R²)", "%",
                    "performance (mean rating)"));
            sb.append("</div>");
            List<String> fix = ipa.stream().filter(p -> p.quadrant().equals("fix_first"))
                    .map(ImportancePerformance.Point::name).toList();
            sb.append("<p>").append(esc(fix.isEmpty() ? "No rating is both above-average in importance and "
                    + "below-average in performance: nothing to fix first." : "Fix first: " + String.join(", ", fix)
                    + " (above-average importance, below-average performance).")).append("</p>");
        } else {
            sb.append("<p class=\"skipped\">Key drivers not shown: ").append(esc(d.keyDriversReason()))
                    .append("</p>");
        }
        if (d.negativityRatio().isPresent() && d.negativityRatio().get().defined()) {
            NegativityRatio.Estimate e = d.negativityRatio().get();
            sb.append("<div class=\"cards\">");
            card(sb, "Negativity ratio", fmt("%.2f", e.ratio()) + e.interval().map(i -> fmt(" [%.2f, %.2f]",
                    i.lower(), i.upper())).orElse(""), fmt("one negative moment moves the NPS "
                    + "answer by %.2f points, one positive by %.2f; n %s journeys", e.betaNegative(), e.betaPositive(),
                    Human.count(e.n())));
            sb.append("</div>");
        } else {
            sb.append("<p class=\"skipped\">Negativity ratio not shown: ").append(esc(d.negativityReason()))
                    .append("</p>");
        }
        sb.append("<p class=\"note\">Note: ").append(esc(d.claimNote())).append(".</p>");
        return sb.toString();
    }

    /** A bootstrap interval end of an importance, in R² units, or NaN when there is none. */
    private static double end(DriverImportance d, String measure, boolean lower) {
        io.cxkit.metrics.Interval iv = d.intervals().get(measure);
        return iv == null ? Double.NaN : lower ? iv.lower() : iv.upper();
    }

    private static String change(ChangeSection c) {
        StringBuilder sb = new StringBuilder();
        if (c.alerts().isEmpty()) {
            sb.append("<p class=\"skipped\">Change points not shown: ").append(esc(c.changePointsReason()))
                    .append("</p>");
        } else {
            sb.append("<p>Change points in weekly NPS per channel (PELT, BIC penalty, segments of at least three "
                    + "weeks):</p><ul class=\"alerts\">");
            for (ChangeSection.Alert a : c.alerts()) {
                sb.append("<li>").append(esc(a.text())).append("</li>");
            }
            sb.append("</ul><div class=\"grid\">");
            for (ChangeSection.GroupSeries g : c.series().subList(0, Math.min(3, c.series().size()))) {
                List<ChangeSection.Period> p = g.points();
                int[] marks = c.alerts().stream().filter(a -> a.group().equals(g.group()))
                        .mapToInt(a -> indexOf(p, a.period())).filter(i -> i > 0).sorted().toArray();
                sb.append(Charts.periods("chart-change-" + g.group().replaceAll("[^A-Za-z0-9_-]", "_"),
                        "NPS on " + g.group() + " by week, with the levels PELT found", p.stream()
                                .map(ChangeSection.Period::label).toList(),
                        p.stream().mapToDouble(x -> 100 * x.mean()).toArray(),
                        p.stream().mapToDouble(x -> 100 * x.lower()).toArray(),
                        p.stream().mapToDouble(x -> 100 * x.upper()).toArray(),
                        p.stream().mapToLong(ChangeSection.Period::n).toArray(),
                        p.stream().mapToDouble(x -> 100 * x.level()).toArray(), "segment level", null, p.size(), "",
                        marks, "change point", "week", "NPS (points)", "points"));
            }
            sb.append("</div>");
        }
        if (c.its().isPresent()) {
            ChangeSection.Its its = c.its().get();
            List<ChangeSection.ItsPeriod> p = its.periods();
            int t0 = 0;
            while (t0 < p.size() && !p.get(t0).after()) {
                t0++;
            }
            sb.append("<p>").append(esc("Interrupted time series of CSAT in " + its.group() + " around " + its.at()
                    + " (" + its.origin() + "): ")).append(esc(its.terms().stream().filter(t -> t.name()
                    .contains("change")).map(t -> fmt("%s %+.1f pp [%+.1f, %+.1f], p %s", t.name().replace('_', ' '),
                    100 * t.estimate(), 100 * t.interval().lower(), 100 * t.interval().upper(), Human.p(t.pValue())))
                    .collect(Collectors.joining("; ")))).append(". The dashed line is the pre-intervention trend "
                    + "carried on: what CSAT would have been without the change.</p>");
            sb.append(Charts.periods("chart-its", "CSAT in " + its.group() + " around " + its.at()
                            + ": observed, fitted and the counterfactual", p.stream()
                            .map(ChangeSection.ItsPeriod::label).toList(),
                    p.stream().mapToDouble(x -> 100 * x.observed()).toArray(),
                    p.stream().mapToDouble(x -> 100 * x.lower()).toArray(),
                    p.stream().mapToDouble(x -> 100 * x.upper()).toArray(),
                    p.stream().mapToLong(ChangeSection.ItsPeriod::n).toArray(),
                    p.stream().mapToDouble(x -> 100 * x.fitted()).toArray(), "segmented regression",
                    p.stream().mapToDouble(x -> 100 * x.counterfactual()).toArray(), t0, "counterfactual",
                    t0 > 0 && t0 < p.size() ? new int[] {t0} : new int[0], "intervention",
                    its.method().endsWith("month") ? "month" : "week", "CSAT (% satisfied)", "%"));
        } else {
            sb.append("<p class=\"skipped\">Interrupted time series not shown: ").append(esc(c.itsReason()))
                    .append("</p>");
        }
        return sb.toString();
    }

    private static int indexOf(List<ChangeSection.Period> p, String label) {
        for (int i = 0; i < p.size(); i++) {
            if (p.get(i).label().equals(label)) {
                return i;
            }
        }
        return -1;
    }

    private static String segments(SegmentsSection s) {
        StringBuilder sb = new StringBuilder("<p>");
        sb.append(esc(Human.count(s.customers()) + " customers scored by recency, frequency and value (quintiles);"
                + " " + Human.count(s.withoutPurchase()) + " without a purchase are left out.")).append("</p>");
        List<String> labels = new ArrayList<>();
        List<String> tips = new ArrayList<>();
        double[] v = new double[s.segments().size()];
        double[] lo = new double[v.length];
        double[] hi = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            SegmentsSection.Segment x = s.segments().get(i);
            labels.add(x.name());
            v[i] = x.nps();
            lo[i] = x.npsLow();
            hi[i] = x.npsHigh();
            tips.add(x.name() + ": NPS " + (Double.isNaN(x.nps()) ? "n/a" : fmt("%.0f [%.0f, %.0f]", x.nps(), x.npsLow(),
                    x.npsHigh())) + ", n " + x.npsN() + ", " + Human.count(x.customers()) + " customers");
        }
        sb.append(Charts.bars("chart-segments-nps", "NPS by RFM segment, with its interval", labels, v, lo, hi, tips,
                "NPS (points, −100 to 100)", "points"));
        sb.append("<div class=\"cards\">");
        for (SegmentsSection.Segment x : s.segments()) {
            sb.append("<div class=\"card persona\"><div class=\"k\">").append(esc(x.name()))
                    .append("</div><div class=\"n\">").append(esc(x.description())).append("</div></div>");
        }
        return sb.append("</div>").toString();
    }

    private static String atRisk(AtRisk a) {
        StringBuilder sb = new StringBuilder("<p>");
        sb.append(esc(Human.count(a.atRisk()) + " of " + Human.count(a.customers()) + " customers at risk as of "
                + a.asOf().toString().substring(0, 10) + (a.alerts().size() < a.atRisk() ? "; the first "
                + a.alerts().size() + " are listed." : "."))).append("</p>");
        if (a.alerts().isEmpty()) {
            return sb.toString();
        }
        sb.append("<table><thead><tr><th>customer</th><th class=\"r\">rolling score</th><th>last interaction</th>"
                + "<th>reasons</th></tr></thead><tbody>");
        for (AtRiskAlert x : a.alerts()) {
            sb.append("<tr><td>").append(esc(x.customer().value())).append("</td><td class=\"r\">")
                    .append(esc(x.rollingScore().isPresent() ? Human.number(x.rollingScore().getAsDouble()) : "n/a"))
                    .append("</td><td>").append(esc(x.lastInteraction().toString().substring(0, 10)))
                    .append("</td><td>").append(esc(x.reasons().stream().map(AtRiskReason::detail)
                            .collect(Collectors.joining("; ")))).append("</td></tr>");
        }
        return sb.append("</tbody></table>").toString();
    }

    private static String attribution(AttributionSection a) {
        List<AttributionSection.ChannelCredit> c = a.channels();
        double[][] values = new double[c.size()][];
        for (int i = 0; i < c.size(); i++) {
            AttributionSection.ChannelCredit x = c.get(i);
            values[i] = new double[] {x.firstTouch(), x.lastTouch(), x.linear(), x.markov()};
        }
        return "<p>" + esc(Human.count(a.conversions()) + " of " + Human.count(a.journeys())
                + " journeys end in '" + a.conversion() + "'; Markov chain of order " + a.markovOrder()
                + fmt(", P(conversion) %.3f.", a.conversionProbability())) + "</p>"
                + Charts.groupedBars("chart-attribution", "Conversions credited to each channel: heuristic models "
                        + "and Markov removal effect", c.stream().map(AttributionSection.ChannelCredit::channel)
                        .toList(), List.of("first touch", "last touch", "linear", "Markov"), values,
                "conversions credited");
    }

    private static String clv(ClvSection c) {
        StringBuilder sb = new StringBuilder("<div class=\"cards\">");
        card(sb, "Mean CLV", Human.number(c.mean()), c.horizon() + " " + plural(c.unit()) + fmt(", %.0f%% a year discount",
                100 * c.annualDiscountRate()));
        card(sb, "Total CLV", Human.number(c.total()), Human.count(c.customers()) + " customers");
        card(sb, "Mean P(alive)", fmt("%.2f", c.meanProbabilityAlive()), Human.count(c.repeatBuyers())
                + " repeat buyers");
        card(sb, "BG/NBD fit", c.transactionModel().converged() ? "converged" : "not converged",
                fmt("log-likelihood %.1f", c.transactionModel().logLikelihood()));
        sb.append("</div>");
        c.note().ifPresent(n -> sb.append("<p class=\"skipped\">").append(esc(n)).append("</p>"));
        sb.append("<div class=\"grid\">");
        if (!c.distribution().isEmpty()) {
            sb.append(Charts.histogram("chart-clv-distribution", "CLV distribution over " + c.horizon() + " "
                            + plural(c.unit()), c.distribution().stream().mapToDouble(ClvSection.Bin::from).toArray(),
                    c.distribution().stream().mapToDouble(ClvSection.Bin::to).toArray(),
                    c.distribution().stream().mapToLong(ClvSection.Bin::customers).toArray(),
                    "CLV (currency units, discounted)", "customers"));
        }
        ClvSection.AliveMatrix m = c.probabilityAlive();
        double[][] p = new double[m.frequencies().size()][];
        for (int i = 0; i < p.length; i++) {
            p[i] = m.probability().get(i).stream().mapToDouble(Double::doubleValue).toArray();
        }
        sb.append(Charts.heatmap("chart-p-alive", fmt("P(alive) by frequency and recency, customer age %.0f %s",
                        m.age(), plural(c.unit())), m.frequencies().stream().map(String::valueOf).toList(),
                m.recencies().stream().map(r -> fmt("%.0f", r)).toList(), p, "recency (" + plural(c.unit())
                        + " from first to last purchase)", "frequency (repeat purchases)"));
        List<ClvSection.TrackingPoint> t = c.tracking();
        if (t.size() > 1) {
            double[] xs = t.stream().mapToDouble(x -> x.period()).toArray();
            double[][] ys = {t.stream().mapToDouble(ClvSection.TrackingPoint::actual).toArray(),
                t.stream().mapToDouble(ClvSection.TrackingPoint::expected).toArray()};
            sb.append(Charts.lines("chart-clv-tracking", "Tracking: repeat transactions per " + singular(c.unit())
                            + ", actual and expected by BG/NBD", xs, List.of("actual", "expected (BG/NBD)"), ys,
                    plural(c.unit()) + " since " + t.get(0).start(), "repeat transactions per " + singular(c.unit())));
        }
        sb.append("</div>");
        if (!c.topCustomers().isEmpty()) {
            sb.append("<table><thead><tr><th>customer</th><th class=\"r\">x</th><th class=\"r\">P(alive)</th>"
                    + "<th class=\"r\">expected transactions</th><th class=\"r\">expected spend</th>"
                    + "<th class=\"r\">CLV</th></tr></thead><tbody>");
            for (ClvSection.CustomerClv x : c.topCustomers()) {
                sb.append("<tr><td>").append(esc(x.customer())).append("</td><td class=\"r\">").append(x.frequency())
                        .append(fmt("</td><td class=\"r\">%.2f</td><td class=\"r\">%.2f</td>", x.probabilityAlive(),
                                x.expectedTransactions())).append("<td class=\"r\">")
                        .append(esc(Human.number(x.expectedSpend()))).append("</td><td class=\"r\">")
                        .append(esc(Human.number(x.clv()))).append("</td></tr>");
            }
            sb.append("</tbody></table>");
        }
        return sb.toString();
    }

    private static String singular(String unit) {
        return unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
    }

    private static String plural(String unit) {
        return unit.endsWith("s") ? unit : unit + "s";
    }

    private static double[] nan(int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
    }

    private static final String CSS = String.join("\n",
            ":root{--ink:#1d232b;--muted:#5b6672;--line:#d7dde4;--accent:#1f6feb;--bad:#d1495b}",
            "*{box-sizing:border-box}",
            "body{margin:0;font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;"
                    + "color:var(--ink);background:#fff}",
            "header{padding:20px 28px 8px;border-bottom:3px solid var(--accent)}",
            "h1{margin:0;font-size:24px}h2{font-size:18px;margin:0 0 10px;border-bottom:1px solid var(--line);"
                    + "padding-bottom:4px}",
            ".sub{color:var(--muted);margin:4px 0 8px}",
            "main{padding:8px 28px;max-width:1400px}",
            "section{margin:18px 0 26px;break-inside:avoid-page}",
            ".cards{display:flex;flex-wrap:wrap;gap:12px;margin:8px 0 14px}",
            ".card{border:1px solid var(--line);border-radius:8px;padding:10px 14px;min-width:190px;flex:0 1 330px}",
            ".card .k{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em}",
            ".card .v{font-size:28px;font-weight:600}.card .v small{font-size:14px;color:var(--muted)}",
            ".card .n{color:var(--muted);font-size:12px}.card .n.sig{color:var(--bad);font-weight:600}",
            ".grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(520px,1fr));gap:6px 28px}",
            "figure.chart{margin:8px 0;break-inside:avoid}",
            "figure.chart figcaption{font-weight:600;margin-bottom:4px}",
            "figure.chart svg{width:100%;max-width:680px;height:auto;display:block}",
            "svg text{font:11px system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;fill:var(--ink)}",
            "svg .tick{fill:var(--muted)}svg .axis{font-size:12px;fill:var(--ink)}",
            "svg .grid{stroke:#eef1f4}svg .zero{stroke:#8b96a3}",
            "svg .band{fill:var(--accent);opacity:.18}svg .line{fill:none;stroke:var(--accent);stroke-width:2}",
            "svg .dot{fill:var(--accent)}svg .dot.sig{fill:var(--bad);stroke:#fff;stroke-width:1.5}",
            "svg .bar{fill:var(--accent)}svg .drop{fill:var(--bad);opacity:.28}",
            "svg .whisker{stroke:var(--ink);stroke-width:1.4;fill:none}",
            "svg .cross{stroke:#8b96a3;stroke-dasharray:4 3}svg .quadrant{fill:var(--muted);font-size:11px}",
            "svg .quadrant.fix{fill:var(--bad);font-weight:600}svg .mark{stroke:var(--bad);stroke-dasharray:3 3}",
            "svg .counterfactual{fill:none;stroke:var(--bad);stroke-width:2;stroke-dasharray:6 4}",
            ".note{color:var(--muted);font-size:12px}ul.alerts{margin:4px 0 10px}",
            "svg .edge{fill:none;stroke:#7d8b99;opacity:.75}svg .arrowhead{fill:#7d8b99}",
            "svg .edgelabel{font-size:10px;fill:var(--muted)}",
            "svg .node rect{fill:#eaf2fe;stroke:var(--accent)}svg .node text{font-size:11px}",
            "table{border-collapse:collapse;margin:8px 0;font-size:13px}",
            "th,td{border-bottom:1px solid var(--line);padding:4px 10px;text-align:left;vertical-align:top}",
            "th{color:var(--muted);font-weight:600}.r{text-align:right;font-variant-numeric:tabular-nums}",
            ".skipped{color:var(--muted);font-style:italic}.variants .n{color:var(--muted)}",
            "footer{color:var(--muted);font-size:12px;padding:12px 28px 24px}",
            "@media print{header{border-bottom-width:2px}main{padding:0 12px}section{break-inside:auto}"
                    + "figure.chart,table,.cards{break-inside:avoid}.grid{grid-template-columns:1fr 1fr}"
                    + ".card{min-width:150px}figure.chart svg{max-width:100%}a{color:inherit}}");

}
