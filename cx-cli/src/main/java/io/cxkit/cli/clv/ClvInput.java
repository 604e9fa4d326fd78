package io.cxkit.cli.clv;

import io.cxkit.cli.InputException;
import io.cxkit.cli.UsageException;
import io.cxkit.cli.EmbeddedSample;
import io.cxkit.core.Interaction;
import io.cxkit.core.io.InteractionReader;
import io.cxkit.core.io.ReadFailedException;
import io.cxkit.core.io.ReadReport;
import io.cxkit.core.io.SourceMapping;
import io.cxkit.core.io.TabularSource;
import io.cxkit.metrics.clv.CustomerSummarizer;
import io.cxkit.metrics.clv.CustomerSummary;
import io.cxkit.metrics.clv.PeriodUnit;
import io.cxkit.metrics.clv.Transaction;
import io.cxkit.metrics.clv.TransactionRead;
import io.cxkit.metrics.clv.TransactionReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import io.cxkit.cli.SourceOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The input options every {@code cx clv} subcommand shares: a transaction file (CDNOW or CSV), a customer summary
 * CSV, or nothing (the embedded sample), with the period unit and the calibration end.
 */
public final class ClvInput {
    @Option(names = "--transactions", paramLabel = "FILE",
            description = "Transactions: CDNOW as published (no header, whitespace-aligned; 5 columns master_id "
                    + "sample_id yyyyMMdd quantity amount, or 4 columns customer_id yyyyMMdd quantity amount), or a "
                    + "table with a header (customer_id, date and optionally amount; without amounts only the "
                    + "transaction models apply).")
    Optional<Path> transactions = Optional.empty();

    @Option(names = "--input-format", paramLabel = "cdnow|csv",
            description = "Format of --transactions (default: csv for .csv, .tsv and .txt files whose first line "
                    + "is a header, i.e. not a CDNOW line; cdnow otherwise).")
    Optional<String> inputFormat = Optional.empty();

    @Option(names = "--customer-col", paramLabel = "NAME",
            description = "The table's customer column (default: customer_id or customer, cust_id, client, "
                    + "user_id); the same as --map customer_id=NAME.")
    Optional<String> customerColumn = Optional.empty();

    @Option(names = "--date-col", paramLabel = "NAME",
            description = "The table's date column: yyyyMMdd, ISO date or date-time (default: date or datetime, "
                    + "timestamp, order_date, transaction_date, invoice_date); the same as --map date=NAME.")
    Optional<String> dateColumn = Optional.empty();

    @Option(names = "--amount-col", paramLabel = "NAME",
            description = "The table's amount column (default: amount or monetary_value, value, revenue, sales, "
                    + "total; none is needed for bgnbd, mbgnbd and pareto-nbd); the same as --map amount=NAME.")
    Optional<String> amountColumn = Optional.empty();

    @Option(names = "--skip-bad-lines",
            description = "Skip unreadable transaction lines (reported on stderr) instead of stopping at the first.")
    boolean skipBadLines;

    @Option(names = "--summary", paramLabel = "FILE",
            description = "A customer summary CSV instead of transactions: header customer,x,t_x,T with optional "
                    + "monetary and weight columns (times in --unit). For --model bgbb: x,t_x,n,weight.")
    Optional<Path> summary = Optional.empty();

    @Option(names = "--unit", paramLabel = "day|week|month", defaultValue = "week",
            description = "Period unit of t_x, T, the horizon and the discount rate (default: ${DEFAULT-VALUE}).")
    String unit;

    /**
     * How the tables are read, shared with every command that reads one: --map, --const, --alias,
     * --timestamp-format, --zone, --delimiter, --decimal-comma, --mapping. The column options above are the same as
     * --map customer_id=, date= and amount=.
     */
    @Mixin
    SourceOptions source = new SourceOptions();

    private boolean amounts = true;

    @Option(names = "--calibration-end", paramLabel = "DATE",
            description = "Last day (yyyy-MM-dd) of the calibration period (default: the last transaction day).")
    Optional<String> calibrationEnd = Optional.empty();

    PeriodUnit unit() {
        try {
            return PeriodUnit.parse(unit);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--unit: " + e.getMessage());
        }
    }

    static LocalDate date(String option, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException(option + " must be a date yyyy-MM-dd, was " + text);
        }
    }

    Optional<LocalDate> calibrationEnd() {
        return calibrationEnd.map(s -> date("--calibration-end", s));
    }

    boolean usesSample() {
        return transactions.isEmpty() && summary.isEmpty();
    }

    /** The transactions of --transactions, or of the embedded sample. */
    List<Transaction> transactions(PrintWriter err) {
        if (summary.isPresent()) {
            throw new UsageException("this command needs --transactions (or no input for the sample), not --summary");
        }
        if (transactions.isEmpty()) {
            List<Interaction> sample = new ArrayList<>();
            EmbeddedSample.read(InteractionReader.builder().build(), sample::add);
            return CustomerSummarizer.transactionsOf(sample, ZoneOffset.UTC);
        }
        Path file = transactions.get();
        if (!Files.isReadable(file)) {
            throw new InputException(file + ": cannot read the file (missing or not readable)");
        }
        String format = inputFormat.orElseGet(() -> looksLikeCdnow(file) ? "cdnow" : "csv").toLowerCase(Locale.ROOT);
        TransactionReader reader = switch (format) {
            case "cdnow" -> TransactionReader.cdnow();
            case "csv" -> TransactionReader.csv().withMapping(mapping());
            default -> throw new UsageException("--input-format must be cdnow or csv, was " + format);
        };
        if (format.equals("cdnow") && (customerColumn.isPresent() || dateColumn.isPresent()
                || amountColumn.isPresent() || !source.mapping().fields().isEmpty())) {
            throw new UsageException("--customer-col, --date-col, --amount-col and --map name a table's columns; a "
                    + "CDNOW file has no header (give --input-format csv for a table)");
        }
        Optional<java.time.ZoneId> zone = source.zone();
        if (zone.isPresent()) {
            reader = reader.withZone(zone.get());
        }
        List<Transaction> out = new ArrayList<>();
        try {
            io.cxkit.cli.Progress progress = io.cxkit.cli.Progress.current();
            io.cxkit.cli.Progress.Reading meter = progress.reading(file.toString(),
                    progress.isShown() ? io.cxkit.cli.Progress.estimatedRecords(file) : 0, true);
            TransactionRead read = reader.failFast(!skipBadLines).read(file, t -> {
                out.add(t);
                meter.record();
            });
            meter.finish();
            progress.phase("summarising customers and fitting");
            amounts = read.hasAmounts();
            ReadReport report = read.report();
            if (report.rejected() > 0) {
                err.println("cx: skipped " + report.rejected() + " of " + report.read() + " lines of " + file
                        + "; first: " + report.firstRejections().get(0));
            }
        } catch (ReadFailedException e) {
            // A header without the needed columns cannot be skipped line by line: say how to name them instead.
            boolean badRow = e.report().rejected() > 0;
            throw new InputException(e.getMessage() + (badRow ? " (use --skip-bad-lines to skip such lines)"
                    : " (name the columns with --map customer_id=COLUMN, --map date=COLUMN and --map amount=COLUMN, "
                    + "or --customer-col, --date-col and --amount-col)"));
        } catch (IOException e) {
            throw new InputException(file + ": " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw new InputException(file + ": no transactions");
        }
        return out;
    }

    /** Whether the last --transactions read had an amount column (CDNOW always has one). */
    boolean hasAmounts() {
        return amounts;
    }

    /** The shared source options' mapping, with the column options laid over it. */
    SourceMapping mapping() {
        SourceMapping.Builder m = source.mapping().toBuilder();
        customerColumn.ifPresent(c -> m.column(TransactionReader.CUSTOMER, c));
        dateColumn.ifPresent(c -> m.column(TransactionReader.DATE, c));
        amountColumn.ifPresent(c -> m.column(TransactionReader.AMOUNT, c));
        return m.build();
    }

    /**
     * Whether a file is CDNOW as published: not a {@code .csv}/{@code .tsv}, and its first line is numbers only
     * (a table's first line is its header).
     */
    private static boolean looksLikeCdnow(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".csv.gz") || name.endsWith(".tsv") || name.endsWith(".tsv.gz")) {
            return false;
        }
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(TabularSource.open(file),
                java.nio.charset.StandardCharsets.UTF_8))) {
            String first = in.readLine();
            while (first != null && first.isBlank()) {
                first = in.readLine();
            }
            return first == null || first.strip().matches("[0-9.\\s-]+");
        } catch (IOException e) {
            return true;
        }
    }

    /** The calibration end: the option, or the last transaction day. */
    LocalDate calibrationEnd(List<Transaction> tx) {
        return calibrationEnd().orElseGet(() -> tx.stream().map(Transaction::date).max(Comparator.naturalOrder())
                .orElseThrow());
    }

    /** Calibration summaries from transactions, or the rows of --summary. */
    List<CustomerSummary> summaries(PrintWriter err) {
        if (summary.isPresent()) {
            return SummaryFiles.customerSummaries(summary.get(), mapping()).rows();
        }
        List<Transaction> tx = transactions(err);
        return new CustomerSummarizer(unit(), calibrationEnd(tx)).summarize(tx);
    }

    /** The weights of --summary rows (all 1 for transactions). */
    double[] weights(List<CustomerSummary> rows) {
        if (summary.isPresent()) {
            return SummaryFiles.customerSummaries(summary.get(), mapping()).weights();
        }
        double[] w = new double[rows.size()];
        java.util.Arrays.fill(w, 1);
        return w;
    }

    /** A label for the input, for text output. */
    String describe() {
        return summary.map(p -> "summary " + p).or(() -> transactions.map(p -> "transactions " + p))
                .orElse(EmbeddedSample.SOURCE);
    }
}
