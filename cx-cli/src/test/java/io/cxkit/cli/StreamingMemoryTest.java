package io.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9: {@code cx metrics} streams. Five million rows, far more than a 64 MB heap could hold as interactions
 * (each takes a few hundred bytes), are read by a separate JVM started with {@code -Xmx64m}, and every answer is
 * counted. The rows come from a seeded generator written to a temporary file at test time.
 */
class StreamingMemoryTest {
    private static final int ROWS = 5_000_000;
    private static final String[] CHANNELS = {"web", "email", "phone", "chat", "mobile_app", "store"};

    @TempDir
    Path dir;

    @Test
    void fiveMillionRowsAreCountedWithinSixtyFourMegabytesOfHeap() throws Exception {
        Path file = dir.resolve("big.csv");
        Map<String, long[]> expected = write(file, 2026);

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx64m", "-cp", System.getProperty("java.class.path"), Cx.class.getName(), "metrics",
                "--input", file.toString(), "--metric", "nps,csat,ces", "--by", "channel", "--format", "json"));
        Process p = new ProcessBuilder(command).redirectError(dir.resolve("err.txt").toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String err = Files.readString(dir.resolve("err.txt"));
        assertThat(p.exitValue()).as(err).isZero();
        assertThat(err).doesNotContain("memory");

        JsonNode tree = new ObjectMapper().readTree(new String(out, StandardCharsets.UTF_8));
        Map<String, long[]> counted = new TreeMap<>();
        for (JsonNode g : tree.get("groups")) {
            JsonNode m = g.get("metrics");
            counted.put(g.get("key").get("channel").asText(), new long[] {m.get("nps").get("n").asLong(),
                m.get("csat").get("n").asLong(), m.get("ces").get("n").asLong()});
        }
        assertThat(counted.keySet()).isEqualTo(expected.keySet());
        expected.forEach((channel, n) -> assertThat(counted.get(channel)).as(channel).containsExactly(n));
        long answers = expected.values().stream().mapToLong(n -> n[0]).sum();
        assertThat(answers).isGreaterThan(ROWS / 2);
    }

    /** Writes the rows; returns the answers of each metric (nps, csat, ces) per channel. */
    private static Map<String, long[]> write(Path file, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, long[]> answers = new TreeMap<>();
        byte[] line = new byte[64];
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write("customer_id,channel,nps,csat,ces\n".getBytes(StandardCharsets.US_ASCII));
            for (int r = 0; r < ROWS; r++) {
                String channel = CHANNELS[random.nextInt(CHANNELS.length)];
                long[] n = answers.computeIfAbsent(channel, k -> new long[3]);
                int at = put(line, 0, "c" + random.nextInt(100_000));
                line[at++] = ',';
                at = put(line, at, channel);
                line[at++] = ',';
                if (random.nextInt(10) < 7) {
                    at = put(line, at, Integer.toString(random.nextInt(11)));
                    n[0]++;
                }
                line[at++] = ',';
                if (random.nextInt(10) < 4) {
                    line[at++] = (byte) ('1' + random.nextInt(5));
                    n[1]++;
                }
                line[at++] = ',';
                if (random.nextInt(10) < 3) {
                    line[at++] = (byte) ('1' + random.nextInt(7));
                    n[2]++;
                }
                line[at++] = '\n';
                out.write(line, 0, at);
            }
        }
        return answers;
    }

    private static int put(byte[] line, int at, String s) {
        for (int i = 0; i < s.length(); i++) {
            line[at++] = (byte) s.charAt(i);
        }
        return at;
    }
}
