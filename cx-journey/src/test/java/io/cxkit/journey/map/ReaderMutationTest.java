package io.cxkit.journey.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.io.ReadReport;
import io.cxkit.journey.attribution.PathReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutations of valid event logs and path files: whatever the bytes, a reader either returns a report that
 * accounts for every record or fails with an {@link IOException} naming where; it never throws anything else.
 */
class ReaderMutationTest {
    private static final int ROUNDS = 400;

    private static byte[] mutate(byte[] valid, SplittableRandom rng) {
        byte[] b = valid.clone();
        int edits = 1 + rng.nextInt(4);
        for (int k = 0; k < edits && b.length > 0; k++) {
            int at = rng.nextInt(b.length);
            switch (rng.nextInt(4)) {
                case 0 -> b[at] = (byte) rng.nextInt(256);
                case 1 -> b[at] = "\"<>&;,\n\r\t"
                        .getBytes(StandardCharsets.US_ASCII)[rng.nextInt(9)];
                case 2 -> {
                    byte[] shorter = new byte[b.length - 1];
                    System.arraycopy(b, 0, shorter, 0, at);
                    System.arraycopy(b, at + 1, shorter, at, b.length - at - 1);
                    b = shorter;
                }
                default -> {
                    int len = Math.min(b.length - at, 1 + rng.nextInt(20));
                    byte[] longer = new byte[b.length + len];
                    System.arraycopy(b, 0, longer, 0, at + len);
                    System.arraycopy(b, at, longer, at + len, b.length - at);
                    b = longer;
                }
            }
        }
        return b;
    }

    @FunctionalInterface
    private interface Reader {
        ReadReport read(InputStream in) throws IOException;
    }

    private static int check(byte[] valid, long seed, Reader reader) {
        SplittableRandom rng = new SplittableRandom(seed);
        int failed = 0;
        for (int i = 0; i < ROUNDS; i++) {
            byte[] input = mutate(valid, rng);
            try {
                ReadReport r = reader.read(new ByteArrayInputStream(input));
                assertThat(r.read()).isEqualTo(r.accepted() + r.rejected());
            } catch (IOException e) {
                assertThat(e.getMessage()).as("round %d", i).isNotBlank();
                failed++;
            }
        }
        return failed;
    }

    @Test
    void mutatedXesLogsAreAccountedForOrRefusedWithAMessage() throws IOException {
        byte[] xes;
        try (InputStream in = XesReaderTest.class.getResourceAsStream("claims.xes")) {
            xes = in.readAllBytes();
        }
        int refused = check(xes, 11, in -> XesReader.builder().build().read("m.xes", in).report());
        // Most mutations break the XML; some must still read, or the test would not exercise the event checks.
        assertThat(refused).isBetween(1, ROUNDS - 1);
    }

    @Test
    void mutatedCsvEventLogsAreAccountedFor() {
        byte[] csv = ("case:concept:name,concept:name,time:timestamp\n"
                + "c1,\"Register, online\",2024-01-01T09:00:00Z\nc1,Pay,2024-01-01T10:00:00+01:00\n"
                + "c2,Register,1704099600\nc2,Pay,2024-01-02 09:00:00Z\n").getBytes(StandardCharsets.UTF_8);
        check(csv, 12, in -> EventLogReader.builder().build().read("m.csv", in).report());
    }

    @Test
    void mutatedPathDataIsAccountedFor() {
        byte[] paths = ("path;total_conversions;total_conversion_value;total_null\n"
                + "eta > iota > alpha;1;0.244;3\niota;2;3.195;6\nbeta > eta;0;0;2\n").getBytes(StandardCharsets.UTF_8);
        check(paths, 13, in -> PathReader.builder().build().read("m.csv", in).report());
    }
}
