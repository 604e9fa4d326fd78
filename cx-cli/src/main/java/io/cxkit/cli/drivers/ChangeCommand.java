package io.cxkit.cli.drivers;

import io.cxkit.cli.EmbeddedSample;
import io.cxkit.cli.InputException;
import io.cxkit.cli.LoadedInput;
import io.cxkit.cli.OutputFormat;
import io.cxkit.cli.UsageException;
import io.cxkit.core.Interaction;
import io.cxkit.metrics.Interval;
import io.cxkit.metrics.breakdown.Dimension;
import io.cxkit.metrics.breakdown.TimeBucket;
import io.cxkit.metrics.change.ChangePoints;
import io.cxkit.metrics.change.DifferenceInDifferences;
import io.cxkit.metrics.change.Homogeneity;
import io.cxkit.metrics.change.InterruptedTimeSeries;
import io.cxkit.metrics.change.MultipleComparisons;
import io.cxkit.metrics.change.PeriodSeries;
import io.cxkit.metrics.drivers.AnswerField;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cx change}: did a change work? Difference-in-differences against a control group, interrupted time
 * series, change points found without a date, and the homogeneity of answers across groups.
 */
@Command(name = "change", mixinStandardHelpOptions = true,
        description = {"Did a change work: difference-in-differences, time series, change points, homogeneity.",
            "Measured change in nps, csat or ces:",
            "  --at DATE --treated DIM=V --control DIM=V   difference-in-differences, errors clustered by customer,",
            "                                              with the pre-period parallel-trends check",
            "  --at DATE [--method its] [--bucket week]    interrupted time series (segmented regression,",
            "                                              Newey-West errors) with the counterfactual line",
            "  --detect [--by channel]                     change points (PELT, BIC penalty) per group",
            "  --homogeneity --by channel                  chi-square across groups, Cramer's V, each group vs the",
            "                                              rest with --correction bh (default) or holm",
            "With no --input it works on the embedded sample."})
public final class ChangeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--input", paramLabel = "FILE", description = "Interaction file (default: the embedded sample).")
    Path input;

    @Option(names = "--metric", paramLabel = "NAME", defaultValue = "nps", description = "nps, csat or ces.")
    String metric;

    @Option(names = "--at", paramLabel = "DATE", description = "The change's date (start of day in --zone).")
    String at;

    @Option(names = "--method", paramLabel = "M", description = "did or its (default: did when --treated is "
            + "given, else its).")
    String method;

    @Option(names = "--treated", paramLabel = "DIM=VALUE", description = "The treated group, e.g. channel=web.")
    String treated;

    @Option(names = "--control", paramLabel = "DIM=VALUE", description = "The control group, e.g. channel=store.")
    String control;

    @Option(names = "--bucket", paramLabel = "B", defaultValue = "week", description = "day, week or month.")
    String bucket;

    @Option(names = "--season", paramLabel = "N", defaultValue = "0",
            description = "ITS: periods per season cycle for seasonal dummies (12 for months), 0 for none.")
    int season;

    @Option(names = "--lags", paramLabel = "L", defaultValue = "-1",
            description = "ITS: Newey-West lag (default: floor(4 (T/100)^(2/9)), Newey & West 1994).")
    int lags;

    @Option(names = "--detect", description = "Find change points (PELT) instead of testing a date.")
    boolean detect;

    @Option(names = "--homogeneity", description = "Test whether answers differ across the --by groups.")
    boolean homogeneity;

    @Option(names = "--by", paramLabel = "DIM", description = "Group by: channel, touchpoint, stage, segment, "
            + "attr.NAME.")
    String by;

    @Option(names = "--correction", paramLabel = "C", defaultValue = "bh",
            description = "Multiple comparisons: bh (Benjamini-Hochberg, default), holm or none.")
    String correction;

    @Option(names = "--min-segment", paramLabel = "N", defaultValue = "3",
            description = "Change points: the shortest segment, in periods (default ${DEFAULT-VALUE}).")
    int minSegment;

    @Option(names = "--penalty", paramLabel = "BETA", description = "Change points: the penalty (default: BIC, "
            + "2 log n).")
    Double penalty;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "UTC", description = "Time zone of dates.")
    String zone;

    @Option(names = "--confidence", paramLabel = "LEVEL", defaultValue = "0.95", description = "Confidence level.")
    double confidence;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, json or csv.")
    String format;

    /** A difference-in-differences result as written. */
    public record DidReport(String source, String metric, String at, String treated, String control, double estimate,
                            double stdError, Interval interval, double pValue, long n, long clusters,
                            Map<String, Double> means, Map<String, Long> counts,
                            Optional<DifferenceInDifferences.PreTrend> parallelTrends, String method) {
    }

    /** One period of an interrupted time series. */
    public record ItsPeriod(String period, long n, double value, double fitted, double counterfactual,
                            boolean after) {
    }

    /** An interrupted time series as written. */
    public record ItsReport(String source, String metric, String at, String bucket,
                            List<InterruptedTimeSeries.Term> terms, int lags, double ljungBoxQ, int ljungBoxLag,
                            double ljungBoxP, List<ItsPeriod> periods, String method) {
    }

    /** One change point. */
    public record ChangeRow(String group, String period, double before, double after, long periods,
                            String summary) {
    }

    /** Change points as written. */
    public record DetectReport(String source, String metric, String by, String bucket, List<ChangeRow> changes,
                               Map<String, Integer> periodsByGroup, String method) {
    }

    /** A homogeneity test as written. */
    public record HomogeneityReport(String source, String metric, String by, List<String> categories, long n,
                                    double chiSquare, int df, double pValue, double cramersV, double minExpected,
                                    List<Homogeneity.GroupTest> groups, String correction) {
    }

    @Override
    public Integer call() {
        OutputFormat out = OutputFormat.parse(format);
        ZoneId z;
        try {
            z = ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new UsageException("--zone: unknown zone '" + zone + "'");
        }
        String field = switch (metric.toLowerCase(Locale.ROOT)) {
            case "nps" -> "nps.score";
            case "csat" -> "csat.top";
            case "ces" -> "ces.score";
            default -> throw new UsageException("--metric must be nps, csat or ces, was '" + metric + "'");
        };
        AnswerField answer = new AnswerField(field);
        TimeBucket b;
        try {
            b = TimeBucket.parse(bucket);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--bucket: " + e.getMessage());
        }
        String source = input == null ? EmbeddedSample.SOURCE : input.toString();
        PrintWriter w = spec.commandLine().getOut();
        if (detect && homogeneity) {
            throw new UsageException("give --detect or --homogeneity, not both");
        }
        if (detect || homogeneity) {
            if (at != null || treated != null || control != null) {
                throw new UsageException("--at, --treated and --control do not go with --detect or --homogeneity");
            }
            List<Interaction> all = read();
            if (detect) {
                detect(all, answer, source, b, z, out, w);
            } else {
                homogeneity(all, source, z, out, w);
            }
            return 0;
        }
        if (at == null) {
            throw new UsageException("give --at DATE (or --detect, or --homogeneity)");
        }
        Instant when = instant(at, z);
        String m = method != null ? method.toLowerCase(Locale.ROOT) : treated != null ? "did" : "its";
        List<Interaction> all = read();
        switch (m) {
            case "did" -> did(all, answer, source, when, b, z, out, w);
            case "its" -> its(all, answer, source, when, b, z, out, w);
            default -> throw new UsageException("--method must be did or its, was '" + method + "'");
        }
        return 0;
    }

    private List<Interaction> read() {
        return LoadedInput.read(input == null ? List.of() : List.of(input)).interactions();
    }

    static Instant instant(String text, ZoneId zone) {
        String t = text.strip();
        try {
            return LocalDate.parse(t).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException a) {
            try {
                return LocalDateTime.parse(t).atZone(zone).toInstant();
            } catch (DateTimeParseException b) {
                try {
                    return Instant.parse(t);
                } catch (DateTimeParseException c) {
                    throw new UsageException("--at must be a date like 2025-03-01, a local date-time or an instant,"
                            + " was '" + text + "'");
                }
            }
        }
    }

    private record Group(Dimension dimension, String value) {
        boolean has(Interaction i) {
            return dimension.valueOf(i).equals(value);
        }
    }

    private Group group(String option, String text, ZoneId z) {
        int eq = text == null ? -1 : text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new UsageException(option + " must be DIM=VALUE like channel=web, was '" + text + "'");
        }
        try {
            return new Group(Dimension.parse(text.substring(0, eq).strip(), z), text.substring(eq + 1).strip());
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }

    private void did(List<Interaction> all, AnswerField answer, String source, Instant when, TimeBucket b, ZoneId z,
                     OutputFormat out, PrintWriter w) {
        if (treated == null || control == null) {
            throw new UsageException("difference-in-differences needs --treated DIM=VALUE and --control DIM=VALUE");
        }
        Group t = group("--treated", treated, z);
        Group c = group("--control", control, z);
        PeriodSeries cut = PeriodSeries.create(b, z);
        LocalDate first = null;
        for (Interaction i : all) {
            if (!Double.isNaN(answer.valueOf(i)) && (t.has(i) || c.has(i))) {
                LocalDate s = cut.start(i.timestamp());
                first = first == null || s.isBefore(first) ? s : first;
            }
        }
        if (first == null) {
            throw new InputException(source + ": no " + metric + " answer in " + treated + " or " + control);
        }
        DifferenceInDifferences d = DifferenceInDifferences.create();
        for (Interaction i : all) {
            double v = answer.valueOf(i);
            if (Double.isNaN(v)) {
                continue;
            }
            boolean inT = t.has(i);
            if (!inT && !c.has(i)) {
                continue;
            }
            double period = periodsBetween(first, cut.start(i.timestamp()), b);
            d.add(i.customerId().value(), inT, !i.timestamp().isBefore(when), period, v);
        }
        DifferenceInDifferences.Result r = d.result(confidence);
        DidReport report = new DidReport(source, metric, at, treated, control, r.estimate(), r.stdError(),
                r.interval(), r.pValue(), r.n(), r.clusters(), r.means(), r.counts(), r.parallelTrends(), r.method());
        if (out != OutputFormat.TEXT) {
            Emit.write(out, report, DidReport.class, List.of(report), w);
            return;
        }
        w.printf(Locale.ROOT, "difference-in-differences of %s at %s: %s (treated) vs %s (control), %s%n", metric, at,
                treated, control, source);
        w.printf(Locale.ROOT, "%-10s %10s %8s %10s %8s%n", "group", "before", "n", "after", "n");
        w.printf(Locale.ROOT, "%-10s %10.4f %8d %10.4f %8d%n", "treated", r.means().get("treated_before"),
                r.counts().get("treated_before"), r.means().get("treated_after"), r.counts().get("treated_after"));
        w.printf(Locale.ROOT, "%-10s %10.4f %8d %10.4f %8d%n", "control", r.means().get("control_before"),
                r.counts().get("control_before"), r.means().get("control_after"), r.counts().get("control_after"));
        w.printf(Locale.ROOT, "effect %.4f, SE %.4f (clustered by customer, %d customers), %.0f%% CI [%.4f, %.4f], "
                + "p %.4g, n %d%n", r.estimate(), r.stdError(), r.clusters(), confidence * 100, r.interval().lower(),
                r.interval().upper(), r.pValue(), r.n());
        r.parallelTrends().ifPresentOrElse(p -> w.printf(Locale.ROOT, "parallel trends before the change: slope "
                        + "difference %.4f per %s, SE %.4f, p %.4g (%s)%n", p.slopeDifference(), b.label(), p.stdError(),
                p.pValue(), p.pValue() < 1 - confidence ? "pre-trends differ: the effect may be biased"
                        : "no evidence against parallel trends"),
                () -> w.println("parallel trends: not checkable (the pre-period has fewer than two periods per group)"));
        w.flush();
    }

    private static double periodsBetween(LocalDate first, LocalDate start, TimeBucket b) {
        return switch (b) {
            case DAY -> java.time.temporal.ChronoUnit.DAYS.between(first, start);
            case WEEK -> java.time.temporal.ChronoUnit.WEEKS.between(first, start);
            case MONTH -> java.time.temporal.ChronoUnit.MONTHS.between(first, start);
        };
    }

    private void its(List<Interaction> all, AnswerField answer, String source, Instant when, TimeBucket b, ZoneId z,
                     OutputFormat out, PrintWriter w) {
        PeriodSeries s = PeriodSeries.create(b, z);
        for (Interaction i : all) {
            double v = answer.valueOf(i);
            if (!Double.isNaN(v)) {
                s.add("all", i.timestamp(), v);
            }
        }
        List<PeriodSeries.Point> pts = s.series("all");
        if (pts.isEmpty()) {
            throw new InputException(source + ": no " + metric + " answers");
        }
        LocalDate change = s.start(when);
        int t0 = -1;
        double[] y = new double[pts.size()];
        for (int k = 0; k < pts.size(); k++) {
            PeriodSeries.Point p = pts.get(k);
            if (p.n() == 0) {
                throw new InputException(source + ": period " + p.label() + " has no " + metric + " answers; use a "
                        + "longer --bucket");
            }
            y[k] = p.mean();
            if (t0 < 0 && !p.start().isBefore(change)) {
                t0 = k;
            }
        }
        if (t0 < 0) {
            t0 = pts.size();
        }
        InterruptedTimeSeries.Result r;
        try {
            r = InterruptedTimeSeries.fit(y, t0, new InterruptedTimeSeries.Settings(season, lags, confidence));
        } catch (IllegalArgumentException e) {
            throw new InputException(source + ": " + metric + " by " + b.label() + ": " + e.getMessage());
        }
        List<ItsPeriod> periods = new ArrayList<>();
        for (int k = 0; k < pts.size(); k++) {
            periods.add(new ItsPeriod(pts.get(k).label(), pts.get(k).n(), y[k], r.fitted().get(k),
                    r.counterfactual().get(k), k >= t0));
        }
        ItsReport report = new ItsReport(source, metric, at, b.label(), r.terms(), r.lags(), r.ljungBoxQ(),
                r.ljungBoxLag(), r.ljungBoxP(), periods, r.method());
        if (out != OutputFormat.TEXT) {
            Emit.write(out, report, ItsPeriod.class, periods, w);
            return;
        }
        w.printf(Locale.ROOT, "interrupted time series of %s by %s, change at %s (%s), %d periods (%d before)%n",
                metric, b.label(), at, source, pts.size(), t0);
        for (InterruptedTimeSeries.Term t : r.terms()) {
            w.printf(Locale.ROOT, "  %-13s %10.4f  SE %.4f  %.0f%% CI [%.4f, %.4f]  p %.4g%n", t.name(), t.estimate(),
                    t.stdError(), confidence * 100, t.interval().lower(), t.interval().upper(), t.pValue());
        }
        w.printf(Locale.ROOT, "Newey-West lag %d; Ljung-Box Q(%d) = %.2f, p %.4g (%s)%n", r.lags(), r.ljungBoxLag(),
                r.ljungBoxQ(), r.ljungBoxP(), r.ljungBoxP() < 0.05 ? "residuals autocorrelated" : "no evidence of "
                        + "residual autocorrelation");
        w.println();
        Emit.table(ItsPeriod.class, periods, w);
    }

    private void detect(List<Interaction> all, AnswerField answer, String source, TimeBucket b, ZoneId z,
                        OutputFormat out, PrintWriter w) {
        Dimension dim = null;
        if (by != null) {
            try {
                dim = Dimension.parse(by, z);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--by: " + e.getMessage());
            }
        }
        PeriodSeries s = PeriodSeries.create(b, z);
        for (Interaction i : all) {
            double v = answer.valueOf(i);
            if (!Double.isNaN(v)) {
                s.add(dim == null ? "all" : dim.valueOf(i), i.timestamp(), v);
            }
        }
        if (s.groups().isEmpty()) {
            throw new InputException(source + ": no " + metric + " answers");
        }
        List<ChangeRow> rows = new ArrayList<>();
        Map<String, Integer> sizes = new TreeMap<>();
        double scale = metric.equalsIgnoreCase("nps") ? 100 : metric.equalsIgnoreCase("csat") ? 100 : 1;
        String unit = metric.equalsIgnoreCase("csat") ? "%" : "";
        String method = "";
        for (String g : s.groups()) {
            List<PeriodSeries.Point> pts = s.series(g).stream().filter(p -> p.n() > 0).toList();
            sizes.put(g, pts.size());
            if (pts.size() < 2 * minSegment) {
                continue;
            }
            double[] y = pts.stream().mapToDouble(PeriodSeries.Point::mean).toArray();
            ChangePoints.Result r = ChangePoints.detect(y, new ChangePoints.Settings(
                    penalty == null ? Double.NaN : penalty, minSegment));
            method = r.method();
            for (ChangePoints.Change c : r.changes()) {
                PeriodSeries.Point p = pts.get(c.index());
                String text = String.format(Locale.ROOT, "%s%s %s from %.0f%s to %.0f%s around %s",
                        metric.toUpperCase(Locale.ROOT), g.equals("all") ? "" : " on " + g,
                        c.after() < c.before() ? "dropped" : "rose", c.before() * scale, unit, c.after() * scale, unit,
                        p.start());
                rows.add(new ChangeRow(g, p.label(), c.before(), c.after(), pts.size(), text));
            }
        }
        DetectReport report = new DetectReport(source, metric, by == null ? "" : by, b.label(), rows, sizes,
                method.isEmpty() ? "pelt" : method);
        if (out != OutputFormat.TEXT) {
            Emit.write(out, report, ChangeRow.class, rows, w);
            return;
        }
        w.printf(Locale.ROOT, "change points in %s by %s%s (%s); PELT, BIC penalty unless --penalty, segments of at "
                + "least %d periods%n", metric, b.label(), by == null ? "" : ", per " + by, source, minSegment);
        if (rows.isEmpty()) {
            w.println("no change point found in " + sizes.size() + " group(s)" + (sizes.values().stream()
                    .anyMatch(v -> v < 2 * minSegment) ? " (groups with fewer than " + 2 * minSegment
                    + " periods were not searched)" : ""));
        }
        for (ChangeRow r : rows) {
            w.println("  " + r.summary());
        }
        w.flush();
    }

    private void homogeneity(List<Interaction> all, String source, ZoneId z, OutputFormat out, PrintWriter w) {
        if (by == null) {
            throw new UsageException("--homogeneity needs --by DIM, e.g. --by channel");
        }
        Dimension dim;
        MultipleComparisons.Method corr;
        try {
            dim = Dimension.parse(by, z);
            corr = MultipleComparisons.Method.parse(correction);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        AnswerField raw = new AnswerField(metric.toLowerCase(Locale.ROOT).equals("csat") ? "csat.top"
                : metric.toLowerCase(Locale.ROOT).equals("nps") ? "nps.score" : "ces");
        List<String> categories = switch (metric.toLowerCase(Locale.ROOT)) {
            case "nps" -> List.of("detractor", "passive", "promoter");
            case "csat" -> List.of("not_satisfied", "satisfied");
            default -> List.of("1", "2", "3", "4", "5", "6", "7");
        };
        Map<String, long[]> table = new LinkedHashMap<>();
        for (Interaction i : all) {
            double v = raw.valueOf(i);
            if (Double.isNaN(v)) {
                continue;
            }
            int k = switch (metric.toLowerCase(Locale.ROOT)) {
                case "nps" -> (int) v + 1;
                case "csat" -> (int) v;
                default -> (int) v - 1;
            };
            table.computeIfAbsent(dim.valueOf(i), g -> new long[categories.size()])[k]++;
        }
        Map<String, long[]> sorted = new TreeMap<>(table);
        List<String> groups = new ArrayList<>(sorted.keySet());
        long[][] counts = sorted.values().toArray(new long[0][]);
        Homogeneity.Result r;
        try {
            r = Homogeneity.test(groups, categories, counts, corr);
        } catch (IllegalArgumentException e) {
            throw new InputException(source + ": " + metric + " by " + by + ": " + e.getMessage());
        }
        HomogeneityReport report = new HomogeneityReport(source, metric, by, r.categories(), r.n(), r.chiSquare(),
                r.df(), r.pValue(), r.cramersV(), r.minExpected(), r.groups(),
                corr.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (out != OutputFormat.TEXT) {
            Emit.write(out, report, Homogeneity.GroupTest.class, r.groups(), w);
            return;
        }
        w.printf(Locale.ROOT, "homogeneity of %s across %s (%s): chi-square %.3f, df %d, p %.4g, Cramer's V %.3f, n %d"
                + "%n", metric, by, source, r.chiSquare(), r.df(), r.pValue(), r.cramersV(), r.n());
        if (r.minExpected() < 5) {
            w.printf(Locale.ROOT, "note: the smallest expected count is %.1f (< 5): the chi-square p-value is "
                    + "approximate%n", r.minExpected());
        }
        w.println("each group against the rest (" + report.correction() + " adjusted):");
        Emit.table(Homogeneity.GroupTest.class, r.groups(), w);
    }
}
