package io.cxkit.report;

import io.cxkit.core.Interaction;
import io.cxkit.metrics.breakdown.Dimension;
import io.cxkit.metrics.breakdown.TimeBucket;
import io.cxkit.metrics.change.ChangePoints;
import io.cxkit.metrics.change.InterruptedTimeSeries;
import io.cxkit.metrics.change.PeriodSeries;
import io.cxkit.metrics.drivers.AnswerField;
import io.cxkit.metrics.stat.Normal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code change} section: PELT change points in weekly NPS per channel (BIC penalty, segments of at least
 * three weeks, as {@code cx change --detect --metric nps --by channel} finds them), and the interrupted time
 * series of CSAT around an intervention when one is known (weekly, or monthly when a week has no answer).
 */
final class ChangeProvider implements SectionProvider<ChangeSection> {
    static final int MIN_SEGMENT = 3;
    private final Optional<CxReport.Intervention> intervention;

    ChangeProvider(Optional<CxReport.Intervention> intervention) {
        this.intervention = intervention;
    }

    @Override
    public String key() {
        return "change";
    }

    @Override
    public String title() {
        return "Measured change";
    }

    @Override
    public ChangeSection compute(ReportInput input) {
        AnswerField nps = new AnswerField("nps.score");
        PeriodSeries sum = PeriodSeries.create(TimeBucket.WEEK, input.zone());
        PeriodSeries squares = PeriodSeries.create(TimeBucket.WEEK, input.zone());
        Dimension channel = Dimension.channel();
        for (Interaction i : input.interactions()) {
            double v = nps.valueOf(i);
            if (!Double.isNaN(v)) {
                sum.add(channel.valueOf(i), i.timestamp(), v);
                squares.add(channel.valueOf(i), i.timestamp(), v * v);
            }
        }
        double z = Normal.twoSidedCritical(input.confidence());
        List<ChangeSection.Alert> alerts = new ArrayList<>();
        List<ChangeSection.GroupSeries> series = new ArrayList<>();
        int searched = 0;
        for (String g : sum.groups()) {
            List<PeriodSeries.Point> pts = sum.series(g).stream().filter(p -> p.n() > 0).toList();
            if (pts.size() < 2 * MIN_SEGMENT) {
                continue;
            }
            searched++;
            List<PeriodSeries.Point> sq = squares.series(g).stream().filter(p -> p.n() > 0).toList();
            double[] y = pts.stream().mapToDouble(PeriodSeries.Point::mean).toArray();
            ChangePoints.Result r = ChangePoints.detect(y, new ChangePoints.Settings(Double.NaN, MIN_SEGMENT));
            if (r.changes().isEmpty()) {
                continue;
            }
            for (ChangePoints.Change c : r.changes()) {
                PeriodSeries.Point p = pts.get(c.index());
                String text = String.format(Locale.ROOT, "NPS on %s %s from %.0f to %.0f around %s", g,
                        c.after() < c.before() ? "dropped" : "rose", c.before() * 100, c.after() * 100, p.start());
                alerts.add(new ChangeSection.Alert(g, p.label(), p.start(), c.before(), c.after(), pts.size(), text));
            }
            List<ChangeSection.Period> periods = new ArrayList<>();
            int segment = 0;
            for (int k = 0; k < pts.size(); k++) {
                while (segment < r.changes().size() && r.changes().get(segment).index() <= k) {
                    segment++;
                }
                PeriodSeries.Point p = pts.get(k);
                double[] iv = interval(p.mean(), sq.get(k).mean(), p.n(), z, -1, 1);
                periods.add(new ChangeSection.Period(p.label(), p.start(), p.n(), p.mean(), iv[0], iv[1],
                        r.means().get(segment)));
            }
            series.add(new ChangeSection.GroupSeries(g, periods));
        }
        alerts.sort(Comparator.comparingDouble((ChangeSection.Alert a) -> -Math.abs(a.after() - a.before()))
                .thenComparing(ChangeSection.Alert::group).thenComparing(ChangeSection.Alert::around));
        List<String> order = alerts.stream().map(ChangeSection.Alert::group).distinct().toList();
        series.sort(Comparator.comparingInt(s -> order.indexOf(s.group())));
        String cpReason = "";
        if (alerts.isEmpty()) {
            cpReason = searched == 0 ? "no channel has " + 2 * MIN_SEGMENT + " weeks with NPS answers"
                    : "no change point in weekly NPS in any of " + searched + " channel(s) (PELT, BIC penalty)";
        }
        Optional<ChangeSection.Its> its = Optional.empty();
        String itsReason = "";
        if (intervention.isEmpty()) {
            itsReason = "no intervention date was given (cx report --intervention DATE)";
        } else {
            try {
                its = Optional.of(its(input, intervention.get(), z));
            } catch (IllegalArgumentException e) {
                itsReason = e.getMessage();
            }
        }
        return new ChangeSection("nps", TimeBucket.WEEK.label(), "channel", alerts, series, cpReason, its,
                itsReason);
    }

    /** The normal-approximation interval of a per-answer mean, kept within the answers' range [min, max]. */
    private static double[] interval(double mean, double meanOfSquares, long n, double z, double min, double max) {
        if (n < 2) {
            return new double[] {mean, mean};
        }
        double var = Math.max(0, meanOfSquares - mean * mean) * n / (n - 1.0);
        double half = z * Math.sqrt(var / n);
        return new double[] {Math.max(min, mean - half), Math.min(max, mean + half)};
    }

    private static ChangeSection.Its its(ReportInput input, CxReport.Intervention iv, double z) {
        IllegalArgumentException last = null;
        for (TimeBucket b : List.of(TimeBucket.WEEK, TimeBucket.MONTH)) {
            try {
                return its(input, iv, z, b);
            } catch (IllegalArgumentException e) {
                last = e;
            }
        }
        throw last;
    }

    private static ChangeSection.Its its(ReportInput input, CxReport.Intervention iv, double z, TimeBucket b) {
        AnswerField csat = new AnswerField("csat.top");
        PeriodSeries sum = PeriodSeries.create(b, input.zone());
        PeriodSeries squares = PeriodSeries.create(b, input.zone());
        for (Interaction i : input.interactions()) {
            double v = csat.valueOf(i);
            if (!Double.isNaN(v) && iv.includes(i)) {
                sum.add("all", i.timestamp(), v);
                squares.add("all", i.timestamp(), v * v);
            }
        }
        List<PeriodSeries.Point> pts = sum.series("all");
        if (pts.isEmpty()) {
            throw new IllegalArgumentException("no CSAT answer in " + iv.group());
        }
        List<PeriodSeries.Point> sq = squares.series("all");
        LocalDate change = sum.start(iv.at());
        int t0 = -1;
        double[] y = new double[pts.size()];
        for (int k = 0; k < pts.size(); k++) {
            PeriodSeries.Point p = pts.get(k);
            if (p.n() == 0) {
                throw new IllegalArgumentException(b.label() + " " + p.label() + " has no CSAT answer in " + iv.group()
                        + ", even by month");
            }
            y[k] = p.mean();
            if (t0 < 0 && !p.start().isBefore(change)) {
                t0 = k;
            }
        }
        if (t0 < 0) {
            t0 = pts.size();
        }
        InterruptedTimeSeries.Result r = InterruptedTimeSeries.fit(y, t0,
                new InterruptedTimeSeries.Settings(0, -1, input.confidence()));
        List<ChangeSection.ItsPeriod> periods = new ArrayList<>();
        for (int k = 0; k < pts.size(); k++) {
            double[] ci = interval(y[k], sq.get(k).mean(), pts.get(k).n(), z, 0, 1);
            periods.add(new ChangeSection.ItsPeriod(pts.get(k).label(), pts.get(k).n(), y[k], ci[0], ci[1],
                    r.fitted().get(k), r.counterfactual().get(k), k >= t0));
        }
        return new ChangeSection.Its("csat", iv.group(), LocalDate.ofInstant(iv.at(), input.zone()), iv.origin(),
                r.terms(), r.lags(), r.ljungBoxP(), periods, r.method() + ", by " + b.label());
    }
}
