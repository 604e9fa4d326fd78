package io.cxkit.cli.clv;

import io.cxkit.cli.InputException;
import io.cxkit.cli.OutputFormat;
import io.cxkit.cli.UsageException;
import io.cxkit.metrics.clv.BgBb;
import io.cxkit.metrics.clv.BgNbd;
import io.cxkit.metrics.clv.CalibrationHoldout;
import io.cxkit.metrics.clv.ClvSettings;
import io.cxkit.metrics.clv.CustomerSummarizer;
import io.cxkit.metrics.clv.CustomerSummary;
import io.cxkit.metrics.clv.CustomerPrediction;
import io.cxkit.metrics.clv.FitSummary;
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
import io.cxkit.core.output.CsvOutput;
import io.cxkit.core.output.JsonOutput;
import io.cxkit.core.output.Schema;
import io.cxkit.core.output.TextOutput;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;
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

    /**
     * What {@code cx clv fit} writes, in text and JSON alike: the fit's summary, then what the model adds.
     *
     * @param input what was read (a file or the embedded sample)
     * @param fit how the fit went
     * @param excludedNoPositiveSpend Gamma-Gamma only: the weight of repeat buyers left out for having no positive
     *        spend
     * @param unit the unit of the model's times: a period unit, {@code opportunity} (BG/BB) or {@code period}
     *        (sBG); absent for Gamma-Gamma, whose parameters have no time unit
     * @param frequencySpendCorrelation Gamma-Gamma only: the correlation of frequency and mean spend across repeat
     *        buyers (the model assumes none)
     * @param customers the customers read, for the models fitted to customer summaries
     */
    record FitReport(String input, FitSummary fit, OptionalDouble excludedNoPositiveSpend, Optional<String> unit,
            OptionalDouble frequencySpendCorrelation, OptionalLong customers) {
        /** The field list: the summary's fields under their names, then those of the extras that are present. */
        Schema<FitReport> schema() {
            Schema.Builder<FitReport> b = Schema.builder(FitReport.class)
                    .inline(FitReport::fit, Schema.of(FitSummary.class));
            if (excludedNoPositiveSpend.isPresent()) {
                b.number("excluded_no_positive_spend", r -> r.excludedNoPositiveSpend().getAsDouble());
            }
            if (unit.isPresent()) {
                b.text("unit", r -> r.unit().orElseThrow());
            }
            if (frequencySpendCorrelation.isPresent()) {
                b.number("frequency_spend_correlation", r -> r.frequencySpendCorrelation().getAsDouble());
            }
            if (customers.isPresent()) {
                b.integer("customers", r -> r.customers().getAsLong());
            }
            return b.text("input", FitReport::input).build();
        }
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
            OptionalDouble excluded = OptionalDouble.empty();
            Optional<String> unit = Optional.empty();
            OptionalDouble correlation = OptionalDouble.empty();
            OptionalLong customers = OptionalLong.empty();
            switch (m) {
                case "sbg" -> {
                    Path file = survivors.orElseThrow(() -> new UsageException("--model sbg needs --survivors FILE"));
                    fit = ShiftedBetaGeometric.fit(SummaryFiles.survivors(file, input.mapping()));
                    unit = Optional.of("period");
                }
                case "bgbb" -> {
                    Path file = input.summary.orElseThrow(() -> new UsageException(
                            "--model bgbb needs --summary FILE with header x,t_x,n,weight"));
                    fit = BgBb.fit(SummaryFiles.opportunities(file, input.mapping()));
                    unit = Optional.of("opportunity");
                }
                case "gamma-gamma" -> {
                    List<CustomerSummary> rows = input.summaries(err);
                    if (!input.hasAmounts()) {
                        throw new InputException("--model gamma-gamma needs amounts, and " + input.describe()
                                + " has no amount column (name it with --amount-col NAME or --map amount=NAME)");
                    }
                    SummaryTable t = table(rows, input.weights(rows));
                    fit = spendFit(t);
                    excluded = OptionalDouble.of(fit.excluded());
                    correlation = OptionalDouble.of(GammaGamma.frequencySpendCorrelation(t));
                    customers = OptionalLong.of(rows.size());
                }
                default -> {
                    if (!TRANSACTION_MODELS.contains(m)) {
                        throw new UsageException("--model must be one of bgnbd, mbgnbd, pareto-nbd, gamma-gamma, bgbb,"
                                + " sbg, was " + model);
                    }
                    List<CustomerSummary> rows = input.summaries(err);
                    fit = fitTransactions(m, table(rows, input.weights(rows)));
                    unit = Optional.of(input.unit().label());
                    customers = OptionalLong.of(rows.size());
                }
            }
            if (!fit.converged()) {
                err.println("cx: warning: the " + fit.model() + " fit is not a result: " + warningWords(fit) + " ("
                        + fit.convergence() + ")");
            }
            FitReport report = new FitReport(survivors.isPresent() ? "survivors " + survivors.get() : input.describe(),
                    FitSummary.of(fit), excluded, unit, correlation, customers);
            if (format == OutputFormat.JSON) {
                JsonOutput.write(report, report.schema(), out);
            } else {
                TextOutput.write(report, report.schema(), out);
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
            List<CustomerPrediction> customers = new ArrayList<>();
            for (CustomerSummary s : rows) {
                try {
                    customers.add(lv != null ? CustomerPrediction.of(s, lv.value(s))
                            : CustomerPrediction.withoutSpend(s, fit.fitted(), settings.horizon()));
                } catch (IllegalArgumentException | ArithmeticException e) {
                    throw new InputException("clv predict: customer " + s.customer() + ": " + e.getMessage());
                }
            }
            customers.sort(Comparator.comparingDouble(lv != null ? CustomerPrediction::clv
                    : CustomerPrediction::expectedTransactions).reversed());
            if (top.isPresent() && top.get() < customers.size()) {
                customers = customers.subList(0, top.get());
            }
            PredictReport report = new PredictReport(input.describe(), FitSummary.of(fit),
                    Optional.ofNullable(spend).map(FitSummary::of), spend == null ? 0 : spend.excluded(), settings,
                    customers);
            switch (format) {
                case JSON -> JsonOutput.write(report, report.schema(), out);
                case CSV -> CsvOutput.writeAll(CustomerPrediction.schema(lv != null), customers, out);
                default -> TextOutput.write(report, report.schema(), out);
            }
            out.flush();
            return 0;
        }
    }

    /**
     * What {@code cx clv predict} writes in text and JSON: the models, the settings, and the customers (the CSV's
     * rows).
     *
     * @param input what was read
     * @param fit the transaction model's fit
     * @param spend the Gamma-Gamma fit, if there is a spend model
     * @param spendExcluded the weight of repeat buyers the spend model left out for having no positive spend
     *        (valued at its population mean spend); 0 without a spend model
     * @param settings the horizon, unit, discount rate and margin
     * @param customers the predictions, best first
     */
    record PredictReport(String input, FitSummary fit, Optional<FitSummary> spend, double spendExcluded,
            ClvSettings settings,
            List<CustomerPrediction> customers) {
        /** The field list; the spend model's fields only when there is one. */
        Schema<PredictReport> schema() {
            Schema.Builder<PredictReport> b = Schema.builder(PredictReport.class)
                    .text("model", r -> r.fit().model())
                    .value("params", r -> r.fit().params())
                    .bool("converged", r -> r.fit().converged())
                    .text("convergence", r -> r.fit().convergence())
                    .value("warnings", r -> r.fit().warnings())
                    .text("spend_model", r -> r.spend().isPresent() ? "gamma-gamma" : "none");
            if (spend.isPresent()) {
                b.value("spend_params", r -> r.spend().orElseThrow().params())
                        .bool("spend_converged", r -> r.spend().orElseThrow().converged())
                        .text("spend_convergence", r -> r.spend().orElseThrow().convergence())
                        .value("spend_warnings", r -> r.spend().orElseThrow().warnings())
                        .number("spend_excluded_no_positive_spend", PredictReport::spendExcluded);
            }
            return b.text("unit", r -> r.settings().unit().label())
                    .integer("horizon", r -> r.settings().horizon())
                    .number("discount_rate_per_period", r -> r.settings().discountRatePerPeriod())
                    .number("margin", r -> r.settings().margin())
                    .text("input", PredictReport::input)
                    .rows("customers", PredictReport::customers, CustomerPrediction.schema(spend.isPresent()))
                    .build();
        }
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
            CheckReport report = new CheckReport(input.describe(), FitSummary.of(fit), input.unit().label(), cal,
                    end, ch.holdoutLength(), groups, tracking);
            switch (format) {
                case JSON -> JsonOutput.write(report, CheckReport.SCHEMA, out);
                case CSV -> {
                    List<CheckRow> lines = new ArrayList<>();
                    for (ModelChecks.FrequencyGroup fg : groups) {
                        lines.add(new CheckRow("frequency_group", fg.group(), OptionalLong.of(fg.customers()),
                                fg.actualHoldoutMean(), fg.expectedHoldoutMean()));
                    }
                    for (ModelChecks.TrackingPoint p : tracking) {
                        lines.add(new CheckRow("tracking", String.valueOf(p.period()), OptionalLong.empty(),
                                p.actualCumulative(), p.expectedCumulative()));
                    }
                    CsvOutput.writeAll(Schema.of(CheckRow.class), lines, out);
                }
                default -> TextOutput.write(report, CheckReport.SCHEMA, out);
            }
            out.flush();
            return 0;
        }
    }

    /**
     * What {@code cx clv check} writes in text and JSON.
     *
     * @param input what was read
     * @param fit the calibration fit
     * @param unit the period unit
     * @param calibrationEnd the last day of calibration
     * @param holdoutEnd the last day of the holdout
     * @param holdoutLength the holdout's length in periods of the unit
     * @param frequencyGroups actual and expected holdout transactions per customer, by calibration frequency
     * @param tracking actual and expected cumulative repeat transactions per period
     */
    record CheckReport(String input, FitSummary fit, String unit, LocalDate calibrationEnd, LocalDate holdoutEnd,
            double holdoutLength, List<ModelChecks.FrequencyGroup> frequencyGroups,
            List<ModelChecks.TrackingPoint> tracking) {
        static final Schema<CheckReport> SCHEMA = Schema.builder(CheckReport.class)
                .text("model", r -> r.fit().model())
                .value("params", r -> r.fit().params())
                .number("log_likelihood", r -> r.fit().logLikelihood())
                .bool("converged", r -> r.fit().converged())
                .text("convergence", r -> r.fit().convergence())
                .value("warnings", r -> r.fit().warnings())
                .text("unit", CheckReport::unit)
                .text("calibration_end", CheckReport::calibrationEnd)
                .text("holdout_end", CheckReport::holdoutEnd)
                .number("holdout_length", CheckReport::holdoutLength)
                .text("input", CheckReport::input)
                .rows("frequency_groups", CheckReport::frequencyGroups, Schema.of(ModelChecks.FrequencyGroup.class))
                .rows("tracking", CheckReport::tracking, Schema.of(ModelChecks.TrackingPoint.class))
                .build();
    }

    /**
     * One row of {@code cx clv check --format csv}: both tables in one, told apart by {@code table}.
     *
     * @param table {@code frequency_group} or {@code tracking}
     * @param key the calibration frequency group, or the period
     * @param customers the customers of the group (absent for tracking)
     * @param actual the actual mean holdout transactions, or cumulative repeat transactions
     * @param expected the model's expectation of the same
     */
    record CheckRow(String table, String key, OptionalLong customers, double actual, double expected) {
    }
}
