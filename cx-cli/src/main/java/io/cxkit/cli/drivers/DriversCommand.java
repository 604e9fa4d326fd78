package io.cxkit.cli.drivers;

import io.cxkit.cli.InputException;
import io.cxkit.cli.LoadedInput;
import io.cxkit.cli.OutputFormat;
import io.cxkit.cli.UsageException;
import io.cxkit.core.Interaction;
import io.cxkit.metrics.Interval;
import io.cxkit.metrics.drivers.AnswerField;
import io.cxkit.metrics.drivers.BootstrapSummary;
import io.cxkit.metrics.drivers.Coefficient;
import io.cxkit.metrics.drivers.CorrelationAccumulator;
import io.cxkit.metrics.drivers.DriverImportance;
import io.cxkit.metrics.drivers.ImportancePerformance;
import io.cxkit.metrics.drivers.KeyDriverAnalysis;
import io.cxkit.metrics.drivers.KeyDriverResult;
import io.cxkit.metrics.drivers.LogisticFit;
import io.cxkit.metrics.drivers.LogisticRegression;
import io.cxkit.metrics.drivers.MissingAnswers;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cx drivers}: key-driver analysis of an outcome on question ratings (LMG, Johnson's relative weights,
 * standardised betas, correlations; bootstrap intervals on request; importance–performance quadrants), or a
 * logistic regression of a 0/1 outcome ({@code --model logistic}).
 */
@Command(name = "drivers", mixinStandardHelpOptions = true,
        description = {"What drives an outcome: key drivers, logistic fits and behaviour drivers.",
            "LMG (Shapley share of R²), Johnson's relative weights, standardised betas and correlations per",
            "driver, with the model's R², adjusted R² and F test, and importance-performance quadrants",
            "('fix first': high importance, low performance). Drivers are answer fields",
            "(attr.q_speed, csat, ...) of the interactions of --input (default: the embedded sample), one",
            "interaction per respondent, or columns of a respondent table (--table). --model logistic fits a",
            "0/1 outcome by IRLS and reports odds ratios."})
public final class DriversCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--input", paramLabel = "FILE", description = "Interaction file (default: the embedded sample).")
    Path input;

    @Option(names = "--table", paramLabel = "FILE",
            description = "A respondent table (CSV with a header row); --outcome and --drivers name its columns.")
    Path table;

    @Option(names = "--outcome", paramLabel = "FIELD", defaultValue = "nps",
            description = "The outcome: nps, csat, ces, rating, attr.NAME, or a --table column (default: "
                    + "${DEFAULT-VALUE}).")
    String outcome;

    @Option(names = "--drivers", paramLabel = "FIELD", split = ",",
            description = "The drivers, comma-separated: attr.NAME, csat, ces, ... or --table columns.")
    List<String> drivers = List.of();

    @Option(names = "--journeys", description = "Behaviour drivers: what in the journeys before an NPS answer "
            + "raises the odds of a detractor answer (--outcome detractor), and the negativity ratio; or what in a "
            + "journey raises the odds of churn after it (--outcome churn, as the churn metric defines a lost "
            + "customer).")
    boolean journeys;

    @Option(names = "--wait-minutes", paramLabel = "N", defaultValue = "5",
            description = "--journeys: a wait over N minutes counts as a long wait (default ${DEFAULT-VALUE}).")
    long waitMinutes;

    @Option(names = "--method", paramLabel = "M", split = ",", defaultValue = "lmg,rw,beta",
            description = "The importances to show in text: lmg, rw, beta, r (default: ${DEFAULT-VALUE}); JSON "
                    + "and CSV carry all.")
    List<String> methods;

    @Option(names = "--model", paramLabel = "MODEL", defaultValue = "linear",
            description = "linear (key-driver analysis) or logistic (0/1 outcome) (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--firth", description = "Logistic: Firth's penalised likelihood (finite under separation).")
    boolean firth;

    @Option(names = "--missing", paramLabel = "HOW", defaultValue = "complete",
            description = "complete (respondents who answered all) or pairwise (default: ${DEFAULT-VALUE}).")
    String missing;

    @Option(names = "--bootstrap", paramLabel = "N", defaultValue = "0",
            description = "Bootstrap resamples for intervals (0: none; 2000 is usual).")
    int bootstrap;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", description = "Bootstrap seed.")
    long seed;

    @Option(names = "--interval", paramLabel = "METHOD", defaultValue = "bca",
            description = "Bootstrap interval: bca or percentile (default: ${DEFAULT-VALUE}).")
    String interval;

    @Option(names = "--confidence", paramLabel = "LEVEL", defaultValue = "0.95",
            description = "Two-sided confidence level (default: ${DEFAULT-VALUE}).")
    double confidence;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or csv (default: ${DEFAULT-VALUE}).")
    String format;

    /** The key-driver result as written: the analysis plus its importance–performance quadrants. */
    public record DriversReport(String source, String outcome, long n, long skipped, String missing,
                                double rSquared, double adjustedRSquared, double fStatistic, int dfModel,
                                long dfResidual, double fPValue, List<DriverImportance> drivers,
                                Optional<BootstrapSummary> bootstrap,
                                List<ImportancePerformance.Point> importancePerformance, String method) {
    }

    /** One CSV row per driver. */
    public record DriverRow(String name, double mean, double lmg, double lmgPercent, double lmgLower,
                            double lmgUpper, double relativeWeight, double relativeWeightPercent,
                            double relativeWeightLower, double relativeWeightUpper, double beta, double betaLower,
                            double betaUpper, double correlation, double correlationLower, double correlationUpper,
                            String quadrant, long n, double rSquared) {
    }

    /** A logistic fit as written. */
    public record LogisticReport(String source, String outcome, long n, long events, double deviance,
                                 double nullDeviance, double aic, int iterations, boolean converged,
                                 List<Coefficient> coefficients, String method) {
    }

    /** One CSV row per coefficient. */
    public record CoefficientRow(String name, double estimate, double stdError, double z, double pValue,
                                 double oddsRatio, double oddsRatioLower, double oddsRatioUpper, long n) {
    }

    @Override
    public Integer call() {
        OutputFormat out = OutputFormat.parse(format);
        PrintWriter w = spec.commandLine().getOut();
        if (input != null && table != null) {
            throw new UsageException("give --input or --table, not both");
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new UsageException("--confidence must be within (0, 1), was " + confidence);
        }
        if (journeys) {
            journeyDrivers(out, w);
            return 0;
        }
        List<String> names = drivers.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (names.isEmpty()) {
            throw new UsageException("--drivers names no driver");
        }
        if (names.contains(outcome) || names.stream().distinct().count() != names.size()) {
            throw new UsageException("--drivers must be distinct and must not include the outcome");
        }
        String source;
        double[][] columns;
        if (table != null) {
            source = table.toString();
            List<String> all = new ArrayList<>();
            all.add(outcome);
            all.addAll(names);
            columns = RespondentTable.read(table, all);
        } else {
            source = input == null ? io.cxkit.cli.EmbeddedSample.SOURCE : input.toString();
            columns = fromInteractions(source, names);
        }
        switch (model.toLowerCase(Locale.ROOT)) {
            case "linear" -> linear(source, names, columns, out, w);
            case "logistic" -> logistic(source, names, columns, out, w);
            default -> throw new UsageException("--model must be linear or logistic, was '" + model + "'");
        }
        return 0;
    }

    /** Behaviour drivers as written. */
    public record JourneyDriversReport(String source, String outcome, String definition, long journeys,
                                       long skipped, long censored, long events, List<Coefficient> coefficients,
                                       List<String> leftOut,
                                       Optional<io.cxkit.journey.drivers.NegativityRatio.Estimate> negativityRatio,
                                       String method) {
    }

    private void journeyDrivers(OutputFormat out, PrintWriter w) {
        if (table != null) {
            throw new UsageException("--journeys reads interactions (--input), not a --table");
        }
        String o = outcome.toLowerCase(Locale.ROOT);
        if (!o.equals("detractor") && !o.equals("nps") && !o.equals("churn")) {
            throw new UsageException("--journeys takes --outcome detractor or churn, was '" + outcome + "'");
        }
        if (waitMinutes < 0) {
            throw new UsageException("--wait-minutes must not be negative, was " + waitMinutes);
        }
        String source = input == null ? io.cxkit.cli.EmbeddedSample.SOURCE : input.toString();
        List<Interaction> all = LoadedInput.read(input == null ? List.of() : List.of(input)).interactions();
        List<io.cxkit.journey.Journey> js = io.cxkit.journey.JourneyCutter.byJourneyId().cut(all);
        io.cxkit.journey.drivers.JourneyFeatures features = new io.cxkit.journey.drivers.JourneyFeatures(
                java.time.Duration.ofMinutes(waitMinutes), List.of(),
                io.cxkit.journey.scoring.ScoringSettings.DEFAULTS);
        if (o.equals("churn")) {
            churnDrivers(source, features, js, out, w);
            return;
        }
        io.cxkit.journey.drivers.JourneyFeatureTable t = features.table(js);
        if (t.journeys() == 0) {
            throw new InputException(source + ": no journey has an NPS answer after at least one interaction ("
                    + t.skipped() + " journeys)");
        }
        io.cxkit.journey.drivers.BehaviourDrivers.Result r = io.cxkit.journey.drivers.BehaviourDrivers.detractors(t,
                new LogisticRegression.Settings(firth, firth ? 100 : 25, confidence));
        io.cxkit.journey.drivers.NegativityRatio.Estimate neg = io.cxkit.journey.drivers.NegativityRatio.estimate(t,
                bootstrap > 0 ? bootstrap : 1000, seed, confidence);
        JourneyDriversReport report = new JourneyDriversReport(source, "detractor", "first NPS answer of the "
                + "journey 0-6, features of the interactions before it", t.journeys(), t.skipped(), 0,
                r.fit().events(), r.fit().coefficients(), r.constant(), Optional.of(neg), r.fit().method()
                + "; negativity ratio: OLS of the NPS answer on negative and positive moments and length, "
                + "percentile bootstrap");
        List<CoefficientRow> rows = r.fit().coefficients().stream().map(c -> new CoefficientRow(c.name(),
                c.estimate(), c.stdError(), c.z(), c.pValue(), c.oddsRatio(), c.oddsRatioInterval().lower(),
                c.oddsRatioInterval().upper(), r.fit().n())).toList();
        if (out != OutputFormat.TEXT) {
            Emit.write(out, report, CoefficientRow.class, rows, w);
            return;
        }
        w.printf(Locale.ROOT, "behaviour drivers of a detractor answer (%s): %d answered journeys (%d without an "
                + "answer after an interaction), %d detractors, %s%n", source, t.journeys(), t.skipped(),
                r.fit().events(), r.fit().method());
        w.printf(Locale.ROOT, "%-28s %10s %11s %22s %10s%n", "feature", "estimate", "odds_ratio",
                (int) Math.round(confidence * 100) + "% interval (OR)", "p");
        for (CoefficientRow c : rows) {
            w.printf(Locale.ROOT, "%-28s %10.4f %11.4g   [%8.4g, %8.4g] %10s%n", c.name(), c.estimate(),
                    c.oddsRatio(), c.oddsRatioLower(), c.oddsRatioUpper(), p(c.pValue()));
        }
        if (!r.constant().isEmpty()) {
            w.println("left out (no variation, or determined by the others): " + String.join(", ", r.constant()));
        }
        if (neg.defined()) {
            w.printf(Locale.ROOT, "negativity ratio %.2f%s: one negative moment moves the NPS answer by %.3f points, "
                    + "one positive by %.3f (controlling for length; n %d journeys)%n", neg.ratio(),
                    neg.interval().map(i -> String.format(Locale.ROOT, " (%.0f%% CI [%.2f, %.2f], %d of %d resamples)",
                            i.confidence() * 100, i.lower(), i.upper(), neg.usable(), neg.resamples())).orElse(""),
                    neg.betaNegative(), neg.betaPositive(), neg.n());
        } else {
            w.printf(Locale.ROOT, "negativity ratio: not defined here, positive moments did not raise the answer "
                    + "(slope %.3f; n %d journeys)%n", neg.betaPositive(), neg.n());
        }
        w.println("note: " + neg.note());
        w.flush();
    }

    private void churnDrivers(String source, io.cxkit.journey.drivers.JourneyFeatures features,
                              List<io.cxkit.journey.Journey> js, OutputFormat out, PrintWriter w) {
        io.cxkit.journey.drivers.JourneyOutcomeTable t = features.churnTable(js,
                io.cxkit.metrics.retention.ChurnRate.DEFAULT_CHURN_OUTCOMES, java.time.ZoneOffset.UTC);
        if (t.journeys() == 0) {
            throw new InputException(source + ": no journey can be followed to churn or not (" + t.skipped()
                    + " start with a churn outcome, " + t.censored() + " end too late: the month after them is not "
                    + "complete in the data)");
        }
        io.cxkit.journey.drivers.BehaviourDrivers.Result r;
        try {
            r = io.cxkit.journey.drivers.BehaviourDrivers.churn(t,
                    new LogisticRegression.Settings(firth, firth ? 100 : 25, confidence));
        } catch (IllegalArgumentException e) {
            throw new InputException(source + ": " + e.getMessage());
        }
        JourneyDriversReport report = new JourneyDriversReport(source, "churn", t.definition(), t.journeys(),
                t.skipped(), t.censored(), r.fit().events(), r.fit().coefficients(), r.constant(), Optional.empty(),
                r.fit().method());
        List<CoefficientRow> rows = r.fit().coefficients().stream().map(c -> new CoefficientRow(c.name(),
                c.estimate(), c.stdError(), c.z(), c.pValue(), c.oddsRatio(), c.oddsRatioInterval().lower(),
                c.oddsRatioInterval().upper(), r.fit().n())).toList();
        if (out != OutputFormat.TEXT) {
            Emit.write(out, report, CoefficientRow.class, rows, w);
            return;
        }
        w.printf(Locale.ROOT, "behaviour drivers of churn after a journey (%s): %d journeys, %d followed by churn, "
                + "%s%n", source, t.journeys(), r.fit().events(), r.fit().method());
        w.println("churn: " + t.definition());
        w.printf(Locale.ROOT, "left out: %d journeys that start with a churn outcome, %d whose next month is not "
                + "complete in the data%n", t.skipped(), t.censored());
        w.printf(Locale.ROOT, "%-28s %10s %11s %22s %10s%n", "feature", "estimate", "odds_ratio",
                (int) Math.round(confidence * 100) + "% interval (OR)", "p");
        for (CoefficientRow c : rows) {
            w.printf(Locale.ROOT, "%-28s %10.4f %11.4g   [%8.4g, %8.4g] %10s%n", c.name(), c.estimate(),
                    c.oddsRatio(), c.oddsRatioLower(), c.oddsRatioUpper(), p(c.pValue()));
        }
        if (!r.constant().isEmpty()) {
            w.println("left out (no variation, or determined by the others): " + String.join(", ", r.constant()));
        }
        w.flush();
    }

    private double[][] fromInteractions(String source, List<String> names) {
        AnswerField y;
        List<AnswerField> xs = new ArrayList<>();
        try {
            y = new AnswerField(outcome);
            for (String n : names) {
                xs.add(new AnswerField(n));
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        List<Interaction> all = LoadedInput.read(input == null ? List.of() : List.of(input)).interactions();
        List<double[]> rows = new ArrayList<>();
        for (Interaction i : all) {
            double yv = y.valueOf(i);
            double[] row = new double[xs.size() + 1];
            row[0] = yv;
            boolean any = false;
            for (int k = 0; k < xs.size(); k++) {
                row[k + 1] = xs.get(k).valueOf(i);
                any |= !Double.isNaN(row[k + 1]);
            }
            // A respondent is an interaction that answered the outcome or a driver.
            if (!Double.isNaN(yv) || any) {
                rows.add(row);
            }
        }
        if (rows.isEmpty()) {
            throw new InputException(source + ": no interaction carries " + outcome + " or any of " + names
                    + (names.stream().anyMatch(n -> n.startsWith("attr.")) ? " (question ratings are attributes "
                    + "such as attr.q_speed)" : ""));
        }
        double[][] cols = new double[xs.size() + 1][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int k = 0; k <= xs.size(); k++) {
                cols[k][i] = rows.get(i)[k];
            }
        }
        return cols;
    }

    private void linear(String source, List<String> names, double[][] columns, OutputFormat out, PrintWriter w) {
        MissingAnswers how = switch (missing.toLowerCase(Locale.ROOT)) {
            case "complete" -> MissingAnswers.COMPLETE_CASES;
            case "pairwise" -> MissingAnswers.PAIRWISE;
            default -> throw new UsageException("--missing must be complete or pairwise, was '" + missing + "'");
        };
        for (String m : methods) {
            if (!List.of("lmg", "rw", "beta", "r").contains(m.strip().toLowerCase(Locale.ROOT))) {
                throw new UsageException("--method takes lmg, rw, beta and r, was '" + m + "'");
            }
        }
        KeyDriverResult r;
        if (bootstrap > 0) {
            KeyDriverAnalysis.Bootstrap b;
            try {
                b = new KeyDriverAnalysis.Bootstrap(bootstrap, seed, interval.toLowerCase(Locale.ROOT), confidence);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--bootstrap/--interval: " + e.getMessage());
            }
            r = KeyDriverAnalysis.bootstrap(outcome, names, columns, how, b);
        } else {
            CorrelationAccumulator acc = CorrelationAccumulator.create(columns.length, how);
            acc.addColumns(columns, new int[0], columns[0].length);
            r = KeyDriverAnalysis.fit(outcome, names, acc);
        }
        List<ImportancePerformance.Point> ipa = ImportancePerformance.of(r);
        DriversReport report = new DriversReport(source, r.outcome(), r.n(), r.skipped(),
                r.missing().name().toLowerCase(Locale.ROOT), r.rSquared(), r.adjustedRSquared(), r.fStatistic(),
                r.dfModel(), r.dfResidual(), r.fPValue(), r.drivers(), r.bootstrap(), ipa, r.method());
        List<DriverRow> rows = new ArrayList<>();
        for (int j = 0; j < r.drivers().size(); j++) {
            DriverImportance d = r.drivers().get(j);
            rows.add(new DriverRow(d.name(), d.mean(), d.lmg(), d.lmgPercent(), lo(d, "lmg"), hi(d, "lmg"),
                    d.relativeWeight(), d.relativeWeightPercent(), lo(d, "relative_weight"), hi(d, "relative_weight"),
                    d.beta(), lo(d, "beta"), hi(d, "beta"), d.correlation(), lo(d, "correlation"),
                    hi(d, "correlation"), ipa.get(j).quadrant(), r.n(), r.rSquared()));
        }
        if (out != OutputFormat.TEXT) {
            Emit.write(out, report, DriverRow.class, rows, w);
            return;
        }
        w.printf(Locale.ROOT, "key drivers of %s (%s)%n", r.outcome(), source);
        w.printf(Locale.ROOT, "n %d respondents (%s%s), R² %.4f, adjusted %.4f, F(%d, %d) = %.2f, p %s%n", r.n(),
                report.missing(), r.skipped() > 0 ? ", " + r.skipped() + " skipped for a missing answer" : "",
                r.rSquared(), r.adjustedRSquared(), r.dfModel(), r.dfResidual(), r.fStatistic(), p(r.fPValue()));
        List<String> shown = methods.stream().map(m -> m.strip().toLowerCase(Locale.ROOT)).toList();
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-24s %8s", "driver", "mean"));
        if (shown.contains("lmg")) {
            head.append(String.format(Locale.ROOT, " %8s %6s", "lmg", "lmg%"));
        }
        if (shown.contains("rw")) {
            head.append(String.format(Locale.ROOT, " %8s %6s", "rw", "rw%"));
        }
        if (shown.contains("beta")) {
            head.append(String.format(Locale.ROOT, " %8s", "beta"));
        }
        if (shown.contains("r")) {
            head.append(String.format(Locale.ROOT, " %8s", "r"));
        }
        head.append("  quadrant");
        w.println(head);
        for (DriverRow d : rows) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-24s %8.3f", d.name(), d.mean()));
            if (shown.contains("lmg")) {
                line.append(String.format(Locale.ROOT, " %8.4f %5.1f%%", d.lmg(), d.lmgPercent()));
            }
            if (shown.contains("rw")) {
                line.append(String.format(Locale.ROOT, " %8.4f %5.1f%%", d.relativeWeight(),
                        d.relativeWeightPercent()));
            }
            if (shown.contains("beta")) {
                line.append(String.format(Locale.ROOT, " %8.4f", d.beta()));
            }
            if (shown.contains("r")) {
                line.append(String.format(Locale.ROOT, " %8.4f", d.correlation()));
            }
            line.append("  ").append(d.quadrant().replace('_', ' '));
            w.println(line);
        }
        r.bootstrap().ifPresent(b -> {
            w.printf(Locale.ROOT, "%n%.0f%% %s bootstrap intervals (%d of %d resamples usable, seed %d):%n",
                    b.confidence() * 100, b.method(), b.usable(), b.resamples(), b.seed());
            for (DriverRow d : rows) {
                w.printf(Locale.ROOT, "  %-24s lmg [%.4f, %.4f]  rw [%.4f, %.4f]  beta [%.4f, %.4f]%n", d.name(),
                        d.lmgLower(), d.lmgUpper(), d.relativeWeightLower(), d.relativeWeightUpper(), d.betaLower(),
                        d.betaUpper());
            }
            w.println("probability that the row's LMG exceeds the column's:");
            for (int i = 0; i < rows.size(); i++) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-24s", rows.get(i).name()));
                for (int j = 0; j < rows.size(); j++) {
                    line.append(i == j ? "     -" : String.format(Locale.ROOT, " %5.2f", b.outrank().get(i).get(j)));
                }
                w.println(line);
            }
        });
        w.println("quadrants split at the mean importance and mean performance; 'fix first' = high importance, "
                + "low performance");
        w.flush();
    }

    private static double lo(DriverImportance d, String k) {
        Interval i = d.intervals().get(k);
        return i == null ? Double.NaN : i.lower();
    }

    private static double hi(DriverImportance d, String k) {
        Interval i = d.intervals().get(k);
        return i == null ? Double.NaN : i.upper();
    }

    private static String p(double p) {
        return p < 1e-4 ? String.format(Locale.ROOT, "%.1e", p) : String.format(Locale.ROOT, "%.4f", p);
    }

    private void logistic(String source, List<String> names, double[][] columns, OutputFormat out, PrintWriter w) {
        int n = columns[0].length;
        int keep = 0;
        boolean[] ok = new boolean[n];
        for (int i = 0; i < n; i++) {
            ok[i] = true;
            for (double[] c : columns) {
                ok[i] &= !Double.isNaN(c[i]);
            }
            keep += ok[i] ? 1 : 0;
        }
        double[] y = new double[keep];
        double[][] x = new double[names.size()][keep];
        for (int i = 0, r = 0; i < n; i++) {
            if (ok[i]) {
                y[r] = columns[0][i];
                for (int k = 0; k < names.size(); k++) {
                    x[k][r] = columns[k + 1][i];
                }
                r++;
            }
        }
        LogisticFit fit = LogisticRegression.fit(outcome, names, x, y,
                new LogisticRegression.Settings(firth, firth ? 100 : 25, confidence));
        LogisticReport report = new LogisticReport(source, fit.outcome(), fit.n(), fit.events(), fit.deviance(),
                fit.nullDeviance(), fit.aic(), fit.iterations(), fit.converged(), fit.coefficients(), fit.method());
        List<CoefficientRow> rows = fit.coefficients().stream().map(c -> new CoefficientRow(c.name(), c.estimate(),
                c.stdError(), c.z(), c.pValue(), c.oddsRatio(), c.oddsRatioInterval().lower(),
                c.oddsRatioInterval().upper(), fit.n())).toList();
        if (out != OutputFormat.TEXT) {
            Emit.write(out, report, CoefficientRow.class, rows, w);
            return;
        }
        w.printf(Locale.ROOT, "logistic regression of %s (%s), %s%n", fit.outcome(), source, fit.method());
        w.printf(Locale.ROOT, "n %d (%d events, %d skipped for a missing value), deviance %.3f (null %.3f), AIC %.3f,"
                + " converged in %d iterations%n", fit.n(), fit.events(), n - keep, fit.deviance(), fit.nullDeviance(),
                fit.aic(), fit.iterations());
        w.printf(Locale.ROOT, "%-24s %12s %10s %8s %10s %11s %22s%n", "term", "estimate", "std_error", "z", "p",
                "odds_ratio", (int) Math.round(confidence * 100) + "% interval (OR)");
        for (CoefficientRow c : rows) {
            w.printf(Locale.ROOT, "%-24s %12.6f %10.6f %8.3f %10s %11.4g   [%.4g, %.4g]%n", c.name(), c.estimate(),
                    c.stdError(), c.z(), p(c.pValue()), c.oddsRatio(), c.oddsRatioLower(), c.oddsRatioUpper());
        }
        w.flush();
    }
}
