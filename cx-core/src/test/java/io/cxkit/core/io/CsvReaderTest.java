package io.cxkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
    static final String HEADER = "customer_id,timestamp,channel,touchpoint,nps\n";
    static final String ROW = "c1,2024-03-01 09:30:00+00:00,web,home,9\n";

    @Test
    void rowsAreReadByHeaderName() {
        Reads r = Reads.csv("touchpoint,nps,channel,timestamp,customer_id,attr.plan,id.email\n"
                + "home,7,Web,1709285400000,c1,gold,a@b.example\n");

        Interaction i = r.accepted().get(0);
        assertThat(i.customerId().value()).isEqualTo("c1");
        assertThat(i.timestamp()).isEqualTo(Instant.parse("2024-03-01T09:30:00Z"));
        assertThat(i.feedback()).containsExactly(new Feedback.Nps(7));
        assertThat(i.attributes()).isEqualTo(Map.of("plan", "gold"));
        assertThat(i.identifiers()).isEqualTo(Map.of("email", "a@b.example"));
    }

    @Test
    void aRowWithTooManyColumnsIsRejected() {
        Reads r = Reads.csv(HEADER + ROW + "c2,2024-03-01T09:30:00Z,web,home,9,surplus\n" + ROW);

        assertThat(r.report()).extracting(ReadReport::read, ReadReport::accepted, ReadReport::rejected)
                .containsExactly(3L, 2L, 1L);
        assertThat(r.rejection()).extracting(Rejection::line, Rejection::field, Rejection::reason)
                .containsExactly(3L, Rejection.RECORD, "row has 6 columns, the header has 5");
    }

    @Test
    void aRowWithTooFewColumnsIsRejected() {
        Reads r = Reads.csv(HEADER + "c2,2024-03-01T09:30:00Z,web\n" + ROW);

        assertThat(r.rejection()).extracting(Rejection::line, Rejection::reason)
                .containsExactly(2L, "row has 3 columns, the header has 5");
        assertThat(r.rejection().rawLine()).isEqualTo("c2,2024-03-01T09:30:00Z,web");
    }

    @Test
    void anUnknownColumnIsIgnoredAndCountedOnEveryRow() {
        Reads r = Reads.csv("customer_id,timestamp,channel,touchpoint,colour\n"
                + "c1,2024-03-01T09:30:00Z,web,home,blue\nc2,2024-03-01T09:30:00Z,web,home,red\n");

        assertThat(r.report().accepted()).isEqualTo(2);
        assertThat(r.report().unknownFields()).isEqualTo(2);
    }

    @Test
    void aHeaderWithoutARequiredColumnRejectsEveryRowNamingTheField() {
        Reads r = Reads.csv("customer_id,timestamp,channel\nc1,2024-03-01T09:30:00Z,web\n"
                + "c2,2024-03-01T09:30:00Z,web\n");

        assertThat(r.rejections()).extracting(Rejection::field, Rejection::reason)
                .containsExactly(tuple("touchpoint", "touchpoint is required"),
                        tuple("touchpoint", "touchpoint is required"));
    }

    @Test
    void anEmptyCellIsAnAbsentValue() {
        Reads r = Reads.csv(HEADER + "c1,2024-03-01T09:30:00Z,web,home,\n");

        assertThat(r.accepted().get(0).feedback()).isEmpty();
    }

    @Test
    void anEmptyRequiredCellIsRejected() {
        Reads r = Reads.csv(HEADER + ",2024-03-01T09:30:00Z,web,home,3\n");

        assertThat(r.rejection()).extracting(Rejection::field, Rejection::reason)
                .containsExactly("customer_id", "customer_id is required");
    }

    @Test
    void anOutOfRangeScoreIsRejectedNamingFieldAndValue() {
        Reads r = Reads.csv(HEADER + "c1,2024-03-01T09:30:00Z,web,home,11\n");

        assertThat(r.rejection()).extracting(Rejection::field, Rejection::value, Rejection::reason)
                .containsExactly("nps", "11", "nps score must be within 0..10, was 11");
    }

    @Test
    void anEmptyFileReadsNothing() {
        Reads r = Reads.csv("");

        assertThat(r.report()).extracting(ReadReport::read, ReadReport::accepted, ReadReport::rejected)
                .containsExactly(0L, 0L, 0L);
    }

    @Test
    void aFileWithOnlyAHeaderReadsNothing() {
        Reads r = Reads.csv(HEADER);

        assertThat(r.report()).extracting(ReadReport::read, ReadReport::accepted, ReadReport::rejected)
                .containsExactly(0L, 0L, 0L);
    }

    @Test
    void aHeaderWithoutLineFeedReadsNothing() {
        Reads r = Reads.csv(HEADER.strip());

        assertThat(r.report().read()).isZero();
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsSkipped() {
        Reads r = Reads.csv("\uFEFF" + HEADER + ROW);

        assertThat(r.report().accepted()).isEqualTo(1);
        assertThat(r.report().unknownFields()).isZero();
    }

    @Test
    void crlfLineEndingsAreRead() {
        Reads r = Reads.csv((HEADER + ROW + ROW).replace("\n", "\r\n"));

        assertThat(r.report().accepted()).isEqualTo(2);
        assertThat(r.accepted().get(1).feedback()).containsExactly(new Feedback.Nps(9));
    }

    @Test
    void aQuotedFieldMayHoldCommasQuotesAndLineBreaksAndLinesStayCounted() {
        Reads r = Reads.csv("customer_id,timestamp,channel,touchpoint,comment\n"
                + "c1,2024-03-01T09:30:00Z,web,home,\"slow, \"\"very\"\"\r\nslow\"\n"
                + "c2,2024-03-01T09:30:00Z,web,home,x,surplus\n");

        assertThat(r.accepted().get(0).feedback())
                .containsExactly(new Feedback.Verbatim("slow, \"very\"\r\nslow"));
        assertThat(r.rejection().line()).isEqualTo(4);
    }

    @Test
    void anUnterminatedQuoteIsRejected() {
        Reads r = Reads.csv(HEADER + "c1,2024-03-01T09:30:00Z,web,\"home,9\n");

        assertThat(r.rejection().reason()).startsWith("malformed CSV");
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsTextAndDoesNotSwallowTheNextLines() {
        Reads r = Reads.csv(HEADER + "c1,2024-03-01T09:30:00Z,web,5\" screen,9\n" + ROW);

        assertThat(r.accepted()).extracting(i -> i.touchpoint().id()).containsExactly("5\" screen", "home");
    }

    @Test
    void anUnterminatedQuoteRunsToTheEndOfTheInputAsOneRejectedRecord() {
        Reads r = Reads.csv(HEADER + "c1,2024-03-01T09:30:00Z,web,\"home,9\n" + ROW + ROW);

        assertThat(r.report()).extracting(ReadReport::read, ReadReport::rejected).containsExactly(1L, 1L);
        assertThat(r.rejection().rawLine()).endsWith(ROW + ROW);
    }

    @Test
    void invalidUtf8RejectsTheRowAndIsNeverRepaired() {
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        in.writeBytes((HEADER + ROW).getBytes(StandardCharsets.UTF_8));
        in.writeBytes(new byte[] {'c', (byte) 0xFF, ','});
        in.writeBytes(ROW.substring(3).getBytes(StandardCharsets.UTF_8));
        in.writeBytes(ROW.getBytes(StandardCharsets.UTF_8));

        Reads r = Reads.of(in.toByteArray(), InteractionFormat.CSV);

        assertThat(r.report()).extracting(ReadReport::read, ReadReport::accepted, ReadReport::rejected)
                .containsExactly(3L, 2L, 1L);
        assertThat(r.rejection()).extracting(Rejection::line, Rejection::value, Rejection::rawLine)
                .containsExactly(3L, "\\xFF", "c\\xFF,2024-03-01 09:30:00+00:00,web,home,9");
    }

    @Test
    void aTenMegabyteRowIsRejectedWithoutHoldingIt() {
        String huge = "c1,2024-03-01T09:30:00Z,web,home,\"" + "z".repeat(10 * 1024 * 1024) + "\"\n";

        Reads r = Reads.csv(HEADER + huge + ROW);

        assertThat(r.report()).extracting(ReadReport::read, ReadReport::accepted, ReadReport::rejected)
                .containsExactly(2L, 1L, 1L);
        assertThat(r.rejection().reason()).startsWith("line is ");
    }

    @Test
    void aHeaderThatNamesAColumnTwiceFailsTheReadWhateverThePolicy() {
        byte[] in = ("customer_id,timestamp,nps,nps\n" + ROW).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> InteractionReader.builder().policy(ReadPolicy.SKIP_AND_REPORT).build()
                .read("dup.csv", new java.io.ByteArrayInputStream(in), InteractionFormat.CSV, i -> { }))
                .isInstanceOfSatisfying(ReadFailedException.class, e -> {
                    assertThat(e.rejection()).extracting(Rejection::line, Rejection::field, Rejection::reason)
                            .containsExactly(1L, "nps", "bad CSV header: the header names column 'nps' twice");
                    assertThat(e.report().read()).isZero();
                });
    }

    @Test
    void aHeaderSeparatedBySemicolonsFailsTheReadSayingWhy() {
        byte[] in = "customer_id;timestamp;channel;touchpoint\nc1;2024-03-01T09:30:00Z;web;home\n"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> InteractionReader.builder().build()
                .read("semi.csv", new java.io.ByteArrayInputStream(in), InteractionFormat.CSV, i -> { }))
                .isInstanceOf(ReadFailedException.class)
                .hasMessage("semi.csv:1: (record) 'customer_id;timestamp;channel;touchpoint': bad CSV header: it "
                        + "names no column of the schema (customer_id, timestamp, channel, touchpoint, ...); columns "
                        + "must be separated by commas");
    }

    @Test
    void aRowStartingWithAHashIsDataNotAComment() {
        Reads r = Reads.csv(HEADER + "#c1,2024-03-01T09:30:00Z,web,home,9\n");

        assertThat(r.accepted()).extracting(i -> i.customerId().value()).containsExactly("#c1");
    }

    @Test
    void aRowOfOnlySeparatorsIsARecordWithMissingFields() {
        Reads r = Reads.csv(HEADER + ",,,,\n");

        assertThat(r.rejection().reason()).isEqualTo("customer_id is required");
    }
}
