package io.cxkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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

class TabularSourceTest {

    /** What a test read gave: the report, the rows as lists of values of the asked columns, the rejections. */
    record Got(ReadReport report, List<List<String>> rows, List<Rejection> rejections) {
    }

    static Got read(String text, TabularSource.Builder b, String... fields) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8), b, fields);
    }

    static Got read(byte[] bytes, TabularSource.Builder b, String... fields) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        ReadReport r = b.rejectSink(rejections::add).build().read("t.csv", new ByteArrayInputStream(bytes), h -> {
            List<Column> cols = new ArrayList<>();
            for (String f : fields) {
                cols.add(h.require(f));
            }
            return row -> {
                List<String> vals = new ArrayList<>();
                for (Column c : cols) {
                    vals.add(row.value(c));
                }
                rows.add(vals);
            };
        });
        return new Got(r, rows, rejections);
    }

    @Test
    void quotedValuesHoldDelimitersDoubledQuotesAndLineBreaks() throws IOException {
        Got g = read("id,text\r\n1,\"a, b\"\r\n2,\"say \"\"hi\"\"\"\r\n3,\"two\nlines\"\r\n4,plain\r\n",
                TabularSource.builder(), "id", "text");
        assertThat(g.rows()).containsExactly(List.of("1", "a, b"), List.of("2", "say \"hi\""),
                List.of("3", "two\nlines"), List.of("4", "plain"));
        assertThat(g.report().read()).isEqualTo(4);
    }

    @Test
    void delimiterIsDetectedAmongCommaSemicolonTabAndPipe() throws IOException {
        for (String d : List.of(",", ";", "\t", "|")) {
            Got g = read("a" + d + "b\n1" + d + (d.equals(",") ? "2" : "2,5") + "\n", TabularSource.builder(), "a",
                    "b");
            assertThat(g.rows()).as(d).containsExactly(List.of("1", d.equals(",") ? "2" : "2,5"));
        }
    }

    @Test
    void commaInValuesDoesNotFoolDetectionOfASemicolonFile() throws IOException {
        Got g = read("name;amount\nx;3,5\ny;1,25\n", TabularSource.builder(), "name", "amount");
        assertThat(g.rows()).containsExactly(List.of("x", "3,5"), List.of("y", "1,25"));
        assertThat(g.report().notes()).anyMatch(n -> n.contains("';' detected"));
    }

    @Test
    void anUndecidableDelimiterIsAnErrorNamingTheCandidates() {
        assertThatThrownBy(() -> read("a,b;c\n1,2;3\n", TabularSource.builder(), "a"))
                .isInstanceOf(ReadFailedException.class)
                .hasMessageContaining("cannot tell the delimiter").hasMessageContaining("','")
                .hasMessageContaining("';'");
    }

    @Test
    void oneUnterminatedQuoteCostsOnlyItsLine() throws IOException {
        StringBuilder sb = new StringBuilder("id,text\n1,ok\n2,\"never closed\n");
        for (int i = 3; i <= 1000; i++) {
            sb.append(i).append(",fine\n");
        }
        Got g = read(sb.toString(), TabularSource.builder(), "id", "text");
        assertThat(g.report().accepted()).isEqualTo(999);
        assertThat(g.report().rejected()).isEqualTo(1);
        assertThat(g.rejections().get(0).line()).isEqualTo(3);
        assertThat(g.rejections().get(0).reason()).contains("never closed").contains("lines 3-1001")
                .contains("resumes at line 4");
        assertThat(g.rows().get(1)).containsExactly("3", "fine");
    }

    @Test
    void aQuoteClosedFarAwayWithTheWrongColumnCountCostsOnlyItsLine() throws IOException {
        Got g = read("id,text\n1,\"open\n2,b\n3,c\"\"\n4,\"x\",y\n5,e\n", TabularSource.builder(), "id", "text");
        assertThat(g.report().read()).isEqualTo(g.report().accepted() + g.report().rejected());
        assertThat(g.rejections()).extracting(Rejection::line).contains(2L);
        assertThat(g.rows()).contains(List.of("2", "b"), List.of("5", "e"));
    }

    @Test
    void badUtf8RejectsItsRecordNamingLineAndColumn() throws IOException {
        byte[] bytes = "id,text\n1,ok\n2,b\u00e9d\n3,ok\n".getBytes(StandardCharsets.UTF_8);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("b\u00c3") + 1;
        bytes[at] = (byte) 0xFF;
        Got g = read(bytes, TabularSource.builder(), "id", "text");
        assertThat(g.report().accepted()).isEqualTo(2);
        Rejection r = g.rejections().get(0);
        assertThat(r.line()).isEqualTo(3);
        assertThat(r.value()).isEqualTo("\\xFF");
        assertThat(r.reason()).contains("line 3, byte column 4");
    }

    @Test
    void bomAndCrlfAreAccepted() throws IOException {
        byte[] body = "a,b\r\n1,2\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Got g = read(bytes, TabularSource.builder(), "a", "b");
        assertThat(g.rows()).containsExactly(List.of("1", "2"));
    }

    @Test
    void headersMatchIgnoringCaseSpacesAndPunctuationAndThroughAliases() throws IOException {
        List<String> got = new ArrayList<>();
        TabularSource.builder().build().read("t", new ByteArrayInputStream(
                "Customer Email,Ticket-Channel\nx@y,Chat\n".getBytes(StandardCharsets.UTF_8)), h -> {
                    Column c = h.require("customer_email");
                    Column ch = h.require("channel", "ticket channel");
                    return row -> got.add(row.text(c) + "/" + row.text(ch));
                });
        assertThat(got).containsExactly("x@y/Chat");
    }

    @Test
    void aMissingColumnFailsBeforeReadingAndListsTheColumns() {
        assertThatThrownBy(() -> read("a,b\n1,2\n", TabularSource.builder(), "customer_id"))
                .isInstanceOf(ReadFailedException.class)
                .hasMessageContaining("no column for customer_id").hasMessageContaining("'a', 'b'");
    }

    @Test
    void aDuplicatedHeaderIsAnError() {
        assertThatThrownBy(() -> read("a,b,a\n1,2,3\n", TabularSource.builder(), "b"))
                .isInstanceOf(ReadFailedException.class).hasMessageContaining("names column 'a' twice");
    }

    @Test
    void mappingNamesColumnsConstantsAndValueAliases() throws IOException {
        SourceMapping m = SourceMapping.builder().column("channel", "Ticket Channel").constant("touchpoint", "desk")
                .alias("channel", "Social media", "social").build();
        List<String> got = new ArrayList<>();
        TabularSource.builder().mapping(m).build().read("t", new ByteArrayInputStream(
                "Ticket Channel\nSocial Media\nEmail\n".getBytes(StandardCharsets.UTF_8)), h -> {
                    Column ch = h.require("channel");
                    Column tp = h.require("touchpoint");
                    return row -> got.add(row.text(ch) + "/" + row.text(tp));
                });
        assertThat(got).containsExactly("social/desk", "Email/desk");
    }

    @Test
    void aMappingToAMissingColumnOrAnUnknownFieldFailsBeforeReading() {
        SourceMapping missing = SourceMapping.builder().column("a", "nope").build();
        assertThatThrownBy(() -> read("a,b\n1,2\n", TabularSource.builder().mapping(missing), "a"))
                .isInstanceOf(ReadFailedException.class).hasMessageContaining("column 'nope'")
                .hasMessageContaining("'a', 'b'");
        SourceMapping unknown = SourceMapping.builder().column("colour", "b").build();
        assertThatThrownBy(() -> read("a,b\n1,2\n", TabularSource.builder().mapping(unknown), "a"))
                .isInstanceOf(ReadFailedException.class).hasMessageContaining("field 'colour'")
                .hasMessageContaining("its fields are a");
    }

    @Test
    void wholeNumbersAcceptAZeroFractionAndRefuseOthers() throws IOException {
        List<Long> got = new ArrayList<>();
        List<Rejection> rej = new ArrayList<>();
        ReadReport r = TabularSource.builder().rejectSink(rej::add).build().read("t", new ByteArrayInputStream(
                "csat\n3.0\n10.00\n3.5\n\uFF13\n4\n".getBytes(StandardCharsets.UTF_8)), h -> {
                    Column c = h.require("csat");
                    return row -> got.add(row.wholeNumber(c));
                });
        assertThat(got).containsExactly(3L, 10L, 4L);
        assertThat(r.rejected()).isEqualTo(2);
        assertThat(rej.get(0).line()).isEqualTo(4);
        assertThat(rej.get(0).reason()).contains("whole number").contains("3.5");
        assertThat(rej.get(1).value()).isEqualTo("\uFF13");
    }

    @Test
    void decimalCommaIsReadWhenTheDialectSaysSo() throws IOException {
        List<Double> got = new ArrayList<>();
        TabularSource.builder().dialect(Dialect.parse(";", true)).build().read("t", new ByteArrayInputStream(
                "amount;n\n3,5;1\n-1,25;2\n".getBytes(StandardCharsets.UTF_8)), h -> {
                    Column c = h.require("amount");
                    return row -> got.add(row.decimal(c));
                });
        assertThat(got).containsExactly(3.5, -1.25);
    }

    @Test
    void bareNumbersInATimestampColumnGetTheirUnitByMagnitudeAndTheReportSaysSo() throws IOException {
        List<Instant> got = new ArrayList<>();
        ReadReport r = TabularSource.builder().build().read("t", new ByteArrayInputStream(
                "ts\n1709285400\n1709285400000\n".getBytes(StandardCharsets.UTF_8)), h -> {
                    Column c = h.require("ts");
                    return row -> got.add(row.timestamp(c));
                });
        assertThat(got).containsOnly(Instant.parse("2024-03-01T09:30:00Z"));
        assertThat(r.notes()).anyMatch(n -> n.contains("epoch seconds (1 values)")
                && n.contains("epoch milliseconds (1 values)"));
    }

    @Test
    void ticketExportDatesReadWithAPatternAndZone() throws IOException {
        SourceMapping m = SourceMapping.builder().timestampFormat(TimestampFormat.of("dd-MM-yyyy HH:mm"))
                .zone(ZoneId.of("Europe/Paris")).build();
        List<Instant> got = new ArrayList<>();
        TabularSource.builder().mapping(m).build().read("t", new ByteArrayInputStream(
                "First Response Time\n01-06-2023 12:15\n".getBytes(StandardCharsets.UTF_8)), h -> {
                    Column c = h.require("timestamp", "first response time");
                    return row -> got.add(row.timestamp(c));
                });
        assertThat(got).containsExactly(Instant.parse("2023-06-01T10:15:00Z"));
    }

    @Test
    void gzipMembersAreReadInTurnAndTrailingPlainBytesAreAnError(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("t.csv.gz");
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.write(gzip("a,b\n1,2\n"));
        all.write(gzip("3,4\n"));
        Files.write(f, all.toByteArray());
        List<String> got = new ArrayList<>();
        TabularSource.builder().build().read(f, h -> {
            Column a = h.require("a");
            return row -> got.add(row.text(a));
        });
        assertThat(got).containsExactly("1", "3");
        all.write("5,6\n".getBytes(StandardCharsets.UTF_8));
        Files.write(f, all.toByteArray());
        assertThatThrownBy(() -> TabularSource.builder().build().read(f, h -> row -> { }))
                .isInstanceOf(IOException.class).hasMessageContaining("not gzip follows");
        Files.write(f, new byte[0]);
        assertThatThrownBy(() -> TabularSource.builder().build().read(f, h -> row -> { }))
                .isInstanceOf(IOException.class).hasMessageContaining("is empty");
    }

    @Test
    void aLineLongerThanTheLimitIsRejectedAndTheNextOneRead() throws IOException {
        String big = "x".repeat(5000);
        Got g = read("a,b\n1," + big + "\n2,ok\n", TabularSource.builder().maxRecordBytes(1024), "a", "b");
        assertThat(g.rows()).containsExactly(List.of("2", "ok"));
        assertThat(g.rejections().get(0).reason()).contains("more than the limit of 1024");
        assertThat(g.rejections().get(0).line()).isEqualTo(2);
    }

    @Test
    void failFastStopsAtTheFirstRejectionWithTheReportSoFar() {
        assertThatThrownBy(() -> read("a,b\n1,2\n3\n4,5\n", TabularSource.builder().policy(ReadPolicy.FAIL_FAST),
                "a", "b"))
                .isInstanceOfSatisfying(ReadFailedException.class, e -> {
                    assertThat(e.report().accepted()).isEqualTo(1);
                    assertThat(e.rejection().line()).isEqualTo(3);
                });
    }

    @Test
    void optionalColumnsAreEmptyWhenAbsent() throws IOException {
        List<Optional<Column>> got = new ArrayList<>();
        TabularSource.builder().build().read("t", new ByteArrayInputStream("a\n1\n".getBytes(StandardCharsets.UTF_8)),
                h -> {
                    got.add(h.optional("b"));
                    return row -> { };
                });
        assertThat(got).containsExactly(Optional.empty());
    }

    private static byte[] gzip(String s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
