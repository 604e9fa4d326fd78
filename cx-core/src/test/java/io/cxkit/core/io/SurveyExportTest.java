package io.cxkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.Interaction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Survey-platform exports with more than one header row. A Qualtrics CSV export (the "Data &amp; Analysis" download,
 * "Use choice text" off) writes the column ids, then a row of question texts, then a row of
 * {@code {"ImportId": ...}} objects naming the account's time zone, then the responses.
 */
class SurveyExportTest {
    private static final String HEAD = """
            StartDate,RecordedDate,ResponseId,RecipientEmail,DistributionChannel,Q1,Q1_NPS_GROUP,Q3
            Start Date,Recorded Date,Response ID,Recipient Email,Distribution Channel,"How likely are you to \
            recommend Acme to a friend or colleague?","How likely are you to recommend Acme to a friend or colleague? \
            - Group",What is the main reason for your score?
            "{""ImportId"":""startDate"",""timeZone"":""America/Denver""}","{""ImportId"":""recordedDate"",\
            ""timeZone"":""America/Denver""}","{""ImportId"":""_recordId""}","{""ImportId"":""recipientEmail""}",\
            "{""ImportId"":""distributionChannel""}","{""ImportId"":""QID1""}","{""ImportId"":""QID1_NPS_GROUP""}",\
            "{""ImportId"":""QID3_TEXT""}"
            """;

    private static final SourceMapping MAPPING = SourceMapping.builder()
            .column("customer_id", "RecipientEmail").column("timestamp", "RecordedDate")
            .column("channel", "DistributionChannel").column("nps", "Q1").column("comment", "Q3")
            .constant("touchpoint", "survey").build();

    private static Reads read(String text, SourceMapping mapping) {
        return Reads.of(text.getBytes(StandardCharsets.UTF_8), InteractionFormat.CSV,
                InteractionReader.builder().mapping(mapping));
    }

    @Test
    void theQuestionAndImportIdRowsAreHeaderRowsAndTheirZoneReadsLocalTimes() {
        String csv = HEAD + """
                2024-03-01 10:00:00,2024-03-01 10:05:00,R_1,a@x.com,email,9,3,"Quick, friendly"
                2024-03-02 11:00:00,2024-03-02 11:05:00,R_2,b@x.com,anonymous,not sure,,
                2024-07-01 08:00:00,2024-07-01 08:05:00,R_3,c@x.com,sms,3,1,Waited on hold
                """;

        Reads r = read(csv, MAPPING);

        // Three responses read, none of the header rows counted: read = accepted + rejected.
        assertThat(r.report().read()).isEqualTo(3);
        assertThat(r.accepted()).extracting(i -> i.customerId().value()).containsExactly("a@x.com", "c@x.com");
        // Denver is UTC-7 in March (MST) and UTC-6 in July (MDT).
        assertThat(r.accepted()).extracting(Interaction::timestamp).containsExactly(
                Instant.parse("2024-03-01T17:05:00Z"), Instant.parse("2024-07-01T14:05:00Z"));
        // The bad answer is on line 5 of the file, and it is reported there.
        assertThat(r.rejection().line()).isEqualTo(5);
        assertThat(r.rejection().field()).isEqualTo("Q1");
        assertThat(r.report().notes()).anyMatch(n -> n.contains("lines 2-3 hold the question texts and ImportIds"))
                .anyMatch(n -> n.contains("read in America/Denver"));
    }

    @Test
    void aZoneTheUserGivesWins() {
        String csv = HEAD + "2024-03-01 10:00:00,2024-03-01 10:05:00,R_1,a@x.com,email,9,3,ok\n";

        Reads r = read(csv, MAPPING.toBuilder().zone(java.time.ZoneId.of("UTC")).build());

        assertThat(r.accepted()).extracting(Interaction::timestamp)
                .containsExactly(Instant.parse("2024-03-01T10:05:00Z"));
        assertThat(r.report().notes()).noneMatch(n -> n.contains("America/Denver"));
    }

    @Test
    void aFileWhoseThirdLineIsNotImportIdsKeepsItsSecondAndThirdLinesAsRecords() {
        String csv = """
                customer_id,timestamp,channel,touchpoint,nps
                A,2024-03-01T10:00:00Z,web,home,9
                B,{"ImportId":"x"},web,home,3
                C,2024-03-01T10:00:00Z,web,home,5
                """;

        Reads r = read(csv, SourceMapping.none());

        assertThat(r.report().read()).isEqualTo(3);
        assertThat(r.accepted()).extracting(i -> i.customerId().value()).containsExactly("A", "C");
        assertThat(r.rejection().line()).isEqualTo(3);
        assertThat(r.report().notes()).noneMatch(n -> n.contains("survey export"));
    }

    @Test
    void aParallelReadSkipsTheSameRowsAndKeepsTrueLineNumbers(@TempDir Path dir) throws IOException {
        StringBuilder sb = new StringBuilder(HEAD);
        java.util.Random random = new java.util.Random(5);
        // Over the size at which reads are cut into chunks, with one bad answer far in.
        for (int i = 0; sb.length() < 9 << 20; i++) {
            String nps = i == 100_000 ? "ten" : Integer.toString(random.nextInt(11));
            sb.append("2024-03-01 10:00:00,2024-03-01 10:05:00,R_").append(i).append(",c").append(i % 900)
                    .append("@x.com,email,").append(nps).append(",1,\"a reason, with a comma\"\n");
        }
        Path f = dir.resolve("qualtrics.csv");
        Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
        InteractionReader reader = InteractionReader.builder().mapping(MAPPING).build();

        List<Interaction> one = new ArrayList<>();
        ReadReport single = reader.read(f, one::add);
        TabularSource.ChunkedRead<List<Interaction>> many = reader.readInParallel(f, 2, ArrayList::new, List::add);
        List<Interaction> joined = new ArrayList<>();
        many.states().forEach(joined::addAll);

        assertThat(many.report()).isEqualTo(single);
        assertThat(joined).isEqualTo(one);
        assertThat(single.rejected()).isEqualTo(1);
        assertThat(single.firstRejections().get(0).line()).isEqualTo(100_000 + 4);
        assertThat(one.get(0).timestamp()).isEqualTo(Instant.parse("2024-03-01T17:05:00Z"));
    }
}
