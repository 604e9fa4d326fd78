package io.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8 items 2 and 6: a command whose requested result is empty says why on stderr and exits 2 (bad input)
 * or 1 (bad usage); a marker means what its legend says.
 */
class EmptyAnswersTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** Phone contacts with NPS answers, and no {@code issue} attribute. */
    private Path contactsWithoutIssue() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < 6; k++) {
            sb.append("{\"customer_id\":\"c").append(k).append("\",\"timestamp\":\"2024-03-0").append(k + 1)
                    .append("T09:30:00Z\",\"channel\":\"phone\",\"touchpoint\":\"support_call\",\"kind\":\"call\","
                            + "\"direction\":\"inbound\",\"automated\":false,\"outcome\":\"resolved\",\"nps\":")
                    .append(k + 4).append("}\n");
        }
        return Files.writeString(dir.resolve("contacts.jsonl"), sb.toString());
    }

    @Test
    void compareMatchesNamedValuesIgnoringCase() {
        CxRun r = CxRun.of("compare", "--by", "channel", "--a", "EMAIL", "--b", "Mobile_App", "--format", "json");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"group\" : \"channel=email\"").contains("\"group\" : \"channel=mobile_app\"");
    }

    @Test
    void compareWithAValueNoInteractionHasExitsTwoListingTheValuesPresent() {
        CxRun r = CxRun.of("compare", "--by", "channel", "--a", "Google Paid", "--b", "facebook ads");

        assertThat(r.exit()).isEqualTo(Cx.EXIT_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("no interaction has channel 'Google Paid'")
                .contains("values present: chat, email, mobile_app, phone, sms, social, store, web");
    }

    @Test
    void compareWithAGroupWithoutObservationsExitsTwo() {
        CxRun r = CxRun.of("compare", "--by", "channel", "--a", "web", "--b", "email");

        assertThat(r.exit()).isEqualTo(Cx.EXIT_INPUT);
        assertThat(r.err()).contains("group channel=web has no observation of nps (n 0)");
    }

    @Test
    void fcrWithoutTheIssueAttributeSaysWhichFieldTheKeyNeedsAndHowToSetIt() throws IOException {
        CxRun r = CxRun.of("metrics", "--input", contactsWithoutIssue().toString(), "--metric", "fcr");

        assertThat(r.exit()).isEqualTo(Cx.EXIT_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("issue key attr.issue").contains("column attr.issue in CSV")
                .contains("attributes.issue in JSON Lines").contains("--set fcr.key=");
    }

    @Test
    void aMetricWithoutDataIsNamedOnceInsteadOfAsBlankRows() throws IOException {
        CxRun r = CxRun.of("metrics", "--input", contactsWithoutIssue().toString(), "--metric", "nps,fcr",
                "--by", "channel", "--format", "json");

        assertThat(r.exit()).isZero();
        JsonNode json = JSON.readTree(r.out());
        assertThat(json.get("groups")).hasSize(1);
        assertThat(json.get("groups").get(0).get("metrics").fieldNames()).toIterable().containsExactly("nps");
        assertThat(json.get("no_data").get("fcr").asText()).contains("attr.issue");
        assertThat(r.err()).contains("no data for fcr");
    }

    @Test
    void breakdownGroupsListOnlyTheMetricsTheyHaveDataFor() {
        CxRun r = CxRun.of("metrics", "--by", "channel", "--format", "csv");

        assertThat(r.exit()).isZero();
        // Columns: channel, metric, value, n, ...
        assertThat(r.out().lines().skip(1).map(l -> l.split(",")[3])).isNotEmpty().doesNotContain("0");
        assertThat(r.out()).contains("web,csat,");
        assertThat(r.out()).doesNotContain("web,nps,").doesNotContain("store,");
    }

    @Test
    void churnSaysWhichMonthItMeasured() throws IOException {
        CxRun text = CxRun.of("metrics", "--metric", "churn");
        CxRun json = CxRun.of("metrics", "--metric", "churn", "--format", "json");

        assertThat(text.exit()).isZero();
        // The embedded sample ends on 2025-12-31, so December is complete and is the default month.
        assertThat(text.out()).contains("churn: month 2025-12").contains("--set churn.period=YYYY-MM");
        assertThat(JSON.readTree(json.out()).get("groups").get(0).get("metrics").get("churn").get("period").asText())
                .isEqualTo("2025-12");
    }

    @Test
    void painPointsWithoutJourneyIdsSaysWhyAndSuggestsGap() throws IOException {
        CxRun r = CxRun.of("journeys", "pain-points", "--input", contactsWithoutIssue().toString());

        assertThat(r.exit()).isEqualTo(Cx.EXIT_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("no interaction has a journey id").contains("--gap");
    }

    @Test
    void aJourneyMapWithNoJourneyLeftByItsFiltersExitsTwo() {
        CxRun r = CxRun.of("journeys", "map", "--segment", "no-such-segment");

        assertThat(r.exit()).isEqualTo(Cx.EXIT_INPUT);
        assertThat(r.err()).contains("no journey passes the filters");
    }

    @Test
    void theReportFlagsOnlyChangesWithPBelowTheLevelAndMarksClampedIntervalsApart() throws IOException {
        CxRun r = CxRun.of("report", "--format", "json");

        assertThat(r.exit()).isZero();
        com.fasterxml.jackson.databind.JsonNode trend = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(r.out()).get("sections").get("survey").get("content").get("trend");
        int significant = 0;
        for (com.fasterxml.jackson.databind.JsonNode p : trend) {
            if (p.get("significant").asBoolean()) {
                significant++;
                assertThat(p.get("p_value").asDouble()).isLessThan(0.05);
            }
        }
        assertThat(trend.size()).isGreaterThan(significant);
        // The embedded sample's March CSAT (92.3 %, n 13, p 0.3154) has a clamped interval and is not flagged.
        com.fasterxml.jackson.databind.JsonNode march = null;
        for (com.fasterxml.jackson.databind.JsonNode p : trend) {
            if (p.get("month").asText().equals("2025-03") && p.get("figure").get("metric").asText().equals("csat")) {
                march = p;
            }
        }
        assertThat(march).isNotNull();
        assertThat(march.get("figure").get("clamped").asBoolean()).isTrue();
        assertThat(march.get("figure").get("upper").asDouble()).isEqualTo(100.0);
        assertThat(march.get("p_value").asDouble()).isCloseTo(0.3154, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(march.get("significant").asBoolean()).isFalse();
    }

    @Test
    void anEmptyGzipFileIsReportedInWordsNotAsNull() throws IOException {
        Path empty = Files.write(dir.resolve("empty.jsonl.gz"), new byte[0]);

        for (String[] args : new String[][] {{"validate", "--input", empty.toString()},
            {"metrics", "--input", empty.toString()}, {"journeys", "map", "--input", empty.toString()}}) {
            CxRun r = CxRun.of(args);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(Cx.EXIT_INPUT);
            assertThat(r.err()).as(String.join(" ", args)).doesNotContain(": null").contains("empty");
        }
    }

    @Test
    void anEmptyDelimiterIsBadUsageWithAMessageNotAnIndexException() throws IOException {
        Path log = Files.writeString(dir.resolve("log.csv"), "case_id,activity,timestamp\n");

        CxRun r = CxRun.of("journeys", "map", "--log", log.toString(), "--delimiter", "");

        assertThat(r.exit()).isEqualTo(Cx.EXIT_USAGE);
        assertThat(r.err()).contains("delimiter").contains("one character")
                .doesNotContain("StringIndexOutOfBounds").doesNotContain("Exception");
    }
}
