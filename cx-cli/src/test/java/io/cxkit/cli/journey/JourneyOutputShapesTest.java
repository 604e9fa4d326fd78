package io.cxkit.cli.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxkit.cli.Cx;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The journeys commands write JSON and CSV through one writer: the same fields, and a schema_version. */
class JourneyOutputShapesTest {
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

    private JsonNode json(String... args) throws IOException {
        List<String> a = new ArrayList<>(List.of(args));
        a.addAll(List.of("--format", "json"));
        assertThat(run(a.toArray(String[]::new))).as(err).isZero();
        JsonNode root = new ObjectMapper().readTree(out);
        assertThat(root.fieldNames().next()).as(String.join(" ", args)).isEqualTo("schema_version");
        assertThat(root.get("schema_version").asInt()).isEqualTo(1);
        return root;
    }

    private List<String> csvHeader(String... args) {
        List<String> a = new ArrayList<>(List.of(args));
        a.addAll(List.of("--format", "csv"));
        assertThat(run(a.toArray(String[]::new))).as(err).isZero();
        return List.of(out.lines().findFirst().orElseThrow().split(","));
    }

    private static List<String> fields(JsonNode row) {
        List<String> names = new ArrayList<>();
        row.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void theMapsEdgesHaveTheSameFieldsInJsonAndCsvAndNodesAreListedOnRequest() throws IOException {
        JsonNode map = json("journeys", "map", "--nodes");
        assertThat(fields(map.get("edges").get(0))).isEqualTo(csvHeader("journeys", "map"));
        assertThat(fields(map.get("nodes").get(0))).containsExactly("activity", "occurrences", "starts", "ends",
                "end_share", "mean_nps", "mean_csat", "mean_ces");
        long starts = 0;
        for (JsonNode n : map.get("nodes")) {
            starts += n.get("starts").asLong();
        }
        assertThat(starts).isEqualTo(map.get("cases").asLong());
    }

    @Test
    void painPointsAndTransitionsHaveTheSameFieldsInJsonAndCsv() throws IOException {
        JsonNode pain = json("journeys", "pain-points", "--top", "3");
        assertThat(pain.get("pain_points")).hasSize(3);
        assertThat(fields(pain.get("pain_points").get(0))).isEqualTo(csvHeader("journeys", "pain-points"))
                .isEqualTo(PainPointsCommand.FIELDS);
        JsonNode paths = json("journeys", "paths", "--top", "2");
        assertThat(fields(paths.get("transitions").get(0))).isEqualTo(csvHeader("journeys", "paths"))
                .containsExactly("from", "to", "count", "share");
    }

    @Test
    void atRiskCountsEveryAlertButListsTheTopAndItsCsvHasOneRowPerReason() throws IOException {
        JsonNode all = json("journeys", "at-risk");
        JsonNode one = json("journeys", "at-risk", "--top", "1");
        assertThat(one.get("at_risk").asLong()).isEqualTo(all.get("at_risk").asLong())
                .isEqualTo(all.get("alerts").size());
        assertThat(one.get("alerts")).hasSize(Math.min(1, all.get("alerts").size()));
        int reasons = 0;
        for (JsonNode a : all.get("alerts")) {
            reasons += a.get("reasons").size();
        }
        assertThat(csvHeader("journeys", "at-risk")).containsExactly("customer", "rolling_score",
                "last_interaction", "rule", "detail", "at");
        assertThat(out.lines().count()).isEqualTo(1 + reasons);
    }

    @Test
    void stitchListsRefusalsWithTheSameFieldsInJsonAndCsv() throws IOException {
        JsonNode stitch = json("journeys", "stitch");
        assertThat(stitch.get("merges").asLong() + stitch.get("customers").asLong()).isPositive();
        assertThat(stitch.get("refused_merges").asLong()).isEqualTo(stitch.get("refused").size());
        assertThat(csvHeader("journeys", "stitch")).containsExactly("record", "anchor", "identifier", "reason");
        assertThat(out.lines().count()).isEqualTo(1 + stitch.get("refused").size());
    }
}
