package io.cxkit.report;

import io.cxkit.core.Interaction;
import io.cxkit.metrics.Comparison;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.Metric;
import io.cxkit.metrics.MetricOptions;
import io.cxkit.metrics.MetricRegistry;
import io.cxkit.metrics.breakdown.Breakdown;
import io.cxkit.metrics.breakdown.Dimension;
import io.cxkit.metrics.breakdown.Group;
import io.cxkit.metrics.breakdown.TimeBucket;
import io.cxkit.metrics.breakdown.Trend;
import io.cxkit.metrics.breakdown.TrendPoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code survey} section: every registered survey metric overall, the main three (NPS, CSAT share, CES
 * mean) by channel, by touchpoint and by month, in one pass per breakdown.
 */
final class SurveyProvider implements SectionProvider<SurveyMetrics> {
    static final List<String> SURVEY = List.of("nps", "csat", "csat_mean", "ces", "ces_agree");
    static final List<String> MAIN = List.of("nps", "csat", "ces");

    @Override
    public String key() {
        return "survey";
    }

    @Override
    public String title() {
        return "Survey metrics";
    }

    @Override
    public SurveyMetrics compute(ReportInput input) {
        MetricOptions options = MetricOptions.defaults().withConfidence(input.confidence()).withZone(input.zone());
        List<Metric<?>> survey = create(MetricRegistry.discover(), SURVEY, options);
        List<Metric<?>> main = survey.stream().filter(m -> MAIN.contains(m.name())).toList();
        Map<String, Estimate> overallEstimates = overall(survey, input.interactions());
        if (overallEstimates.values().stream().allMatch(e -> e.n() == 0)) {
            throw new SectionUnavailableException("no interaction carries an NPS, CSAT or CES answer");
        }
        // A metric without any observation has no figure to show: it is named in no_data instead of a row of
        // blanks, and so is a group or month without answers for it.
        List<Figure> overall = overallEstimates.values().stream().filter(e -> e.n() > 0)
                .map(e -> Figure.of(e, input.confidence())).toList();
        List<String> noData = overallEstimates.values().stream().filter(e -> e.n() == 0).map(e -> e.metric())
                .toList();
        List<SurveyMetrics.TrendFigure> trend = trend(main, input);
        List<SurveyMetrics.Headline> headlines = new ArrayList<>();
        for (Figure f : overall) {
            if (MAIN.contains(f.metric())) {
                Optional<SurveyMetrics.TrendFigure> latest = trend.stream()
                        .filter(t -> t.figure().metric().equals(f.metric()) && t.figure().n() > 0)
                        .reduce((a, b) -> b);
                headlines.add(new SurveyMetrics.Headline(f, latest));
            }
        }
        return new SurveyMetrics(input.confidence(), overall, noData, headlines,
                groups(main, Dimension.channel(), input), groups(main, Dimension.touchpoint(), input), trend);
    }

    static List<Metric<?>> create(MetricRegistry registry, List<String> names, MetricOptions options) {
        List<Metric<?>> out = new ArrayList<>();
        for (String n : names) {
            if (registry.contains(n)) {
                out.add(registry.create(n, options));
            }
        }
        return out;
    }

    static Map<String, Estimate> overall(List<Metric<?>> metrics, List<Interaction> input) {
        Breakdown b = Breakdown.of(metrics, List.of());
        for (Interaction i : input) {
            b.add(i);
        }
        if (!b.groups().isEmpty()) {
            return b.groups().get(0).estimates();
        }
        Map<String, Estimate> empty = new LinkedHashMap<>();
        metrics.forEach(m -> empty.put(m.name(), m.newAccumulator().result()));
        return empty;
    }

    private static List<SurveyMetrics.GroupFigure> groups(List<Metric<?>> metrics, Dimension dim, ReportInput in) {
        Breakdown b = Breakdown.of(metrics, List.of(dim));
        for (Interaction i : in.interactions()) {
            b.add(i);
        }
        List<SurveyMetrics.GroupFigure> out = new ArrayList<>();
        for (Group g : b.groups()) {
            // A group with no answer for any metric (a channel without surveys) is left out; groups with few
            // answers stay, with their n and wide intervals.
            if (g.estimates().values().stream().noneMatch(e -> e.n() > 0)) {
                continue;
            }
            String key = g.key().values().iterator().next();
            for (Estimate e : g.estimates().values()) {
                if (e.n() == 0) {
                    continue;
                }
                out.add(new SurveyMetrics.GroupFigure(key, Figure.of(e, in.confidence())));
            }
        }
        return out;
    }

    private static List<SurveyMetrics.TrendFigure> trend(List<Metric<?>> metrics, ReportInput in) {
        Breakdown b = Breakdown.of(metrics, List.of(Dimension.time(TimeBucket.MONTH, in.zone())));
        for (Interaction i : in.interactions()) {
            b.add(i);
        }
        List<SurveyMetrics.TrendFigure> out = new ArrayList<>();
        for (TrendPoint p : Trend.of(b, "month", in.confidence())) {
            if (p.estimate().n() == 0) {
                continue; // no answers, no figure; the next month is compared with the last one with data
            }
            double scale = Figure.scale(p.metric());
            out.add(new SurveyMetrics.TrendFigure(p.period(), Figure.of(p.estimate(), in.confidence()),
                    p.previousPeriod(), p.change().map(Comparison::difference).orElse(Double.NaN) * scale,
                    p.change().map(Comparison::pValue).orElse(Double.NaN), p.significant()));
        }
        return out;
    }
}
