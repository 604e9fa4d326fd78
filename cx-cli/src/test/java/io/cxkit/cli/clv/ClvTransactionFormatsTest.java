package io.cxkit.cli.clv;

import static io.cxkit.cli.clv.ClvCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.cli.clv.ClvCommandTest.Run;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CLV transactions as they are published: CDNOW in both layouts, and transactions without amounts. The reference
 * is BG/NBD on the CDNOW sample, r = 0.2426, log-likelihood -9582.43 (Fader, Hardie and Lee 2005; shared/vectors
 * clv.md), which every layout of the same purchases must reproduce.
 */
class ClvTransactionFormatsTest {
    private static final Path SAMPLE = Path.of("..", "cx-metrics", "src", "test", "resources", "cdnow",
            "CDNOW_sample.txt");

    @TempDir
    Path dir;

    private static List<String[]> sampleFields() throws IOException {
        return Files.readAllLines(SAMPLE, StandardCharsets.US_ASCII).stream().filter(l -> !l.isBlank())
                .map(l -> l.strip().split("\\s+")).toList();
    }

    /** CDNOW_master.txt's layout (customer_id yyyyMMdd quantity amount, space-aligned), made from the sample. */
    private Path master(String name) throws IOException {
        StringBuilder s = new StringBuilder();
        for (String[] f : sampleFields()) {
            s.append(String.format(Locale.ROOT, "%6s %8s %3s %8s%n", f[1], f[2], f[3], f[4]));
        }
        Path p = dir.resolve(name);
        if (name.endsWith(".gz")) {
            try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(p))) {
                o.write(s.toString().getBytes(StandardCharsets.US_ASCII));
            }
        } else {
            Files.writeString(p, s.toString());
        }
        return p;
    }

    private static void assertCdnowBgNbd(Run r) throws IOException {
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json().get("params").get("r").asDouble()).isCloseTo(0.2425945, within(0.2425945e-3));
        assertThat(r.json().get("log_likelihood").asDouble()).isCloseTo(-9582.4292, within(0.01));
        assertThat(r.json().get("customers").asInt()).isEqualTo(2357);
    }

    @Test
    void theFourColumnMasterLayoutIsReadWithNoOption() throws IOException {
        assertCdnowBgNbd(run("clv", "fit", "--transactions", master("CDNOW_master.txt").toString(),
                "--calibration-end", "1997-09-30", "--format", "json"));
        assertCdnowBgNbd(run("clv", "fit", "--transactions", master("CDNOW_master.txt.gz").toString(),
                "--calibration-end", "1997-09-30", "--format", "json"));
    }

    @Test
    void transactionsWithoutAnAmountColumnServeTheTransactionModels() throws IOException {
        StringBuilder s = new StringBuilder("customer_id,date\n");
        for (String[] f : sampleFields()) {
            s.append(f[1]).append(',').append(f[2], 0, 4).append('-').append(f[2], 4, 6).append('-')
                    .append(f[2], 6, 8).append('\n');
        }
        Path csv = Files.writeString(dir.resolve("visits.csv"), s.toString());
        assertCdnowBgNbd(run("clv", "fit", "--transactions", csv.toString(), "--calibration-end", "1997-09-30",
                "--format", "json"));
        Run pareto = run("clv", "fit", "--transactions", csv.toString(), "--calibration-end", "1997-09-30",
                "--model", "pareto-nbd", "--format", "json");
        assertThat(pareto.code()).as(pareto.err()).isZero();
        assertThat(pareto.json().get("params").fieldNames()).toIterable().containsExactly("r", "alpha", "s", "beta");
    }

    @Test
    void columnOptionsOnACdnowFileAreBadUsage() throws IOException {
        Run r = run("clv", "fit", "--transactions", master("CDNOW_master.txt").toString(), "--customer-col", "x");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("a CDNOW file has no header");
    }
}
