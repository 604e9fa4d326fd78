package io.cxkit.cli.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxkit.cli.Cx;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Event logs as process-mining tools publish them (XES, PM4Py's CSV) are read by {@code --log} with no option. */
class EventLogFormatsTest {

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

    /** PostHog's worked funnel case (shared/vectors/journey.md "Funnels"), as an XES log. */
    private static String postHogXes() {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<log xes.version=\"1849-2016\" xmlns=\"http://www.xes-standard.org/\">\n"
                + "<extension name=\"Concept\" prefix=\"concept\" uri=\"http://www.xes-standard.org/concept.xesext\"/>\n"
                + "<global scope=\"event\"><string key=\"concept:name\" value=\"__INVALID__\"/></global>\n");
        String[][] cases = {
            {"p1", "sign up", "2020-01-01T12:00:00.000+00:00", "play movie", "2020-01-01T13:00:00.000+00:00", "buy",
                "2020-01-01T15:00:00.000+00:00"},
            {"p2", "sign up", "2020-01-02T14:00:00.000+00:00", "play movie", "2020-01-02T16:00:00.000+00:00"},
            {"p3", "sign up", "2020-01-02T14:00:00.000+00:00", "play movie", "2020-01-02T16:00:00.000+00:00", "buy",
                "2020-01-02T17:00:00.000+00:00"}};
        for (String[] c : cases) {
            x.append("<trace><string key=\"concept:name\" value=\"").append(c[0]).append("\"/>\n");
            for (int k = 1; k < c.length; k += 2) {
                x.append("<event><string key=\"concept:name\" value=\"").append(c[k])
                        .append("\"/><string key=\"lifecycle:transition\" value=\"complete\"/>")
                        .append("<date key=\"time:timestamp\" value=\"").append(c[k + 1]).append("\"/></event>\n");
            }
            x.append("</trace>\n");
        }
        return x.append("</log>\n").toString();
    }

    private void assertPostHogMap() throws IOException {
        JsonNode root = new ObjectMapper().readTree(out);
        assertThat(root.get("cases").asInt()).isEqualTo(3);
        assertThat(root.get("events").asInt()).isEqualTo(8);
        assertThat(root.get("start").get("sign up").asInt()).isEqualTo(3);
        assertThat(root.get("end").get("buy").asInt()).isEqualTo(2);
        JsonNode first = root.get("edges").get(0);
        assertThat(first.get("from").asText()).isEqualTo("sign up");
        assertThat(first.get("count").asInt()).isEqualTo(3);
        assertThat(first.get("mean_seconds").asDouble()).isEqualTo(6000);
    }

    @Test
    void journeysMapReadsAnXesLogWithNoOption() throws IOException {
        Path xes = dir.resolve("posthog.xes");
        Files.writeString(xes, postHogXes(), StandardCharsets.UTF_8);
        int code = run("journeys", "map", "--log", xes.toString(), "--format", "json");
        assertThat(code).as(err).isZero();
        assertPostHogMap();
    }

    @Test
    void journeysMapReadsAGzippedXesLog() throws IOException {
        Path xes = dir.resolve("posthog.xes.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(xes))) {
            o.write(postHogXes().getBytes(StandardCharsets.UTF_8));
        }
        int code = run("journeys", "map", "--log", xes.toString(), "--format", "json");
        assertThat(code).as(err).isZero();
        assertPostHogMap();
    }

    @Test
    void journeysMapReadsPm4pyCsvColumnNamesWithNoOption() throws IOException {
        Path csv = dir.resolve("posthog.csv");
        Files.writeString(csv, "case:concept:name,concept:name,time:timestamp\n"
                + "p1,sign up,2020-01-01 12:00:00+00:00\np1,play movie,2020-01-01 13:00:00+00:00\n"
                + "p1,buy,2020-01-01 15:00:00+00:00\np2,sign up,2020-01-02 14:00:00+00:00\n"
                + "p2,play movie,2020-01-02 16:00:00+00:00\np3,sign up,2020-01-02 14:00:00+00:00\n"
                + "p3,play movie,2020-01-02 16:00:00+00:00\np3,buy,2020-01-02 17:00:00+00:00\n");
        int code = run("journeys", "map", "--log", csv.toString(), "--format", "json");
        assertThat(code).as(err).isZero();
        assertPostHogMap();
    }

    @Test
    void aBadXesEventIsListedWithItsLineAndStopsTheCommandUnlessSkipped() throws IOException {
        Path xes = dir.resolve("bad.xes");
        Files.writeString(xes, postHogXes().replace("2020-01-02T16:00:00.000+00:00\"/></event>\n</trace>\n<trace>",
                "2020-01-02T16:00:00.000\"/></event>\n</trace>\n<trace>"));
        assertThat(run("journeys", "map", "--log", xes.toString())).isEqualTo(2);
        assertThat(err).contains("bad.xes: read 8, accepted 7, rejected 1")
                .contains("bad.xes:12: time:timestamp '2020-01-02T16:00:00.000': time:timestamp: ");
        assertThat(run("journeys", "map", "--log", xes.toString(), "--skip-invalid", "--format", "json"))
                .as(err).isZero();
        assertThat(new ObjectMapper().readTree(out).get("events").asInt()).isEqualTo(7);
    }

    @Test
    void xesOptionsThatOnlyApplyToCsvAreRefused() throws IOException {
        Path xes = dir.resolve("posthog.xes");
        Files.writeString(xes, postHogXes(), StandardCharsets.UTF_8);
        assertThat(run("journeys", "map", "--log", xes.toString(), "--case", "x")).isEqualTo(1);
        assertThat(err).contains("--case, --timestamp, --timestamp-format and --map apply to CSV logs only");
        assertThat(run("journeys", "map", "--log", xes.toString(), "--map", "case_id=x")).isEqualTo(1);
        assertThat(run("journeys", "variants", "--log", xes.toString(), "--activity",
                "concept:name+lifecycle:transition", "--format", "json")).as(err).isZero();
        assertThat(out).contains("sign up+complete");
    }
}
