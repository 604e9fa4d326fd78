package io.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ValidateCommandTest {
    private static final String GOOD = "{\"customer_id\":\"c1\",\"timestamp\":\"2024-03-01T09:30:00Z\","
            + "\"channel\":\"web\",\"touchpoint\":\"home\",\"nps\":9}";
    private static final String NPS_11 = GOOD.replace("\"nps\":9", "\"nps\":11");
    private static final String MALFORMED = "{\"customer_id\":";
    private static final String UNKNOWN = GOOD.replace("\"nps\":9", "\"colour\":\"red\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Cx.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path file(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void aCleanFileExitsZeroWithItsCounts() throws IOException {
        Path in = file("ok.jsonl", GOOD, GOOD, UNKNOWN);

        Run r = run("validate", "--input", in.toString(), "--format", "json");

        assertThat(r.exit()).isZero();
        JsonNode json = JSON.readTree(r.out());
        assertThat(json.get("read").asLong()).isEqualTo(3);
        assertThat(json.get("accepted").asLong()).isEqualTo(3);
        assertThat(json.get("rejected").asLong()).isZero();
        assertThat(json.get("unknown_fields").asLong()).isEqualTo(1);
        assertThat(json.get("rejections")).isEmpty();
    }

    @Test
    void aFileMixingGoodAndBadLinesGivesExactCountsAndExitTwo() throws IOException {
        Path in = file("mixed.jsonl", GOOD, NPS_11, GOOD, MALFORMED, "", GOOD);

        Run r = run("validate", "--input", in.toString(), "--format", "json");

        assertThat(r.exit()).isEqualTo(2);
        JsonNode json = JSON.readTree(r.out());
        // schema_version first (the one writer's), then the five fields of the report.
        List<String> names = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("schema_version", "read", "accepted", "rejected", "unknown_fields",
                "rejections");
        assertThat(json.get("read").asLong()).isEqualTo(5);
        assertThat(json.get("accepted").asLong()).isEqualTo(3);
        assertThat(json.get("rejected").asLong()).isEqualTo(2);
        JsonNode first = json.get("rejections").get(0);
        assertThat(first.get("source").asText()).isEqualTo(in.toString());
        assertThat(first.get("line").asLong()).isEqualTo(2);
        assertThat(first.get("field").asText()).isEqualTo("nps");
        assertThat(first.get("value").asText()).isEqualTo("11");
        assertThat(first.get("reason").asText()).isEqualTo("nps score must be within 0..10, was 11");
        assertThat(json.get("rejections").get(1).get("line").asLong()).isEqualTo(4);
        assertThat(json.get("rejections").get(1).get("field").asText()).isEqualTo("(record)");
    }

    @Test
    void theRejectsFileHoldsEveryRejectedLineWithItsReason() throws IOException {
        Path in = file("mixed.jsonl", GOOD, NPS_11, GOOD, MALFORMED, GOOD, NPS_11);
        Path rejects = dir.resolve("rejects.jsonl");

        Run r = run("validate", "--input", in.toString(), "--rejects", rejects.toString(),
                "--max-rejections", "1");

        assertThat(r.exit()).isEqualTo(2);
        List<String> lines = Files.readAllLines(rejects);
        assertThat(lines).hasSize(3);
        List<JsonNode> nodes = lines.stream().map(ValidateCommandTest::parse).toList();
        assertThat(nodes).extracting(n -> n.get("line").asLong()).containsExactly(2L, 4L, 6L);
        assertThat(nodes).extracting(n -> n.get("raw").asText()).containsExactly(NPS_11, MALFORMED, NPS_11);
        assertThat(nodes).allSatisfy(n -> assertThat(n.get("reason").asText()).isNotBlank());
        assertThat(nodes.get(0).get("field").asText()).isEqualTo("nps");
        assertThat(r.out()).contains("the first 1 of 3 rejections");
    }

    @Test
    void textOutputNamesFileLineFieldValueAndReason() throws IOException {
        Path in = file("mixed.jsonl", GOOD, NPS_11);

        Run r = run("validate", "--input", in.toString());

        assertThat(r.out()).containsPattern("(?m)^read +2$").containsPattern("(?m)^accepted +1$")
                .containsPattern("(?m)^rejected +1$").containsPattern("(?m)^ +source +line +field +value +reason$")
                .containsPattern(" +" + java.util.regex.Pattern.quote(in.toString())
                        + " +2 +nps +11 +nps score must be within 0\\.\\.10, was 11");
    }

    @Test
    void csvOutputHasOneRowPerRejection() throws IOException {
        Path in = file("mixed.csv", "customer_id,timestamp,channel,touchpoint,nps",
                "c1,2024-03-01T09:30:00Z,web,home,3", "c1,2024-03-01T09:30:00Z,web,home,11", "c1,x");

        Run r = run("validate", "--input", in.toString(), "--format", "csv");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out().lines()).containsExactly("source,line,field,value,reason",
                in + ",3,nps,11,\"nps score must be within 0..10, was 11\"",
                in + ",4,(record),\"c1,x\",\"row has 2 columns, the header has 5\"");
    }

    @Test
    void aMissingInputFileExitsTwoWithAClearMessage() {
        Path none = dir.resolve("none.jsonl");

        Run r = run("validate", "--input", none.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("cx: cannot read " + none + ": no such file" + System.lineSeparator());
    }

    @Test
    void aFileOfUnknownFormatExitsTwoNamingIt() throws IOException {
        Path in = file("data.txt", GOOD);

        Run r = run("validate", "--input", in.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("cannot tell the format of " + in).doesNotContain("Exception");
    }

    @Test
    void aBadCsvHeaderExitsTwoNamingFileLineAndColumn() throws IOException {
        Path in = file("dup.csv", "customer_id,nps,nps", "c1,1,2");

        Run r = run("validate", "--input", in.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(in + ":1: nps", "names column 'nps' twice").doesNotContain("at io.");
    }

    @Test
    void aCorruptGzipFileExitsTwo() throws IOException {
        Path in = file("bad.jsonl.gz", GOOD);

        Run r = run("validate", "--input", in.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("cx: cannot read " + in + ":");
    }

    @Test
    void withoutInputItIsBadUsage() {
        Run r = run("validate");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("Missing required option: '--input=FILE'");
    }

    @Test
    void anUnknownFormatIsBadUsage() throws IOException {
        Path in = file("ok.jsonl", GOOD);

        Run r = run("validate", "--input", in.toString(), "--format", "xml");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("--format must be text, json or csv, was 'xml'");
    }

    @Test
    void helpDescribesTheOptionsAndExitCodes() {
        Run r = run("validate", "--help");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("--input", "--rejects", "--format", "Exit codes:");
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
