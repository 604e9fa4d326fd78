package io.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The input options every table-reading command shares, and several sources read as one. */
class SourceOptionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theSampleSplitIntoThreeExportsGivesEveryFigureOfTheReportOnTheSample() throws IOException {
        Path split = dir.resolve("split");
        CxRun gen = CxRun.of("generate", "--customers", String.valueOf(EmbeddedSample.CUSTOMERS), "--seed",
                String.valueOf(EmbeddedSample.SEED), "--split-sources", split.toString());
        assertThat(gen.exit()).as(gen.err()).isZero();
        assertThat(split.resolve("tickets.csv")).exists();
        assertThat(Files.readString(split.resolve("survey.csv")).lines().findFirst().orElseThrow()).contains(";");

        CxRun fromSources = CxRun.of("report", "--mapping", split.resolve("sources.json").toString(), "--format",
                "json");
        CxRun fromSample = CxRun.of("report", "--format", "json");
        assertThat(fromSources.exit()).as(fromSources.err()).isZero();

        JsonNode a = JSON.readTree(fromSources.out());
        JsonNode b = JSON.readTree(fromSample.out());
        JsonNode overviewA = a.get("sections").get("overview").get("content");
        JsonNode overviewB = b.get("sections").get("overview").get("content");
        // What was read differs by construction (three files against one); the accepted total does not.
        long accepted = 0;
        for (JsonNode r : overviewA.get("read")) {
            accepted += r.get("accepted").asLong();
            assertThat(r.get("rejected").asLong()).isZero();
        }
        assertThat(accepted).isEqualTo(overviewB.get("read").get(0).get("accepted").asLong());
        ((ObjectNode) overviewA).remove("read");
        ((ObjectNode) overviewB).remove("read");
        assertThat(a).isEqualTo(b);
    }

    @Test
    void aTicketExportIsReadWithMapConstAliasFormatAndZoneOptions() throws IOException {
        Path f = dir.resolve("tickets.csv");
        Files.writeString(f, """
                Ticket ID,Customer Email,Ticket Channel,First Response Time,Customer Satisfaction Rating
                1,a@example.com,Social media,01-06-2023 12:15,3.0
                2,b@example.com,Chat,02-06-2023 09:00,5.0
                3,c@example.com,Chat,02-06-2023 10:00,3.5
                """);
        CxRun r = CxRun.of("validate", "--input", f.toString(), "--map", "customer_id=Customer Email",
                "--map", "channel=Ticket Channel", "--map", "timestamp=First Response Time",
                "--map", "csat=Customer Satisfaction Rating", "--map", "interaction_id=Ticket ID",
                "--const", "touchpoint=support_ticket", "--alias", "channel:Social media=social",
                "--timestamp-format", "dd-MM-yyyy HH:mm", "--zone", "Europe/Paris", "--format", "json");

        JsonNode report = JSON.readTree(r.out());
        assertThat(report.get("accepted").asLong()).isEqualTo(2);
        assertThat(report.get("rejected").asLong()).isEqualTo(1);
        JsonNode rejection = report.get("rejections").get(0);
        assertThat(rejection.get("line").asLong()).isEqualTo(4);
        assertThat(rejection.get("field").asText()).isEqualTo("Customer Satisfaction Rating");
        assertThat(rejection.get("value").asText()).isEqualTo("3.5");
    }

    @Test
    void aMappingToAMissingColumnFailsBeforeReadingListingTheColumns() throws IOException {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, "a,b\n1,2\n");
        CxRun r = CxRun.of("metrics", "--input", f.toString(), "--map", "customer_id=Email");

        assertThat(r.exit()).isEqualTo(Cx.EXIT_INPUT);
        assertThat(r.err()).contains("column 'Email'").contains("'a', 'b'");
    }

    @Test
    void anUnknownTimestampPatternIsBadUsage() throws IOException {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, "a,b\n1,2\n");
        CxRun r = CxRun.of("metrics", "--input", f.toString(), "--timestamp-format", "dd-MM-yyyy {");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("not a java.time pattern");
    }
}
