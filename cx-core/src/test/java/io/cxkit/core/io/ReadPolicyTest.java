package io.cxkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.Interaction;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadPolicyTest {
    private static final String GOOD = JsonLinesReaderTest.GOOD + "\n";
    private static final String BAD = JsonLinesReaderTest.with("\"nps\":11") + "\n";
    private static final byte[] INPUT = (GOOD + GOOD + BAD + GOOD + BAD).getBytes(StandardCharsets.UTF_8);

    @Test
    void failFastStopsAtTheFirstRejectionAndReportsWhatItAcceptedUpToThen() {
        List<Interaction> accepted = new ArrayList<>();
        List<Rejection> sunk = new ArrayList<>();
        InteractionReader reader = InteractionReader.builder().policy(ReadPolicy.FAIL_FAST)
                .rejectSink(sunk::add).build();

        assertThatThrownBy(() -> reader.read("in.jsonl", new ByteArrayInputStream(INPUT),
                InteractionFormat.JSON_LINES, accepted::add))
                .isInstanceOfSatisfying(ReadFailedException.class, e -> {
                    assertThat(e.report()).extracting(ReadReport::read, ReadReport::accepted, ReadReport::rejected)
                            .containsExactly(3L, 2L, 1L);
                    assertThat(e.rejection().line()).isEqualTo(3);
                    assertThat(e.rejection().field()).isEqualTo("nps");
                    assertThat(e.getMessage()).isEqualTo("in.jsonl:3: nps '11': nps score must be within 0..10, was 11");
                    assertThat(e.report().firstRejections()).containsExactly(e.rejection());
                });
        assertThat(accepted).hasSize(2);
        assertThat(sunk).hasSize(1);
    }

    @Test
    void skipAndReportReadsEverythingAndHandsEveryRejectionToTheSink() throws Exception {
        List<Interaction> accepted = new ArrayList<>();
        List<Rejection> sunk = new ArrayList<>();

        ReadReport report = InteractionReader.builder().policy(ReadPolicy.SKIP_AND_REPORT).rejectSink(sunk::add)
                .build().read("in.jsonl", new ByteArrayInputStream(INPUT), InteractionFormat.JSON_LINES,
                        accepted::add);

        assertThat(report).extracting(ReadReport::read, ReadReport::accepted, ReadReport::rejected)
                .containsExactly(5L, 3L, 2L);
        assertThat(sunk).extracting(Rejection::line).containsExactly(3L, 5L);
        assertThat(report.firstRejections()).isEqualTo(sunk);
        assertThat(accepted).hasSize(3);
    }

    @Test
    void skipAndReportIsTheDefault() throws Exception {
        ReadReport report = InteractionReader.builder().build().read("in.jsonl", new ByteArrayInputStream(INPUT),
                InteractionFormat.JSON_LINES, i -> { });

        assertThat(report.rejected()).isEqualTo(2);
    }

    @Test
    void theReportKeepsOnlyTheFirstRejectionsButTheSinkGetsAll() throws Exception {
        List<Rejection> sunk = new ArrayList<>();

        ReadReport report = InteractionReader.builder().maxReportedRejections(1).rejectSink(sunk::add).build()
                .read("in.jsonl", new ByteArrayInputStream(INPUT), InteractionFormat.JSON_LINES, i -> { });

        assertThat(report.firstRejections()).extracting(Rejection::line).containsExactly(3L);
        assertThat(sunk).hasSize(2);
        assertThat(report.rejected()).isEqualTo(2);
    }

    @Test
    void aReportWhoseCountsDoNotAddUpCannotBeMade() {
        assertThatThrownBy(() -> new ReadReport("x", 3, 1, 1, 0, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("read must equal accepted + rejected, was 3 != 1 + 1");
    }

    @Test
    void aRejectionCutsItsValueTo200Characters() {
        Rejection r = new Rejection("s", 1, "comment", "v".repeat(500), "too long", "raw");

        assertThat(r.value()).hasSize(200);
    }

    @Test
    void limitsBelowTheirMinimumAreRefused() {
        assertThatThrownBy(() -> InteractionReader.builder().maxLineBytes(10))
                .hasMessage("maxLineBytes must be at least 1024, was 10");
        assertThatThrownBy(() -> InteractionReader.builder().maxReportedRejections(-1))
                .hasMessage("maxReportedRejections must not be negative, was -1");
    }
}
