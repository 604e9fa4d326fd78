package io.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The columnar path of {@code cx metrics} (survey metrics overall or by channel of one CSV file) gives the figures
 * of the interaction path, and rejects the rows it reads with their true lines when the file is read in chunks
 * by several threads.
 */
class ProjectedReadTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static Path csv;
    private static Path jsonl;

    @BeforeAll
    static void sample() {
        // The same seed gives the same interactions in both formats; JSON Lines always reads interactions.
        csv = dir.resolve("sample.csv");
        jsonl = dir.resolve("sample.jsonl");
        for (Path p : List.of(csv, jsonl)) {
            CxRun r = CxRun.of("generate", "--customers", "300", "--seed", "17", "--out", p.toString());
            assertThat(r.exit()).as(r.err()).isZero();
        }
    }

    @Test
    void everySurveyMetricByChannelEqualsTheInteractionPath() throws IOException {
        String metrics = "nps,csat,csat_mean,ces,ces_agree";
        CxRun projected = CxRun.of("metrics", "--input", csv.toString(), "--metric", metrics, "--by", "channel",
                "--format", "json");
        CxRun interactions = CxRun.of("metrics", "--input", jsonl.toString(), "--metric", metrics, "--by",
                "channel", "--format", "json");
        assertThat(projected.exit()).as(projected.err()).isZero();
        JsonNode a = JSON.readTree(projected.out());
        assertThat(a.get("groups").size()).isGreaterThan(3);
        assertThat(a).isEqualTo(JSON.readTree(interactions.out()));
    }

    @Test
    void overallFiguresEqualTheInteractionPath() throws IOException {
        CxRun projected = CxRun.of("metrics", "--input", csv.toString(), "--metric", "nps,ces", "--format", "json");
        CxRun interactions = CxRun.of("metrics", "--input", jsonl.toString(), "--metric", "nps,ces", "--format",
                "json");
        assertThat(JSON.readTree(projected.out())).isEqualTo(JSON.readTree(interactions.out()));
    }

    @Test
    void aChunkedReadRejectsBadRowsWithTheirLinesAndCountsTheRest() throws IOException {
        // Over the parallel read's threshold, so that the file is cut into chunks; bad rows near the end.
        Path big = dir.resolve("big.csv");
        SplittableRandom random = new SplittableRandom(5);
        int rows = 400_000;
        List<Long> badLines = new ArrayList<>();
        long[] promoters = new long[2];
        long[] detractors = new long[2];
        long[] answers = new long[2];
        try (BufferedWriter w = Files.newBufferedWriter(big)) {
            w.write("interaction_id,customer_id,timestamp,channel,touchpoint,nps,comment\n");
            for (int r = 0; r < rows; r++) {
                long line = r + 2;
                String channel = r % 3 == 0 ? "web" : " Phone ";
                String nps = Integer.toString(random.nextInt(11));
                if (r == rows - 1000) {
                    nps = "11";
                } else if (r == rows - 500) {
                    nps = "7.5";
                } else if (r == rows - 10) {
                    channel = "";
                }
                if (nps.equals("11") || nps.equals("7.5") || channel.isEmpty()) {
                    badLines.add(line);
                } else {
                    int s = Integer.parseInt(nps);
                    int c = r % 3 == 0 ? 0 : 1;
                    answers[c]++;
                    promoters[c] += s >= 9 ? 1 : 0;
                    detractors[c] += s <= 6 ? 1 : 0;
                }
                w.write("i" + r + ",c" + (r % 977) + ",2025-01-01T00:00:00Z," + channel + ",home," + nps
                        + ",\"a comment, with a comma and \"\"quotes\"\"\"\n");
            }
        }
        assertThat(Files.size(big)).isGreaterThan(16L << 20);

        CxRun r = CxRun.of("metrics", "--input", big.toString(), "--metric", "nps", "--by", "channel", "--format",
                "json");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("skipped 3 of " + rows + " records")
                .contains("line " + badLines.get(0) + ", field nps: nps score must be within 0..10, was 11")
                .contains("line " + badLines.get(1) + ", field nps: nps must be a whole number, was '7.5'")
                .contains("line " + badLines.get(2) + ", field channel: channel is required");
        JsonNode groups = JSON.readTree(r.out()).get("groups");
        assertThat(groups.size()).isEqualTo(2);
        for (JsonNode g : groups) {
            int c = g.get("key").get("channel").asText().equals("web") ? 0 : 1;
            JsonNode nps = g.get("metrics").get("nps");
            assertThat(nps.get("n").asLong()).isEqualTo(answers[c]);
            assertThat(nps.get("value").asDouble()).isCloseTo((promoters[c] - detractors[c]) / (double) answers[c],
                    org.assertj.core.data.Offset.offset(1e-4));
        }
    }
}
