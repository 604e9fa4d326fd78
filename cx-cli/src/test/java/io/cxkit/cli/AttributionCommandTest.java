package io.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AttributionCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Cx.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private Path file(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    /** Worked case B of journey.md (Bryl 2016), as an aggregated path file with ';' separators. */
    private Path brylPaths() throws IOException {
        return file("bryl.csv", "journey,conv,revenue,lost\nC1;C2;C3,1,1000,0\nC1,0,0,1\nC2;C3,0,0,1\n");
    }

    @Test
    void jsonHasTheDocumentedFieldsAndReproducesBrylsCase() throws IOException {
        int code = run("attribution", "--paths", brylPaths().toString(), "--sep", ";", "--path-col", "journey",
                "--conversions-col", "conv", "--value-col", "revenue", "--nulls-col", "lost", "--format", "json");
        assertThat(code).as(err.toString()).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.get("p_conversion").asDouble()).isCloseTo(1.0 / 3, org.assertj.core.api.Assertions.within(1e-12));
        List<String> fields = new ArrayList<>();
        root.get("channels").get(0).fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("channel", "first", "last", "linear", "first_value", "last_value",
                "linear_value", "removal_effect", "markov_conversions", "markov_value");
        JsonNode c1 = root.get("channels").get(0);
        assertThat(c1.get("channel").asText()).isEqualTo("C1");
        assertThat(c1.get("removal_effect").asDouble()).isCloseTo(0.5, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(c1.get("markov_value").asDouble()).isCloseTo(200, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(root.get("channels").get(1).get("markov_value").asDouble())
                .isCloseTo(400, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(root.has("transition_matrix")).isFalse();
    }

    @Test
    void transitionsAddTheMatrixUnderItsOwnKey() throws IOException {
        Path f = file("a.csv", "path,total_conversions,total_null\ngoogle ads,2,0\nmailing,1,0\n"
                + "google ads > mailing,1,0\ngoogle ads,0,1\n");
        assertThat(run("attribution", "--paths", f.toString(), "--format", "json", "--transitions")).isZero();
        JsonNode tm = new ObjectMapper().readTree(out.toString()).get("transition_matrix");
        assertThat(tm.get(0).get("from").asText()).isEqualTo("(start)");
        assertThat(tm.get(0).get("to").asText()).isEqualTo("google ads");
        assertThat(tm.get(0).get("probability").asDouble()).isCloseTo(0.8, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void csvHasOneRowPerChannel() throws IOException {
        assertThat(run("attribution", "--paths", brylPaths().toString(), "--sep", ";", "--path-col", "journey",
                "--conversions-col", "conv", "--nulls-col", "lost", "--format", "csv")).isZero();
        String[] lines = out.toString().split("\\R");
        assertThat(lines[0]).isEqualTo("channel,first,last,linear,first_value,last_value,linear_value,"
                + "removal_effect,markov_conversions,markov_value");
        assertThat(lines).hasSize(4);
        assertThat(lines[1]).startsWith("C1,1.0,0.0,");
    }

    @Test
    void textIsATable() throws IOException {
        assertThat(run("attribution", "--paths", brylPaths().toString(), "--sep", ";", "--path-col", "journey",
                "--conversions-col", "conv", "--nulls-col", "lost", "--order", "2")).isZero();
        // The JSON's fields, then its channels as a table with the CSV's columns.
        assertThat(out.toString()).containsPattern("(?m)^order +2$").containsPattern("(?m)^p_conversion +0\\.3333$")
                .containsPattern("(?m)^ +channel +first +last +linear +first_value +last_value +linear_value "
                        + "+removal_effect +markov_conversions +markov_value$")
                .containsPattern("(?m)^ +C1 +1 +0 ");
    }

    @Test
    void worksOnTheEmbeddedSampleWithoutInput() throws IOException {
        assertThat(run("attribution", "--format", "json")).as(err.toString()).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.get("channels").size()).isGreaterThan(1);
        assertThat(root.get("p_conversion").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void worksFromJourneysWithAChosenConversionOutcome() throws IOException {
        // j1 converts at its third touch (worth 30 USD; the touch after it is dropped), j2 never converts.
        Path f = file("i.csv", "customer_id,timestamp,channel,touchpoint,journey_id,outcome,value,currency\n"
                + "a,2026-01-01T10:00:00Z,web,home,j1,,,\n"
                + "a,2026-01-01T10:05:00Z,email,promo,j1,,,\n"
                + "a,2026-01-01T10:09:00Z,web,checkout,j1,signed_up,30,USD\n"
                + "a,2026-01-01T10:20:00Z,phone,call,j1,,,\n"
                + "b,2026-01-01T11:00:00Z,web,home,j2,,,\n");
        assertThat(run("attribution", "--input", f.toString(), "--conversion", "signed_up", "--format", "json"))
                .as(err.toString()).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.get("p_conversion").asDouble()).isCloseTo(0.5, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(root.get("total_value").asDouble()).isEqualTo(30.0);
        List<String> channels = new ArrayList<>();
        root.get("channels").forEach(c -> channels.add(c.get("channel").asText()));
        assertThat(channels).containsExactly("web", "email");
        assertThat(root.get("channels").get(0).get("last_value").asDouble()).isEqualTo(30.0);
    }

    @Test
    void conversionWithoutInputIsBadUsage() {
        assertThat(run("attribution", "--conversion", "converted")).isEqualTo(1);
        assertThat(err.toString()).contains("--conversion needs --input");
    }

    @Test
    void anOrderOutsideOneToFourIsBadUsage() throws IOException {
        assertThat(run("attribution", "--paths", brylPaths().toString(), "--order", "5")).isEqualTo(1);
        assertThat(err.toString()).contains("--order must be within 1..4, was 5");
    }

    @Test
    void aMissingColumnIsBadInputNamingTheFileAndTheHeader() throws IOException {
        Path f = brylPaths();
        assertThat(run("attribution", "--paths", f.toString(), "--sep", ";")).isEqualTo(2);
        assertThat(err.toString()).contains(f + ":1: path: no column for path")
                .contains("'journey', 'conv', 'revenue', 'lost'").doesNotContain("Exception");
    }

    @Test
    void badRowsAreReportedWithLineAndFieldAndTheRestIsUsed() throws IOException {
        Path f = file("p.csv", "path,conversions\na > b,1\n,2\nb,x\n");
        assertThat(run("attribution", "--paths", f.toString(), "--format", "json")).isZero();
        assertThat(err.toString()).contains("read 3, accepted 1, rejected 2")
                .contains(f + ":3: path: path must hold at least one channel, was empty");
    }

    @Test
    void aFileWithNoUsableRowIsBadInput() throws IOException {
        Path f = file("p.csv", "path,conversions\n,1\n");
        assertThat(run("attribution", "--paths", f.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no usable paths");
    }

    @Test
    void aMissingFileIsBadInput() {
        assertThat(run("attribution", "--paths", dir.resolve("none.csv").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("none.csv: no such file");
    }

    @Test
    void helpWorks() {
        assertThat(run("attribution", "--help")).isZero();
        assertThat(out.toString()).contains("--paths").contains("--order").contains("--conversion");
    }
}
