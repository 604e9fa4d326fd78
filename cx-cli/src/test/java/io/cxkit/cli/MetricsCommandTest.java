package io.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxkit.core.Channel;
import io.cxkit.core.CustomerId;
import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.core.Touchpoint;
import io.cxkit.core.io.InteractionWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsCommandTest {
    @TempDir
    static Path dir;
    static Path file;

    record Run(int exit, String out, String err) {
        JsonNode json() throws IOException {
            return new ObjectMapper().readTree(out);
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Cx.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /**
     * The survey.md worked case spread over two channels and two months: web in January holds counts
     * (25, 35, 40); phone in February holds (1, 0, 1).
     */
    @BeforeAll
    static void writeInput() throws IOException {
        file = dir.resolve("answers.csv");
        List<Interaction> all = new ArrayList<>();
        int id = 0;
        int[][] web = {{25, 2}, {35, 7}, {40, 10}};
        for (int[] c : web) {
            for (int i = 0; i < c[0]; i++) {
                all.add(answer(id++, Channel.WEB, "2026-01-15T10:00:00Z", c[1]));
            }
        }
        all.add(answer(id++, Channel.PHONE, "2026-02-15T10:00:00Z", 0));
        all.add(answer(id, Channel.PHONE, "2026-02-15T10:00:00Z", 9));
        try (InteractionWriter w = InteractionWriter.open(file)) {
            for (Interaction x : all) {
                w.write(x);
            }
        }
    }

    static Interaction answer(int id, Channel ch, String when, int nps) {
        return Interaction.builder("a" + id, CustomerId.of("c" + id), Touchpoint.of(ch.name() + "-survey", ch),
                Instant.parse(when)).feedback(new Feedback.Nps(nps)).attribute("region", id % 2 == 0 ? "eu" : "us")
                .build();
    }

    @Test
    void jsonHasOneGroupWithAnEmptyKeyAndTheIssuesFieldsWithoutBy() throws IOException {
        Run r = run("metrics", "--input", file.toString(), "--metric", "nps", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode groups = r.json().get("groups");
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).get("key").size()).isZero();
        JsonNode nps = groups.get(0).get("metrics").get("nps");
        // "period" (the month of a period metric such as churn, null here) is always present now that JSON and
        // CSV are written from one field list.
        assertThat(nps.fieldNames()).toIterable().containsExactly("value", "n", "lower", "upper", "method",
                "clamped", "period");
        assertThat(nps.get("period").isNull()).isTrue();
        assertThat(nps.get("n").asLong()).isEqualTo(102);
        assertThat(nps.get("method").asText()).isEqualTo("adjusted-wald");
        assertThat(nps.get("clamped").asBoolean()).isFalse();
    }

    @Test
    void byChannelAndMonthReproducesTheWorkedCaseInItsGroup() throws IOException {
        Run r = run("metrics", "--input", file.toString(), "--metric", "nps", "--by", "channel", "--bucket",
                "month", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode groups = r.json().get("groups");
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).get("key").toString()).isEqualTo("{\"channel\":\"phone\",\"month\":\"2026-02\"}");
        JsonNode web = groups.get(1);
        assertThat(web.get("key").toString()).isEqualTo("{\"channel\":\"web\",\"month\":\"2026-01\"}");
        JsonNode nps = web.get("metrics").get("nps");
        assertThat(nps.get("value").asDouble()).isEqualTo(0.15, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(nps.get("lower").asDouble()).isEqualTo(-0.006974, org.assertj.core.data.Offset.offset(5e-7));
        assertThat(nps.get("upper").asDouble()).isEqualTo(0.298236, org.assertj.core.data.Offset.offset(5e-7));
        JsonNode small = groups.get(0).get("metrics").get("nps");
        assertThat(small.get("n").asLong()).as("a group of two is shown, not hidden").isEqualTo(2);
    }

    @Test
    void waldAndScoreIntervalsAndOtherLevelsAreSelectable() throws IOException {
        Run r = run("metrics", "--input", file.toString(), "--metric", "nps", "--by", "channel", "--ci", "wald",
                "--confidence", "0.95", "--format", "json");
        JsonNode web = r.json().get("groups").get(1).get("metrics").get("nps");
        assertThat(web.get("method").asText()).isEqualTo("wald");
        assertThat(web.get("lower").asDouble()).isEqualTo(-0.005258, org.assertj.core.data.Offset.offset(5e-7));
        Run s = run("metrics", "--input", file.toString(), "--metric", "nps", "--ci", "score", "--confidence", "0.9",
                "--format", "json");
        assertThat(s.json().get("groups").get(0).get("metrics").get("nps").get("method").asText()).isEqualTo("score");
    }

    @Test
    void csvHasTheDimensionColumnsThenTheMetricFields() {
        Run r = run("metrics", "--input", file.toString(), "--metric", "nps", "--by", "attr.region", "--format",
                "csv");
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines().findFirst()).contains("attr.region,metric,value,n,lower,upper,method,clamped,period");
        assertThat(r.out().lines().count()).isEqualTo(3);
    }

    @Test
    void textIsATable() {
        Run r = run("metrics", "--input", file.toString(), "--metric", "nps,csat");
        assertThat(r.exit()).isZero();
        // NPS in points with its interval first, for people; the raw fields after it, as in CSV and JSON.
        assertThat(r.out()).startsWith("metric  shown").contains("nps     14.7 pts [-0.9 pts, 29.5 pts]  0.1471  102")
                .doesNotContain("csat");
        assertThat(r.err()).contains("no data for csat").contains("needs CSAT answers");
    }

    @Test
    void anUnknownDimensionIsAUsageErrorNamingTheAllowedOnes() {
        Run r = run("metrics", "--input", file.toString(), "--by", "chanel");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("unknown dimension 'chanel'; allowed: channel, touchpoint, stage, segment, "
                + "attr.NAME, day, week, month");
    }

    @Test
    void anUnknownMetricIsAUsageErrorListingTheKnownOnes() {
        Run r = run("metrics", "--input", file.toString(), "--metric", "nps,npz");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("unknown metric 'npz'; known metrics: ").contains("csat").contains("nps");
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        assertThat(run("metrics", "--input", file.toString(), "--ci", "bootstrap").exit()).isEqualTo(1);
        assertThat(run("metrics", "--input", file.toString(), "--confidence", "95").exit()).isEqualTo(1);
        assertThat(run("metrics", "--input", file.toString(), "--bucket", "year").exit()).isEqualTo(1);
        assertThat(run("metrics", "--input", file.toString(), "--zone", "Mars/Olympus").exit()).isEqualTo(1);
        assertThat(run("metrics", "--input", file.toString(), "--format", "xml").exit()).isEqualTo(1);
    }

    @Test
    void aMissingFileIsAnInputErrorWithoutAStackTrace() {
        Run r = run("metrics", "--input", dir.resolve("nope.csv").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("nope.csv: no such file").doesNotContain("Exception");
    }

    @Test
    void rejectedRecordsAreSkippedAndReportedOnStderr() throws IOException {
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, "{\"customer_id\":\"c1\",\"timestamp\":\"2026-01-01T00:00:00Z\",\"channel\":\"web\","
                + "\"touchpoint\":\"t\",\"nps\":9}\n{\"customer_id\":\"c2\",\"timestamp\":\"2026-01-01T00:00:00Z\","
                + "\"channel\":\"web\",\"touchpoint\":\"t\",\"nps\":11}\n");
        Run r = run("metrics", "--input", bad.toString(), "--metric", "nps", "--format", "json");
        assertThat(r.exit()).isZero();
        assertThat(r.json().get("groups").get(0).get("metrics").get("nps").get("n").asLong()).isEqualTo(1);
        assertThat(r.err()).contains("skipped 1 of 2 records").contains("line 2, field nps");
    }

    @Test
    void withoutInputItRunsOnTheEmbeddedSample() throws IOException {
        Run r = run("metrics", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.json().get("groups").get(0).get("metrics").get("nps").get("n").asLong()).isPositive();
    }

    @Test
    void namedSettingsReachTheMetrics() throws IOException {
        // A longer repeat-contact window can only catch more repeats, so FCR cannot rise with it.
        Run oneDay = run("metrics", "--metric", "fcr", "--set", "fcr.window=1", "--format", "json");
        Run month = run("metrics", "--metric", "fcr", "--set", "fcr.window=30", "--format", "json");
        assertThat(oneDay.exit()).as(oneDay.err()).isZero();
        assertThat(month.exit()).as(month.err()).isZero();
        double fcr1 = oneDay.json().get("groups").get(0).get("metrics").get("fcr").get("value").asDouble();
        double fcr30 = month.json().get("groups").get(0).get("metrics").get("fcr").get("value").asDouble();
        assertThat(fcr30).isLessThan(fcr1);
    }

    @Test
    void anUnknownOrBadSettingIsAUsageError() {
        Run typo = run("metrics", "--metric", "fcr", "--set", "fcr.windw=3");
        assertThat(typo.exit()).isEqualTo(1);
        assertThat(typo.err()).contains("unknown setting 'fcr.windw'").contains("fcr.window");
        Run bad = run("metrics", "--metric", "fcr", "--set", "fcr.window=soon");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("soon");
        Run shared = run("metrics", "--metric", "frt", "--set", "no-such-setting=1");
        assertThat(shared.exit()).isEqualTo(1);
        assertThat(shared.err()).contains("business-hours");
    }

    @Test
    void compareSplitsAtADateWithTheAdjustedWaldDifference() throws IOException {
        Run r = run("compare", "--input", file.toString(), "--metric", "nps", "--split-at", "2026-02-01",
                "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("baseline").get("n").asLong()).isEqualTo(100);
        assertThat(j.get("current").get("n").asLong()).isEqualTo(2);
        assertThat(j.get("difference").asDouble()).isEqualTo(0 - 0.15, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(j.get("method").asText()).isEqualTo("adjusted-wald-difference");
        assertThat(j.get("significant").asBoolean()).isFalse();
        assertThat(j.fieldNames()).toIterable().containsExactly("schema_version", "metric", "baseline", "current",
                "difference",
                "lower", "upper", "statistic", "p_value", "method", "confidence", "significant");
        // CSV: the same fields on one row, each group's flattened under its name.
        Run csv = run("compare", "--input", file.toString(), "--metric", "nps", "--split-at", "2026-02-01",
                "--format", "csv");
        assertThat(csv.out().lines().findFirst().orElseThrow()).isEqualTo("metric,baseline_group,baseline_value,"
                + "baseline_n,baseline_lower,baseline_upper,baseline_method,baseline_clamped,baseline_period,"
                + "current_group,current_value,current_n,current_lower,current_upper,current_method,current_clamped,"
                + "current_period,difference,lower,upper,statistic,p_value,method,confidence,significant");
        assertThat(csv.out().lines().count()).isEqualTo(2);
    }

    @Test
    void compareTwoValuesOfADimension() throws IOException {
        Run r = run("compare", "--input", file.toString(), "--by", "channel", "--a", "web", "--b", "phone",
                "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.json().get("baseline").get("group").asText()).isEqualTo("channel=web");
        Run text = run("compare", "--input", file.toString(), "--by", "channel", "--a", "web", "--b", "phone");
        assertThat(text.out()).contains("difference (channel=phone - channel=web): -0.1500");
    }

    @Test
    void compareNeedsExactlyOneWayOfSplitting() {
        assertThat(run("compare", "--input", file.toString()).err())
                .contains("give either --split-at DATE or --by DIM --a VALUE --b VALUE");
        assertThat(run("compare", "--input", file.toString(), "--by", "channel", "--a", "web").exit()).isEqualTo(1);
        assertThat(run("compare", "--input", file.toString(), "--split-at", "March").exit()).isEqualTo(1);
    }

    @Test
    void metricsAndCompareRefuseTheSameBadSharedOptionsWithTheSameMessage() {
        List<String> split = List.of("--split-at", "2026-02-01");
        for (String command : List.of("metrics", "compare")) {
            List<String> base = new ArrayList<>(List.of(command, "--input", file.toString()));
            if (command.equals("compare")) {
                base.addAll(split);
            }
            Run zone = run(with(base, "--zone", "Mars/Olympus"));
            assertThat(zone.exit()).as(command).isEqualTo(1);
            assertThat(zone.err()).as(command).contains("--zone must be a time-zone id");
            Run confidence = run(with(base, "--confidence", "1.5"));
            assertThat(confidence.exit()).as(command).isEqualTo(1);
            assertThat(confidence.err()).as(command).contains("--confidence must be within (0, 1), e.g. 0.95, was 1.5");
            Run ci = run(with(base, "--ci", "bootstrap"));
            assertThat(ci.exit()).as(command).isEqualTo(1);
            assertThat(ci.err()).as(command).contains("--ci bootstrap is not offered by");
            Run format = run(with(base, "--format", "xml"));
            assertThat(format.exit()).as(command).isEqualTo(1);
        }
    }

    private static String[] with(List<String> base, String... more) {
        List<String> all = new ArrayList<>(base);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
