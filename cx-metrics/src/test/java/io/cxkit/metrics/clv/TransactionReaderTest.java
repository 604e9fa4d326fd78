package io.cxkit.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransactionReaderTest {

    @Test
    void readsTheWholeCdnowSampleWithoutRejections() throws IOException {
        List<Transaction> out = new ArrayList<>();
        TransactionReadReport r;
        try (var in = new java.io.InputStreamReader(getClass().getResourceAsStream("/cdnow/CDNOW_sample.txt"),
                java.nio.charset.StandardCharsets.US_ASCII)) {
            r = TransactionReader.cdnow().read("CDNOW_sample.txt", in, out::add);
        }
        assertThat(r.read()).isEqualTo(6919);
        assertThat(r.accepted()).isEqualTo(6919);
        assertThat(r.rejected()).isZero();
        assertThat(out.get(0)).isEqualTo(new Transaction("0001", LocalDate.of(1997, 1, 1), 29.33));
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
        TransactionReadReport r = TransactionReader.cdnow().read("f.txt", new StringReader(text), out::add);
        assertThat(r.read()).isEqualTo(8).isEqualTo(r.accepted() + r.rejected());
        assertThat(r.accepted()).isEqualTo(2);
        assertThat(r.firstRejections()).extracting(TransactionRejection::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(r.firstRejections().get(0).message()).isEqualTo(
                "f.txt:2: date '1997x101': not a date (yyyy-MM-dd, yyyyMMdd or an ISO date-time)");
        assertThat(r.firstRejections().get(1).field()).isEqualTo("line");
        assertThat(r.firstRejections().get(2).reason()).isEqualTo("blank line");
        assertThat(r.firstRejections().get(3).value()).isEqualTo("19970230");
        assertThat(r.firstRejections().get(4).message()).isEqualTo("f.txt:6: amount 'abc': not a finite decimal number");
        assertThat(r.firstRejections().get(5).value()).isEqualTo("NaN");
    }

    @Test
    void failFastStopsAtTheFirstBadLineWithTheReportSoFar() {
        String text = "1 7 19970101 1 10\n1 7 19970102 1 x\n1 7 19970103 1 10\n";
        assertThatThrownBy(() -> TransactionReader.cdnow().failFast(true).read("f.txt", new StringReader(text), t -> { }))
                .isInstanceOfSatisfying(TransactionReadException.class, e -> {
                    assertThat(e.report().read()).isEqualTo(2);
                    assertThat(e.report().accepted()).isEqualTo(1);
                    assertThat(e.rejection().line()).isEqualTo(2);
                })
                .hasMessage("f.txt:2: amount 'x': not a finite decimal number");
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
                """;
        List<Transaction> out = new ArrayList<>();
        TransactionReadReport r = TransactionReader.csv("client", "when", "total").read("t.csv", new StringReader(text),
                out::add);
        assertThat(r.read()).isEqualTo(6);
        assertThat(r.accepted()).isEqualTo(4);
        assertThat(out.get(0).customer()).isEqualTo("Smith, J");
        assertThat(out.get(1).date()).isEqualTo(LocalDate.of(2024, 3, 2));
        assertThat(out.get(2).date()).isEqualTo(LocalDate.of(2024, 3, 2));
        assertThat(out.get(3).date()).isEqualTo(LocalDate.of(2024, 3, 2));
        assertThat(r.firstRejections().get(0).message()).isEqualTo("t.csv:6: client '': customer must not be empty");
        assertThat(r.firstRejections().get(1).reason()).contains("expected 4 fields");
    }

    @Test
    void aMissingCsvColumnIsNamed() {
        assertThatThrownBy(() -> TransactionReader.csv("customer", "date", "amount")
                .read("t.csv", new StringReader("customer,day,amount\n"), t -> { }))
                .isInstanceOf(TransactionReadException.class)
                .hasMessageContaining("t.csv:1: header").hasMessageContaining("no date column named 'date'");
    }

    @Test
    void anEmptyCsvReadsNothing() throws IOException {
        TransactionReadReport r = TransactionReader.csv("c", "d", "a").read("e.csv", new StringReader(""), t -> { });
        assertThat(r.read()).isZero();
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
