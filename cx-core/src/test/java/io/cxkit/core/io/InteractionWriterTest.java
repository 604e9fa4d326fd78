package io.cxkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.Channel;
import io.cxkit.core.CustomerId;
import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.core.Touchpoint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class InteractionWriterTest {
    private static final Interaction BASE = Interaction.builder("i1", CustomerId.of("c1"),
            Touchpoint.of("home", Channel.WEB), Instant.parse("2024-03-01T09:30:00Z")).build();

    static byte[] write(InteractionFormat format, List<Interaction> interactions, InteractionWriter.Builder b)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InteractionWriter w = b.format(format).open(out)) {
            for (Interaction i : interactions) {
                w.write(i);
            }
        }
        return out.toByteArray();
    }

    @ParameterizedTest
    @EnumSource(InteractionFormat.class)
    void seededRandomInteractionsReadBackEqual(InteractionFormat format) throws IOException {
        for (long seed = 1; seed <= 20; seed++) {
            List<Interaction> in = new RandomInteractions(seed).list(200);

            Reads back = Reads.of(write(format, in, InteractionWriter.builder().columnsOf(in)), format);

            assertThat(back.rejections()).as("seed %d", seed).isEmpty();
            assertThat(back.accepted()).as("seed %d", seed).isEqualTo(in);
        }
    }

    @ParameterizedTest
    @EnumSource(InteractionFormat.class)
    void anUnresolvedCustomerIsWrittenAsAnEmptyCustomerIdAndReadsBackEqual(InteractionFormat format)
            throws IOException {
        Interaction onlyEmail = Interaction.builder("i9", CustomerId.unresolved("i9"),
                Touchpoint.of("home", Channel.WEB), Instant.parse("2024-03-01T09:30:00Z"))
                .identifier("email", "ann@example.com").build();
        List<Interaction> in = List.of(BASE.toBuilder().identifier("email", "bob@example.com").build(), onlyEmail);

        byte[] bytes = write(format, in, InteractionWriter.builder().columnsOf(in));
        Reads back = Reads.of(bytes, format);

        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain(CustomerId.UNRESOLVED_PREFIX);
        assertThat(text).contains(format == InteractionFormat.CSV ? "i9,," : "\"customer_id\":\"\"");
        assertThat(back.rejections()).isEmpty();
        assertThat(back.accepted()).isEqualTo(in);
    }

    @Test
    void jsonLinesHasOneObjectPerLineWithNumbersAsNumbers() throws IOException {
        Interaction i = BASE.toBuilder().feedback(new Feedback.Nps(9)).attribute("plan", "gold").build();

        String text = new String(write(InteractionFormat.JSON_LINES, List.of(i, i), InteractionWriter.builder()),
                StandardCharsets.UTF_8);

        String line = "{\"interaction_id\":\"i1\",\"customer_id\":\"c1\",\"timestamp\":\"2024-03-01T09:30:00Z\","
                + "\"channel\":\"web\",\"touchpoint\":\"home\",\"automated\":false,\"nps\":9,"
                + "\"attributes\":{\"plan\":\"gold\"}}\n";
        assertThat(text).isEqualTo(line + line);
    }

    @Test
    void csvHasTheSchemaColumnsThenSortedAttributeAndIdentifierColumns() throws IOException {
        Interaction i = BASE.toBuilder().attribute("zone", "z").attribute("plan", "gold").identifier("email", "e")
                .build();

        String text = new String(write(InteractionFormat.CSV, List.of(i), InteractionWriter.builder()),
                StandardCharsets.UTF_8);

        assertThat(text).isEqualTo("interaction_id,customer_id,timestamp,channel,touchpoint,stage,journey_id,kind,"
                + "direction,automated,duration_seconds,outcome,value,currency,nps,csat,csat_scale,ces,rating,"
                + "rating_scale,comment,attr.plan,attr.zone,id.email\n"
                + "i1,c1,2024-03-01T09:30:00Z,web,home,,,,,false,,,,,,,,,,,,gold,z,e\n");
    }

    @Test
    void aCsvRecordWithAnAttributeOutsideTheColumnsFailsRatherThanLosingIt() {
        Interaction other = BASE.toBuilder().attribute("region", "north").build();

        assertThatThrownBy(() -> write(InteractionFormat.CSV, List.of(BASE, other), InteractionWriter.builder()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("interaction i1 has attribute 'region' but the CSV has no column attr.region; name the "
                        + "columns with InteractionWriter.builder().columnsOf(...) or .attributeColumns(...)");
    }

    @Test
    void namedCsvColumnsMayBeEmptyOnARow() throws IOException {
        byte[] csv = write(InteractionFormat.CSV, List.of(BASE),
                InteractionWriter.builder().attributeColumns(Set.of("plan")).identifierColumns(Set.of("email")));

        assertThat(Reads.of(csv, InteractionFormat.CSV).accepted()).containsExactly(BASE);
    }

    @Test
    void aCsvFileWithNoRecordsStillHasItsHeader() throws IOException {
        byte[] csv = write(InteractionFormat.CSV, List.of(), InteractionWriter.builder());

        assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("interaction_id,customer_id,");
        assertThat(Reads.of(csv, InteractionFormat.CSV).report().read()).isZero();
    }

    @Test
    void twoAnswersOfOneKindCannotBeWrittenFlat() {
        Interaction twice = BASE.toBuilder().feedback(new Feedback.Nps(3)).feedback(new Feedback.Nps(4)).build();

        assertThatThrownBy(() -> write(InteractionFormat.JSON_LINES, List.of(twice), InteractionWriter.builder()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("interaction i1 holds more than one nps answer; the flat schema holds at most one "
                        + "answer of each kind");
    }

    @Test
    void feedbackReadsBackInSchemaOrder() throws IOException {
        Interaction i = BASE.toBuilder().feedback(new Feedback.Verbatim("hi")).feedback(new Feedback.Ces(3))
                .feedback(new Feedback.Nps(9)).build();

        Reads back = Reads.of(write(InteractionFormat.JSON_LINES, List.of(i), InteractionWriter.builder()),
                InteractionFormat.JSON_LINES);

        assertThat(back.accepted().get(0).feedback())
                .containsExactly(new Feedback.Nps(9), new Feedback.Ces(3), new Feedback.Verbatim("hi"));
    }

    @Test
    void timestampsAtTheEdgesOfTheAcceptedYearsReadBackEqual() throws IOException {
        List<Interaction> in = List.of(BASE.toBuilder().timestamp(Instant.parse("2149-12-31T23:59:59.5Z")).build(),
                BASE.toBuilder().timestamp(Instant.parse("1900-01-01T00:00:00Z")).build());

        Reads back = Reads.of(write(InteractionFormat.CSV, in, InteractionWriter.builder()), InteractionFormat.CSV);

        assertThat(back.accepted()).isEqualTo(in);
    }

    @Test
    void timestampsTheAnalysesCannotHoldAreWrittenButRejectedOnRead() throws IOException {
        List<Interaction> in = List.of(BASE.toBuilder().timestamp(Instant.parse("+10000-01-01T00:00:00Z")).build(),
                BASE.toBuilder().timestamp(Instant.parse("-0001-12-31T23:59:59.5Z")).build());

        Reads back = Reads.of(write(InteractionFormat.CSV, in, InteractionWriter.builder()), InteractionFormat.CSV);

        assertThat(back.accepted()).isEmpty();
        assertThat(back.rejections()).extracting(Rejection::reason)
                .allSatisfy(r -> assertThat(r).contains("outside the years 1900..2149"));
    }

    @Test
    void aTimestampBeyondWhatIsoTextCarriesIsRefused() {
        Interaction max = BASE.toBuilder().timestamp(Instant.MAX).build();

        assertThatThrownBy(() -> write(InteractionFormat.JSON_LINES, List.of(max), InteractionWriter.builder()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("interaction i1: timestamp +1000000000-12-31T23:59:59.999999999Z lies outside the years "
                        + "-999999999..999999999 that ISO-8601 text can carry");
    }

    @Test
    void writingAfterCloseFails() throws IOException {
        InteractionWriter w = InteractionWriter.builder().format(InteractionFormat.JSON_LINES)
                .open(new ByteArrayOutputStream());
        w.close();

        assertThatThrownBy(() -> w.write(BASE)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aStreamWriterNeedsAFormat() {
        assertThatThrownBy(() -> InteractionWriter.builder().open(new ByteArrayOutputStream()))
                .isInstanceOf(IllegalStateException.class);
    }
}
