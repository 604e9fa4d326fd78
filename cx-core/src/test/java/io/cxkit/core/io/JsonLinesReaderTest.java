package io.cxkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.Channel;
import io.cxkit.core.CustomerId;
import io.cxkit.core.Direction;
import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.core.JourneyStage;
import io.cxkit.core.Money;
import io.cxkit.core.Outcome;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonLinesReaderTest {
    static final String GOOD = "{\"customer_id\":\"c1\",\"timestamp\":\"2024-03-01T09:30:00Z\",\"channel\":\"web\","
            + "\"touchpoint\":\"home\"}";

    static String with(String extraFields) {
        return GOOD.substring(0, GOOD.length() - 1) + "," + extraFields + "}";
    }

    @Test
    void aFullRecordMapsEveryFieldOfTheSchema() {
        Reads r = Reads.jsonl("{\"interaction_id\":\"i-1\",\"customer_id\":\"c1\",\"timestamp\":\"2024-03-01T09:30:00Z\","
                + "\"channel\":\"Phone\",\"touchpoint\":\"ivr\",\"stage\":\"support\",\"journey_id\":\"case-9\","
                + "\"kind\":\"contact\",\"direction\":\"inbound\",\"automated\":true,\"duration_seconds\":312.5,"
                + "\"outcome\":\"resolved\",\"value\":\"19.90\",\"currency\":\"eur\",\"nps\":9,\"csat\":4,"
                + "\"csat_scale\":5,\"ces\":6,\"rating\":3,\"rating_scale\":10,\"comment\":\"quick, thanks\","
                + "\"attributes\":{\"plan\":\"gold\",\"tier\":2},\"identifiers\":{\"email\":\"a@b.example\"}}\n");

        assertThat(r.report().accepted()).isEqualTo(1);
        Interaction i = r.accepted().get(0);
        assertThat(i.id()).isEqualTo("i-1");
        assertThat(i.customerId()).isEqualTo(CustomerId.of("c1"));
        assertThat(i.timestamp()).isEqualTo(Instant.parse("2024-03-01T09:30:00Z"));
        assertThat(i.channel()).isEqualTo(Channel.PHONE);
        assertThat(i.touchpoint().id()).isEqualTo("ivr");
        assertThat(i.touchpoint().stage()).contains(JourneyStage.SUPPORT);
        assertThat(i.journeyId()).contains("case-9");
        assertThat(i.kind()).contains("contact");
        assertThat(i.direction()).contains(Direction.INBOUND);
        assertThat(i.automated()).isTrue();
        assertThat(i.duration()).contains(Duration.ofMillis(312_500));
        assertThat(i.outcome()).contains(Outcome.RESOLVED);
        assertThat(i.value()).contains(Money.of("19.90", "EUR"));
        assertThat(i.feedback()).containsExactly(new Feedback.Nps(9), new Feedback.Csat(4, 5), new Feedback.Ces(6),
                new Feedback.Rating(3, 10), new Feedback.Verbatim("quick, thanks"));
        assertThat(i.attributes()).isEqualTo(Map.of("plan", "gold", "tier", "2"));
        assertThat(i.identifiers()).isEqualTo(Map.of("email", "a@b.example"));
    }

    @Test
    void malformedJsonIsRejectedWithItsLineAndTheNextLineIsStillRead() {
        Reads r = Reads.jsonl(GOOD + "\n{\"customer_id\": \"c2\", \"timestamp\": \n" + GOOD + "\n");

        assertThat(r.report()).extracting(ReadReport::read, ReadReport::accepted, ReadReport::rejected)
                .containsExactly(3L, 2L, 1L);
        Rejection rej = r.rejection();
        assertThat(rej.source()).isEqualTo("test.in");
        assertThat(rej.line()).isEqualTo(2);
        assertThat(rej.field()).isEqualTo(Rejection.RECORD);
        assertThat(rej.reason()).startsWith("malformed JSON at column");
        assertThat(rej.rawLine()).isEqualTo("{\"customer_id\": \"c2\", \"timestamp\": ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1,2]", "42", "\"text\"", "null"})
    void aLineThatIsNotAnObjectIsRejected(String line) {
        Reads r = Reads.jsonl(line + "\n");

        assertThat(r.rejection().reason()).startsWith("a line must hold one JSON object, found");
    }

    @Test
    void twoObjectsOnOneLineAreRejected() {
        Reads r = Reads.jsonl(GOOD + " " + GOOD + "\n");

        assertThat(r.rejection().reason()).startsWith("a line must hold one JSON object, found more after it");
    }

    @Test
    void aDuplicateFieldIsRejectedRatherThanSilentlyOverwritten() {
        Reads r = Reads.jsonl(with("\"nps\":3,\"nps\":10") + "\n");

        assertThat(r.rejection()).extracting(Rejection::field, Rejection::reason)
                .containsExactly("nps", "field 'nps' appears twice in the object");
    }

    @Test
    void aDuplicateAttributeIsRejected() {
        Reads r = Reads.jsonl(with("\"attributes\":{\"a\":1,\"a\":2}") + "\n");

        assertThat(r.rejection().reason()).isEqualTo("field 'attributes.a' appears twice in the object");
    }

    @Test
    void anUnknownFieldIsIgnoredAndCounted() {
        Reads r = Reads.jsonl(with("\"colour\":\"blue\",\"extra\":{\"nested\":[1,2]}") + "\n" + GOOD + "\n");

        assertThat(r.report().accepted()).isEqualTo(2);
        assertThat(r.report().unknownFields()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"customer_id", "timestamp", "channel", "touchpoint"})
    void aMissingRequiredFieldIsRejectedNamingIt(String field) {
        String line = GOOD.replaceFirst("\"" + field + "\":\"[^\"]*\",?", "").replace(",}", "}");

        Reads r = Reads.jsonl(line + "\n");

        assertThat(r.rejection().field()).isEqualTo(field);
        assertThat(r.rejection().reason()).startsWith(field + " is required");
        assertThat(r.rejection().value()).isEmpty();
    }

    @Test
    void aRecordWithOnlyAnEmailIdentifierIsAcceptedWithAnUnresolvedCustomer() {
        Reads r = Reads.jsonl("{\"interaction_id\":\"i1\",\"timestamp\":\"2024-03-01T09:30:00Z\",\"channel\":\"web\","
                + "\"touchpoint\":\"home\",\"identifiers\":{\"email\":\"ann@example.com\"}}\n"
                + "{\"interaction_id\":\"i2\",\"customer_id\":\"\",\"timestamp\":\"2024-03-01T09:31:00Z\","
                + "\"channel\":\"web\",\"touchpoint\":\"home\",\"identifiers\":{\"email\":\"ann@example.com\"}}\n");

        assertThat(r.accepted()).extracting(Interaction::customerId)
                .containsExactly(CustomerId.unresolved("i1"), CustomerId.unresolved("i2"));
        assertThat(r.accepted().get(0).identifiers()).containsExactly(Map.entry("email", "ann@example.com"));
    }

    @Test
    void aRecordWithNeitherCustomerIdNorAnIdentifierIsRejectedNamingCustomerId() {
        Reads r = Reads.jsonl("{\"timestamp\":\"2024-03-01T09:30:00Z\",\"channel\":\"web\",\"touchpoint\":\"home\","
                + "\"identifiers\":{\"email\":\"\"}}\n");

        assertThat(r.rejection().field()).isEqualTo("customer_id");
        assertThat(r.rejection().reason()).isEqualTo(CsvReaderTest.CUSTOMER_ID_REQUIRED);
    }

    @Test
    void aNullOrBlankRequiredFieldCountsAsMissing() {
        Reads r = Reads.jsonl(GOOD.replace("\"c1\"", "null") + "\n" + GOOD.replace("\"c1\"", "\"  \"") + "\n");

        assertThat(r.rejections()).extracting(Rejection::reason)
                .containsExactly(CsvReaderTest.CUSTOMER_ID_REQUIRED, CsvReaderTest.CUSTOMER_ID_REQUIRED);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"nps\":11|nps|11|nps score must be within 0..10, was 11",
        "\"nps\":-1|nps|-1|nps score must be within 0..10, was -1",
        "\"ces\":0|ces|0|ces score must be within 1..7, was 0",
        "\"ces\":8|ces|8|ces score must be within 1..7, was 8",
        "\"csat\":6|csat|6|csat score must be within 1..5, was 6",
        "\"csat\":6,\"csat_scale\":5|csat|6|csat score must be within 1..5, was 6",
        "\"csat\":3,\"csat_scale\":11|csat_scale|11|csat_scale must be within 2..10, was 11",
        "\"rating\":6|rating|6|rating must be within 1..5, was 6",
        "\"rating\":0,\"rating_scale\":10|rating|0|rating must be within 1..10, was 0",
        "\"nps\":\"nine\"|nps|nine|nps must be a whole number, was 'nine'",
        "\"nps\":9.5|nps|9.5|nps must be a whole number, was '9.5'",
    })
    void anOutOfRangeScoreIsRejectedNamingFieldValueAndRange(String fields, String field, String value,
            String reason) {
        Reads r = Reads.jsonl(with(fields) + "\n");

        assertThat(r.rejection()).extracting(Rejection::field, Rejection::value, Rejection::reason)
                .containsExactly(field, value, reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2024-13-01T00:00:00Z", "2024-03-01T25:00:00Z", "2025-02-30T00:00:00Z",
        "01/03/2024 09:30", "2024-03-01T09:30:00+25:00", "2024-03-01T09:30:00+1", "1.5e12"})
    void anUnparseableTimestampIsRejected(String ts) {
        Reads r = Reads.jsonl(GOOD.replace("2024-03-01T09:30:00Z", ts) + "\n");

        assertThat(r.rejection().field()).isEqualTo("timestamp");
        assertThat(r.rejection().value()).isEqualTo(ts);
        assertThat(r.rejection().reason()).startsWith("timestamp must be ISO-8601 with a UTC offset");
    }

    @Test
    void aTimestampWithoutOffsetIsRejectedSayingSo() {
        Reads r = Reads.jsonl(GOOD.replace("2024-03-01T09:30:00Z", "2024-03-01T09:30:00") + "\n");

        assertThat(r.rejection().reason())
                .startsWith("timestamp must state its UTC offset (Z or +01:00), was '2024-03-01T09:30:00'; for local "
                        + "times give their zone");
    }

    @ParameterizedTest
    @CsvSource({
        "2024-03-01T09:30:00Z, 2024-03-01T09:30:00Z",
        "2024-03-01 09:30:00Z, 2024-03-01T09:30:00Z",
        "2024-03-01T10:30:00+01:00, 2024-03-01T09:30:00Z",
        "2024-03-01 10:30:00.250+01:00, 2024-03-01T09:30:00.250Z",
        "2024-03-01T09:30:00.123456789Z, 2024-03-01T09:30:00.123456789Z",
        "2024-03-01T04:30-05:00, 2024-03-01T09:30:00Z",
        "2024-03-01T10:30:00+0100, 2024-03-01T09:30:00Z",
        "2024-03-01T10:30:00+01, 2024-03-01T09:30:00Z",
        "2024-03-01t09:30:00z, 2024-03-01T09:30:00Z",
        "1709285400000, 2024-03-01T09:30:00Z",
        "1709285400123, 2024-03-01T09:30:00.123Z",
        "-1000, 1969-12-31T23:43:20Z",
        "1709285400, 2024-03-01T09:30:00Z",
        "1709285400000000, 2024-03-01T09:30:00Z",
    })
    void timestampsAreReadInEveryDocumentedForm(String ts, String instant) {
        Reads r = Reads.jsonl(GOOD.replace("2024-03-01T09:30:00Z", ts) + "\n");

        assertThat(r.accepted()).extracting(Interaction::timestamp).containsExactly(Instant.parse(instant));
    }

    @Test
    void anEpochMillisTimestampMayBeAJsonNumber() {
        Reads r = Reads.jsonl(GOOD.replace("\"2024-03-01T09:30:00Z\"", "1709285400000") + "\n");

        assertThat(r.accepted().get(0).timestamp()).isEqualTo(Instant.parse("2024-03-01T09:30:00Z"));
    }

    @Test
    void invalidUtf8RejectsTheLineAndIsNeverRepaired() {
        byte[] good = (GOOD + "\n").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        in.writeBytes(good);
        in.writeBytes("{\"customer_id\":\"caf".getBytes(StandardCharsets.UTF_8));
        in.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28});
        in.writeBytes(good.clone());
        in.writeBytes(new byte[] {(byte) 0xC0, (byte) 0xAF, '\n'}); // overlong encoding of '/'
        in.writeBytes(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'}); // an encoded surrogate
        in.writeBytes(good);

        Reads r = Reads.of(in.toByteArray(), InteractionFormat.JSON_LINES);

        assertThat(r.report()).extracting(ReadReport::read, ReadReport::accepted, ReadReport::rejected)
                .containsExactly(5L, 2L, 3L);
        assertThat(r.rejections()).extracting(Rejection::line).containsExactly(2L, 3L, 4L);
        assertThat(r.rejections().get(0).reason())
                .isEqualTo("invalid UTF-8 at byte 20 of the line; the line is rejected, not repaired");
        assertThat(r.rejections().get(0).value()).isEqualTo("\\xC3");
        assertThat(r.rejections().get(0).rawLine()).startsWith("{\"customer_id\":\"caf\\xC3(");
        assertThat(r.accepted()).allSatisfy(i -> assertThat(i.customerId().value()).doesNotContain("\uFFFD"));
    }

    @Test
    void aTenMegabyteLineIsRejectedWithoutHoldingItAndTheNextLineIsRead() {
        StringBuilder huge = new StringBuilder(10_100_000).append("{\"customer_id\":\"");
        huge.append("x".repeat(10 * 1024 * 1024)).append("\"}");

        Reads r = Reads.jsonl(GOOD + "\n" + huge + "\n" + GOOD + "\n");

        assertThat(r.report()).extracting(ReadReport::read, ReadReport::accepted, ReadReport::rejected)
                .containsExactly(3L, 2L, 1L);
        Rejection rej = r.rejection();
        assertThat(rej.line()).isEqualTo(2);
        assertThat(rej.reason()).isEqualTo("line is " + (huge.length()) + " bytes long, more than the limit of "
                + InteractionReader.DEFAULT_MAX_LINE_BYTES + " bytes");
        assertThat(rej.rawLine().length()).isLessThanOrEqualTo(InteractionReader.REPORTED_RAW_LINE_CHARS);
    }

    @Test
    void aLongStringWithinTheLineLimitIsStoppedByTheStreamReadConstraintsOfALowerLimit() {
        String line = with("\"comment\":\"" + "y".repeat(3000) + "\"");

        Reads r = Reads.of((line + "\n").getBytes(StandardCharsets.UTF_8), InteractionFormat.JSON_LINES,
                InteractionReader.builder().maxLineBytes(2048));

        assertThat(r.rejection().reason()).startsWith("line is ");
    }

    @Test
    void anEmptyInputReadsNothing() {
        Reads r = Reads.jsonl("");

        assertThat(r.report()).isEqualTo(new ReadReport("test.in", 0, 0, 0, 0, java.util.List.of()));
    }

    @Test
    void blankLinesAreSkippedAndNotCountedButLineNumbersStayPhysical() {
        Reads r = Reads.jsonl("\n  \n" + GOOD + "\n\n{bad\n");

        assertThat(r.report().read()).isEqualTo(2);
        assertThat(r.rejection().line()).isEqualTo(5);
        assertThat(r.accepted().get(0).id()).isEqualTo("test.in:3");
    }

    @Test
    void aByteOrderMarkAtTheStartIsSkipped() {
        Reads r = Reads.jsonl("\uFEFF" + GOOD + "\n");

        assertThat(r.report().accepted()).isEqualTo(1);
    }

    @Test
    void crlfLineEndingsAreRead() {
        Reads r = Reads.jsonl(with("\"comment\":\"ok\"") + "\r\n" + GOOD + "\r\n");

        assertThat(r.report().accepted()).isEqualTo(2);
        assertThat(r.accepted().get(0).feedback()).containsExactly(new Feedback.Verbatim("ok"));
    }

    @Test
    void aLastLineWithoutLineFeedIsRead() {
        Reads r = Reads.jsonl(GOOD + "\n" + GOOD);

        assertThat(r.report().accepted()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"nps\":99999999999999999999|nps",
        "\"nps\":1e400|nps",
        "\"value\":1e999999999|value",
        "\"value\":\"1e2147483648\"|value",
        "\"value\":1e16|value",
        "\"duration_seconds\":1e20|duration_seconds",
        "\"csat\":3,\"csat_scale\":4294967297|csat_scale",
    })
    void hugeNumbersAreRejectedNamingTheField(String fields, String field) {
        Reads r = Reads.jsonl(with(fields) + "\n");

        assertThat(r.rejection().field()).isEqualTo(field);
    }

    @Test
    void aNumberLongerThanTheConstraintIsRejectedByTheParser() {
        Reads r = Reads.jsonl(with("\"value\":" + "9".repeat(200)) + "\n");

        assertThat(r.rejection().reason()).contains("Number value length");
    }

    @Test
    void anEpochMillisTimestampBeyond64BitsIsRejected() {
        Reads r = Reads.jsonl(GOOD.replace("\"2024-03-01T09:30:00Z\"", "\"99999999999999999999\"") + "\n");

        assertThat(r.rejection().reason()).startsWith("timestamp in epoch microseconds must fit in 64 bits");
    }

    @Test
    void aRecordWithoutIdGetsOneFromTheSourceNameAndLine() {
        Reads r = Reads.jsonl("\n" + GOOD + "\n");

        assertThat(r.accepted().get(0).id()).isEqualTo("test.in:2");
    }

    @Test
    void theGeneratedIdUsesTheFileNameNotItsDirectory() {
        assertThat(RecordMapper.generatedId("/data/in/x.jsonl", 7)).isEqualTo("x.jsonl:7");
        assertThat(RecordMapper.generatedId("C:\\in\\x.csv", 7)).isEqualTo("x.csv:7");
        assertThat(RecordMapper.generatedId("a".repeat(300), 7)).matches("[0-9a-f]{8}:7");
    }

    @Test
    void aValueWithoutCurrencyHasNoCurrency() {
        Reads r = Reads.jsonl(with("\"value\":12.5") + "\n");

        assertThat(r.accepted().get(0).value()).contains(new Money(new BigDecimal("12.5"), Money.NO_CURRENCY));
    }

    @Test
    void anUnknownCurrencyIsRejected() {
        Reads r = Reads.jsonl(with("\"value\":12.5,\"currency\":\"EURO\"") + "\n");

        assertThat(r.rejection()).extracting(Rejection::field, Rejection::reason)
                .containsExactly("currency", "currency must be an ISO 4217 code, was 'EURO'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"direction\":\"sideways\"|direction|direction must be inbound or outbound, was 'sideways'",
        "\"automated\":\"yes\"|automated|automated must be true or false, was 'yes'",
        "\"duration_seconds\":-3|duration_seconds|duration_seconds must not be negative, was -3",
        "\"duration_seconds\":\"1.0000000001\"|duration_seconds|duration_seconds must have at most 9 decimals, was 1.0000000001",
        "\"value\":\"ten\"|value|value must be a decimal number, was 'ten'",
        "\"outcome\":\"re\\tsolved\"|outcome|outcome must not contain control characters, was 're\tsolved'",
        "\"attributes\":[1]|attributes|attributes must be a JSON object of names to values, was an array",
        "\"attributes\":{\"a\":{\"b\":1}}|attributes.a|attributes.a must be a string, number or boolean, was an object",
        "\"kind\":[\"x\"]|kind|kind must be a string, number or boolean, was an array",
    })
    void aBadOptionalValueIsRejectedNamingTheField(String fields, String field, String reason) {
        Reads r = Reads.jsonl(with(fields) + "\n");

        assertThat(r.rejection()).extracting(Rejection::field, Rejection::reason).containsExactly(field, reason);
    }

    @Test
    void nullOptionalValuesAreAbsent() {
        Reads r = Reads.jsonl(with("\"nps\":null,\"attributes\":null,\"identifiers\":{\"email\":null}") + "\n");

        Interaction i = r.accepted().get(0);
        assertThat(i.feedback()).isEmpty();
        assertThat(i.attributes()).isEmpty();
        assertThat(i.identifiers()).isEmpty();
        assertThat(i.touchpoint().stage()).isEqualTo(Optional.empty());
    }
}
