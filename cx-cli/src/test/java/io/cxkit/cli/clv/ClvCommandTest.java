package io.cxkit.cli.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxkit.cli.Cx;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ClvCommandTest {
    /** The CDNOW sample kept in cx-metrics' test resources (see its SOURCE.md). */
    private static final String CDNOW = Path.of("..", "cx-metrics", "src", "test", "resources", "cdnow",
            "CDNOW_sample.txt").toString();
    private static final ObjectMapper JSON = new ObjectMapper();

    record Run(int code, String out, String err) {
        JsonNode json() throws IOException {
            return JSON.readTree(out);
        }

        JsonNode jsonUnchecked() {
            try {
                return json();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    static Run run(String... args) {
        CommandLine cl = Cx.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void fitPrintsTheIssuesJsonShapeOnCdnow() throws IOException {
        Run r = run("clv", "fit", "--transactions", CDNOW, "--calibration-end", "1997-09-30", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("model").asText()).isEqualTo("bgnbd");
        assertThat(j.get("params").fieldNames()).toIterable().containsExactly("r", "alpha", "a", "b");
        assertThat(j.get("params").get("r").asDouble()).isCloseTo(0.2425945, within(0.2425945e-3));
        assertThat(j.get("log_likelihood").asDouble()).isCloseTo(-9582.4292, within(0.01));
        assertThat(j.get("iterations").asInt()).isPositive();
        assertThat(j.get("converged").asBoolean()).isTrue();
        assertThat(j.get("standard_errors").fieldNames()).toIterable().containsExactly("r", "alpha", "a", "b");
        assertThat(j.get("unit").asText()).isEqualTo("week");
    }

    @Test
    void fitNamesEachModelsParameters() throws IOException {
        String[][] cases = {{"mbgnbd", "r,alpha,a,b"}, {"pareto-nbd", "r,alpha,s,beta"}, {"gamma-gamma", "p,q,gamma"}};
        for (String[] c : cases) {
            Run r = run("clv", "fit", "--transactions", CDNOW, "--input-format", "cdnow", "--calibration-end",
                    "1997-09-30", "--model", c[0], "--format", "JSON");
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(String.join(",", (Iterable<String>) () -> r.jsonUnchecked().get("params").fieldNames()))
                    .isEqualTo(c[1]);
        }
        Run gg = run("clv", "fit", "--transactions", CDNOW, "--calibration-end", "1997-09-30", "--model",
                "gamma-gamma", "--format", "json");
        assertThat(gg.json().get("log_likelihood").asDouble()).isCloseTo(-4055.9177, within(0.01));
        assertThat(gg.json().get("frequency_spend_correlation").asDouble()).isCloseTo(0.11, within(0.01));
    }

    @Test
    void fitsSbgFromSurvivorsAndBgbbFromSummary(@TempDir Path dir) throws IOException {
        Path s = Files.writeString(dir.resolve("s.csv"), "period,survivors\n0,1000\n1,631\n2,468\n3,382\n4,326\n"
                + "5,289\n6,262\n7,241\n");
        Run r = run("clv", "fit", "--model", "sbg", "--survivors", s.toString(), "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json().get("params").get("alpha").asDouble()).isCloseTo(0.704, within(5e-4));
        assertThat(r.json().get("params").get("beta").asDouble()).isCloseTo(1.182, within(5e-4));
        Path b = Files.writeString(dir.resolve("b.csv"), "x,t_x,n,weight\n0,0,6,300\n1,2,6,80\n2,4,6,60\n3,6,6,50\n"
                + "4,5,6,40\n5,6,6,30\n6,6,6,40\n1,1,6,50\n2,6,6,45\n");
        Run bb = run("clv", "fit", "--model", "bgbb", "--summary", b.toString(), "--format", "json");
        assertThat(bb.code()).as(bb.err()).isZero();
        assertThat(bb.json().get("params").fieldNames()).toIterable().containsExactly("alpha", "beta", "gamma", "delta");
    }

    @Test
    void fitReadsACustomerSummaryCsvWithWeights(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("sum.csv"), "customer,x,t_x,T,weight\na,0,0,30,50\nb,2,20,30,10\n"
                + "c,5,29,30,5\nd,1,5,30,10\n");
        Run r = run("clv", "fit", "--summary", f.toString(), "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json().get("observations").asDouble()).isEqualTo(75);
    }

    @Test
    void predictRanksCustomersByClvWithUnitsStated() throws IOException {
        Run r = run("clv", "predict", "--transactions", CDNOW, "--calibration-end", "1997-09-30", "--horizon", "52",
                "--discount-rate", "0.01", "--margin", "0.3", "--top", "20", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("unit").asText()).isEqualTo("week");
        assertThat(j.get("horizon").asInt()).isEqualTo(52);
        assertThat(j.get("discount_rate_per_period").asDouble()).isEqualTo(0.01);
        assertThat(j.get("margin").asDouble()).isEqualTo(0.3);
        assertThat(j.get("customers")).hasSize(20);
        JsonNode first = j.get("customers").get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("customer", "x", "t_x", "T", "monetary", "p_alive",
                "expected_transactions", "expected_spend", "clv");
        assertThat(first.get("clv").asDouble()).isGreaterThanOrEqualTo(j.get("customers").get(19).get("clv").asDouble());
        Run csv = run("clv", "predict", "--transactions", CDNOW, "--calibration-end", "1997-09-30", "--top", "3",
                "--format", "csv");
        assertThat(csv.out().lines()).hasSize(4).first().asString()
                .isEqualTo("customer,x,t_x,T,monetary,p_alive,expected_transactions,expected_spend,clv");
    }

    @Test
    void checkReturnsFrequencyGroupsAndTracking() throws IOException {
        Run r = run("clv", "check", "--transactions", CDNOW, "--calibration-end", "1997-09-30", "--holdout-end",
                "1998-06-30", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("holdout_length").asDouble()).isEqualTo(39);
        assertThat(j.get("frequency_groups").get(0).get("customers").asInt()).isEqualTo(1411);
        assertThat(j.get("tracking")).hasSize(78);
        assertThat(j.get("tracking").get(38).get("actual_cumulative").asDouble()).isEqualTo(2457);
    }

    @Test
    void everyCommandWorksOnTheEmbeddedSample() {
        for (String sub : new String[] {"fit", "predict", "check"}) {
            Run r = run("clv", sub, "--format", "json");
            assertThat(r.code()).as(sub + ": " + r.err()).isZero();
            assertThat(r.out()).contains("\"model\" : \"bgnbd\"");
        }
    }

    @Test
    void badInputNamesFileLineAndFieldWithExitTwo(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("t.txt"), "1 1 19970101 1 10\n1 1 1997011 1 10\n");
        Run r = run("clv", "fit", "--transactions", f.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("t.txt:2: date '1997011'").doesNotContain("Exception");
        Path s = Files.writeString(dir.resolve("s.csv"), "customer,x,t_x,T\na,2,40,39\n");
        Run r2 = run("clv", "fit", "--summary", s.toString());
        assertThat(r2.code()).isEqualTo(2);
        assertThat(r2.err()).contains("s.csv:2:").contains("must be <= T");
        Path spend = Files.writeString(dir.resolve("m.csv"), "customer,x,t_x,T,monetary\na,2,20,39,-5\nb,1,3,39,0\n");
        Run r3 = run("clv", "fit", "--summary", spend.toString(), "--model", "gamma-gamma");
        assertThat(r3.code()).isEqualTo(2);
        assertThat(r3.err()).contains("positive mean spend").contains("customer a");
    }

    @Test
    void badUsageExitsWithOne() {
        assertThat(run("clv", "fit", "--model", "nope").code()).isEqualTo(1);
        assertThat(run("clv", "fit", "--model", "sbg").err()).contains("--survivors");
        assertThat(run("clv", "predict", "--margin", "2").err()).contains("margin must be within [0, 1], was 2.0");
        assertThat(run("clv", "check", "--transactions", CDNOW).err()).contains("--calibration-end");
        assertThat(run("clv", "fit", "--format", "csv").code()).isEqualTo(1);
        assertThat(run("clv", "--help").code()).isZero();
    }

    @Test
    void fitReadsCsvTransactionsWithNamedColumnsAndOtherUnits(@TempDir Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("order,client,day,total\n");
        java.util.SplittableRandom rng = new java.util.SplittableRandom(3);
        for (int c = 0; c < 200; c++) {
            java.time.LocalDate d = java.time.LocalDate.of(2024, 1, 1).plusDays(rng.nextInt(60));
            int purchases = 1 + rng.nextInt(5);
            for (int k = 0; k < purchases; k++) {
                csv.append(c * 10 + k).append(",c").append(c).append(',').append(d).append(',')
                        .append(5 + rng.nextInt(50)).append('\n');
                d = d.plusDays(1 + rng.nextInt(40));
            }
        }
        Path f = Files.writeString(dir.resolve("orders.csv"), csv.toString());
        for (String unit : new String[] {"day", "week", "month"}) {
            Run r = run("clv", "fit", "--transactions", f.toString(), "--customer-col", "client", "--date-col", "day",
                    "--amount-col", "total", "--unit", unit, "--calibration-end", "2024-06-30", "--format", "json");
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.json().get("unit").asText()).isEqualTo(unit);
            assertThat(r.json().get("customers").asInt()).isEqualTo(200);
        }
        Run bad = run("clv", "fit", "--transactions", f.toString(), "--customer-col", "customer");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("orders.csv:1: customer_id 'customer'")
                .contains("column 'customer', which the header does not have").doesNotContain("--skip-bad-lines");
    }

    @Test
    void aDegenerateFitIsReportedNotConvergedInJsonAndInWords(@TempDir Path dir) throws IOException {
        // No repeat buyer: BG/NBD ran to r = 1.5e-5, alpha = 3.7e5 and reported "converged": true.
        Path f = Files.writeString(dir.resolve("none.csv"), "customer,x,t_x,T\na,0,0,10\nb,0,0,20\nc,0,0,30\n");
        Run json = run("clv", "fit", "--summary", f.toString(), "--format", "json");
        assertThat(json.code()).as(json.err()).isZero();
        assertThat(json.json().get("converged").asBoolean()).isFalse();
        assertThat(json.json().get("warnings").toString()).contains("boundary");
        assertThat(json.json().get("convergence").asText()).startsWith("not converged: ");
        assertThat(json.json().get("evaluations").asInt()).isPositive();
        assertThat(json.err()).contains("is not a result");
        Run text = run("clv", "fit", "--summary", f.toString());
        // Text has the JSON's fields; the verdict in words goes to stderr with the warning.
        assertThat(text.out()).containsPattern("converged +false").contains("boundary of the parameter space")
                .contains("n/a");
        assertThat(text.err()).contains("do not use these estimates");
    }

    @Test
    void aRepeatBuyerWithoutPositiveSpendDoesNotStopPredict(@TempDir Path dir) throws IOException {
        // As CDNOW master customer 10244, whose one repeat purchase is worth 0, stopped CLV for all 23,570.
        StringBuilder csv = new StringBuilder("customer,date,amount\n");
        java.util.SplittableRandom rng = new java.util.SplittableRandom(11);
        for (int c = 0; c < 300; c++) {
            java.time.LocalDate d = java.time.LocalDate.of(2024, 1, 1).plusDays(rng.nextInt(60));
            int purchases = 1 + rng.nextInt(6);
            for (int k = 0; k < purchases; k++) {
                csv.append('c').append(c).append(',').append(d).append(',').append(5 + rng.nextInt(80)).append('\n');
                d = d.plusDays(1 + rng.nextInt(30));
            }
        }
        csv.append("10244,2024-01-05,12.5\n10244,2024-02-05,0\n");
        Path f = Files.writeString(dir.resolve("t.csv"), csv.toString());
        Run r = run("clv", "predict", "--transactions", f.toString(), "--calibration-end", "2024-06-30",
                "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json().get("spend_excluded_no_positive_spend").asDouble()).isEqualTo(1);
        assertThat(r.err()).contains("1 repeat buyers without positive repeat spend").contains("10244");
        JsonNode zero = null;
        for (JsonNode c : r.json().get("customers")) {
            if (c.get("customer").asText().equals("10244")) {
                zero = c;
            }
        }
        assertThat(zero).isNotNull();
        assertThat(zero.get("clv").asDouble()).isPositive();
        Run fit = run("clv", "fit", "--transactions", f.toString(), "--model", "gamma-gamma", "--format", "json");
        assertThat(fit.json().get("excluded_no_positive_spend").asDouble()).isEqualTo(1);
    }

    @Test
    void predictWithoutASpendModelGivesAliveAndExpectedTransactions(@TempDir Path dir) throws IOException {
        Run noSpend = run("clv", "predict", "--transactions", CDNOW, "--calibration-end", "1997-09-30", "--no-spend",
                "--top", "5", "--format", "json");
        assertThat(noSpend.code()).as(noSpend.err()).isZero();
        assertThat(noSpend.json().get("spend_model").asText()).isEqualTo("none");
        JsonNode first = noSpend.json().get("customers").get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("customer", "x", "t_x", "T", "monetary",
                "p_alive", "expected_transactions");
        assertThat(first.get("expected_transactions").asDouble()).isPositive();
        Path f = Files.writeString(dir.resolve("s.csv"), "customer,x,t_x,T\na,0,0,30\nb,2,20,30\nc,5,29,30\n"
                + "d,1,5,30\ne,3,12,25\nf,0,0,12\ng,1,28,30\n");
        Run noAmounts = run("clv", "predict", "--summary", f.toString(), "--format", "csv");
        assertThat(noAmounts.code()).as(noAmounts.err()).isZero();
        assertThat(noAmounts.out().lines().findFirst()).contains("customer,x,t_x,T,monetary,p_alive,"
                + "expected_transactions");
        assertThat(noAmounts.err()).contains("no spend model and no CLV");
        Path t = Files.writeString(dir.resolve("t.csv"), "customer,date\na,2025-01-01\na,2025-02-01\n"
                + "b,2025-01-03\nb,2025-01-20\nb,2025-03-01\nc,2025-01-10\n");
        Run noAmountColumn = run("clv", "predict", "--transactions", t.toString(), "--calibration-end", "2025-03-31",
                "--format", "json");
        assertThat(noAmountColumn.code()).as(noAmountColumn.err()).isZero();
        assertThat(noAmountColumn.json().get("spend_model").asText()).isEqualTo("none");
        Run spendWithoutAmounts = run("clv", "fit", "--model", "gamma-gamma", "--transactions", t.toString());
        assertThat(spendWithoutAmounts.code()).isEqualTo(2);
        assertThat(spendWithoutAmounts.err()).contains("--model gamma-gamma needs amounts").contains("--amount-col");
    }

    @Test
    void predictRefusesModelsItCannotUseBeforeReadingTheInput(@TempDir Path dir) throws IOException {
        Path b = Files.writeString(dir.resolve("b.csv"), "x,t_x,n,weight\n0,0,6,300\n1,2,6,80\n");
        Run r = run("clv", "predict", "--model", "bgbb", "--summary", b.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("clv predict does not support --model bgbb")
                .contains("cx clv fit --model bgbb").doesNotContain("column");
    }

    @Test
    void predictBoundsTheHorizonNamingTheOption() {
        Run r = run("clv", "predict", "--horizon", "100000000");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("--horizon must be within 1..10000 periods of --unit, was 100000000");
    }

    @Test
    void aSummaryWithRepeatPurchasesAtTimeZeroIsRefusedNamingTheCustomer(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("s.csv"), "customer,x,t_x,T\na,1,3,30\nq7,3,0,10\n");
        Run r = run("clv", "fit", "--summary", f.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("s.csv:3:").contains("t_x (recency) of q7 must be > 0 when x > 0");
    }

    @Test
    void textOutputNamesParametersAndKeepsColumnsAlignedOnLargeNumbers(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("s.csv"), "customer,x,t_x,T,monetary\n"
                + "a,0,0,30,0\nb,2,20,30,120000000\nc,5,29,30,400000000\nd,1,5,30,90000000\n"
                + "e,3,12,25,250000000\nf,0,0,12,0\ng,1,28,30,300000000\nh,4,22,30,180000000\n"
                + "i,2,9,30,220000000\nj,0,0,20,0\nk,6,29,30,150000000\nl,2,14,30,270000000\n");
        Run r = run("clv", "predict", "--summary", f.toString(), "--horizon", "520");
        assertThat(r.code()).as(r.err()).isZero();
        // Text writes the JSON's fields: the parameters as name=value pairs, the customers as a table whose
        // numbers are right-aligned under their column names, however wide.
        assertThat(r.out()).containsPattern("params +r=[0-9.]+; alpha=");
        java.util.List<String> lines = r.out().lines().toList();
        int head = 0;
        while (!lines.get(head).strip().startsWith("customer ")) {
            head++;
        }
        String header = lines.get(head);
        assertThat(lines.size() - head - 1).isEqualTo(12);
        for (String column : new String[] {"monetary", "expected_spend", "clv"}) {
            int last = header.indexOf(column) + column.length() - 1;
            for (String row : lines.subList(head + 1, lines.size())) {
                assertThat(row.charAt(last)).as("%s in %s", column, row).isNotEqualTo(' ');
                assertThat(last + 1 == row.length() || row.charAt(last + 1) == ' ').as("%s in %s", column, row)
                        .isTrue();
            }
        }
    }

    @Test
    void aMissingAmountColumnSuggestsNamingItNotSkippingLines(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("t.csv"), "customer,date\na,2025-01-01\na,2025-02-01\n");
        // Transactions without amounts serve the transaction models; a spend model says how to name the column.
        assertThat(run("clv", "fit", "--transactions", f.toString()).code()).isZero();
        Run gg = run("clv", "fit", "--transactions", f.toString(), "--model", "gamma-gamma");
        assertThat(gg.code()).isEqualTo(2);
        assertThat(gg.err()).contains("--amount-col").doesNotContain("--skip-bad-lines");
        Run r = run("clv", "fit", "--transactions", f.toString(), "--amount-col", "total");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--amount-col").doesNotContain("--skip-bad-lines");
    }
}
