package io.cxkit.journey.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.io.ReadFailedException;
import io.cxkit.core.io.ReadPolicy;
import io.cxkit.core.io.Rejection;
import java.io.IOException;
import io.cxkit.core.io.Dialect;
import io.cxkit.core.io.ReadReport;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PathReaderTest {

    private static PathReadResult read(PathReader reader, String csv) throws IOException {
        return read(reader, csv.getBytes(StandardCharsets.UTF_8));
    }

    private static PathReadResult read(PathReader reader, byte[] csv) throws IOException {
        return reader.read("paths.csv", new ByteArrayInputStream(csv));
    }

    @Test
    void readsChannelAttributionsPathDataAsPublishedWithNoOption() throws IOException {
        // The shape of ChannelAttribution's PathData / Data.csv: ';'-separated, channels joined by " > ".
        PathReadResult r;
        try (InputStream in = PathReaderTest.class.getResourceAsStream("PathData.csv")) {
            r = PathReader.builder().build().read("PathData.csv", in);
        }
        assertThat(r.report().read()).isEqualTo(7);
        assertThat(r.report().accepted()).isEqualTo(7);
        assertThat(r.report().notes()).anyMatch(n -> n.contains("delimiter ';' detected"));
        assertThat(r.paths().get(0)).isEqualTo(new ConversionPath(List.of("eta", "iota", "alpha", "eta"), 1, 0.244,
                3));
        assertThat(r.paths().get(2).channels()).hasSize(11);
        assertThat(r.paths()).extracting(ConversionPath::conversions).containsExactly(1.0, 2.0, 2.0, 1.0, 0.0, 0.0,
                3.0);
        assertThat(r.paths().stream().mapToDouble(ConversionPath::nulls).sum()).isEqualTo(21);
    }

    @Test
    void aSemicolonExportWithDecimalCommasReadsWithTheDialectSet() throws IOException {
        PathReadResult r = read(PathReader.builder().dialect(Dialect.parse(";", true)).build(),
                "path;total_conversions;total_conversion_value;total_null\na > b;1;0,244;3\n");
        assertThat(r.paths()).containsExactly(new ConversionPath(List.of("a", "b"), 1, 0.244, 3));
    }

    @Test
    void oneBadByteRejectsItsRowNotTheFile() throws IOException {
        byte[] head = "path,total_conversions\na > b,1\nc".getBytes(StandardCharsets.UTF_8);
        byte[] tail = " > d,2\ne,3\n".getBytes(StandardCharsets.UTF_8);
        byte[] csv = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, csv, 0, head.length);
        csv[head.length] = (byte) 0xFF;
        System.arraycopy(tail, 0, csv, head.length + 1, tail.length);
        PathReadResult r = read(PathReader.builder().build(), csv);
        assertThat(r.report().read()).isEqualTo(3);
        assertThat(r.report().accepted()).isEqualTo(2);
        assertThat(r.report().firstRejections().get(0).line()).isEqualTo(3);
        assertThat(r.report().firstRejections().get(0).reason()).startsWith("invalid UTF-8");
        assertThat(r.paths()).extracting(p -> p.channels().get(0)).containsExactly("a", "e");
    }

    @Test
    void streamsRowsWithoutHoldingThem() throws IOException {
        List<ConversionPath> seen = new ArrayList<>();
        ReadReport report = PathReader.builder().build().read("paths.csv",
                new ByteArrayInputStream("path,conversions\na,1\nb,2\n".getBytes(StandardCharsets.UTF_8)),
                seen::add);
        assertThat(report.accepted()).isEqualTo(2);
        assertThat(seen).extracting(ConversionPath::conversions).containsExactly(1.0, 2.0);
    }

    @Test
    void readsChannelAttributionColumnsByDefault() throws IOException {
        PathReadResult r = read(PathReader.builder().build(),
                "path,total_conversions,total_conversion_value,total_null\n"
                        + "google ads > mailing,1,120.5,3\n"
                        + "\"a, with comma > b\",2,0,0\n");
        assertThat(r.paths()).containsExactly(
                new ConversionPath(List.of("google ads", "mailing"), 1, 120.5, 3),
                new ConversionPath(List.of("a, with comma", "b"), 2, 0, 0));
        assertThat(r.report().read()).isEqualTo(2);
        assertThat(r.report().accepted()).isEqualTo(2);
    }

    @Test
    void withoutValueAndNullColumnsEveryJourneyConverts() throws IOException {
        PathReadResult r = read(PathReader.builder().build(), "path,conversions\na>b,4\n");
        assertThat(r.paths()).containsExactly(new ConversionPath(List.of("a", "b"), 4, 0, 0));
    }

    @Test
    void takesColumnNamesAndSeparatorAsSettings() throws IOException {
        PathReadResult r = read(PathReader.builder().separator(";").pathColumn("journey").conversionsColumn("conv")
                .valueColumn("revenue").nullsColumn("lost").build(),
                "\uFEFFlost,journey,revenue,conv\n2, web ; email ,10,1\n");
        assertThat(r.paths()).containsExactly(new ConversionPath(List.of("web", "email"), 1, 10, 2));
    }

    @Test
    void aNamedColumnThatIsMissingIsAnErrorNamingTheHeader() {
        assertThatThrownBy(() -> read(PathReader.builder().nullsColumn("nope").build(), "path,conversions\n"))
                .isInstanceOf(ReadFailedException.class)
                .hasMessageContaining("paths.csv:1: total_null 'nope': the mapping reads total_null from column "
                        + "'nope', which the header does not have; the columns are 'path', 'conversions'");
        assertThatThrownBy(() -> read(PathReader.builder().build(), "route,conversions\n"))
                .isInstanceOf(ReadFailedException.class)
                .hasMessageContaining("no column for path").hasMessageContaining("'route', 'conversions'");
    }

    @Test
    void anEmptyFileReadsNothing() throws IOException {
        assertThat(read(PathReader.builder().build(), "\n\n").report().read()).isZero();
    }

    @Test
    void everyBadRowIsRejectedWithLineColumnAndValueAndNothingIsLost() throws IOException {
        List<Rejection> sunk = new ArrayList<>();
        PathReadResult r = read(PathReader.builder().rejectSink(sunk::add).build(),
                "path,total_conversions,total_null\n"
                        + "a > b,1,0\n"
                        + ",1,0\n"
                        + "a > > b,1,0\n"
                        + "a,x,0\n"
                        + "a,-1,0\n"
                        + "\n"
                        + "a,1\n"
                        + "a,,0\n"
                        + "b,0,NaN\n"
                        + "c,0,\n");
        assertThat(r.report().read()).isEqualTo(9);
        assertThat(r.report().accepted()).isEqualTo(2);
        assertThat(r.report().rejected()).isEqualTo(7);
        assertThat(r.report().read()).isEqualTo(r.report().accepted() + r.report().rejected());
        assertThat(sunk).isEqualTo(r.report().firstRejections());
        assertThat(sunk).extracting(Rejection::line).containsExactly(3L, 4L, 5L, 6L, 8L, 9L, 10L);
        assertThat(sunk).extracting(Rejection::field).containsExactly("path", "path", "total_conversions",
                "total_conversions", Rejection.RECORD, "total_conversions", "total_null");
        assertThat(sunk.get(0).reason()).isEqualTo("path must hold at least one channel, was empty");
        assertThat(sunk.get(1).reason()).isEqualTo("channel 2 of path 'a > > b' is blank (separator '>')");
        assertThat(sunk.get(2).reason()).isEqualTo("total_conversions must be a decimal number, was 'x'");
        assertThat(sunk.get(2).value()).isEqualTo("x");
        assertThat(sunk.get(3).reason()).isEqualTo("total_conversions must be a number >= 0, was -1");
        assertThat(sunk.get(4).reason()).isEqualTo("row has 2 columns, the header has 3");
        assertThat(sunk.get(5).reason()).isEqualTo("total_conversions is required");
        assertThat(sunk.get(6).reason()).isEqualTo("total_null must be a decimal number, was 'NaN'");
        assertThat(sunk.get(0).toString()).startsWith("paths.csv:3: path");
        assertThat(r.paths()).extracting(p -> p.channels().get(0)).containsExactly("a", "c");
    }

    @Test
    void anUnterminatedQuoteRejectsThatLineAloneAndReadingResumes() throws IOException {
        PathReadResult r = read(PathReader.builder().build(), "path,conversions\n\"a > b,1\nc,2\n");
        assertThat(r.report().rejected()).isEqualTo(1);
        assertThat(r.report().firstRejections().get(0).line()).isEqualTo(2);
        assertThat(r.report().firstRejections().get(0).field()).isEqualTo(Rejection.RECORD);
        assertThat(r.paths()).containsExactly(new ConversionPath(List.of("c"), 2, 0, 0));
    }

    @Test
    void failFastStopsAtTheFirstBadRowWithTheReportSoFar() {
        assertThatThrownBy(() -> read(PathReader.builder().policy(ReadPolicy.FAIL_FAST).build(),
                "path,conversions\na,1\nb,oops\nc,1\n"))
                .isInstanceOfSatisfying(ReadFailedException.class, e -> {
                    assertThat(e.report().accepted()).isEqualTo(1);
                    assertThat(e.report().rejected()).isEqualTo(1);
                    assertThat(e.rejection().line()).isEqualTo(3);
                    assertThat(e.rejection().field()).isEqualTo("conversions");
                });
    }

    @Test
    void readsAFileAndTheResultFeedsAttribution(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("paths.csv");
        Files.writeString(file, "path,total_conversions,total_null\r\n"
                + "google ads,2,0\r\nmailing,1,0\r\ngoogle ads > mailing,1,0\r\ngoogle ads,0,1\r\n",
                StandardCharsets.UTF_8);
        PathReadResult r = PathReader.builder().build().read(file);
        assertThat(r.report().source()).isEqualTo(file.toString());
        // Worked case A of journey.md (Puzyrov 2019), through the reader.
        assertThat(Attribution.compute(r.paths(), 1).pConversion()).isEqualTo(0.8, org.assertj.core.api.Assertions.within(1e-12));
    }
}
