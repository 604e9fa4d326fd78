package io.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxkit.core.Interaction;
import io.cxkit.core.io.InteractionReader;
import io.cxkit.core.io.ReadPolicy;
import io.cxkit.core.io.ReadReport;
import io.cxkit.core.sample.SampleGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
    @TempDir
    Path dir;

    private static List<Interaction> readBack(Path file) throws IOException {
        List<Interaction> back = new ArrayList<>();
        ReadReport report = InteractionReader.builder().policy(ReadPolicy.FAIL_FAST).build().read(file, back::add);
        assertThat(report.unknownFields()).isZero();
        return back;
    }

    @Test
    void writesTheGeneratorsOutputAsJsonLinesOrGzippedCsvByTheFileName() throws IOException {
        List<Interaction> expected = SampleGenerator.builder().customers(60).seed(8L).build().generateList();
        for (String name : List.of("s.jsonl", "s.csv.gz", "s.ndjson.gz", "s.csv")) {
            Path out = dir.resolve(name);
            CxRun run = CxRun.of("generate", "--customers", "60", "--seed", "8", "--out", out.toString());
            assertThat(run.exit()).as(run.err()).isZero();
            // Text writes the fields of the JSON summary, one per line.
            assertThat(run.out()).containsPattern("(?m)^file +" + java.util.regex.Pattern.quote(out.toString()) + "$")
                    .containsPattern("(?m)^interactions +" + expected.size() + "$")
                    .containsPattern("(?m)^customers +60$").containsPattern("(?m)^seed +8$");
            assertThat(readBack(out)).as(name).isEqualTo(expected);
        }
        try (InputStream in = Files.newInputStream(dir.resolve("s.csv.gz"))) {
            byte[] magic = in.readNBytes(2);
            assertThat(magic).containsExactly(0x1f, 0x8b);
        }
    }

    @Test
    void customerOrderWritesTheSameInteractionsCustomerAfterCustomer() throws IOException {
        Path out = dir.resolve("c.csv");
        CxRun run = CxRun.of("generate", "--customers", "40", "--seed", "5", "--out", out.toString(), "--order",
                "customer");
        assertThat(run.exit()).as(run.err()).isZero();
        SampleGenerator g = SampleGenerator.builder().customers(40).seed(5L).build();
        List<Interaction> expected = new ArrayList<>();
        g.generateByCustomer(expected::add);
        assertThat(readBack(out)).isEqualTo(expected);
        assertThat(CxRun.of("generate", "--customers", "4", "--out", out.toString(), "--order", "random").err())
                .contains("--order must be time or customer, was 'random'");
    }

    @Test
    void theCsvHeaderIsTheSameWhateverTheSize() throws IOException {
        Path small = dir.resolve("small.csv");
        Path large = dir.resolve("large.csv");
        assertThat(CxRun.of("generate", "--customers", "1", "--out", small.toString()).exit()).isZero();
        assertThat(CxRun.of("generate", "--customers", "300", "--out", large.toString()).exit()).isZero();
        assertThat(Files.readAllLines(small).get(0)).isEqualTo(Files.readAllLines(large).get(0))
                .contains("attr.segment").contains("attr.issue").contains("id.cookie").contains("id.crm");
    }

    @Test
    void theSameSeedWritesTheSameBytes() throws IOException {
        Path a = dir.resolve("a.jsonl.gz");
        Path b = dir.resolve("b.jsonl.gz");
        assertThat(CxRun.of("generate", "--customers", "30", "--seed", "3", "--out", a.toString()).exit()).isZero();
        assertThat(CxRun.of("generate", "--customers", "30", "--seed", "3", "--out", b.toString()).exit()).isZero();
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    }

    @Test
    void windowAndZoneOptionsReachTheGenerator() throws IOException {
        Path out = dir.resolve("w.jsonl");
        CxRun run = CxRun.of("generate", "--customers", "20", "--seed", "1", "--out", out.toString(), "--start",
                "2024-06-01T00:00:00Z", "--days", "60", "--zone", "Europe/Paris", "--format", "json");
        JsonNode summary = new ObjectMapper().readTree(run.out());
        List<Interaction> expected = SampleGenerator.builder().customers(20).seed(1L)
                .start(Instant.parse("2024-06-01T00:00:00Z")).days(60).zone(ZoneId.of("Europe/Paris")).build()
                .generateList();
        assertThat(readBack(out)).isEqualTo(expected);
        assertThat(summary.get("interactions").asInt()).isEqualTo(expected.size());
        assertThat(summary.get("customers").asInt()).isEqualTo(20);
        assertThat(summary.get("seed").asLong()).isEqualTo(1L);
        assertThat(summary.get("format").asText()).isEqualTo("jsonl");
        assertThat(summary.get("order").asText()).isEqualTo("time");
        assertThat(summary.get("window_start").asText()).isEqualTo("2024-06-01T00:00:00Z");
        assertThat(summary.get("window_end").asText()).isEqualTo("2024-07-31T00:00:00Z");
    }

    @Test
    void anOutputNameWithoutAKnownExtensionIsBadUsage() {
        CxRun run = CxRun.of("generate", "--customers", "5", "--out", dir.resolve("x.txt").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("--out: cannot tell the format of").contains(".jsonl");
        assertThat(dir.resolve("x.txt")).doesNotExist();
    }

    @Test
    void outOfRangeOrUnparseableSettingsAreBadUsage() {
        String out = dir.resolve("x.jsonl").toString();
        assertThat(CxRun.of("generate", "--customers", "0", "--out", out).err())
                .contains("customers must be within 1..10000000, was 0");
        assertThat(CxRun.of("generate", "--customers", "5", "--days", "3", "--out", out).exit()).isEqualTo(1);
        assertThat(CxRun.of("generate", "--customers", "5", "--zone", "Mars/Olympus", "--out", out).err())
                .contains("--zone must be a time zone");
        assertThat(CxRun.of("generate", "--customers", "5", "--start", "yesterday", "--out", out).err())
                .contains("--start must be an ISO-8601 instant");
        assertThat(CxRun.of("generate", "--customers", "lots", "--out", out).exit()).isEqualTo(1);
        assertThat(CxRun.of("generate", "--out", out).exit()).isEqualTo(1);
    }

    @Test
    void aDestinationInAMissingFolderIsBadUsageNamingTheFile() {
        Path out = dir.resolve("no/such/dir/x.jsonl");
        CxRun run = CxRun.of("generate", "--customers", "5", "--out", out.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(out.toString()).contains("does not exist").doesNotContain("Exception");
    }

    @Test
    void helpDescribesTheOptions() {
        CxRun run = CxRun.of("generate", "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("--customers").contains("--seed").contains("--out").contains(".csv");
    }
}
