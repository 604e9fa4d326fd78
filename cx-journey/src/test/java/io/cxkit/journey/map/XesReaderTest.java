package io.cxkit.journey.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.cxkit.core.io.ReadFailedException;
import io.cxkit.core.io.ReadPolicy;
import io.cxkit.core.io.ReadReport;
import io.cxkit.core.io.Rejection;
import io.cxkit.journey.EventLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The XES reader over a hand-written log in the IEEE 1849-2016 shape ProM and PM4Py write. */
class XesReaderTest {

    private static byte[] claims() throws IOException {
        try (InputStream in = XesReaderTest.class.getResourceAsStream("claims.xes")) {
            return in.readAllBytes();
        }
    }

    private static EventLogRead read(XesReader reader, String xml) throws IOException {
        return reader.read("log.xes", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String wrap(String traces) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<log xes.version=\"1.0\">\n" + traces + "</log>\n";
    }

    private static List<String> events(EventLog log) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < log.caseCount(); c++) {
            for (int e = log.caseStart(c); e < log.caseEnd(c); e++) {
                out.add(log.caseId(c) + ":" + log.activityName(log.activity(e)) + "@"
                        + Instant.EPOCH.plusNanos(log.timestampMicros(e) * 1000));
            }
        }
        return out;
    }

    @Test
    void readsTracesAsCasesAndEventsInTimeOrderSkippingDeclarations() throws IOException {
        EventLogRead r = XesReader.builder().build().read("claims.xes", new ByteArrayInputStream(claims()));
        assertThat(r.report().read()).isEqualTo(5);
        assertThat(r.report().accepted()).isEqualTo(5);
        // The global defaults and the log's own concept:name are declarations, not events or cases.
        assertThat(events(r.log())).containsExactly(
                "claim-1:Register claim@2011-10-01T07:00:00Z",
                "claim-1:Check & approve@2011-10-01T08:30:00.250Z",
                "claim-1:Check & approve@2011-10-01T09:00:00Z",
                "claim-2:Pay@2011-10-02T07:59:00Z",
                "claim-2:Register claim@2011-10-02T08:00:00Z");
    }

    @Test
    void keepsTraceAndEventAttributesWithLifecycleAndResource() throws IOException {
        List<XesTrace> traces = new ArrayList<>();
        ReadReport report = XesReader.builder().build().read("claims.xes", new ByteArrayInputStream(claims()),
                traces::add);
        assertThat(report.accepted()).isEqualTo(5);
        assertThat(traces).extracting(XesTrace::caseId, XesTrace::line).containsExactly(tuple("claim-1", 18L),
                tuple("claim-2", 43L));
        assertThat(traces.get(0).attributes()).containsEntry("AMOUNT_REQ", "1200.5")
                .containsEntry("concept:name", "claim-1");
        XesEvent check = traces.get(0).events().get(1);
        assertThat(check.activity()).isEqualTo("Check & approve");
        assertThat(check.lifecycle()).contains("start");
        assertThat(check.resource()).contains("Bob");
        assertThat(check.line()).isEqualTo(27);
        // A nested (meta-)attribute belongs to its parent, which is kept; it is not an event attribute.
        assertThat(check.attributes()).containsEntry("priority", "2").doesNotContainKey("source");
        XesEvent pay = traces.get(1).events().get(1);
        assertThat(pay.lifecycle()).isEmpty();
        assertThat(pay.resource()).isEmpty();
        assertThat(pay.attributes()).containsEntry("payments", "").doesNotContainKey("amount");
        assertThat(traces.get(1).events().get(0).attributes()).containsEntry("urgent", "true");
    }

    @Test
    void theActivityCanBeNameWithLifecycleOrTheResource() throws IOException {
        EventLogRead lifecycle = XesReader.builder().activity(XesReader.Activity.NAME_AND_LIFECYCLE).build()
                .read("claims.xes", new ByteArrayInputStream(claims()));
        assertThat(events(lifecycle.log())).extracting(s -> s.substring(0, s.indexOf('@'))).containsExactly(
                "claim-1:Register claim+complete", "claim-1:Check & approve+start",
                "claim-1:Check & approve+complete", "claim-2:Pay", "claim-2:Register claim");
        EventLogRead resource = XesReader.builder().activity(XesReader.Activity.RESOURCE).build()
                .read("claims.xes", new ByteArrayInputStream(claims()));
        assertThat(resource.report().accepted()).isEqualTo(3);
        assertThat(resource.report().rejected()).isEqualTo(2);
        assertThat(resource.report().firstRejections()).extracting(Rejection::line, Rejection::field)
                .containsExactly(tuple(46L, "org:resource"), tuple(51L, "org:resource"));
    }

    @Test
    void readsGzippedFilesByTheirMagicBytes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("claims.xes.gz");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(claims());
        }
        Files.write(file, bytes.toByteArray());
        EventLogRead r = XesReader.builder().build().read(file);
        assertThat(r.report().accepted()).isEqualTo(5);
        assertThat(r.report().source()).isEqualTo(file.toString());
        assertThat(XesReader.isXes(file)).isTrue();
        assertThat(XesReader.isXes(dir.resolve("LOG.XES"))).isTrue();
        assertThat(XesReader.isXes(dir.resolve("log.csv"))).isFalse();
    }

    @Test
    void everyEventIsAcceptedOrRejectedWithLineFieldValueAndReason() throws IOException {
        List<Rejection> sunk = new ArrayList<>();
        EventLogRead r = read(XesReader.builder().rejectSink(sunk::add).build(), wrap(""
                + "<trace><string key=\"concept:name\" value=\"c1\"/>\n"
                + "<event><string key=\"concept:name\" value=\"a\"/><date key=\"time:timestamp\" value=\"2024-01-01T00:00:00Z\"/></event>\n"
                + "<event><date key=\"time:timestamp\" value=\"2024-01-01T00:00:00Z\"/></event>\n"
                + "<event><string key=\"concept:name\" value=\"b\"/></event>\n"
                + "<event><string key=\"concept:name\" value=\"c\"/><date key=\"time:timestamp\" value=\"yesterday\"/></event>\n"
                + "<event><string key=\"concept:name\" value=\"d\"/><date key=\"time:timestamp\" value=\"2024-01-01T00:00:00\"/></event>\n"
                + "<event><string key=\"concept:name\" value=\"e\"/><string key=\"concept:name\" value=\"f\"/><date key=\"time:timestamp\" value=\"2024-01-01T00:00:00Z\"/></event>\n"
                + "<event><string value=\"g\"/><date key=\"time:timestamp\" value=\"2024-01-01T00:00:00Z\"/></event>\n"
                + "<event><string key=\"concept:name\" value=\"h\"/><date key=\"time:timestamp\" value=\"+300000-01-01T00:00:00Z\"/></event>\n"
                + "<event><string key=\"concept:name\" value=\"i\"/><date key=\"time:timestamp\" value=\"2024-02-30T00:00:00Z\"/></event>\n"
                + "</trace>\n"
                + "<trace>\n"
                + "<event><string key=\"concept:name\" value=\"j\"/><date key=\"time:timestamp\" value=\"2024-01-01T00:00:00Z\"/></event>\n"
                + "</trace>\n"
                + "<event><string key=\"concept:name\" value=\"k\"/><date key=\"time:timestamp\" value=\"2024-01-01T00:00:00Z\"/></event>\n"));
        assertThat(r.report().read()).isEqualTo(11);
        assertThat(r.report().accepted()).isEqualTo(1);
        assertThat(r.report().rejected()).isEqualTo(10);
        assertThat(sunk).isEqualTo(r.report().firstRejections());
        assertThat(sunk).extracting(Rejection::line, Rejection::field, Rejection::value).containsExactly(
                tuple(5L, "concept:name", ""),
                tuple(6L, "time:timestamp", ""),
                tuple(7L, "time:timestamp", "yesterday"),
                tuple(8L, "time:timestamp", "2024-01-01T00:00:00"),
                tuple(9L, "(record)", ""),
                tuple(10L, "(record)", ""),
                tuple(11L, "time:timestamp", "+300000-01-01T00:00:00Z"),
                tuple(12L, "time:timestamp", "2024-02-30T00:00:00Z"),
                tuple(15L, "case:concept:name", ""),
                tuple(17L, "case:concept:name", ""));
        assertThat(sunk.get(2).reason()).startsWith("time:timestamp: ").contains("'yesterday'");
        assertThat(sunk.get(3).reason()).contains("zone");
        assertThat(sunk.get(4).reason()).isEqualTo("the attribute 'concept:name' is given twice");
        assertThat(sunk.get(5).reason()).isEqualTo("the <string> attribute at line 10 has no key");
        assertThat(sunk.get(6).reason()).contains("lies outside the years");
        assertThat(sunk.get(8).reason()).isEqualTo("the trace at line 14 has no concept:name, so its events have "
                + "no case");
        assertThat(sunk.get(9).reason()).isEqualTo("the event stands outside any <trace>, so it has no case");
        assertThat(sunk.get(0).rawLine()).isEqualTo("<event> time:timestamp=2024-01-01T00:00:00Z");
        assertThat(events(r.log())).containsExactly("c1:a@2024-01-01T00:00:00Z");
    }

    @Test
    void aZoneReadsLocalTimestamps() throws IOException {
        EventLogRead r = read(XesReader.builder().zone(ZoneId.of("Europe/Amsterdam")).build(), wrap(
                "<trace><string key=\"concept:name\" value=\"c\"/><event><string key=\"concept:name\" value=\"a\"/>"
                        + "<date key=\"time:timestamp\" value=\"2024-07-01T12:00:00.000\"/></event></trace>\n"));
        assertThat(events(r.log())).containsExactly("c:a@2024-07-01T10:00:00Z");
    }

    @Test
    void failFastStopsAtTheFirstRejectionWithTheReportSoFar() {
        XesReader reader = XesReader.builder().policy(ReadPolicy.FAIL_FAST).build();
        assertThatThrownBy(() -> read(reader, wrap("<trace><string key=\"concept:name\" value=\"c\"/>\n"
                + "<event><string key=\"concept:name\" value=\"a\"/><date key=\"time:timestamp\" value=\"2024-01-01T00:00:00Z\"/></event>\n"
                + "<event><string key=\"concept:name\" value=\"b\"/></event>\n"
                + "</trace>\n")))
                .isInstanceOfSatisfying(ReadFailedException.class, e -> {
                    assertThat(e.report().read()).isEqualTo(2);
                    assertThat(e.report().accepted()).isEqualTo(1);
                    assertThat(e.rejection().line()).isEqualTo(5);
                });
    }

    @Test
    void anInputCutShortFailsNamingTheLineAndCountsTheOpenTracesEventsAsRejected() {
        String cut = wrap("<trace><string key=\"concept:name\" value=\"c1\"/>\n"
                + "<event><string key=\"concept:name\" value=\"a\"/><date key=\"time:timestamp\" value=\"2024-01-01T00:00:00Z\"/></event>\n"
                + "</trace>\n<trace><string key=\"concept:name\" value=\"c2\"/>\n"
                + "<event><string key=\"concept:name\" value=\"a\"/><date key=\"time:timestamp\" value=\"2024-01-01T00:00:00Z\"/></event>\n"
                + "<event><string key=\"concept:name\" value=\"b\"/>");
        String text = cut.substring(0, cut.indexOf("<event><string key=\"concept:name\" value=\"b\"/>") + 20);
        assertThatThrownBy(() -> read(XesReader.builder().build(), text))
                .isInstanceOfSatisfying(ReadFailedException.class, e -> {
                    assertThat(e.report().read()).isEqualTo(2);
                    assertThat(e.report().accepted()).isEqualTo(1);
                    assertThat(e.report().rejected()).isEqualTo(1);
                    assertThat(e.rejection().line()).isEqualTo(8);
                    assertThat(e.rejection().reason()).startsWith("not well-formed XML");
                });
    }

    @Test
    void invalidUtf8IsRefusedNotReplaced() {
        byte[] head = wrap("<trace><string key=\"concept:name\" value=\"c").getBytes(StandardCharsets.UTF_8);
        byte[] xml = new byte[head.length + 1];
        System.arraycopy(head, 0, xml, 0, head.length);
        xml[head.length] = (byte) 0xC3;
        byte[] rest = ("\"/>\n<event><string key=\"concept:name\" value=\"a\"/><date key=\"time:timestamp\" "
                + "value=\"2024-01-01T00:00:00Z\"/></event></trace></log>").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[xml.length + rest.length];
        System.arraycopy(xml, 0, all, 0, xml.length);
        System.arraycopy(rest, 0, all, xml.length, rest.length);
        assertThatThrownBy(() -> XesReader.builder().build().read("bad.xes", new ByteArrayInputStream(all)))
                .isInstanceOfSatisfying(ReadFailedException.class, e -> {
                    assertThat(e.rejection().line()).isEqualTo(3);
                    assertThat(e.rejection().reason()).startsWith("not well-formed XML").containsIgnoringCase("UTF-8");
                    assertThat(e.report().accepted()).isZero();
                });
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityReadsALocalFile(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE log [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<log><trace><string key=\"concept:name\" value=\"&x;\"/><event><string key=\"concept:name\" "
                + "value=\"a\"/><date key=\"time:timestamp\" value=\"2024-01-01T00:00:00Z\"/></event></trace></log>";
        List<XesTrace> traces = new ArrayList<>();
        assertThatThrownBy(() -> XesReader.builder().build().read("xxe.xes",
                new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8)), traces::add))
                .isInstanceOf(ReadFailedException.class).hasMessageNotContaining("TOP-SECRET");
        assertThat(traces).isEmpty();
        String laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE log [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;"
                + "&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n<log><trace><string "
                + "key=\"concept:name\" value=\"&c;\"/></trace></log>";
        assertThatThrownBy(() -> read(XesReader.builder().build(), laughs))
                .isInstanceOfSatisfying(ReadFailedException.class, e -> assertThat(e.rejection().reason())
                        .startsWith("a document type declaration (DOCTYPE) is refused"));
    }

    @Test
    void aDocumentThatIsNotAnXesLogIsRefused() {
        assertThatThrownBy(() -> read(XesReader.builder().build(), "<?xml version=\"1.0\"?><html/>"))
                .isInstanceOf(ReadFailedException.class)
                .hasMessageContaining("not an XES log: the root element is <html>, expected <log>");
        assertThatThrownBy(() -> read(XesReader.builder().build(), ""))
                .isInstanceOf(ReadFailedException.class).hasMessageContaining("not well-formed XML");
        assertThatThrownBy(() -> read(XesReader.builder().build(), "case_id,activity,timestamp\n"))
                .isInstanceOf(ReadFailedException.class).hasMessageContaining("not well-formed XML");
    }

    @Test
    void anEmptyLogIsAnEmptyReadThatAddsUp() throws IOException {
        EventLogRead r = read(XesReader.builder().build(), wrap(""));
        assertThat(r.report().read()).isZero();
        assertThat(r.log().eventCount()).isZero();
        assertThat(Optional.of(r.report().clean())).contains(true);
    }
}
