package io.cxkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.cxkit.core.CustomerId;
import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
    static final String HEADER = "customer_id,timestamp,channel,touchpoint,nps\n";
    static final String ROW = "c1,2024-03-01 09:30:00+00:00,web,home,9\n";
    static final String CUSTOMER_ID_REQUIRED = "customer_id is required unless the record carries an identifier "
            + "(a CSV id.TYPE column or a JSON identifiers object)";

    @Test
    void aRowWithOnlyAnEmailIdentifierIsAcceptedWithAnUnresolvedCustomer() {
        Reads r = Reads.csv("interaction_id,customer_id,timestamp,channel,touchpoint,id.email\n"
                + "i1,,2024-03-01T09:30:00Z,web,home,ann@example.com\n");

        Interaction i = r.accepted().get(0);
        assertThat(i.customerId()).isEqualTo(CustomerId.unresolved("i1"));
        assertThat(i.customerId().isResolved()).isFalse();
        assertThat(i.identifiers()).containsExactly(Map.entry("email", "ann@example.com"));
    }

    @Test
    void aRowWithoutCustomerIdColumnOrInteractionIdIsKeyedByItsGeneratedId() {
        Reads r = Reads.csv("timestamp,channel,touchpoint,id.email\n2024-03-01T09:30:00Z,web,home,ann@example.com\n");

        assertThat(r.accepted()).extracting(Interaction::customerId)
                .containsExactly(CustomerId.unresolved("test.in:2"));
    }

    @Test
    void aRowWithNeitherCustomerIdNorAnIdentifierIsRejectedNamingCustomerId() {
        Reads r = Reads.csv("customer_id,timestamp,channel,touchpoint,id.email\n,2024-03-01T09:30:00Z,web,home, \n");

        assertThat(r.rejection().field()).isEqualTo("customer_id");
        assertThat(r.rejection().reason()).isEqualTo(CUSTOMER_ID_REQUIRED);
        assertThat(r.report().accepted()).isZero();
    }

    @Test
    void aCustomerIdInTheReservedUnresolvedFormIsRejected() {
        Reads r = Reads.csv(HEADER + "~unresolved:x,2024-03-01T09:30:00Z,web,home,9\n");

        assertThat(r.rejection().field()).isEqualTo("customer_id");
        assertThat(r.rejection().reason()).startsWith("customer_id must not start with the reserved prefix");
    }

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
    void aHeaderWithoutARequiredColumnFailsBeforeReadingAndListsTheColumns() {
        byte[] in = ("customer_id,timestamp,channel\nc1,2024-03-01T09:30:00Z,web\n").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> InteractionReader.builder().build()
                .read("t.csv", new java.io.ByteArrayInputStream(in), InteractionFormat.CSV, i -> { }))
                .isInstanceOfSatisfying(ReadFailedException.class, e -> {
                    assertThat(e.rejection().field()).isEqualTo("touchpoint");
                    assertThat(e.rejection().reason()).contains("no column for touchpoint")
                            .contains("'customer_id', 'timestamp', 'channel'").contains("--map touchpoint=COLUMN");
                    assertThat(e.report().read()).isZero();
                });
    }

    @Test
    void anEmptyCellIsAnAbsentValue() {
        Reads r = Reads.csv(HEADER + "c1,2024-03-01T09:30:00Z,web,home,\n");

        assertThat(r.accepted().get(0).feedback()).isEmpty();
    }

    @Test
    void anEmptyRequiredCellIsRejected() {
        Reads r = Reads.csv(HEADER + ",2024-03-01T09:30:00Z,web,home,3\n");

        assertThat(r.rejection().field()).isEqualTo("customer_id");
        assertThat(r.rejection().reason()).isEqualTo(CUSTOMER_ID_REQUIRED);
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

        assertThat(r.rejection().reason()).startsWith("malformed record: a quote opened at column 29 is never closed");
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsTextAndDoesNotSwallowTheNextLines() {
        Reads r = Reads.csv(HEADER + "c1,2024-03-01T09:30:00Z,web,5\" screen,9\n" + ROW);

        assertThat(r.accepted()).extracting(i -> i.touchpoint().id()).containsExactly("5\" screen", "home");
    }

    @Test
    void anUnterminatedQuoteCostsItsOwnLineAndTheRecordsAfterItAreRead() {
        Reads r = Reads.csv(HEADER + "c1,2024-03-01T09:30:00Z,web,\"home,9\n" + ROW + ROW);

        assertThat(r.report()).extracting(ReadReport::read, ReadReport::accepted, ReadReport::rejected)
                .containsExactly(3L, 2L, 1L);
        assertThat(r.rejection().line()).isEqualTo(2);
        assertThat(r.rejection().reason()).contains("lines 2-4").contains("resumes at line 3");
        assertThat(r.rejection().rawLine()).isEqualTo("c1,2024-03-01T09:30:00Z,web,\"home,9");
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
        assertThat(r.rejection().reason()).startsWith("record is 10485795 bytes long, more than the limit");
    }

    @Test
    void aHeaderThatNamesAColumnTwiceFailsTheReadWhateverThePolicy() {
        byte[] in = ("customer_id,timestamp,nps,nps\n" + ROW).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> InteractionReader.builder().policy(ReadPolicy.SKIP_AND_REPORT).build()
                .read("dup.csv", new java.io.ByteArrayInputStream(in), InteractionFormat.CSV, i -> { }))
                .isInstanceOfSatisfying(ReadFailedException.class, e -> {
                    assertThat(e.rejection()).extracting(Rejection::line, Rejection::field, Rejection::reason)
                            .containsExactly(1L, "nps", "the header names column 'nps' twice; each column needs its "
                                    + "own name");
                    assertThat(e.report().read()).isZero();
                });
    }

    @Test
    void aHeaderSeparatedBySemicolonsIsDetectedAndReadWithTheReportSayingSo() throws IOException {
        byte[] in = "customer_id;timestamp;channel;touchpoint\nc1;2024-03-01T09:30:00Z;web;home\n"
                .getBytes(StandardCharsets.UTF_8);

        ReadReport report = InteractionReader.builder().build()
                .read("semi.csv", new java.io.ByteArrayInputStream(in), InteractionFormat.CSV, i -> { });

        assertThat(report.accepted()).isEqualTo(1);
        assertThat(report.notes()).containsExactly("delimiter ';' detected from the header and first records");
    }

    @Test
    void aRowStartingWithAHashIsDataNotAComment() {
        Reads r = Reads.csv(HEADER + "#c1,2024-03-01T09:30:00Z,web,home,9\n");

        assertThat(r.accepted()).extracting(i -> i.customerId().value()).containsExactly("#c1");
    }

    @Test
    void aRowOfOnlySeparatorsIsARecordWithMissingFields() {
        Reads r = Reads.csv(HEADER + ",,,,\n");

        assertThat(r.rejection().reason()).isEqualTo("timestamp is required");
    }
}
