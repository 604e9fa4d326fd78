package io.cxkit.cli.clv;

import io.cxkit.cli.InputException;
import io.cxkit.cli.Output;
import io.cxkit.cli.OutputFormat;
import io.cxkit.cli.TextTable;
import io.cxkit.cli.UsageException;
import io.cxkit.metrics.clv.BgBb;
import io.cxkit.metrics.clv.BgNbd;
import io.cxkit.metrics.clv.CalibrationHoldout;
import io.cxkit.metrics.clv.ClvSettings;
import io.cxkit.metrics.clv.CustomerSummarizer;
import io.cxkit.metrics.clv.CustomerSummary;
import io.cxkit.metrics.clv.CustomerValue;
import io.cxkit.metrics.clv.GammaGamma;
import io.cxkit.metrics.clv.LifetimeValue;
import io.cxkit.metrics.clv.MbgNbd;
import io.cxkit.metrics.clv.ModelChecks;
import io.cxkit.metrics.clv.ModelFit;
import io.cxkit.metrics.clv.ParetoNbd;
import io.cxkit.metrics.clv.ShiftedBetaGeometric;
import io.cxkit.metrics.clv.SummaryTable;
import io.cxkit.metrics.clv.Transaction;
import io.cxkit.metrics.clv.TransactionModel;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cx clv}: fit "buy till you die" and spend models, predict each customer's lifetime value, and check a
 * model against a holdout period.
 */
@Command(name = "clv", mixinStandardHelpOptions = true,
        description = "Customer lifetime value: BG/NBD, MBG/NBD, Pareto/NBD, Gamma-Gamma, BG/BB and sBG models.",
        subcommands = {ClvCommand.Fit.class, ClvCommand.Predict.class, ClvCommand.Check.class})
public final class ClvCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final List<String> TRANSACTION_MODELS = List.of("bgnbd", "mbgnbd", "pareto-nbd");

    static ModelFit<? extends TransactionModel> fitTransactions(String model, SummaryTable table) {
        SummaryTable compressed = table.compress();
        return switch (model) {
            case "bgnbd" -> BgNbd.fit(compressed);
            case "mbgnbd" -> MbgNbd.fit(compressed);
            case "pareto-nbd" -> ParetoNbd.fit(compressed);
            default -> throw new UsageException("--model must be one of " + String.join(", ", TRANSACTION_MODELS)
                    + " here, was " + model);
        };
    }

    /** The rows as a table that names its customers in errors, with their weights. */
    static SummaryTable table(List<CustomerSummary> rows, double[] weights) {
        try {
            return SummaryTable.of(rows, weights);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
    }

    /** The JSON of a fit: the fields, then the extra ones. */
    static Map<String, Object> fitJson(ModelFit<?> fit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", fit.model());
        m.put("params", fit.params());
        m.put("log_likelihood", fit.logLikelihood());
        m.put("iterations", fit.iterations());
        m.put("converged", fit.converged());
        m.put("standard_errors", fit.standardErrors());
        m.put("convergence", fit.convergence());
        m.put("warnings", fit.warnings());
        m.put("evaluations", fit.evaluations());
        m.put("observations", fit.observations());
        if (fit.model().equals("gamma-gamma")) {
            m.put("excluded_no_positive_spend", fit.excluded());
        }
        return m;
    }

    static void printFitText(PrintWriter out, ModelFit<?> fit) {
        out.printf(Locale.ROOT, "model           %s (%s observations)%n", fit.model(), num(fit.observations()));
        out.printf(Locale.ROOT, "log-likelihood  %.4f%n", fit.logLikelihood());
        if (fit.converged()) {
            out.printf(Locale.ROOT, "converged       yes, after %d iterations and %d evaluations (%s)%n",
                    fit.iterations(), fit.evaluations(), fit.convergence());
        } else {
            out.printf(Locale.ROOT, "converged       NO, after %d iterations and %d evaluations: %s%n",
                    fit.iterations(), fit.evaluations(), fit.convergence().replaceFirst("^not converged: ", ""));
        }
        if (!fit.warnings().isEmpty()) {
            out.printf(Locale.ROOT, "warnings        %s: %s%n", String.join(", ", fit.warnings()),
                    warningWords(fit));
        }
        if (fit.model().equals("gamma-gamma") && fit.excluded() > 0) {
            out.printf(Locale.ROOT, "excluded        %s repeat buyers without positive spend (left out of the spend "
                    + "model)%n", num(fit.excluded()));
        }
        TextTable t = new TextTable(List.of("parameter", "estimate", "std. error"));
        for (var e : fit.params().entrySet()) {
            t.add(List.of(e.getKey(), number(e.getValue()), number(fit.standardErrors().get(e.getKey()))));
        }
        t.print(out);
    }

    /** The warnings of a fit, in words. */
    static String warningWords(ModelFit<?> fit) {
        List<String> words = new ArrayList<>();
        for (String w : fit.warnings()) {
            words.add(switch (w) {
                case ModelFit.BOUNDARY -> "a parameter ran to a boundary, there is no interior maximum";
                case ModelFit.NOT_IDENTIFIED -> "the data do not identify every parameter";
                case ModelFit.NOT_CONVERGED -> "the optimiser stopped before a convergence test was met";
                default -> w;
            });
        }
        return String.join("; ", words) + "; do not use these estimates";
    }

    /** Parameters as {@code r 0.2426, alpha 4.414}: four significant digits, in the model's order. */
    static String params(Map<String, Double> params) {
        List<String> parts = new ArrayList<>();
        params.forEach((k, v) -> parts.add(k + " " + String.format(Locale.ROOT, "%.4g", v)));
        return String.join(", ", parts);
    }

    /** A number for a text column: fixed point where it reads well, scientific beyond, "n/a" if not finite. */
    static String number(double v) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        double a = Math.abs(v);
        return a != 0 && (a >= 1e7 || a < 1e-4) ? String.format(Locale.ROOT, "%.4e", v)
                : String.format(Locale.ROOT, "%.6f", v);
    }

    /** Parses --format case-insensitively. */
    static OutputFormat format(String name, boolean csvAllowed) {
        return csvAllowed ? OutputFormat.parse(name)
                : OutputFormat.parse(name, OutputFormat.TEXT, OutputFormat.JSON);
    }

    static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.3f", v);
    }

    /**
     * What every {@code cx clv} subcommand shares: the input options ({@link ClvInput}) and its output streams.
     */
    abstract static class Subcommand implements Callable<Integer> {
        @Mixin
        ClvInput input;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        /** Where results go (picocli's out, so that tests can capture it). */
        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        /** Where warnings and progress go. */
        PrintWriter err() {
            return spec.commandLine().getErr();
        }
    }

    /** {@code cx clv fit}. */
    @Command(name = "fit", mixinStandardHelpOptions = true,
            description = "Fit a model by maximum likelihood; print parameters, log-likelihood, iterations, "
                    + "convergence and standard errors.")
    static final class Fit extends Subcommand {
        @Option(names = "--model", paramLabel = "MODEL", defaultValue = "bgnbd",
                description = "bgnbd, mbgnbd, pareto-nbd, gamma-gamma, bgbb (with --summary x,t_x,n,weight) or sbg "
                        + "(with --survivors) (default: ${DEFAULT-VALUE}).")
        String model;

        @Option(names = "--survivors", paramLabel = "FILE",
                description = "For --model sbg: CSV period,survivors; period 0 is the starting cohort.")
        Optional<Path> survivors = Optional.empty();

        @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
                description = "Output format (default: ${DEFAULT-VALUE}).")
        String formatName;

        @Override
        public Integer call() {
            PrintWriter out = out();
            PrintWriter err = err();
            OutputFormat format = format(formatName, false);
            String m = model.toLowerCase(Locale.ROOT);
            ModelFit<?> fit;
            Map<String, Object> extra = new LinkedHashMap<>();
            switch (m) {
                case "sbg" -> {
                    Path file = survivors.orElseThrow(() -> new UsageException("--model sbg needs --survivors FILE"));
                    fit = ShiftedBetaGeometric.fit(SummaryFiles.survivors(file, input.mapping()));
                    extra.put("unit", "period");
                }
                case "bgbb" -> {
                    Path file = input.summary.orElseThrow(() -> new UsageException(
                            "--model bgbb needs --summary FILE with header x,t_x,n,weight"));
                    fit = BgBb.fit(SummaryFiles.opportunities(file, input.mapping()));
                    extra.put("unit", "opportunity");
                }
                case "gamma-gamma" -> {
                    List<CustomerSummary> rows = input.summaries(err);
                    if (!input.hasAmounts()) {
                        throw new InputException("--model gamma-gamma needs amounts, and " + input.describe()
                                + " has no amount column (name it with --amount-col NAME)");
                    }
                    SummaryTable t = table(rows, input.weights(rows));
                    fit = spendFit(t);
                    extra.put("frequency_spend_correlation", GammaGamma.frequencySpendCorrelation(t));
                    extra.put("customers", rows.size());
                }
                default -> {
                    if (!TRANSACTION_MODELS.contains(m)) {
                        throw new UsageException("--model must be one of bgnbd, mbgnbd, pareto-nbd, gamma-gamma, bgbb,"
                                + " sbg, was " + model);
                    }
                    List<CustomerSummary> rows = input.summaries(err);
                    fit = fitTransactions(m, table(rows, input.weights(rows)));
                    extra.put("unit", input.unit().label());
                    extra.put("customers", rows.size());
                }
            }
            if (!fit.converged()) {
                err.println("cx: warning: the " + fit.model() + " fit is not a result: " + fit.convergence());
            }
            if (format == OutputFormat.JSON) {
                Map<String, Object> json = fitJson(fit);
                json.putAll(extra);
                Output.json(out, json);
            } else {
                out.println("input           " + (survivors.isPresent() ? "survivors " + survivors.get()
                        : input.describe()));
                printFitText(out, fit);
                extra.forEach((k, v) -> out.printf(Locale.ROOT, "%-15s %s%n", k.replace('_', ' '), v));
            }
            out.flush();
            return 0;
        }
    }

    /** The Gamma-Gamma fit, its refusal turned into bad input with a hint. */
    static ModelFit<GammaGamma> spendFit(SummaryTable t) {
        try {
            return GammaGamma.fit(t);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage() + " (clv predict --no-spend predicts without a spend model)");
        }
    }

    /** Up to five customers (of the given rows) that are repeat buyers without positive spend. */
    static List<String> withoutPositiveSpend(List<CustomerSummary> rows) {
        return rows.stream().filter(r -> r.frequency() > 0 && !(r.monetary() > 0)).limit(5)
                .map(CustomerSummary::customer).toList();
    }

    /** {@code cx clv predict}. */
    @Command(name = "predict", mixinStandardHelpOptions = true,
            description = "Per customer: P(alive), expected transactions and spend, and CLV over a horizon.")
    static final class Predict extends Subcommand {
        @Option(names = "--model", paramLabel = "MODEL", defaultValue = "bgnbd",
                description = "Transaction model: bgnbd, mbgnbd or pareto-nbd (default: ${DEFAULT-VALUE}); spend "
                        + "is always Gamma-Gamma.")
        String model;

        @Option(names = "--horizon", paramLabel = "PERIODS", defaultValue = "52",
                description = "Horizon in --unit periods, 1.." + ClvSettings.MAX_HORIZON + " (default: "
                        + "${DEFAULT-VALUE}).")
        long horizon;

        @Option(names = "--discount-rate", paramLabel = "RATE", defaultValue = "0",
                description = "Discount rate per --unit period, e.g. 0.01 (default: ${DEFAULT-VALUE}).")
        double discountRate;

        @Option(names = "--margin", paramLabel = "SHARE", defaultValue = "1",
                description = "Profit margin as a share of spend, 0..1 (default: ${DEFAULT-VALUE}, i.e. revenue).")
        double margin;

        @Option(names = "--no-spend",
                description = "No spend model: P(alive) and expected transactions only (the default when the input "
                        + "has no amounts).")
        boolean noSpend;

        @Option(names = "--top", paramLabel = "N", description = "Only the N customers of highest CLV.")
        Optional<Integer> top = Optional.empty();

        @Option(names = "--format", paramLabel = "text|json|csv", defaultValue = "text",
                description = "Output format (default: ${DEFAULT-VALUE}).")
        String formatName;

        @Override
        public Integer call() {
            PrintWriter out = out();
            PrintWriter err = err();
            OutputFormat format = format(formatName, true);
            String m = model.toLowerCase(Locale.ROOT);
            if (!TRANSACTION_MODELS.contains(m)) {
                throw new UsageException("clv predict does not support --model " + model + ": it predicts with a "
                        + "continuous-time transaction model (" + String.join(", ", TRANSACTION_MODELS)
                        + ") and Gamma-Gamma spend"
                        + (List.of("bgbb", "sbg", "gamma-gamma").contains(m) ? "; fit " + m + " with `cx clv fit "
                        + "--model " + m + "`" : ""));
            }
            if (horizon < 1 || horizon > ClvSettings.MAX_HORIZON) {
                throw new UsageException("--horizon must be within 1.." + ClvSettings.MAX_HORIZON + " periods of --unit, "
                        + "was " + horizon);
            }
            ClvSettings settings;
            try {
                settings = new ClvSettings((int) horizon, input.unit(), discountRate, margin);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            if (top.isPresent() && top.get() < 1) {
                throw new UsageException("--top must be >= 1, was " + top.get());
            }
            List<CustomerSummary> rows = input.summaries(err);
            SummaryTable t = table(rows, input.weights(rows));
            boolean withSpend = !noSpend;
            if (withSpend && (!input.hasAmounts() || rows.stream().allMatch(r -> r.monetary() == 0))) {
                withSpend = false;
                err.println("cx: note: no customer has a monetary value, so there is no spend model and no CLV: "
                        + "P(alive) and expected transactions only (--no-spend says this on purpose)");
            }
            ModelFit<? extends TransactionModel> fit = fitTransactions(m, t);
            ModelFit<GammaGamma> spend = withSpend ? spendFit(t) : null;
            LifetimeValue lv = null;
            if (spend != null) {
                try {
                    lv = new LifetimeValue(fit.fitted(), spend.fitted(), settings);
                } catch (IllegalStateException e) {
                    throw new InputException("clv predict: " + e.getMessage() + " (--no-spend predicts without it)");
                }
                if (spend.excluded() > 0) {
                    err.println("cx: note: " + num(spend.excluded()) + " repeat buyers without positive repeat spend "
                            + "are left out of the spend model and valued at its population mean spend (e.g. "
                            + String.join(", ", withoutPositiveSpend(rows)) + ")");
                }
            }
            for (ModelFit<?> f : spend == null ? List.<ModelFit<?>>of(fit) : List.<ModelFit<?>>of(fit, spend)) {
                if (!f.converged()) {
                    err.println("cx: warning: the " + f.model() + " fit did not converge (" + f.convergence()
                            + "); predictions use its last estimates and are not to be trusted");
                }
            }
            String rank = lv != null ? "clv" : "expected_transactions";
            List<Map<String, Object>> customers = new ArrayList<>();
            for (CustomerSummary s : rows) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("customer", s.customer());
                c.put("x", s.frequency());
                c.put("t_x", s.recency());
                c.put("T", s.age());
                c.put("monetary", s.monetary());
                try {
                    if (lv != null) {
                        CustomerValue v = lv.value(s);
                        c.put("p_alive", v.probabilityAlive());
                        c.put("expected_transactions", v.expectedTransactions());
                        c.put("expected_spend", v.expectedSpend());
                        c.put("clv", v.clv());
                    } else {
                        TransactionModel tm = fit.fitted();
                        c.put("p_alive", tm.probabilityAlive(s.frequency(), s.recency(), s.age()));
                        c.put("expected_transactions", tm.conditionalExpectedTransactions(settings.horizon(),
                                s.frequency(), s.recency(), s.age()));
                    }
                } catch (IllegalArgumentException | ArithmeticException e) {
                    throw new InputException("clv predict: customer " + s.customer() + ": " + e.getMessage());
                }
                customers.add(c);
            }
            customers.sort(Comparator.comparingDouble((Map<String, Object> c) -> (Double) c.get(rank)).reversed());
            if (top.isPresent() && top.get() < customers.size()) {
                customers = customers.subList(0, top.get());
            }
            List<String> header = new ArrayList<>(List.of("customer", "x", "t_x", "T", "monetary", "p_alive",
                    "expected_transactions"));
            if (lv != null) {
                header.addAll(List.of("expected_spend", "clv"));
            }
            switch (format) {
                case JSON -> {
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("model", fit.model());
                    json.put("params", fit.params());
                    json.put("converged", fit.converged());
                    json.put("convergence", fit.convergence());
                    json.put("warnings", fit.warnings());
                    json.put("spend_model", spend == null ? "none" : "gamma-gamma");
                    if (spend != null) {
                        json.put("spend_params", spend.params());
                        json.put("spend_converged", spend.converged());
                        json.put("spend_convergence", spend.convergence());
                        json.put("spend_warnings", spend.warnings());
                        json.put("spend_excluded_no_positive_spend", spend.excluded());
                    }
                    json.put("unit", settings.unit().label());
                    json.put("horizon", settings.horizon());
                    json.put("discount_rate_per_period", settings.discountRatePerPeriod());
                    json.put("margin", settings.margin());
                    json.put("customers", customers);
                    Output.json(out, json);
                }
                case CSV -> {
                    List<List<?>> lines = new ArrayList<>();
                    for (Map<String, Object> c : customers) {
                        lines.add(new ArrayList<>(c.values()));
                    }
                    Output.csv(out, header, lines);
                }
                default -> {
                    out.println("input      " + input.describe());
                    out.printf(Locale.ROOT, "model      %s: %s (%s)%n", fit.model(), params(fit.params()),
                            fit.converged() ? "converged" : "NOT converged: " + warningWords(fit));
                    if (spend != null) {
                        out.printf(Locale.ROOT, "spend      gamma-gamma: %s (%s)%s%n", params(spend.params()),
                                spend.converged() ? "converged" : "NOT converged: " + warningWords(spend),
                                spend.excluded() > 0 ? "; " + num(spend.excluded()) + " repeat buyers without "
                                        + "positive spend left out" : "");
                        out.printf(Locale.ROOT, "CLV        horizon %d %ss, discount rate %s per %s, margin %s%n",
                                settings.horizon(), settings.unit().label(), settings.discountRatePerPeriod(),
                                settings.unit().label(), settings.margin());
                    } else {
                        out.printf(Locale.ROOT, "horizon    %d %ss; no spend model, so no CLV%n", settings.horizon(),
                                settings.unit().label());
                    }
                    List<String> textHeader = new ArrayList<>(List.of("customer", "x", "t_x", "T", "monetary",
                            "p_alive", "exp_trans"));
                    if (lv != null) {
                        textHeader.addAll(List.of("exp_spend", "clv"));
                    }
                    TextTable table = new TextTable(textHeader);
                    for (Map<String, Object> c : customers) {
                        List<String> cells = new ArrayList<>(List.of(String.valueOf(c.get("customer")),
                                String.valueOf(c.get("x")), fixed(c.get("t_x"), 3), fixed(c.get("T"), 3),
                                fixed(c.get("monetary"), 2), fixed(c.get("p_alive"), 4),
                                fixed(c.get("expected_transactions"), 4)));
                        if (lv != null) {
                            cells.add(fixed(c.get("expected_spend"), 2));
                            cells.add(fixed(c.get("clv"), 2));
                        }
                        table.add(cells);
                    }
                    table.print(out);
                }
            }
            out.flush();
            return 0;
        }
    }

    /** A number with a fixed count of decimals, any width. */
    static String fixed(Object v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", ((Number) v).doubleValue());
    }

    /** {@code cx clv check}. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Calibration vs holdout: actual vs expected holdout transactions per calibration "
                    + "frequency, and cumulative repeat transactions per period (tracking).")
    static final class Check extends Subcommand {
        @Option(names = "--model", paramLabel = "MODEL", defaultValue = "bgnbd",
                description = "bgnbd, mbgnbd or pareto-nbd (default: ${DEFAULT-VALUE}).")
        String model;

        @Option(names = "--holdout-end", paramLabel = "DATE",
                description = "Last day of the holdout (default: the last transaction day).")
        Optional<String> holdoutEnd = Optional.empty();

        @Option(names = "--max-frequency", paramLabel = "X", defaultValue = "7",
                description = "Frequency groups 0..X-1 and X+ (default: ${DEFAULT-VALUE}).")
        int maxFrequency;

        @Option(names = "--format", paramLabel = "text|json|csv", defaultValue = "text",
                description = "Output format (default: ${DEFAULT-VALUE}).")
        String formatName;

        @Override
        public Integer call() {
            PrintWriter out = out();
            OutputFormat format = format(formatName, true);
            if (maxFrequency < 1) {
                throw new UsageException("--max-frequency must be >= 1, was " + maxFrequency);
            }
            List<Transaction> tx = input.transactions(err());
            LocalDate first = tx.stream().map(Transaction::date).min(Comparator.naturalOrder()).orElseThrow();
            LocalDate last = tx.stream().map(Transaction::date).max(Comparator.naturalOrder()).orElseThrow();
            LocalDate end = holdoutEnd.map(s -> ClvInput.date("--holdout-end", s)).orElse(last);
            LocalDate cal = input.calibrationEnd().orElseGet(() -> {
                if (!input.usesSample()) {
                    throw new UsageException("clv check needs --calibration-end DATE for a transactions file");
                }
                return first.plusDays(ChronoUnit.DAYS.between(first, last) / 2);
            });
            if (!end.isAfter(cal)) {
                throw new UsageException("--holdout-end " + end + " must be after --calibration-end " + cal);
            }
            CalibrationHoldout ch = new CustomerSummarizer(input.unit(), cal).split(tx, end);
            ModelFit<? extends TransactionModel> fit = fitTransactions(model.toLowerCase(Locale.ROOT),
                    SummaryTable.of(ch.calibration()));
            if (!fit.converged()) {
                err().println("cx: warning: the " + fit.model() + " fit did not converge (" + fit.convergence()
                        + "); the expected figures use its last estimates and are not to be trusted");
            }
            List<ModelChecks.FrequencyGroup> groups = ModelChecks.frequencyGroups(fit.fitted(), ch, maxFrequency);
            List<ModelChecks.TrackingPoint> tracking = ModelChecks.tracking(fit.fitted(), tx, input.unit(), cal, end);
            switch (format) {
                case JSON -> {
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("model", fit.model());
                    json.put("params", fit.params());
                    json.put("log_likelihood", fit.logLikelihood());
                    json.put("converged", fit.converged());
                    json.put("convergence", fit.convergence());
                    json.put("warnings", fit.warnings());
                    json.put("unit", input.unit().label());
                    json.put("calibration_end", cal.toString());
                    json.put("holdout_end", end.toString());
                    json.put("holdout_length", ch.holdoutLength());
                    List<Map<String, Object>> g = new ArrayList<>();
                    for (ModelChecks.FrequencyGroup fg : groups) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("group", fg.group());
                        row.put("customers", fg.customers());
                        row.put("actual_holdout_mean", fg.actualHoldoutMean());
                        row.put("expected_holdout_mean", fg.expectedHoldoutMean());
                        g.add(row);
                    }
                    json.put("frequency_groups", g);
                    List<Map<String, Object>> tr = new ArrayList<>();
                    for (ModelChecks.TrackingPoint p : tracking) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("period", p.period());
                        row.put("actual_cumulative", p.actualCumulative());
                        row.put("expected_cumulative", p.expectedCumulative());
                        tr.add(row);
                    }
                    json.put("tracking", tr);
                    Output.json(out, json);
                }
                case CSV -> {
                    List<List<?>> lines = new ArrayList<>();
                    for (ModelChecks.FrequencyGroup fg : groups) {
                        lines.add(List.of("frequency_group", fg.group(), fg.customers(), fg.actualHoldoutMean(),
                                fg.expectedHoldoutMean()));
                    }
                    for (ModelChecks.TrackingPoint p : tracking) {
                        lines.add(List.of("tracking", p.period(), "", p.actualCumulative(), p.expectedCumulative()));
                    }
                    Output.csv(out, List.of("table", "key", "customers", "actual", "expected"), lines);
                }
                default -> {
                    out.println("input        " + input.describe());
                    out.printf(Locale.ROOT, "model        %s: %s (%s)%n", fit.model(), params(fit.params()),
                            fit.converged() ? "converged" : "NOT converged: " + warningWords(fit));
                    out.printf(Locale.ROOT, "calibration  to %s; holdout to %s (%.3f %ss)%n", cal, end,
                            ch.holdoutLength(), input.unit().label());
                    out.println();
                    out.println("holdout transactions per customer, by calibration frequency");
                    out.printf(Locale.ROOT, "%-6s %10s %10s %10s%n", "x", "customers", "actual", "expected");
                    for (ModelChecks.FrequencyGroup fg : groups) {
                        out.printf(Locale.ROOT, "%-6s %10d %10.3f %10.3f%n", fg.group(), fg.customers(),
                                fg.actualHoldoutMean(), fg.expectedHoldoutMean());
                    }
                    out.println();
                    out.println("cumulative repeat transactions (tracking)");
                    out.printf(Locale.ROOT, "%-6s %12s %12s%n", input.unit().label(), "actual", "expected");
                    for (ModelChecks.TrackingPoint p : tracking) {
                        out.printf(Locale.ROOT, "%-6d %12.0f %12.1f%n", p.period(), p.actualCumulative(),
                                p.expectedCumulative());
                    }
                    out.flush();
                }
            }
            return 0;
        }
    }
}
