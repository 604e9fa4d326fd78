package io.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxkit.core.Interaction;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static JsonNode json(CxRun run) throws IOException {
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode tree = JSON.readTree(run.out());
        assertThat(tree.fieldNames().next()).isEqualTo("schema_version");
        return tree;
    }

    private static JsonNode overview(CxRun run) throws IOException {
        return json(run).get("sections").get("overview").get("content");
    }

    private static long count(JsonNode counts, String name) {
        for (JsonNode c : counts) {
            if (c.get("name").asText().equals(name)) {
                return c.get("count").asLong();
            }
        }
        return 0;
    }

    @Test
    void withNoInputItReportsOnTheEmbeddedSample() throws IOException {
        List<Interaction> sample = EmbeddedSample.generator().generateList();
        JsonNode overview = overview(CxRun.of("report", "--format", "json"));
        assertThat(overview.get("interactions").asLong()).isEqualTo(sample.size());
        assertThat(overview.get("customers").asInt()).isEqualTo(400);
        assertThat(overview.get("from").asText()).isEqualTo(sample.get(0).timestamp().toString());
        assertThat(overview.get("to").asText()).isEqualTo(sample.get(sample.size() - 1).timestamp().toString());
        long web = sample.stream().filter(i -> i.channel().name().equals("web")).count();
        assertThat(count(overview.get("by_channel"), "web")).isEqualTo(web);
        long purchases = sample.stream().filter(i -> i.touchpoint().id().equals("purchase")).count();
        assertThat(count(overview.get("by_touchpoint"), "purchase")).isEqualTo(purchases);
        JsonNode read = overview.get("read").get(0);
        assertThat(read.get("source").asText()).isEqualTo(EmbeddedSample.SOURCE);
        assertThat(read.get("read").asLong()).isEqualTo(sample.size());
        assertThat(read.get("accepted").asLong()).isEqualTo(sample.size());
        assertThat(read.get("rejected").asLong()).isZero();
        assertThat(read.get("unknown_fields").asLong()).isZero();
    }

    @Test
    void countsAreListedLargestFirst() throws IOException {
        JsonNode byChannel = overview(CxRun.of("report", "--format", "json")).get("by_channel");
        long previous = Long.MAX_VALUE;
        for (JsonNode count : byChannel) {
            assertThat(count.get("count").asLong()).isLessThanOrEqualTo(previous);
            previous = count.get("count").asLong();
        }
        assertThat(byChannel.get(0).get("name").asText()).isEqualTo("web");
    }

    @Test
    void theTextReportShowsEachSectionWithItsHeading() {
        CxRun run = CxRun.of("report");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("== Overview ==\n").contains("customers      400")
                .contains("by_channel").contains("by_touchpoint").contains("feedback")
                .contains(EmbeddedSample.SOURCE).contains("== Survey metrics ==").contains("== Funnel ==")
                .contains("== Customer lifetime value ==");
    }

    @Test
    void badLinesAreSkippedAndReportedWithTheirLineAndField() throws IOException {
        Path file = dir.resolve("mixed.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"customer_id\":\"a\",\"timestamp\":\"2025-03-01T10:00:00Z\",\"channel\":\"web\","
                        + "\"touchpoint\":\"home\",\"nps\":9}",
                "{\"customer_id\":\"b\",\"timestamp\":\"2025-03-02T10:00:00Z\",\"channel\":\"phone\","
                        + "\"touchpoint\":\"support_call\",\"nps\":11}",
                "{\"customer_id\":\"b\",\"timestamp\":\"2025-03-03T10:00:00Z\",\"channel\":\"chat\","
                        + "\"touchpoint\":\"support_chat\",\"csat\":4,\"comment\":\"ok\",\"color\":\"red\"}")
                + "\n", StandardCharsets.UTF_8);
        JsonNode overview = overview(CxRun.of("report", "--input", file.toString(), "--format", "json"));
        assertThat(overview.get("interactions").asInt()).isEqualTo(2);
        assertThat(overview.get("customers").asInt()).isEqualTo(2);
        assertThat(overview.get("feedback").get("nps").asInt()).isEqualTo(1);
        assertThat(overview.get("feedback").get("csat").asInt()).isEqualTo(1);
        assertThat(overview.get("feedback").get("comment").asInt()).isEqualTo(1);
        assertThat(overview.get("feedback").get("interactions_with_feedback").asInt()).isEqualTo(2);
        JsonNode read = overview.get("read").get(0);
        assertThat(read.get("source").asText()).isEqualTo(file.toString());
        assertThat(read.get("read").asInt()).isEqualTo(3);
        assertThat(read.get("accepted").asInt()).isEqualTo(2);
        assertThat(read.get("rejected").asInt()).isEqualTo(1);
        assertThat(read.get("unknown_fields").asInt()).isEqualTo(1);
        JsonNode rejection = read.get("first_rejections").get(0);
        assertThat(rejection.get("line").asInt()).isEqualTo(2);
        assertThat(rejection.get("field").asText()).isEqualTo("nps");
        assertThat(rejection.get("value").asText()).isEqualTo("11");
    }

    @Test
    void severalInputsAreReadInOrderWithOneReadReportEach() throws IOException {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.jsonl");
        Files.writeString(a, "customer_id,timestamp,channel,touchpoint\nx,2025-01-01T00:00:00Z,store,till\n");
        Files.writeString(b, "{\"customer_id\":\"y\",\"timestamp\":1735689600000,\"channel\":\"sms\","
                + "\"touchpoint\":\"reminder\"}\n");
        JsonNode overview = overview(CxRun.of("report", "--input", a.toString(), b.toString(), "--format", "json"));
        assertThat(overview.get("interactions").asInt()).isEqualTo(2);
        assertThat(overview.get("read")).hasSize(2);
        assertThat(overview.get("read").get(0).get("source").asText()).isEqualTo(a.toString());
        assertThat(overview.get("read").get(1).get("source").asText()).isEqualTo(b.toString());
        assertThat(count(overview.get("by_channel"), "sms")).isEqualTo(1);
    }

    @Test
    void progressGoesToTheGivenWriterWithTheFileAndItsCount() throws IOException {
        // The reading line (see Progress) is redrawn in place every 4,096 records and cleared at the end of the
        // file, rather than left behind as a "records read" line.
        Path a = dir.resolve("p.csv");
        StringBuilder sb = new StringBuilder("customer_id,timestamp,channel,touchpoint\n");
        for (int k = 0; k < 5000; k++) {
            sb.append('x').append(k).append(",2025-01-01T00:00:00Z,store,till\n");
        }
        Files.writeString(a, sb.toString());
        java.io.StringWriter progress = new java.io.StringWriter();
        LoadedInput input = LoadedInput.read(List.of(a), java.util.Optional.of(new PrintWriter(progress)));
        assertThat(input.interactions()).hasSize(5000);
        assertThat(progress.toString()).startsWith("\r\u001b[Kcx: " + a + ": 4,096 records")
                .endsWith("\r\u001b[K");
    }

    @Test
    void anEmptyFileIsAnErrorRatherThanABlankReport() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.jsonl"));

        CxRun run = CxRun.of("report", "--input", empty.toString(), "--format", "json");

        // Issue 8 item 6: an empty answer says so on stderr and exits 2, never blanks with exit 0.
        assertThat(run.exit()).isEqualTo(Cx.EXIT_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("empty.jsonl").contains("no interaction to report on");
    }

    @Test
    void aFileWithoutSurveysOrPurchasesShowsItsOverviewAndSaysWhyTheOtherSectionsAreEmpty() throws IOException {
        Path a = dir.resolve("visits.csv");
        Files.writeString(a, "customer_id,timestamp,channel,touchpoint\nx,2025-01-01T00:00:00Z,store,till\n");
        JsonNode sections = json(CxRun.of("report", "--input", a.toString(), "--format", "json")).get("sections");
        assertThat(sections.get("overview").get("content").get("interactions").asInt()).isEqualTo(1);
        for (String key : List.of("survey", "journeys", "funnel", "experience", "attribution", "clv")) {
            assertThat(sections.get(key).get("content").isNull()).as(key).isTrue();
            assertThat(sections.get(key).get("skipped").asText()).as(key).isNotBlank();
        }
        assertThat(CxRun.of("report", "--input", a.toString()).out()).contains("(skipped: ");
    }

    @Test
    void aMissingFileExitsWithTwoAndNamesTheFile() {
        Path missing = dir.resolve("missing.jsonl");
        CxRun run = CxRun.of("report", "--input", missing.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("cx: " + missing + ": no such file\n").doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aFileWithAnUnknownExtensionExitsWithTwoAndSaysWhichExtensionsWork() throws IOException {
        Path txt = Files.writeString(dir.resolve("data.txt"), "hello\n");
        CxRun run = CxRun.of("report", "--input", txt.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(txt.toString()).contains(".jsonl").contains(".csv");
    }

    @Test
    void aDirectoryIsNotAnInput() {
        CxRun run = CxRun.of("report", "--input", dir.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(dir + ": not a regular file");
    }

    @Test
    void anUnknownFormatIsBadUsage() {
        CxRun run = CxRun.of("report", "--format", "xml");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("--format must be text or json, was 'xml'");
    }

    @Test
    void helpDescribesTheOptions() {
        CxRun run = CxRun.of("report", "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("--input").contains("--format").contains("embedded sample");
    }

    @Test
    void aFunnelWhoseStepsTheInputLacksIsSkippedWithItsReasonAndNamedStepsAreUsed() throws IOException {
        JsonNode skipped = json(CxRun.of("report", "--funnel-steps", "home,nowhere", "--format", "json"))
                .get("sections").get("funnel");
        JsonNode steps = skipped.get("content").get("steps");
        assertThat(steps.get(0).get("name").asText()).isEqualTo("home");
        assertThat(steps.get(1).get("count").asLong()).isZero();
        Path a = dir.resolve("a.csv");
        Files.writeString(a, "customer_id,timestamp,channel,touchpoint\nx,2025-01-01T00:00:00Z,store,till\n");
        JsonNode funnel = json(CxRun.of("report", "--input", a.toString(), "--format", "json")).get("sections")
                .get("funnel");
        assertThat(funnel.get("content").isNull()).isTrue();
        assertThat(funnel.get("skipped").asText()).contains("missing").contains("--funnel-steps");
    }

    @Test
    void htmlWritesTheCompassPageAndRefusesToReplaceAFileWithoutForce() throws IOException {
        Path page = dir.resolve("compass.html");
        CxRun run = CxRun.of("report", "--html", page.toString(), "--format", "json");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readString(page)).startsWith("<!DOCTYPE html>").contains("id=\"chart-journey-map\"");
        CxRun again = CxRun.of("report", "--html", page.toString());
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains(page.toString()).contains("--force");
        assertThat(CxRun.of("report", "--html", page.toString(), "--force", "--quiet").exit()).isZero();
    }

    @Test
    void htmlInAMissingFolderIsBadUsageBeforeAnythingIsRead() {
        Path page = dir.resolve("nope").resolve("compass.html");
        CxRun run = CxRun.of("report", "--html", page.toString(), "--input", dir.resolve("missing.jsonl").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("does not exist").contains(page.toString()).doesNotContain("Exception");
    }
}
