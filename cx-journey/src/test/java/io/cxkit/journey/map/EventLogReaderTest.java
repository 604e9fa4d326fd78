package io.cxkit.journey.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.cxkit.core.io.ReadFailedException;
import io.cxkit.core.io.ReadPolicy;
import io.cxkit.core.io.Rejection;
import io.cxkit.core.io.SourceMapping;
import io.cxkit.journey.EventLog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventLogReaderTest {

    private static final EventLogReader PM = EventLogReader.builder().caseColumn("case:concept:name")
            .activityColumn("concept:name").timestampColumn("time:timestamp").build();

    private static EventLogRead read(EventLogReader reader, String csv) throws IOException {
        return read(reader, csv.getBytes(StandardCharsets.UTF_8));
    }

    private static EventLogRead read(EventLogReader reader, byte[] csv) throws IOException {
        return reader.read("log.csv", new ByteArrayInputStream(csv));
    }

    private static List<String> events(EventLog log) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < log.caseCount(); c++) {
            for (int e = log.caseStart(c); e < log.caseEnd(c); e++) {
                out.add(log.caseId(c) + ":" + log.activityName(log.activity(e)) + "@" + log.timestampMicros(e));
            }
        }
        return out;
    }

    @Test
    void readsNamedColumnsInAnyPositionAndIgnoresTheRest() throws IOException {
        EventLogRead r = read(PM, "\uFEFForg:resource,time:timestamp,concept:name,case:concept:name\r\n"
                + "ann,2024-01-01T00:00:02Z,\"Pay, online\",c1\r\n"
                + "bob,2024-01-01 00:00:01+00:00,Register,c1\r\n"
                + "\r\n"
                + "cy,1704067200000,\"Multi\nline\",c2\r\n");
        assertThat(r.report().read()).isEqualTo(3);
        assertThat(r.report().accepted()).isEqualTo(3);
        assertThat(events(r.log())).containsExactly("c1:Register@1704067201000000", "c1:Pay, online@1704067202000000",
                "c2:Multi\nline@1704067200000000");
    }

    @Test
    void pm4pyColumnNamesAreRecognisedWithoutBeingNamed() throws IOException {
        // The column names PM4Py writes (format_dataframe's defaults), XES keys as CSV headers.
        EventLogRead r = read(EventLogReader.builder().build(),
                "case:concept:name,concept:name,time:timestamp,org:resource\n"
                        + "c1,Register,2024-01-01T00:00:00+00:00,ann\nc1,Pay,2024-01-01T01:00:00+00:00,bob\n");
        assertThat(r.report().accepted()).isEqualTo(2);
        assertThat(events(r.log())).containsExactly("c1:Register@1704067200000000", "c1:Pay@1704070800000000");
        // A column named explicitly still wins, and the cxkit names are still the first choice.
        EventLogRead own = read(EventLogReader.builder().activityColumn("org:resource").build(),
                "case_id,concept:name,activity,time:timestamp,org:resource\nc1,x,y,2024-01-01T00:00:00Z,ann\n");
        assertThat(events(own.log())).containsExactly("c1:ann@1704067200000000");
    }

    @Test
    void aSourceMappingNamesTheColumnsAsPm4pysFormatDataframeDoes() throws IOException {
        SourceMapping m = SourceMapping.builder().column("case_id", "Ticket").column("activity", "Step")
                .column("timestamp", "When").build();
        EventLogRead r = read(EventLogReader.builder().mapping(m).build(),
                "Ticket;Step;When\nT1;open;2024-01-01T00:00:00Z\n");
        assertThat(events(r.log())).containsExactly("T1:open@1704067200000000");
    }

    @Test
    void everyRecordIsAcceptedOrRejectedWithLineFieldAndValue() throws IOException {
        List<Rejection> sunk = new ArrayList<>();
        EventLogReader reader = EventLogReader.builder().rejectSink(sunk::add).build();
        EventLogRead r = read(reader, "case_id,activity,timestamp\n"
                + "c1,a,2024-01-01T00:00:00Z\n"
                + "c1,b,yesterday\n"
                + ",c,2024-01-01T00:00:00Z\n"
                + "c2,,2024-01-01T00:00:00Z\n"
                + "c2,d\n"
                + "c3,e,2024-01-01T00:00:00\n"
                + "c4,f,2024-01-01T00:00:00Z\n"
                + "c5,g,2025-02-30T00:00:00Z\n");
        assertThat(r.report().read()).isEqualTo(8);
        assertThat(r.report().accepted()).isEqualTo(2);
        assertThat(r.report().rejected()).isEqualTo(6);
        assertThat(sunk).isEqualTo(r.report().firstRejections());
        assertThat(sunk).extracting(Rejection::line, Rejection::field, Rejection::value).containsExactly(
                tuple(3L, "timestamp", "yesterday"),
                tuple(4L, "case_id", ""),
                tuple(5L, "activity", ""),
                tuple(6L, "(record)", "c2,d"),
                tuple(7L, "timestamp", "2024-01-01T00:00:00"),
                tuple(9L, "timestamp", "2025-02-30T00:00:00Z"));
        assertThat(sunk.get(3).reason()).isEqualTo("row has 2 columns, the header has 3");
        assertThat(sunk.get(4).reason()).contains("zone");
        assertThat(sunk.get(0).rawLine()).isEqualTo("c1,b,yesterday");
    }

    @Test
    void invalidUtf8RejectsItsRecordInsteadOfBeingReplaced() throws IOException {
        byte[] head = "case_id,activity,timestamp\nc1,caf".getBytes(StandardCharsets.UTF_8);
        byte[] tail = ",2024-01-01T00:00:00Z\nc1,b,2024-01-01T00:00:01Z\n".getBytes(StandardCharsets.UTF_8);
        byte[] csv = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, csv, 0, head.length);
        csv[head.length] = (byte) 0xE9;
        System.arraycopy(tail, 0, csv, head.length + 1, tail.length);
        EventLogRead r = read(EventLogReader.builder().build(), csv);
        assertThat(r.report().accepted()).isEqualTo(1);
        assertThat(r.report().rejected()).isEqualTo(1);
        Rejection bad = r.report().firstRejections().get(0);
        assertThat(bad.line()).isEqualTo(2);
        assertThat(bad.reason()).startsWith("invalid UTF-8");
        assertThat(events(r.log())).noneMatch(e -> e.contains("\uFFFD")).hasSize(1);
    }

    @Test
    void anUnterminatedQuoteCostsItsOwnLineNotTheRestOfTheFile() throws IOException {
        StringBuilder csv = new StringBuilder("case_id,activity,timestamp\nc0,\"broken,2024-01-01T00:00:00Z\n");
        for (int i = 1; i <= 1000; i++) {
            csv.append('c').append(i).append(",a,2024-01-01T00:00:00Z\n");
        }
        EventLogRead r = read(EventLogReader.builder().build(), csv.toString());
        assertThat(r.report().read()).isEqualTo(1001);
        assertThat(r.report().accepted()).isEqualTo(1000);
        assertThat(r.report().rejected()).isEqualTo(1);
        assertThat(r.report().firstRejections().get(0).line()).isEqualTo(2);
        assertThat(r.log().caseCount()).isEqualTo(1000);
    }

    @Test
    void aMissingColumnFailsNamingItAndTheColumnsThereAre() {
        assertThatThrownBy(() -> read(EventLogReader.builder().build(), "case,step,when\nc1,a,0\n"))
                .isInstanceOf(ReadFailedException.class)
                .hasMessageContaining("no column for case_id (looked for case_id, case:concept:name")
                .hasMessageContaining("the columns are 'case', 'step', 'when'");
        assertThatThrownBy(() -> read(EventLogReader.builder().caseColumn("person").build(),
                "case,activity,timestamp\nc1,a,0\n"))
                .isInstanceOf(ReadFailedException.class)
                .hasMessageContaining("column 'person', which the header does not have");
    }

    @Test
    void anEmptyInputAndAHeaderOnlyInputAreEmptyLogs() throws IOException {
        assertThat(read(EventLogReader.builder().build(), "").report().read()).isZero();
        EventLogRead r = read(EventLogReader.builder().build(), "case_id,activity,timestamp\n");
        assertThat(r.log().eventCount()).isZero();
        assertThat(r.report().read()).isZero();
    }

    @Test
    void failFastStopsAtTheFirstRejectionWithTheReportSoFar() {
        EventLogReader reader = EventLogReader.builder().policy(ReadPolicy.FAIL_FAST).build();
        assertThatThrownBy(() -> read(reader, "case_id,activity,timestamp\nc,a,0\nc,b,x\nc,c,0\n"))
                .isInstanceOfSatisfying(ReadFailedException.class, e -> {
                    assertThat(e.report().read()).isEqualTo(2);
                    assertThat(e.report().accepted()).isEqualTo(1);
                    assertThat(e.rejection().line()).isEqualTo(3);
                });
    }

    @Test
    void anExplicitPatternAndZoneReadLocalTimestamps() throws IOException {
        EventLogReader reader = EventLogReader.builder().timestampPattern("dd-MM-yyyy HH:mm:ss")
                .zone(ZoneId.of("Europe/Amsterdam")).delimiter(';').build();
        EventLogRead r = read(reader, "case_id;activity;timestamp\nc;a;01-07-2024 12:00:00\nc;b;2024-07-01\n");
        assertThat(r.log().timestampMicros(0)).isEqualTo(EventLog.micros(Instant.parse("2024-07-01T10:00:00Z")));
        assertThat(r.report().firstRejections().get(0).field()).isEqualTo("timestamp");
        assertThat(r.report().firstRejections().get(0).value()).isEqualTo("2024-07-01");
    }

    @Test
    void theDefaultRulesReadLocalTimestampsInAGivenZoneAndKeepAnyStatedOffset() throws IOException {
        EventLogReader reader = EventLogReader.builder().zone(ZoneId.of("Europe/Amsterdam")).build();
        EventLogRead r = read(reader, "case_id,activity,timestamp\nc,a,2024-07-01 12:00:00\nc,b,2024-07-01T12:00Z\n"
                + "c,c,1719835200000\nc,d,01-07-2024\n");
        assertThat(r.log().timestampMicros(0)).isEqualTo(EventLog.micros(Instant.parse("2024-07-01T10:00:00Z")));
        assertThat(r.log().timestampMicros(1)).isEqualTo(EventLog.micros(Instant.parse("2024-07-01T12:00:00Z")));
        assertThat(r.log().timestampMicros(2)).isEqualTo(EventLog.micros(Instant.parse("2024-07-01T12:00:00Z")));
        assertThat(r.report().firstRejections()).extracting(Rejection::value).containsExactly("01-07-2024");
        assertThat(r.report().notes()).anyMatch(n -> n.contains("epoch milliseconds"));
    }

    @Test
    void readsGzippedFiles(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("log.csv.gz");
        try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("case_id,activity,timestamp\nc,a,0\nc,b,1000\n".getBytes(StandardCharsets.UTF_8));
        }
        EventLogRead r = EventLogReader.builder().build().read(file);
        assertThat(r.report().accepted()).isEqualTo(2);
        assertThat(r.report().source()).isEqualTo(file.toString());
    }

    @Test
    void badSettingsAreRefused() {
        assertThatThrownBy(() -> EventLogReader.builder().caseColumn(" "))
                .hasMessage("case column must not be blank");
        assertThatThrownBy(() -> EventLogReader.builder().delimiter('"'))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quote");
        assertThatThrownBy(() -> EventLogReader.builder().timestampPattern("yyyy-MM-dd {"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
