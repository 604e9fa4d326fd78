package io.cxkit.cli.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxkit.cli.Cx;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class JourneyScoringCommandsTest {
    @TempDir
    Path dir;

    private String out;
    private String err;

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        CommandLine cl = Cx.commandLine();
        cl.setOut(new PrintWriter(o));
        cl.setErr(new PrintWriter(e));
        int code = cl.execute(args);
        out = o.toString();
        err = e.toString();
        return code;
    }

    /**
     * Alice: two unresolved contacts (the first after a 15-minute wait) and an NPS of 2; Bob: a purchase with an
     * NPS of 9. By hand (default scoring): Alice's journey scores 0 (peak and end NPS 2 → −1.2, S = 20, penalty
     * 10 + 4 + 14 = 28), so all three rules fire for her.
     */
    private Path interactions() throws IOException {
        Path p = dir.resolve("interactions.csv");
        Files.writeString(p, "customer_id,timestamp,channel,touchpoint,journey_id,kind,outcome,nps,attr.wait_seconds\n"
                + "alice,2026-03-01T09:00:00Z,phone,support_call,j1,contact,unresolved,,900\n"
                + "alice,2026-03-01T10:00:00Z,chat,support_chat,j1,contact,unresolved,,30\n"
                + "alice,2026-03-01T11:00:00Z,email,survey,j1,survey,,2,\n"
                + "bob,2026-03-01T09:00:00Z,web,home,j2,,,,\n"
                + "bob,2026-03-01T09:05:00Z,web,checkout,j2,,converted,9,\n", StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void atRiskListsTheCustomerWithEveryReason() throws IOException {
        assertThat(run("journeys", "at-risk", "--input", interactions().toString(), "--format", "json"))
                .as(err).isZero();
        JsonNode root = new ObjectMapper().readTree(out);
        assertThat(root.get("as_of").asText()).isEqualTo("2026-03-01T11:00:00Z");
        assertThat(root.get("customers").asLong()).isEqualTo(2);
        assertThat(root.get("at_risk").asLong()).isEqualTo(1);
        JsonNode alice = root.get("alerts").get(0);
        assertThat(alice.get("customer").asText()).isEqualTo("alice");
        assertThat(alice.get("rolling_score").asDouble()).isZero();
        List<String> rules = new ArrayList<>();
        alice.get("reasons").forEach(r -> rules.add(r.get("rule").asText()));
        assertThat(rules).containsExactly("rolling_score", "repeat_unresolved", "detractor_after_wait");
        assertThat(alice.get("reasons").get(2).get("detail").asText())
                .isEqualTo("NPS 2 after a wait of 15.0 min in journey j1");
    }

    @Test
    void atRiskAsTextAndCsv() throws IOException {
        Path in = interactions();
        assertThat(run("journeys", "at-risk", "--input", in.toString())).isZero();
        assertThat(out).startsWith("1 of 2 customers at risk").contains("2 unresolved contacts within 30 days");
        assertThat(run("journeys", "at-risk", "--input", in.toString(), "--format", "csv")).isZero();
        assertThat(out.split("\\R")[0]).isEqualTo("customer,rolling_score,last_interaction,rule,detail,at");
        assertThat(out.split("\\R")).hasSize(4);
    }

    @Test
    void atRiskRefusesBadRules() throws IOException {
        assertThat(run("journeys", "at-risk", "--input", interactions().toString(), "--threshold", "120"))
                .isEqualTo(1);
        assertThat(err).contains("scoreThreshold must be within 0..100, was 120.0");
        assertThat(run("journeys", "at-risk", "--long-wait", "soon")).isEqualTo(1);
    }

    @Test
    void painPointsJsonHasTheDocumentedFields() throws IOException {
        assertThat(run("journeys", "pain-points", "--input", interactions().toString(), "--min-journeys", "1",
                "--format", "json")).as(err).isZero();
        JsonNode root = new ObjectMapper().readTree(out);
        assertThat(root.get("journeys").asLong()).isEqualTo(2);
        assertThat(root.get("feedback_journeys").asLong()).isEqualTo(2);
        assertThat(root.get("baseline_detractor_rate").asDouble()).isEqualTo(0.5);
        assertThat(root.get("rank_by").asText()).isEqualTo("detractor_lift");
        JsonNode first = root.get("pain_points").get(0);
        List<String> fields = new ArrayList<>();
        first.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyElementsOf(PainPointsCommand.FIELDS);
        // Every element of Alice's journey has lift 2 (1 detractor of 1 against 1 of 2); the longest label last.
        assertThat(first.get("detractor_lift").asDouble()).isEqualTo(2.0);
        assertThat(first.get("journeys").asLong()).isEqualTo(1);
    }

    @Test
    void painPointsOnTheEmbeddedSample() throws IOException {
        assertThat(run("journeys", "pain-points", "--top", "5", "--format", "json")).as(err).isZero();
        JsonNode root = new ObjectMapper().readTree(out);
        assertThat(root.get("pain_points").size()).isEqualTo(5);
    }

    @Test
    void painPointsAsTextRankedByTimeLost() throws IOException {
        assertThat(run("journeys", "pain-points", "--input", interactions().toString(), "--min-journeys", "1",
                "--rank-by", "time-lost")).isZero();
        assertThat(out).contains("ranked by time lost").contains("support_call -> support_chat");
    }

    @Test
    void painPointsRefusesAnUnknownMeasureAndAnEventLog() throws IOException {
        assertThat(run("journeys", "pain-points", "--rank-by", "pain")).isEqualTo(1);
        assertThat(err).contains("--rank-by must be drop-off, detractor-lift or time-lost, was 'pain'");
        Path log = dir.resolve("log.csv");
        Files.writeString(log, "case_id,activity,timestamp\nc1,a,2026-01-01T00:00:00Z\n");
        assertThat(run("journeys", "pain-points", "--log", log.toString())).isEqualTo(1);
        assertThat(err).contains("pain-points needs cxkit interactions");
    }

    @Test
    void helpWorks() {
        assertThat(run("journeys", "pain-points", "--help")).isZero();
        assertThat(out).contains("--rank-by").contains("--min-journeys");
        assertThat(run("journeys", "at-risk", "--help")).isZero();
        assertThat(out).contains("--threshold").contains("--long-wait");
    }
}
