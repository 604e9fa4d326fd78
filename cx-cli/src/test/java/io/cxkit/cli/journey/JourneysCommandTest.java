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

class JourneysCommandTest {

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

    private JsonNode json() throws IOException {
        return new ObjectMapper().readTree(out);
    }

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    /** PostHog's worked funnel case (shared/vectors/journey.md "Funnels") as a process-mining style CSV log. */
    private Path postHogLog() throws IOException {
        return file("posthog.csv", "person,event,time\n"
                + "p1,sign up,2020-01-01T12:00:00Z\np1,play movie,2020-01-01 13:00:00Z\np1,buy,2020-01-01T15:00:00Z\n"
                + "p2,sign up,2020-01-02T14:00:00Z\np2,play movie,2020-01-02T16:00:00Z\n"
                + "p3,sign up,2020-01-02T14:00:00Z\np3,play movie,2020-01-02T16:00:00Z\np3,buy,1577984400000\n");
    }

    private String[] log(Path file, String... more) {
        List<String> args = new ArrayList<>(List.of("--log", file.toString(), "--case", "person", "--activity",
                "event", "--timestamp", "time"));
        args.addAll(List.of(more));
        return args.toArray(new String[0]);
    }

    private String[] cmd(String sub, String[] rest) {
        String[] all = new String[rest.length + 2];
        all[0] = "journeys";
        all[1] = sub;
        System.arraycopy(rest, 0, all, 2, rest.length);
        return all;
    }

    @Test
    void funnelReproducesPostHogsWorkedCaseInTheIssuesJsonShape() throws IOException {
        int code = run(cmd("funnel", log(postHogLog(), "--steps", "sign up,play movie,buy", "--window", "7d",
                "--format", "json")));
        assertThat(code).as(err).isZero();
        JsonNode steps = json().get("steps");
        assertThat(steps).hasSize(3);
        assertThat(json().fieldNames().next()).isEqualTo("schema_version");
        assertThat(steps.get(0).fieldNames()).toIterable().containsExactly("name", "count", "conversion_from_start",
                "conversion_from_previous", "drop_off", "average_conversion_seconds", "median_conversion_seconds");
        assertThat(steps.findValuesAsText("drop_off")).containsExactly("0", "0", "1");
        assertThat(steps.findValuesAsText("count")).containsExactly("3", "3", "2");
        assertThat(steps.get(0).get("average_conversion_seconds").isNull()).isTrue();
        assertThat(steps.get(1).get("average_conversion_seconds").asDouble()).isEqualTo(6000);
        assertThat(steps.get(1).get("median_conversion_seconds").asDouble()).isEqualTo(7200);
        assertThat(steps.get(2).get("average_conversion_seconds").asDouble()).isEqualTo(5400);
        assertThat(steps.get(2).get("median_conversion_seconds").asDouble()).isEqualTo(5400);
    }

    @Test
    void variantsJsonHasTheIssuesFieldsAndTopKeepsTheVariantCount() throws IOException {
        int code = run(cmd("variants", log(postHogLog(), "--top", "1", "--format", "json")));
        assertThat(code).as(err).isZero();
        JsonNode root = json();
        assertThat(root.fieldNames()).toIterable().containsExactly("schema_version", "cases", "events",
                "variant_count", "variants");
        assertThat(root.get("cases").asInt()).isEqualTo(3);
        assertThat(root.get("events").asInt()).isEqualTo(8);
        assertThat(root.get("variant_count").asInt()).isEqualTo(2);
        assertThat(root.get("variants")).hasSize(1);
        JsonNode top = root.get("variants").get(0);
        assertThat(top.fieldNames()).toIterable().containsExactly("activities", "count", "share");
        assertThat(top.get("activities").toString()).isEqualTo("[\"sign up\",\"play movie\",\"buy\"]");
        assertThat(top.get("count").asInt()).isEqualTo(2);
        assertThat(top.get("share").asDouble()).isEqualTo(2.0 / 3);
    }

    @Test
    void mapJsonHasTheIssuesFields() throws IOException {
        int code = run(cmd("map", log(postHogLog(), "--format", "json")));
        assertThat(code).as(err).isZero();
        JsonNode root = json();
        // schema_version first since the map is written by the one writer.
        assertThat(root.fieldNames()).toIterable().containsExactly("schema_version", "cases", "events", "start", "end",
                "edges");
        assertThat(root.get("start").get("sign up").asInt()).isEqualTo(3);
        assertThat(root.get("end").get("buy").asInt()).isEqualTo(2);
        assertThat(root.get("end").get("play movie").asInt()).isEqualTo(1);
        JsonNode first = root.get("edges").get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("from", "to", "count", "mean_seconds",
                "median_seconds", "p90_seconds", "min_seconds", "max_seconds", "stdev_seconds");
        assertThat(first.get("from").asText()).isEqualTo("sign up");
        assertThat(first.get("count").asInt()).isEqualTo(3);
        assertThat(first.get("mean_seconds").asDouble()).isEqualTo(6000);
        assertThat(first.get("p90_seconds").asDouble()).isEqualTo(7200);
    }

    @Test
    void aTimeRangeFiltersEventLogCasesByTheirFirstEvent() throws IOException {
        int code = run(cmd("variants", log(postHogLog(), "--from", "2020-01-02", "--format", "json")));
        assertThat(code).as(err).isZero();
        assertThat(json().get("cases").asInt()).isEqualTo(2);
        assertThat(run(cmd("variants", log(postHogLog(), "--outcome", "converted")))).isEqualTo(1);
        assertThat(err).contains("not of an event log");
    }

    @Test
    void pathsAnswerTransitionsNeighboursAndPathsBetween() throws IOException {
        assertThat(run(cmd("paths", log(postHogLog(), "--format", "json")))).as(err).isZero();
        assertThat(json().get("transitions").get(0).get("from").asText()).isEqualTo("sign up");
        assertThat(run(cmd("paths", log(postHogLog(), "--from", "play movie", "--format", "json")))).isZero();
        assertThat(json().get("next").toString())
                .isEqualTo("[{\"activity\":\"buy\",\"count\":2,\"share\":0.6666666666666666},"
                        + "{\"activity\":\"(end)\",\"count\":1,\"share\":0.3333333333333333}]");
        assertThat(run(cmd("paths", log(postHogLog(), "--from", "sign up", "--to", "buy", "--format", "json"))))
                .isZero();
        assertThat(json().get("paths").get(0).get("count").asInt()).isEqualTo(2);
    }

    @Test
    void stitchWritesResolvedCustomersAndReportsMerges() throws IOException {
        Path in = file("in.csv", "customer_id,timestamp,channel,touchpoint,id.email,id.crm,id.cookie\n"
                + "anonymous,2024-01-01T00:00:00Z,web,home,,,k1\n"
                + "anonymous,2024-01-01T00:01:00Z,web,login,ann@x.com,,k1\n"
                + "anonymous,2024-01-02T00:00:00Z,phone,call,ANN@x.com,CRM-1,\n"
                + "anonymous,2024-01-03T00:00:00Z,web,home,,CRM-2,k1\n");
        Path outFile = dir.resolve("out.jsonl");
        int code = run("journeys", "stitch", "--input", in.toString(), "--out", outFile.toString(), "--format",
                "json", "--explain", "crm:CRM-1");
        assertThat(code).as(err).isZero();
        JsonNode root = json();
        assertThat(root.get("records").asInt()).isEqualTo(4);
        assertThat(root.get("customers").asInt()).isEqualTo(2);
        assertThat(root.get("refused_merges").asInt()).isEqualTo(1);
        assertThat(root.get("refused").get(0).get("reason").asText())
                .isEqualTo("would join two customers with different crm identifiers");
        assertThat(root.get("explain").get("identifiers").toString())
                .isEqualTo("[\"crm=CRM-1\",\"email=ann@x.com\",\"cookie=k1\"]");
        List<String> lines = Files.readAllLines(outFile);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).contains("\"customer_id\":\"crm:CRM-1\"");
        assertThat(lines.get(3)).contains("\"customer_id\":\"crm:CRM-2\"");
    }

    @Test
    void stitchAssignsCustomersToRecordsThatOnlyCarryIdentifiers() throws IOException {
        Path in = file("in.csv", "interaction_id,customer_id,timestamp,channel,touchpoint,id.email,id.device\n"
                + "i1,C1,2024-01-01T00:00:00Z,web,home,ann@x.com,\n"
                + "i2,,2024-01-01T00:01:00Z,web,login,ANN@x.com,d1\n"
                + "i3,,2024-01-02T00:00:00Z,mobile_app,home,,d1\n"
                + "i4,,2024-01-03T00:00:00Z,web,home,bob@x.com,\n");
        Path outFile = dir.resolve("out.csv");

        int code = run("journeys", "stitch", "--input", in.toString(), "--out", outFile.toString(), "--format",
                "json");

        assertThat(code).as(err).isZero();
        assertThat(json().get("customers").asInt()).isEqualTo(2);
        assertThat(json().get("refused_merges").asInt()).isZero();
        List<String> lines = Files.readAllLines(outFile);
        assertThat(lines).hasSize(5).noneMatch(l -> l.contains("~unresolved"));
        List<String> customers = new ArrayList<>();
        for (String line : lines.subList(1, 5)) {
            customers.add(line.split(",")[1]);
        }
        assertThat(customers).containsExactly("C1", "C1", "C1", "email:bob@x.com");
    }

    @Test
    void stitchRejectsARecordWithNeitherCustomerIdNorIdentifierNamingLineAndField() throws IOException {
        Path in = file("in.csv", "customer_id,timestamp,channel,touchpoint,id.email\n"
                + ",2024-01-01T00:00:00Z,web,home,ann@x.com\n"
                + ",2024-01-01T00:01:00Z,web,login,\n");

        assertThat(run("journeys", "stitch", "--input", in.toString())).isEqualTo(2);
        assertThat(err).contains("in.csv:3: customer_id: customer_id is required unless the record carries an "
                + "identifier");
        assertThat(run("journeys", "stitch", "--input", in.toString(), "--skip-invalid", "--format", "json"))
                .as(err).isZero();
        assertThat(json().get("records").asInt()).isEqualTo(1);
    }

    @Test
    void aMissingColumnIsBadInputNamingTheColumns() throws IOException {
        int code = run(cmd("map", new String[] {"--log", postHogLog().toString(), "--case", "case_id"}));
        assertThat(code).isEqualTo(2);
        assertThat(err).contains("column 'case_id', which the header does not have; the columns are 'person', "
                + "'event', 'time'");
        assertThat(out).isEmpty();
    }

    @Test
    void rejectedRecordsAreBadInputUnlessSkippedAndAlwaysListed() throws IOException {
        Path bad = file("bad.csv", "person,event,time\np1,a,2024-01-01T00:00:00Z\np1,b,yesterday\n");
        assertThat(run(cmd("variants", log(bad)))).isEqualTo(2);
        assertThat(err).contains("read 2, accepted 1, rejected 1").contains(":3: time 'yesterday'");
        assertThat(run(cmd("variants", log(bad, "--skip-invalid", "--format", "json")))).isZero();
        assertThat(err).contains("rejected 1");
        assertThat(json().get("events").asInt()).isEqualTo(1);
    }

    @Test
    void anEmptyInputIsBadInput() throws IOException {
        assertThat(run(cmd("map", log(file("empty.csv", ""))))).isEqualTo(2);
        assertThat(err).contains("empty.csv: the input holds no records");
        assertThat(run(cmd("map", log(file("header.csv", "person,event,time\n"))))).isEqualTo(2);
        assertThat(err).contains("holds no records");
        assertThat(run("journeys", "map", "--input", dir.resolve("missing.csv").toString())).isEqualTo(2);
        assertThat(err).contains("missing.csv");
    }

    @Test
    void badOptionValuesAreBadUsage() throws IOException {
        Path log = postHogLog();
        assertThat(run(cmd("funnel", log(log, "--steps", "a,b", "--window", "3 fortnights")))).isEqualTo(1);
        assertThat(err).contains("duration must be a number with a unit");
        assertThat(run(cmd("funnel", log(log, "--steps", "a,b", "--order", "sideways")))).isEqualTo(1);
        assertThat(err).contains("funnel order must be ordered, strict or any, was 'sideways'");
        assertThat(run(cmd("funnel", log(log)))).isEqualTo(1);
        assertThat(err).contains("--steps is required");
        assertThat(run(cmd("variants", log(log, "--format", "xml")))).isEqualTo(1);
        assertThat(run(cmd("map", log(log, "--segment", "smb")))).isEqualTo(1);
        assertThat(run(cmd("map", log(log, "--from", "yesterday")))).isEqualTo(1);
        assertThat(run("journeys", "map", "--input", "a.csv", "--log", "b.csv")).isEqualTo(1);
    }

    @Test
    void everyCommandHasHelp() {
        for (String sub : List.of("stitch", "map", "variants", "funnel", "paths")) {
            assertThat(run("journeys", sub, "--help")).isZero();
            assertThat(out).contains("Usage: cx journeys " + sub);
        }
        assertThat(run("journeys")).isZero();
        assertThat(out).contains("variants");
    }

    @Test
    void worksOnTheEmbeddedSampleWithItsPurchaseFunnel() throws IOException {
        assertThat(run("journeys", "funnel", "--format", "json")).as(err).isZero();
        JsonNode steps = json().get("steps");
        assertThat(steps.findValuesAsText("name")).containsExactly("home", "product_page", "cart", "checkout",
                "purchase");
        long previous = Long.MAX_VALUE;
        for (JsonNode s : steps) {
            assertThat(s.get("count").asLong()).isPositive().isLessThanOrEqualTo(previous);
            previous = s.get("count").asLong();
        }
    }

    @Test
    void theMapIsWrittenForGraphvizAndMermaidAndOtherCommandsRefuseThoseFormats() {
        assertThat(run("journeys", "map", "--format", "dot")).as(err).isZero();
        assertThat(out).startsWith("digraph journey_map {").contains("\"home\" -> \"product_page\"");
        assertThat(run("journeys", "map", "--format", "MERMAID")).as(err).isZero();
        assertThat(out).startsWith("flowchart LR\n").contains("-->|");
        assertThat(run("journeys", "variants", "--format", "dot")).isEqualTo(1);
        assertThat(err).contains("--format must be text, json or csv, was 'dot'");
    }

    @Test
    void funnelJsonAndCsvNameTheSameFieldsAndABreakdownPutsItsAttributeFirst() throws IOException {
        assertThat(run("journeys", "funnel", "--format", "csv")).as(err).isZero();
        String header = out.lines().findFirst().orElseThrow();
        assertThat(run("journeys", "funnel", "--format", "json")).as(err).isZero();
        List<String> jsonFields = new ArrayList<>();
        json().get("steps").get(0).fieldNames().forEachRemaining(jsonFields::add);
        assertThat(header).isEqualTo(String.join(",", jsonFields));
        assertThat(run("journeys", "funnel", "--breakdown", "segment", "--format", "csv")).as(err).isZero();
        assertThat(out.lines().findFirst().orElseThrow()).isEqualTo("segment," + header);
        assertThat(run("journeys", "funnel", "--breakdown", "segment", "--format", "json")).as(err).isZero();
        assertThat(json().get("breakdown").asText()).isEqualTo("segment");
        assertThat(json().get("values").get(0).get("steps").get(0).has("drop_off")).isTrue();
    }
}
