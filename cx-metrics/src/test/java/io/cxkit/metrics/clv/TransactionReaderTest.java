package io.cxkit.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import static org.assertj.core.groups.Tuple.tuple;

import io.cxkit.core.io.ReadFailedException;
import io.cxkit.core.io.Rejection;
import io.cxkit.core.io.SourceMapping;
import io.cxkit.core.io.TimestampFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransactionReaderTest {

    private static TransactionRead read(TransactionReader reader, String text, List<Transaction> out)
            throws IOException {
        return reader.read("t.txt", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), out::add);
    }

    private static List<Transaction> cdnowSample(TransactionRead[] report) throws IOException {
        List<Transaction> out = new ArrayList<>();
        try (InputStream in = TransactionReaderTest.class.getResourceAsStream("/cdnow/CDNOW_sample.txt")) {
            report[0] = TransactionReader.cdnow().read("CDNOW_sample.txt", in, out::add);
        }
        return out;
    }

    @Test
    void readsTheWholeCdnowSampleWithoutRejections() throws IOException {
        TransactionRead[] r = new TransactionRead[1];
        List<Transaction> out = cdnowSample(r);
        // Fader, Hardie and Lee's 1/10 sample: 6,919 purchase records of 2,357 customers (shared/data README).
        assertThat(r[0].report().read()).isEqualTo(6919);
        assertThat(r[0].report().accepted()).isEqualTo(6919);
        assertThat(r[0].report().rejected()).isZero();
        assertThat(r[0].hasAmounts()).isTrue();
        assertThat(out.get(0)).isEqualTo(new Transaction("0001", LocalDate.of(1997, 1, 1), 29.33));
        assertThat(out.stream().map(Transaction::customer).distinct().count()).isEqualTo(2357);
    }

    @Test
    void readsTheFourColumnMasterLayoutToTheSameTransactions() throws IOException {
        TransactionRead[] r = new TransactionRead[1];
        List<Transaction> sample = cdnowSample(r);
        // CDNOW_master.txt's layout, customer_id yyyyMMdd quantity amount, made from the sample by dropping the
        // master id and keying each customer by the sample id, aligned with runs of spaces as the original is.
        StringBuilder master = new StringBuilder();
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(
                TransactionReaderTest.class.getResourceAsStream("/cdnow/CDNOW_sample.txt"),
                StandardCharsets.US_ASCII))) {
            String line;
            while ((line = lines.readLine()) != null) {
                String[] f = line.strip().split("\\s+");
                master.append(String.format(java.util.Locale.ROOT, "%6s %8s %3s %8s\r\n", f[1], f[2], f[3], f[4]));
            }
        }
        List<Transaction> out = new ArrayList<>();
        TransactionRead m = read(TransactionReader.cdnow(), master.toString(), out);
        assertThat(m.report().read()).isEqualTo(6919);
        assertThat(m.report().rejected()).isZero();
        assertThat(out).isEqualTo(sample);
    }

    @Test
    void badCdnowLinesAreCountedAndNamed() throws IOException {
        String text = """
                 00004 0001 19970101  2   29.33
                 00004 0001 1997x101  2   29.33
                 00004 0001 19970101  2
                
                 00005 0002 19970230  1   3.0
                 00005 0002 19970201  1   abc
                 00005 0002 19970201  1   NaN
                 00005 0002 19970202  1   7.5
                """;
        List<Transaction> out = new ArrayList<>();
        TransactionRead r = read(TransactionReader.cdnow(), text, out);
        // The blank line is not a record.
        assertThat(r.report().read()).isEqualTo(7).isEqualTo(r.report().accepted() + r.report().rejected());
        assertThat(r.report().accepted()).isEqualTo(2);
        assertThat(r.report().firstRejections()).extracting(Rejection::line).containsExactly(2L, 3L, 5L, 6L, 7L);
        assertThat(r.report().firstRejections()).extracting(Rejection::field).containsExactly("date",
                Rejection.RECORD, "date", "amount", "amount");
        assertThat(r.report().firstRejections().get(0).value()).isEqualTo("1997x101");
        assertThat(r.report().firstRejections().get(1).reason()).isEqualTo("row has 4 columns, the header has 5");
        assertThat(r.report().firstRejections().get(2).value()).isEqualTo("19970230");
        assertThat(r.report().firstRejections().get(3).toString()).startsWith("t.txt:6: amount 'abc': column 5: ");
        assertThat(r.report().firstRejections().get(4).value()).isEqualTo("NaN");
        assertThat(out).extracting(Transaction::amount).containsExactly(29.33, 7.5);
    }

    @Test
    void aCdnowFileOfAnotherWidthIsRefused() {
        assertThatThrownBy(() -> read(TransactionReader.cdnow(), "1 2 3\n", new ArrayList<>()))
                .isInstanceOf(ReadFailedException.class)
                .hasMessageContaining("a CDNOW file has 4 columns").hasMessageContaining("its first line has 3");
    }

    @Test
    void failFastStopsAtTheFirstBadLineWithTheReportSoFar() {
        String text = "1 7 19970101 1 10\n1 7 19970102 1 x\n1 7 19970103 1 10\n";
        assertThatThrownBy(() -> read(TransactionReader.cdnow().failFast(true), text, new ArrayList<>()))
                .isInstanceOfSatisfying(ReadFailedException.class, e -> {
                    assertThat(e.report().read()).isEqualTo(2);
                    assertThat(e.report().accepted()).isEqualTo(1);
                    assertThat(e.rejection().line()).isEqualTo(2);
                })
                .hasMessageStartingWith("t.txt:2: amount 'x': column 5: ");
    }

    @Test
    void csvColumnsAreChosenByName() throws IOException {
        String text = """
                order,client,when,total
                1,"Smith, J",2024-03-01,10.50
                2,Jones,20240302,4
                3,Jones,2024-03-02T23:30:00Z,1
                4,Jones,2024-03-03T00:30:00+02:00,2
                5,,2024-03-03,2
                6,Jones,2024-03-03
                7,Jones,2024-02-30,1
                """;
        List<Transaction> out = new ArrayList<>();
        TransactionRead r = read(TransactionReader.csv("client", "when", "total"), text, out);
        assertThat(r.report().read()).isEqualTo(7);
        assertThat(r.report().accepted()).isEqualTo(4);
        assertThat(out.get(0).customer()).isEqualTo("Smith, J");
        assertThat(out.get(1).date()).isEqualTo(LocalDate.of(2024, 3, 2));
        assertThat(out.get(2).date()).isEqualTo(LocalDate.of(2024, 3, 2));
        assertThat(out.get(3).date()).isEqualTo(LocalDate.of(2024, 3, 2));
        assertThat(r.report().firstRejections()).extracting(Rejection::line, Rejection::field).containsExactly(
                tuple(6L, "client"), tuple(7L, Rejection.RECORD), tuple(8L, "when"));
        assertThat(r.report().firstRejections().get(0).reason()).isEqualTo("customer_id is required");
    }

    @Test
    void lifetimesStyleColumnsAreFoundWithoutOptions() throws IOException {
        // The columns of lifetimes' summary_data_from_transaction_data examples, ';'-separated with a decimal comma.
        List<Transaction> out = new ArrayList<>();
        TransactionRead r = read(TransactionReader.csv().withDialect(io.cxkit.core.io.Dialect.parse(";", true)),
                "Customer ID;Order Date;Revenue\nA;2024-03-01;10,50\n", out);
        assertThat(r.report().accepted()).isEqualTo(1);
        assertThat(out).containsExactly(new Transaction("A", LocalDate.of(2024, 3, 1), 10.5));
    }

    @Test
    void transactionsWithoutAnAmountColumnAreReadForTheModelsThatNeedNone() throws IOException {
        List<Transaction> out = new ArrayList<>();
        TransactionRead r = read(TransactionReader.csv(), "customer_id,date\na,2024-03-01\na,2024-03-09\n", out);
        assertThat(r.hasAmounts()).isFalse();
        assertThat(r.report().accepted()).isEqualTo(2);
        assertThat(out).extracting(Transaction::amount).containsExactly(0.0, 0.0);
    }

    @Test
    void aMappingGivesTheDateItsOwnFormatAndZone() throws IOException {
        List<Transaction> out = new ArrayList<>();
        SourceMapping m = SourceMapping.builder().column("customer_id", "who")
                .timestampFormat("date", TimestampFormat.of("MM/dd/yyyy HH:mm")).build();
        TransactionRead r = read(TransactionReader.csv().withMapping(m).withZone(ZoneId.of("America/New_York")),
                "who,date,amount\na,03/01/2024 23:30,5\n", out);
        assertThat(r.report().accepted()).isEqualTo(1);
        assertThat(out.get(0).date()).isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @Test
    void aMissingCsvColumnIsNamed() {
        assertThatThrownBy(() -> read(TransactionReader.csv("customer", "date", "amount"), "customer,day,amount\n",
                new ArrayList<>()))
                .isInstanceOf(ReadFailedException.class)
                .hasMessageContaining("t.txt:1:").hasMessageContaining("column 'date', which the header does not "
                        + "have");
        assertThatThrownBy(() -> read(TransactionReader.csv(), "customer,day,amount\n", new ArrayList<>()))
                .isInstanceOf(ReadFailedException.class).hasMessageContaining("no column for date");
    }

    @Test
    void anEmptyCsvReadsNothing() throws IOException {
        assertThat(read(TransactionReader.csv(), "", new ArrayList<>()).report().read()).isZero();
    }

    @Test
    void summariesMergeSameDayPurchasesAndExcludeTheFirst() {
        List<Transaction> tx = List.of(
                new Transaction("a", LocalDate.of(2024, 1, 1), 5),
                new Transaction("a", LocalDate.of(2024, 1, 1), 7),
                new Transaction("a", LocalDate.of(2024, 1, 8), 10),
                new Transaction("a", LocalDate.of(2024, 1, 8), 4),
                new Transaction("a", LocalDate.of(2024, 1, 22), 6),
                new Transaction("a", LocalDate.of(2024, 3, 1), 99),
                new Transaction("b", LocalDate.of(2024, 1, 29), 3),
                new Transaction("c", LocalDate.of(2024, 2, 15), 3));
        List<CustomerSummary> s = new CustomerSummarizer(PeriodUnit.WEEK, LocalDate.of(2024, 1, 29)).summarize(tx);
        assertThat(s).containsExactly(new CustomerSummary("a", 2, 3, 4, 10), new CustomerSummary("b", 0, 0, 0, 0));
        List<CustomerSummary> days = new CustomerSummarizer(PeriodUnit.DAY, LocalDate.of(2024, 1, 29)).summarize(tx);
        assertThat(days.get(0).age()).isEqualTo(28);
        List<CustomerSummary> months = new CustomerSummarizer(PeriodUnit.MONTH, LocalDate.of(2024, 1, 29)).summarize(tx);
        assertThat(months.get(0).age()).isCloseTo(28 / 30.436875, within(1e-15));
    }

    @Test
    void interactionsWithAValueAreTransactions() {
        var tp = new io.cxkit.core.Touchpoint("web", io.cxkit.core.Channel.WEB, java.util.Optional.empty());
        var c = io.cxkit.core.CustomerId.of("c1");
        var paid = io.cxkit.core.Interaction.builder("i1", c, tp, java.time.Instant.parse("2024-01-01T23:00:00Z"))
                .kind("purchase").value(io.cxkit.core.Money.of("12.50", "EUR")).build();
        var visit = io.cxkit.core.Interaction.builder("i2", c, tp, java.time.Instant.parse("2024-01-02T10:00:00Z")).build();
        List<Transaction> tx = CustomerSummarizer.transactionsOf(List.of(paid, visit),
                java.time.ZoneId.of("Europe/Berlin"));
        assertThat(tx).containsExactly(new Transaction("c1", LocalDate.of(2024, 1, 2), 12.5));
        var dollars = io.cxkit.core.Interaction.builder("i3", c, tp, java.time.Instant.parse("2024-01-03T10:00:00Z"))
                .value(io.cxkit.core.Money.of("1", "USD")).build();
        assertThatThrownBy(() -> CustomerSummarizer.transactionsOf(List.of(paid, dollars), java.time.ZoneOffset.UTC))
                .hasMessageContaining("one currency").hasMessageContaining("i3");
    }

    @Test
    void periodUnitsParseByName() {
        assertThat(PeriodUnit.parse("Week")).isEqualTo(PeriodUnit.WEEK);
        assertThatThrownBy(() -> PeriodUnit.parse("fortnight")).hasMessage(
                "period unit must be one of day, week, month, was fortnight");
    }
}
