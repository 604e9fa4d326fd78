package io.cxkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.core.Money;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Third-party exports read as interactions through a {@link SourceMapping}, as users have them. */
class MappedExportTest {

    /** The shape of a public customer-support-ticket dataset: one row per ticket, quoted multi-line text. */
    static final String TICKETS = """
            Ticket ID,Customer Name,Customer Email,Ticket Channel,Ticket Description,First Response Time,\
            Customer Satisfaction Rating
            1,Marisa Obrien,carrollallison@example.com,Social media,"I'm having an issue with the {product_purchased}.
            Please assist.

            Thanks, \"\"Marisa\"\"\",01-06-2023 12:15,3.0
            2,Jessica Rios,clarkeashley@example.com,Chat,"The screen, it flickers",2023-06-01 12:15,
            3,Christopher Robbins,gonzalestracy@example.com,Email,Broken,31-05-2023 21:53,10.00
            4,Christina Dillon,bradleyolson@example.org,Phone,Slow,31-05-2023 21:53,3.5
            """;

    static final SourceMapping TICKET_MAPPING = SourceMapping.fromJson("""
            {"zone": "UTC", "timestamp_format": "dd-MM-yyyy HH:mm", "keep_unmapped": true,
             "fields": {
               "interaction_id": "Ticket ID",
               "customer_id": "Customer Email",
               "channel": {"column": "Ticket Channel", "aliases": {"Social media": "social"}},
               "touchpoint": {"const": "support_ticket"},
               "timestamp": "First Response Time",
               "comment": "Ticket Description",
               "rating": "Customer Satisfaction Rating"
             }}
            """);

    private static Reads read(String text, SourceMapping mapping) {
        return Reads.of(text.getBytes(StandardCharsets.UTF_8), InteractionFormat.CSV,
                InteractionReader.builder().mapping(mapping));
    }

    @Test
    void aSupportTicketExportIsReadByNamingItsColumns() {
        Reads r = read(TICKETS, TICKET_MAPPING);

        assertThat(r.report().read()).isEqualTo(4);
        Interaction first = r.accepted().get(0);
        assertThat(first.id()).isEqualTo("1");
        assertThat(first.customerId().value()).isEqualTo("carrollallison@example.com");
        assertThat(first.channel().name()).isEqualTo("social");
        assertThat(first.touchpoint().id()).isEqualTo("support_ticket");
        assertThat(first.timestamp()).isEqualTo(Instant.parse("2023-06-01T12:15:00Z"));
        assertThat(first.feedback()).contains(new Feedback.Rating(3, 5),
                new Feedback.Verbatim("I'm having an issue with the {product_purchased}.\nPlease assist.\n\n"
                        + "Thanks, \"Marisa\""));
        assertThat(first.attributes()).containsEntry("customer_name", "Marisa Obrien");
        // Row 2's date is in another shape, "10.00" is out of a five-point scale and "3.5" is not whole: each is
        // rejected with its line, the column as the file names it, and the value.
        assertThat(r.rejections()).extracting(Rejection::line, Rejection::field, Rejection::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(6L, "First Response Time", "2023-06-01 12:15"),
                        org.assertj.core.groups.Tuple.tuple(7L, "Customer Satisfaction Rating", "10.00"),
                        org.assertj.core.groups.Tuple.tuple(8L, "Customer Satisfaction Rating", "3.5"));
        assertThat(r.rejections().get(2).reason()).isEqualTo("rating must be a whole number, was '3.5'");
        assertThat(r.accepted()).extracting(Interaction::id).containsExactly("1");
    }

    @Test
    void theTicketExportWithATenPointScaleAcceptsTenPointZero() {
        SourceMapping m = TICKET_MAPPING.toBuilder().constant("rating_scale", "10").build();
        Reads r = read(TICKETS, m);

        assertThat(r.accepted()).extracting(Interaction::id).containsExactly("1", "3");
        assertThat(r.accepted().get(1).feedback()).contains(new Feedback.Rating(10, 10));
    }

    @Test
    void aSemicolonExportWithDecimalCommasIsRead() {
        String csv = "customer_id;timestamp;channel;touchpoint;value;currency;duration_seconds\n"
                + "c1;2024-03-01 09:30;web;shop;12,50;EUR;90,5\n";
        SourceMapping m = SourceMapping.builder().zone(java.time.ZoneId.of("Europe/Paris"))
                .dialect(Dialect.parse("auto", true)).build();

        Reads r = read(csv, m);

        assertThat(r.rejections()).isEmpty();
        Interaction i = r.accepted().get(0);
        assertThat(i.value()).contains(new Money(new BigDecimal("12.50"), java.util.Currency.getInstance("EUR")));
        assertThat(i.duration()).contains(java.time.Duration.ofMillis(90_500));
        assertThat(i.timestamp()).isEqualTo(Instant.parse("2024-03-01T08:30:00Z"));
    }

    @Test
    void epochSecondsAndMillisecondsAreBothReadAndTheReportSaysWhichUnit() {
        String csv = "customer_id,timestamp,channel,touchpoint,nps\nB,1709285400,web,home,10\nC,1709285400000,web,home,9\n";

        Reads r = read(csv, SourceMapping.none());

        assertThat(r.accepted()).extracting(Interaction::timestamp)
                .containsOnly(Instant.parse("2024-03-01T09:30:00Z"));
        assertThat(r.report().notes()).anyMatch(n -> n.contains("epoch seconds (1 values)"));
    }

    @Test
    void aFileWithoutAHeaderIsMappedByColumnPosition() {
        String tsv = "carol@x.com\t2024-03-01T09:30:00Z\tchat\t9\nbob@x.com\t2024-03-02T09:30:00Z\tweb\tnine\n";
        SourceMapping m = SourceMapping.fromJson("""
                {"header": false, "fields": {"customer_id": "1", "timestamp": "2", "channel": "3", "nps": "4",
                 "touchpoint": {"const": "survey"}}}
                """);

        Reads r = read(tsv, m);

        assertThat(m.header()).isFalse();
        assertThat(r.report().read()).isEqualTo(2);
        assertThat(r.accepted()).extracting(i -> i.customerId().value()).containsExactly("carol@x.com");
        assertThat(r.rejection().line()).isEqualTo(2);
        assertThat(r.rejection().field()).isEqualTo("4");
        assertThat(InteractionFormat.forPath(Path.of("dev.tsv"))).isEqualTo(InteractionFormat.CSV);
        assertThatThrownBy(() -> InteractionWriter.builder().open(Path.of("out.tsv")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name the file .csv");
    }

    @Test
    void compactDatesAreReadAsDaysInTheZoneAndTheReportSaysSo() {
        String csv = "customer_id,timestamp,channel,touchpoint,nps\nA,20230601,web,home,9\nB,20230602,web,home,3\n";

        Reads r = read(csv, SourceMapping.builder().zone(java.time.ZoneId.of("UTC")).build());

        assertThat(r.rejections()).isEmpty();
        assertThat(r.accepted()).extracting(Interaction::timestamp).containsExactly(
                Instant.parse("2023-06-01T00:00:00Z"), Instant.parse("2023-06-02T00:00:00Z"));
        assertThat(r.report().notes()).anyMatch(n -> n.contains("yyyyMMdd dates (2 values)"));
    }

    @Test
    void aMappingThatNamesAMissingColumnOrAnUnknownFieldFailsBeforeReading() {
        SourceMapping missing = SourceMapping.builder().column("customer_id", "Email").build();
        assertThatThrownBy(() -> InteractionReader.builder().mapping(missing).build().read("t.csv",
                new ByteArrayInputStream(TICKETS.getBytes(StandardCharsets.UTF_8)), InteractionFormat.CSV, i -> { }))
                .isInstanceOf(ReadFailedException.class).hasMessageContaining("column 'Email'")
                .hasMessageContaining("'Customer Email'");
        SourceMapping unknown = TICKET_MAPPING.toBuilder().column("satisfaction", "Customer Satisfaction Rating")
                .build();
        assertThatThrownBy(() -> InteractionReader.builder().mapping(unknown).build().read("t.csv",
                new ByteArrayInputStream(TICKETS.getBytes(StandardCharsets.UTF_8)), InteractionFormat.CSV, i -> { }))
                .isInstanceOf(ReadFailedException.class).hasMessageContaining("field 'satisfaction'")
                .hasMessageContaining("customer_id");
    }

    @Test
    void aMappingFileWithAnUnknownPatternOrZoneFailsWithAClearMessage() {
        assertThatThrownBy(() -> SourceMapping.fromJson("{\"timestamp_format\": \"dd-MM-yyyy {\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a java.time pattern");
        assertThatThrownBy(() -> SourceMapping.fromJson("{\"zone\": \"Mars/Base\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a known time zone");
        assertThatThrownBy(() -> SourceMapping.fromJson("{\"felds\": {}}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown key 'felds'");
    }

    @Test
    void severalSourcesAreListedInOneMappingFile(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("sources.json");
        Files.writeString(json, """
                {"sources": [
                  {"file": "tickets.csv", "zone": "UTC", "fields": {"customer_id": "Email"}},
                  {"file": "survey.csv", "delimiter": ";", "fields": {"nps": "Score"}}
                ]}
                """);
        SourceSet.MappingFile f = SourceSet.read(json);
        assertThat(f).isInstanceOf(SourceSet.Several.class);
        List<SourceSet.Source> sources = ((SourceSet.Several) f).set().sources();
        assertThat(sources).extracting(SourceSet.Source::file)
                .containsExactly(dir.toAbsolutePath().resolve("tickets.csv"), dir.toAbsolutePath().resolve("survey.csv"));
        assertThat(sources.get(1).mapping().dialect()).contains(Dialect.parse(";", false));
        assertThat(sources.get(0).mapping().fields()).containsKey("customer_id");
        List<Map<String, FieldMapping>> all = new ArrayList<>();
        sources.forEach(s -> all.add(s.mapping().fields()));
        assertThat(all).hasSize(2);
    }
}
