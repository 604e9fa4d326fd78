package io.cxkit.metrics.clv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The CDNOW 1/10 sample (test resource {@code cdnow/CDNOW_sample.txt}, see {@code cdnow/SOURCE.md}) with the
 * literature's set-up: weeks, calibration 1997-01-01 to 1997-09-30, holdout to 1998-06-30.
 */
final class Cdnow {
    static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);
    static final LocalDate HOLDOUT_END = LocalDate.of(1998, 6, 30);
    private static List<Transaction> transactions;
    private static SummaryTable calibration;

    private Cdnow() {
    }

    static synchronized List<Transaction> transactions() {
        if (transactions == null) {
            List<Transaction> out = new ArrayList<>();
            try (var in = Cdnow.class.getResourceAsStream("/cdnow/CDNOW_sample.txt")) {
                TransactionReader.cdnow().failFast(true).read("CDNOW_sample.txt", in, out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            transactions = List.copyOf(out);
        }
        return transactions;
    }

    static List<CustomerSummary> summaries() {
        return new CustomerSummarizer(PeriodUnit.WEEK, CALIBRATION_END).summarize(transactions());
    }

    static synchronized SummaryTable calibration() {
        if (calibration == null) {
            calibration = SummaryTable.of(summaries());
        }
        return calibration;
    }
}
