package io.cxkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.Interaction;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Seeded random inputs mixing good records with garbage of every kind the reader must survive. For each seed
 * the exact counts are known in advance: every good record is accepted, every garbage line rejected with its
 * line number, blank lines are not counted, and {@code read == accepted + rejected}. (A CSV quote that is
 * opened and never closed legitimately runs on over the following lines; it has its own test.)
 */
class MixedInputPropertyTest {
    private static final int SEEDS = 30;

    @ParameterizedTest
    @EnumSource(InteractionFormat.class)
    void everyLineIsAcceptedOrRejectedAndTheCountsAreExact(InteractionFormat format) throws IOException {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Random random = new Random(seed);
            List<Interaction> good = new RandomInteractions(seed).list(1 + random.nextInt(60));
            List<byte[]> goodLines = lines(format, good);
            ByteArrayOutputStream in = new ByteArrayOutputStream();
            long line = 0;
            if (format == InteractionFormat.CSV) {
                in.writeBytes(goodLines.remove(0));
                line++;
            }
            List<Long> expectedRejectedLines = new ArrayList<>();
            List<Interaction> expectedAccepted = new ArrayList<>();
            int next = 0;
            while (next < good.size()) {
                int choice = random.nextInt(10);
                if (choice < 6) {
                    byte[] record = goodLines.get(next);
                    in.writeBytes(record);
                    expectedAccepted.add(good.get(next++));
                    line += newlines(record);
                } else if (choice == 6) {
                    in.writeBytes(random.nextBoolean() ? "\n".getBytes(StandardCharsets.UTF_8)
                            : " \t\r\n".getBytes(StandardCharsets.UTF_8));
                    line++;
                } else {
                    in.writeBytes(garbage(format, random));
                    expectedRejectedLines.add(++line);
                }
            }
            List<Interaction> accepted = new ArrayList<>();
            List<Rejection> rejected = new ArrayList<>();

            ReadReport report = InteractionReader.builder().maxLineBytes(4096).rejectSink(rejected::add).build()
                    .read("mixed", new java.io.ByteArrayInputStream(in.toByteArray()), format, accepted::add);

            assertThat(report.read()).as("seed %d", seed).isEqualTo(report.accepted() + report.rejected());
            assertThat(report.accepted()).as("seed %d", seed).isEqualTo(expectedAccepted.size());
            assertThat(report.rejected()).as("seed %d", seed).isEqualTo(expectedRejectedLines.size());
            assertThat(accepted).as("seed %d", seed).isEqualTo(expectedAccepted);
            assertThat(rejected).extracting(Rejection::line).as("seed %d", seed)
                    .isEqualTo(expectedRejectedLines);
        }
    }

    @ParameterizedTest
    @EnumSource(InteractionFormat.class)
    void randomBytesNeverBreakTheReaderOrTheInvariant(InteractionFormat format) throws IOException {
        byte[] alphabet = "{}[]\",:\\ \t\r\nabc019-+.eE\u00e9".getBytes(StandardCharsets.UTF_8);
        for (long seed = 1; seed <= 150; seed++) {
            Random random = new Random(seed);
            byte[] bytes = new byte[random.nextInt(3000)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = random.nextInt(10) == 0 ? (byte) random.nextInt(256)
                        : alphabet[random.nextInt(alphabet.length)];
            }
            // A valid header first half the time, so that CSV rows are reached.
            if (format == InteractionFormat.CSV && random.nextBoolean()) {
                bytes = (CsvReaderTest.HEADER + new String(bytes, StandardCharsets.ISO_8859_1))
                        .getBytes(StandardCharsets.ISO_8859_1);
            }
            List<Rejection> rejected = new ArrayList<>();
            ReadReport report;
            try {
                report = InteractionReader.builder().maxLineBytes(1024).rejectSink(rejected::add).build()
                        .read("fuzz", new java.io.ByteArrayInputStream(bytes), format, i -> { });
            } catch (ReadFailedException e) {
                assertThat(format).as("seed %d: %s", seed, e.getMessage()).isEqualTo(InteractionFormat.CSV);
                assertThat(e.rejection().line()).as("seed %d", seed).isPositive();
                continue;
            }

            assertThat(report.read()).as("seed %d", seed).isEqualTo(report.accepted() + report.rejected());
            assertThat(rejected).as("seed %d", seed).hasSize((int) report.rejected());
            assertThat(rejected).as("seed %d", seed).allSatisfy(r -> assertThat(r.line()).isPositive());
            if (format == InteractionFormat.JSON_LINES) {
                assertThat(report.read()).as("seed %d", seed).isEqualTo(nonBlankLines(bytes));
            }
        }
    }

    private static long nonBlankLines(byte[] bytes) {
        long n = 0;
        boolean content = false;
        for (byte b : bytes) {
            if (b == '\n') {
                n += content ? 1 : 0;
                content = false;
            } else if (b != ' ' && b != '\t' && b != '\r') {
                content = true;
            }
        }
        return n + (content ? 1 : 0);
    }

    /** The records as written, one byte array per record (CSV: the header first). */
    private static List<byte[]> lines(InteractionFormat format, List<Interaction> good) throws IOException {
        byte[] all = InteractionWriterTest.write(format, good, InteractionWriter.builder().columnsOf(good));
        List<byte[]> out = new ArrayList<>();
        int start = 0;
        boolean quoted = false;
        for (int i = 0; i < all.length; i++) {
            if (format == InteractionFormat.CSV && all[i] == '"') {
                quoted = !quoted;
            } else if (all[i] == '\n' && !quoted) {
                out.add(java.util.Arrays.copyOfRange(all, start, i + 1));
                start = i + 1;
            }
        }
        return out;
    }

    private static int newlines(byte[] record) {
        int n = 0;
        for (byte b : record) {
            if (b == '\n') {
                n++;
            }
        }
        return n;
    }

    /** One line the reader must reject, ending in a line feed, with no line feed inside. */
    private static byte[] garbage(InteractionFormat format, Random random) {
        boolean csv = format == InteractionFormat.CSV;
        String text = switch (random.nextInt(7)) {
            case 0 -> csv ? "only,three,cells" : "{\"customer_id\":";
            case 1 -> csv ? "c,2024-01-01T00:00:00Z,web,home" + ",x".repeat(40) : "[1,2,3]";
            case 2 -> "x".repeat(5000 + random.nextInt(5000));
            case 3 -> csv ? ",,,," + ",".repeat(30) : "{\"customer_id\":\"c\",\"nps\":11}";
            case 4 -> csv ? "c,\"quoted\" then text,web,home,x" : "{\"customer_id\":\"c\",\"timestamp\":\"soon\",\"channel\":\"web\","
                    + "\"touchpoint\":\"t\"}";
            case 5 -> csv ? "a\"b,c" : "{\"a\":1}{\"b\":2}";
            default -> null;
        };
        if (text == null) {
            byte[] bad = new byte[1 + random.nextInt(20)];
            for (int i = 0; i < bad.length; i++) {
                bad[i] = (byte) ('a' + random.nextInt(26));
            }
            bad[random.nextInt(bad.length)] = (byte) (0x80 + random.nextInt(0x40)); // a lone continuation byte
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(bad);
            out.write('\n');
            return out.toByteArray();
        }
        return (text + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
