package io.cxkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A seeded mutation fuzz test over the readers: well-formed seed inputs are mutated (bytes flipped, quotes,
 * delimiters, line breaks, invalid UTF-8 and byte-order marks inserted, lines cut and doubled) and every result
 * must keep the readers' promises: no exception other than a {@link ReadFailedException} for a header that
 * cannot be used, {@code read = accepted + rejected}, every rejection handed to the sink with a line inside the
 * input. The number of mutations is fixed, so the test is bounded and repeatable. Inputs that once broke a
 * promise are kept in {@code src/test/resources/fuzz-corpus} and replayed as regression tests.
 */
class ReaderFuzzTest {
    private static final int MUTATIONS = 1_500;

    private static final List<String> SEEDS = List.of(
            CsvReaderTest.HEADER + CsvReaderTest.ROW + "c2,2024-03-01T10:00:00Z,chat,help,\"say \"\"hi\"\"\n"
                    + "twice\"\nc3,1709285400,web,home,3.0\n",
            "customer_id;timestamp;channel;touchpoint;value\nc1;2024-03-01 09:30:00+01:00;web;shop;12,5\n",
            "{\"customer_id\":\"c1\",\"timestamp\":\"2024-03-01T09:30:00Z\",\"channel\":\"web\",\"touchpoint\":\"home\","
                    + "\"nps\":9}\n{\"customer_id\":\"c2\",\"timestamp\":1709285400,\"channel\":\"web\","
                    + "\"touchpoint\":\"home\",\"attributes\":{\"plan\":\"gold\"}}\n");

    @Test
    void mutatedInputsNeverBreakTheReadersPromises() throws IOException {
        Random random = new Random(20_261_202L);
        for (int n = 0; n < MUTATIONS; n++) {
            String seed = SEEDS.get(random.nextInt(SEEDS.size()));
            byte[] bytes = mutate(seed.getBytes(StandardCharsets.UTF_8), random);
            InteractionFormat format = seed.startsWith("{") ? InteractionFormat.JSON_LINES : InteractionFormat.CSV;
            checkPromises(bytes, format, "mutation " + n);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void casesOnceFoundStillKeepThePromises(String name, byte[] bytes) throws IOException {
        InteractionFormat format = name.endsWith(".jsonl") ? InteractionFormat.JSON_LINES : InteractionFormat.CSV;
        checkPromises(bytes, format, name);
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> corpus() throws IOException, URISyntaxException {
        URL dir = ReaderFuzzTest.class.getResource("/fuzz-corpus");
        List<org.junit.jupiter.params.provider.Arguments> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            for (Path f : files.filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList()) {
                out.add(org.junit.jupiter.params.provider.Arguments.of(f.getFileName().toString(),
                        Files.readAllBytes(f)));
            }
        }
        return out.stream();
    }

    private static void checkPromises(byte[] bytes, InteractionFormat format, String what) throws IOException {
        List<Rejection> sunk = new ArrayList<>();
        long lines = 1;
        for (byte b : bytes) {
            if (b == '\n') {
                lines++;
            }
        }
        ReadReport report;
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            report = InteractionReader.builder().maxLineBytes(1024).rejectSink(sunk::add).build()
                    .read("fuzz", in, format, i -> { });
        } catch (ReadFailedException e) {
            // Only a header (or the dialect) can fail a skip-and-report read, and it says where.
            assertThat(format).as(what).isEqualTo(InteractionFormat.CSV);
            assertThat(e.rejection().line()).as(what).isBetween(1L, lines);
            return;
        }
        assertThat(report.read()).as(what).isEqualTo(report.accepted() + report.rejected());
        assertThat((long) sunk.size()).as(what).isEqualTo(report.rejected());
        for (Rejection r : sunk) {
            assertThat(r.line()).as(what + ": " + r).isBetween(1L, lines);
        }
    }

    private static byte[] mutate(byte[] in, Random random) {
        List<Byte> b = new ArrayList<>(in.length + 16);
        for (byte x : in) {
            b.add(x);
        }
        int steps = 1 + random.nextInt(4);
        byte[][] inserts = {{'"'}, {','}, {';'}, {'\n'}, {'\r'}, {(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xEF,
            (byte) 0xBB, (byte) 0xBF}, {'"', '"'}, "\uFF13".getBytes(StandardCharsets.UTF_8), {'\t'}, {'{'}, {'}'}};
        for (int s = 0; s < steps && !b.isEmpty(); s++) {
            int at = random.nextInt(b.size());
            switch (random.nextInt(5)) {
                case 0 -> b.set(at, (byte) random.nextInt(256));
                case 1 -> {
                    byte[] ins = inserts[random.nextInt(inserts.length)];
                    for (int k = ins.length - 1; k >= 0; k--) {
                        b.add(at, ins[k]);
                    }
                }
                case 2 -> b.remove(at);
                case 3 -> {
                    while (b.size() > at) {
                        b.remove(b.size() - 1);
                    }
                }
                default -> {
                    int end = Math.min(b.size(), at + 1 + random.nextInt(40));
                    b.addAll(at, new ArrayList<>(b.subList(at, end)));
                }
            }
        }
        byte[] out = new byte[b.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.get(i);
        }
        return out;
    }
}
