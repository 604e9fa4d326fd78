package io.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.io.InteractionReader;
import io.cxkit.core.io.ReadReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The progress line's content and redraw rules, with a fake clock and a fake terminal: no timing. */
class ProgressTest {
    private static final String CLEAR = "\r\u001b[K";

    @TempDir
    Path dir;

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final StringWriter screen = new StringWriter();
    private final Progress progress = Progress.drawingOn(new PrintWriter(screen), now::get);

    private void advanceSeconds(double s) {
        now.addAndGet((long) (s * 1e9));
    }

    @Test
    void theReadingLineHasRecordsRateShareAndTimeLeft() {
        // 1,000,000 records in 4 s at 40% done: 250,000/s, and 4 s × 0.6 / 0.4 = 6 s left.
        assertThat(Progress.readingLine("big.csv", 1_000_000, 4, 0.4, false))
                .isEqualTo("cx: big.csv: 1,000,000 records, 250,000/s, 40%, 6.0 s left");
        assertThat(Progress.readingLine("big.csv", 3_000_000, 2, 0.25, true))
                .isEqualTo("cx: big.csv: 3,000,000 records, 1.50M/s, ~25%, 6.0 s left");
        // Unknown size: no share, no time left; nothing read yet: no rate.
        assertThat(Progress.readingLine("in.csv.gz", 12_345, 0.5, Double.NaN, false))
                .isEqualTo("cx: in.csv.gz: 12,345 records, 24,690/s");
        assertThat(Progress.readingLine("in.csv", 0, 0, Double.NaN, false)).isEqualTo("cx: in.csv: 0 records");
        assertThat(Progress.readingLine("in.csv", 10, 1, 1.0, false)).isEqualTo("cx: in.csv: 10 records, 10/s, 100%");
    }

    @Test
    void durationsReadAsSecondsMinutesOrHours() {
        assertThat(Progress.duration(4.25)).isEqualTo("4.3 s");
        assertThat(Progress.duration(187)).isEqualTo("3:07");
        assertThat(Progress.duration(3723)).isEqualTo("1:02:03");
        assertThat(Progress.duration(Double.NaN)).isEqualTo("?");
        assertThat(Progress.rate(950.4)).isEqualTo("950");
        assertThat(Progress.rate(1_250_000)).isEqualTo("1.25M");
        assertThat(Progress.phaseLine("computing breakdowns", 12.34)).isEqualTo("cx: computing breakdowns (12.3 s)");
    }

    @Test
    void aReadingRedrawsEveryFewThousandRecordsAtMostFourTimesASecond() {
        Progress.Reading r = progress.reading("f.csv", 10_000, false);
        for (int k = 0; k < 4095; k++) {
            r.record();
        }
        assertThat(screen.toString()).isEmpty();
        advanceSeconds(1);
        r.record(); // the 4,096th: the first look at the clock draws
        assertThat(screen.toString()).isEqualTo(CLEAR + "cx: f.csv: 4,096 records, 4,096/s, ~41%, 1.4 s left"
                .replace("~", ""));
        String first = screen.toString();
        advanceSeconds(0.1);
        for (int k = 0; k < 4096; k++) {
            r.record();
        }
        assertThat(screen.toString()).as("within 250 ms of the last draw").isEqualTo(first);
        advanceSeconds(0.2);
        for (int k = 0; k < 4096; k++) {
            r.record();
        }
        assertThat(screen.toString()).endsWith(CLEAR + "cx: f.csv: 12,288 records, 9,452/s, 100%");
        r.finish();
        assertThat(screen.toString()).endsWith(CLEAR);
    }

    @Test
    void phasesShowTheTimeSinceTheStartAndDoneClearsOnlyADrawnLine() {
        progress.done();
        assertThat(screen.toString()).isEmpty();
        advanceSeconds(75);
        progress.phase("fitting");
        assertThat(screen.toString()).isEqualTo(CLEAR + "cx: fitting (1:15)");
        progress.done();
        progress.done();
        assertThat(screen.toString()).isEqualTo(CLEAR + "cx: fitting (1:15)" + CLEAR);
    }

    @Test
    void aWarningClearsTheLineFirst() {
        StringWriter err = new StringWriter();
        Progress p = Progress.drawingOn(new PrintWriter(err), now::get);
        PrintWriter guarded = p.guarding(new PrintWriter(err));
        p.phase("reading");
        guarded.println("cx: skipped 2 records");
        assertThat(err.toString()).isEqualTo(CLEAR + "cx: reading (0.0 s)" + CLEAR + "cx: skipped 2 records"
                + System.lineSeparator());
        assertThat(Progress.silent().guarding(guarded)).isSameAs(guarded);
    }

    @Test
    void quietProgressAndTheEnvironmentDecideAndAutoNeedsTheProcesssOwnStderr() {
        Map<String, String> none = Map.of();
        assertThat(Progress.decide(true, true, Map.of(Progress.ENV, "always"), true)).isEqualTo(Progress.Mode.NEVER);
        assertThat(Progress.decide(false, true, Map.of(Progress.ENV, "never"), false))
                .isEqualTo(Progress.Mode.ALWAYS);
        assertThat(Progress.decide(false, false, Map.of(Progress.ENV, "always"), false))
                .isEqualTo(Progress.Mode.ALWAYS);
        assertThat(Progress.decide(false, false, Map.of(Progress.ENV, "Never"), true)).isEqualTo(Progress.Mode.NEVER);
        assertThat(Progress.decide(false, false, none, false)).isEqualTo(Progress.Mode.NEVER);
        assertThat(Progress.Mode.parse("whatever")).isEqualTo(Progress.Mode.AUTO);
    }

    @Test
    void aMeteredReadCountsBytesAgainstTheFileSizeAndReadsTheSame() throws IOException {
        Path f = dir.resolve("answers.csv");
        StringBuilder sb = new StringBuilder("customer_id,timestamp,channel,touchpoint,nps\n");
        for (int k = 0; k < 5000; k++) {
            sb.append("c").append(k).append(",2026-01-01T00:00:00Z,web,home,").append(k % 11).append('\n');
        }
        Files.writeString(f, sb, StandardCharsets.UTF_8);
        assertThat(Progress.estimatedRecords(f)).isEqualTo(5000);
        List<String> ids = new ArrayList<>();
        advanceSeconds(1);
        ReadReport r = progress.read(InteractionReader.builder().build(), f, i -> ids.add(i.customerId().value()));
        assertThat(r.accepted()).isEqualTo(5000);
        assertThat(ids).hasSize(5000).startsWith("c0", "c1");
        // Drawn once at record 4,096 (the clock had not moved since the start of the read), then cleared.
        assertThat(screen.toString()).startsWith(CLEAR + "cx: " + f + ": 4,096 records, ").endsWith(CLEAR);
    }

    @Test
    void progressIsDrawnOnStderrWithProgressAndNeverOnAWriterOfItsOwnByDefault() throws IOException {
        Path f = dir.resolve("answers.csv");
        StringBuilder sb = new StringBuilder("customer_id,timestamp,channel,touchpoint,nps\n");
        for (int k = 0; k < 10_000; k++) {
            sb.append("c").append(k).append(",2026-01-01T00:00:00Z,web,home,").append(k % 11).append('\n');
        }
        Files.writeString(f, sb, StandardCharsets.UTF_8);
        String[] plain = {"compare", "--input", f.toString(), "--by", "channel", "--a", "web", "--b", "phone"};
        StringWriter err = new StringWriter();
        CommandLine cl = Cx.commandLine(plain);
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        cl.execute(plain);
        assertThat(err.toString()).doesNotContain("\u001b");
        String[] forced = {"metrics", "--progress", "--input", f.toString(), "--by", "attr.x"};
        err.getBuffer().setLength(0);
        StringWriter out = new StringWriter();
        cl = Cx.commandLine(forced);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        assertThat(cl.execute(forced)).as(err.toString()).isZero();
        // The read's line (records, rate, estimated share), the phase, and warnings each on a cleared line.
        assertThat(err.toString()).startsWith(CLEAR + "cx: " + f + ": 4,096 records, ")
                .contains(CLEAR + "cx: computing breakdowns (").contains(CLEAR + "cx: no data for csat");
        assertThat(err.toString().lines().toList()).last().asString().doesNotContain("\u001b");
        assertThat(out.toString()).doesNotContain("\u001b");
        String[] quiet = {"metrics", "-q", "--progress", "--input", f.toString()};
        err.getBuffer().setLength(0);
        cl = Cx.commandLine(quiet);
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        assertThat(cl.execute(quiet)).isZero();
        assertThat(err.toString()).doesNotContain("\u001b");
    }
}
