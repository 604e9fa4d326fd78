package io.cxkit.cli.clv;

import io.cxkit.cli.InputException;
import io.cxkit.cli.UsageException;
import io.cxkit.cli.EmbeddedSample;
import io.cxkit.core.Interaction;
import io.cxkit.core.io.InteractionReader;
import io.cxkit.metrics.clv.CustomerSummarizer;
import io.cxkit.metrics.clv.CustomerSummary;
import io.cxkit.metrics.clv.PeriodUnit;
import io.cxkit.metrics.clv.Transaction;
import io.cxkit.metrics.clv.TransactionReadException;
import io.cxkit.metrics.clv.TransactionReadReport;
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
import picocli.CommandLine.Option;

/**
 * The input options every {@code cx clv} subcommand shares: a transaction file (CDNOW or CSV), a customer summary
 * CSV, or nothing (the embedded sample), with the period unit and the calibration end.
 */
public final class ClvInput {
    @Option(names = "--transactions", paramLabel = "FILE",
            description = "Transactions: CDNOW format (whitespace-separated master_id customer_id yyyyMMdd quantity "
                    + "amount) or CSV with a header.")
    Optional<Path> transactions = Optional.empty();

    @Option(names = "--input-format", paramLabel = "cdnow|csv",
            description = "Format of --transactions (default: csv for *.csv, cdnow otherwise).")
    Optional<String> inputFormat = Optional.empty();

    @Option(names = "--customer-col", paramLabel = "NAME", defaultValue = "customer",
            description = "CSV customer column (default: ${DEFAULT-VALUE}).")
    String customerColumn;

    @Option(names = "--date-col", paramLabel = "NAME", defaultValue = "date",
            description = "CSV date column: yyyy-MM-dd, yyyyMMdd or ISO date-time (default: ${DEFAULT-VALUE}).")
    String dateColumn;

    @Option(names = "--amount-col", paramLabel = "NAME", defaultValue = "amount",
            description = "CSV amount column (default: ${DEFAULT-VALUE}).")
    String amountColumn;

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
        String format = inputFormat.orElse(file.toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? "csv" : "cdnow")
                .toLowerCase(Locale.ROOT);
        TransactionReader reader = switch (format) {
            case "cdnow" -> TransactionReader.cdnow();
            case "csv" -> TransactionReader.csv(customerColumn, dateColumn, amountColumn);
            default -> throw new UsageException("--input-format must be cdnow or csv, was " + format);
        };
        if (!Files.isReadable(file)) {
            throw new InputException(file + ": cannot read the file (missing or not readable)");
        }
        List<Transaction> out = new ArrayList<>();
        try {
            TransactionReadReport report = reader.failFast(!skipBadLines).read(file, out::add);
            if (report.rejected() > 0) {
                err.println("cx: skipped " + report.rejected() + " of " + report.read() + " lines of " + file
                        + "; first: " + report.firstRejections().get(0).message());
            }
        } catch (TransactionReadException e) {
            // A header without a named column cannot be skipped line by line: say how to name the columns instead.
            String hint = e.rejection().field().equals("header")
                    ? " (name the columns with --customer-col, --date-col and --amount-col)"
                    : " (use --skip-bad-lines to skip such lines)";
            throw new InputException(e.getMessage() + hint);
        } catch (IOException e) {
            throw new InputException(file + ": " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw new InputException(file + ": no transactions");
        }
        return out;
    }

    /** The calibration end: the option, or the last transaction day. */
    LocalDate calibrationEnd(List<Transaction> tx) {
        return calibrationEnd().orElseGet(() -> tx.stream().map(Transaction::date).max(Comparator.naturalOrder())
                .orElseThrow());
    }

    /** Calibration summaries from transactions, or the rows of --summary. */
    List<CustomerSummary> summaries(PrintWriter err) {
        if (summary.isPresent()) {
            return SummaryFiles.customerSummaries(summary.get()).rows();
        }
        List<Transaction> tx = transactions(err);
        return new CustomerSummarizer(unit(), calibrationEnd(tx)).summarize(tx);
    }

    /** The weights of --summary rows (all 1 for transactions). */
    double[] weights(List<CustomerSummary> rows) {
        if (summary.isPresent()) {
            return SummaryFiles.customerSummaries(summary.get()).weights();
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
