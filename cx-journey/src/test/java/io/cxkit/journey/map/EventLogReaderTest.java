package io.cxkit.journey.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.io.ReadFailedException;
import io.cxkit.core.io.ReadPolicy;
import io.cxkit.core.io.Rejection;
import io.cxkit.journey.EventLog;
import java.io.IOException;
import java.io.StringReader;
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
        return reader.read("log.csv", new StringReader(csv));
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
                + "c4,f,2024-01-01T00:00:00Z\n");
        assertThat(r.report().read()).isEqualTo(7);
        assertThat(r.report().accepted()).isEqualTo(2);
        assertThat(r.report().rejected()).isEqualTo(5);
        assertThat(sunk).isEqualTo(r.report().firstRejections());
        assertThat(sunk).extracting(Rejection::line, Rejection::field, Rejection::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "timestamp", "yesterday"),
                org.assertj.core.groups.Tuple.tuple(4L, "case_id", ""),
                org.assertj.core.groups.Tuple.tuple(5L, "activity", ""),
                org.assertj.core.groups.Tuple.tuple(6L, "(record)", ""),
                org.assertj.core.groups.Tuple.tuple(7L, "timestamp", "2024-01-01T00:00:00"));
        assertThat(sunk.get(0).reason()).startsWith("timestamp must be ISO-8601 with a UTC offset");
        assertThat(sunk.get(3).reason()).isEqualTo("the record has 2 fields, the header 3");
        assertThat(sunk.get(4).reason()).startsWith("timestamp must state its UTC offset");
        assertThat(sunk.get(0).rawLine()).isEqualTo("c1,b,yesterday");
    }

    @Test
    void pm4pyColumnNamesAreRecognisedWithoutBeingNamed() throws IOException {
        // The column names PM4Py writes (pm4py.write_xes / format_dataframe defaults), XES keys as CSV headers.
        EventLogRead r = read(EventLogReader.builder().build(),
                "case:concept:name,concept:name,time:timestamp,org:resource\n"
                        + "c1,Register,2024-01-01T00:00:00+00:00,ann\nc1,Pay,2024-01-01T01:00:00+00:00,bob\n");
        assertThat(r.report().accepted()).isEqualTo(2);
        assertThat(events(r.log())).containsExactly("c1:Register@1704067200000000", "c1:Pay@1704070800000000");
        // A column named explicitly still wins, and the cxkit names are still the first choice.
        EventLogRead own = read(EventLogReader.builder().activityColumn("org:resource").build(),
                "case_id,concept:name,activity,time:timestamp,org:resource\nc1,x,y,2024-01-01T00:00:00Z,ann\n");
        assertThat(events(own.log())).containsExactly("c1:ann@1704067200000000");
        assertThatThrownBy(() -> read(EventLogReader.builder().build(), "case,activity,timestamp\nc1,a,0\n"))
                .hasMessageContaining("the header has no column 'case_id' or 'case:concept:name'");
    }

    @Test
    void aMissingColumnFailsNamingItAndTheColumnsThereAre() {
        assertThatThrownBy(() -> read(PM, "case,activity,timestamp\nc1,a,0\n"))
                .isInstanceOf(ReadFailedException.class)
                .hasMessageContaining("the header has no column 'case:concept:name'; its columns are "
                        + "[case, activity, timestamp]");
    }

    @Test
    void anEmptyInputFailsAndAHeaderOnlyInputIsAnEmptyLog() throws IOException {
        assertThatThrownBy(() -> read(PM, "")).isInstanceOf(ReadFailedException.class)
                .hasMessageContaining("the input is empty");
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
        assertThat(r.report().firstRejections().get(0).reason())
                .isEqualTo("timestamp must match pattern 'dd-MM-yyyy HH:mm:ss', was '2024-07-01'");
    }

    @Test
    void theDefaultRulesReadLocalTimestampsInAGivenZoneAndKeepAnyStatedOffset() throws IOException {
        EventLogReader reader = EventLogReader.builder().zone(ZoneId.of("Europe/Amsterdam")).build();
        EventLogRead r = read(reader, "case_id,activity,timestamp\nc,a,2024-07-01 12:00:00\nc,b,2024-07-01T12:00Z\n"
                + "c,c,1719835200000\nc,d,01-07-2024\n");
        assertThat(r.log().timestampMicros(0)).isEqualTo(EventLog.micros(Instant.parse("2024-07-01T10:00:00Z")));
        assertThat(r.log().timestampMicros(1)).isEqualTo(EventLog.micros(Instant.parse("2024-07-01T12:00:00Z")));
        assertThat(r.log().timestampMicros(2)).isEqualTo(EventLog.micros(Instant.parse("2024-07-01T12:00:00Z")));
        assertThat(r.report().firstRejections().get(0).reason())
                .startsWith("timestamp must be ISO-8601 with a UTC offset").endsWith("was '01-07-2024'");
    }

    @Test
    void anUnclosedQuoteRejectsTheLastRecord() throws IOException {
        EventLogRead r = read(EventLogReader.builder().build(), "case_id,activity,timestamp\nc,\"a,0\n");
        assertThat(r.report().rejected()).isEqualTo(1);
        assertThat(r.report().firstRejections().get(0).reason()).isEqualTo("a quoted field is not closed");
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
                .hasMessage("delimiter must not be a quote or a line break, was '\"'");
        assertThatThrownBy(() -> EventLogReader.builder().timestampPattern("yyyy-MM-dd {"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
