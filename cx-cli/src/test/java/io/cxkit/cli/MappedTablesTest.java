package io.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every table a command reads besides --input takes the same mapping options (--map, --const, --alias,
 * --timestamp-format, --zone, --delimiter, --decimal-comma, --mapping): clv's --transactions, --summary and
 * --survivors, and attribution's --paths. A mapped export must give exactly what the same rows give under the
 * standard names, and a mapping that names a missing column is bad input (exit 2) listing the columns.
 */
class MappedTablesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static JsonNode json(CxRun r) throws IOException {
        assertThat(r.exit()).as(r.err()).isZero();
        ObjectNode n = (ObjectNode) JSON.readTree(r.out());
        n.remove("input");
        return n;
    }

    /** Six purchases of three customers, as a European shop exports them: ';', day-first dates, decimal commas. */
    private Path shopExport() throws IOException {
        return file("orders.csv", """
                Kunde;Datum;Betrag
                A1;05-01-2024;12,50
                A1;20-02-2024;7,25
                B2;10-01-2024;30,00
                B2;11-03-2024;5,00
                B2;01-04-2024;8,10
                C3;15-01-2024;4,00
                """);
    }

    private static final String[] SHOP_MAPPING = {"--map", "customer_id=Kunde", "--map", "date=Datum", "--map",
        "amount=Betrag", "--timestamp-format", "dd-MM-yyyy", "--delimiter", ";", "--decimal-comma"};

    private static String[] args(String[] head, String[] mapping, String... tail) {
        String[] all = new String[head.length + mapping.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(mapping, 0, all, head.length, mapping.length);
        System.arraycopy(tail, 0, all, head.length + mapping.length, tail.length);
        return all;
    }

    @Test
    void clvTransactionsFromAMappedSemicolonExportWithDayFirstDatesMatchTheStandardTable() throws IOException {
        Path standard = file("standard.csv", "customer_id,date,amount\nA1,2024-01-05,12.50\nA1,2024-02-20,7.25\n"
                + "B2,2024-01-10,30.00\nB2,2024-03-11,5.00\nB2,2024-04-01,8.10\nC3,2024-01-15,4.00\n");
        String[] tail = {"--unit", "day", "--calibration-end", "2024-04-30", "--format", "json"};
        JsonNode mapped = json(CxRun.of(args(new String[] {"clv", "predict", "--transactions",
            shopExport().toString()}, SHOP_MAPPING, tail)));
        JsonNode plain = json(CxRun.of(args(new String[] {"clv", "predict", "--transactions", standard.toString()},
                new String[0], tail)));
        assertThat(mapped).isEqualTo(plain);
        // A1 bought on 5 January and 20 February (7,25): one repeat, 46 days after the first, 116 days to 30 April.
        JsonNode a1 = null;
        for (JsonNode c : mapped.get("customers")) {
            if (c.get("customer").asText().equals("A1")) {
                a1 = c;
            }
        }
        assertThat(a1).isNotNull();
        assertThat(a1.get("x").asLong()).isEqualTo(1);
        assertThat(a1.get("t_x").asDouble()).isEqualTo(46.0);
        assertThat(a1.get("T").asDouble()).isEqualTo(116.0);
        assertThat(a1.get("monetary").asDouble()).isEqualTo(7.25);
    }

    @Test
    void clvReadsTheSameMappingFromAMappingFile() throws IOException {
        Path mapping = file("orders.json", """
                {"fields": {"customer_id": "Kunde", "date": "Datum", "amount": "Betrag"},
                 "timestamp_format": "dd-MM-yyyy", "delimiter": ";", "decimal_comma": true}
                """);
        String[] tail = {"--unit", "day", "--calibration-end", "2024-04-30", "--format", "json"};
        JsonNode fromFile = json(CxRun.of(args(new String[] {"clv", "predict", "--transactions",
            shopExport().toString(), "--mapping", mapping.toString()}, new String[0], tail)));
        JsonNode fromOptions = json(CxRun.of(args(new String[] {"clv", "predict", "--transactions",
            shopExport().toString()}, SHOP_MAPPING, tail)));
        assertThat(fromFile).isEqualTo(fromOptions);
    }

    @Test
    void aTransactionMappingNamingAMissingColumnIsBadInputListingTheColumns() throws IOException {
        CxRun r = CxRun.of("clv", "fit", "--transactions", shopExport().toString(), "--map", "customer_id=Client",
                "--map", "date=Datum", "--timestamp-format", "dd-MM-yyyy");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("orders.csv:1: customer_id 'Client'")
                .contains("the columns are 'Kunde', 'Datum', 'Betrag'").contains("--map").doesNotContain("Exception");
    }

    @Test
    void clvSummariesWithRenamedColumnsAndDecimalCommasMatchTheStandardSummary() throws IOException {
        Path mapped = file("sum.csv", "Kunde;Freq;Rec;Alter;Wert\na;0;0;30;0\nb;2;20;30;12,5\nc;5;29;30;3,25\n"
                + "d;1;5;30;8\ne;3;12;25;4\nf;0;0;12;0\ng;1;28;30;9\n");
        Path standard = file("standard.csv", "customer,x,t_x,T,monetary\na,0,0,30,0\nb,2,20,30,12.5\n"
                + "c,5,29,30,3.25\nd,1,5,30,8\ne,3,12,25,4\nf,0,0,12,0\ng,1,28,30,9\n");
        JsonNode a = json(CxRun.of("clv", "fit", "--summary", mapped.toString(), "--map", "customer=Kunde", "--map",
                "x=Freq", "--map", "t_x=Rec", "--map", "T=Alter", "--map", "monetary=Wert", "--delimiter", ";",
                "--decimal-comma", "--format", "json"));
        JsonNode b = json(CxRun.of("clv", "fit", "--summary", standard.toString(), "--format", "json"));
        assertThat(a).isEqualTo(b);
        assertThat(a.get("customers").asInt()).isEqualTo(7);

        CxRun missing = CxRun.of("clv", "fit", "--summary", mapped.toString(), "--map", "customer=Kunde",
                "--map", "x=Frequency");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("sum.csv:1: x 'Frequency'").contains("'Kunde', 'Freq', 'Rec'");
    }

    @Test
    void survivorsWithRenamedColumnsFitTheShiftedBetaGeometricOfFaderAndHardie() throws IOException {
        // Fader & Hardie (2007), "How to project customer retention", the "regular" cohort: alpha 0.704, beta 1.182.
        Path f = file("cohort.csv", "Monat;Kunden\n0;1000\n1;631\n2;468\n3;382\n4;326\n5;289\n6;262\n7;241\n");
        CxRun r = CxRun.of("clv", "fit", "--model", "sbg", "--survivors", f.toString(), "--map", "period=Monat",
                "--map", "survivors=Kunden", "--format", "json");
        JsonNode j = json(r);
        assertThat(j.get("params").get("alpha").asDouble()).isCloseTo(0.704, within(5e-4));
        assertThat(j.get("params").get("beta").asDouble()).isCloseTo(1.182, within(5e-4));

        CxRun missing = CxRun.of("clv", "fit", "--model", "sbg", "--survivors", f.toString(), "--map",
                "period=Month");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("cohort.csv:1: period 'Month'").contains("'Monat', 'Kunden'");
    }

    /** Worked case B of docs/journey.md (Bryl 2016) as a PathData export with its own column names. */
    private Path brylExport() throws IOException {
        return file("paths.csv", "Journey;Sales;Revenue;Lost\nC1 > C2 > C3;1;1000,5;0\nC1;0;0;1\nC2 > C3;0;0;1\n");
    }

    @Test
    void attributionPathsWithRenamedColumnsGiveBrylsRemovalEffects() throws IOException {
        CxRun r = CxRun.of("attribution", "--paths", brylExport().toString(), "--map", "path=Journey", "--map",
                "total_conversions=Sales", "--map", "total_conversion_value=Revenue", "--map", "total_null=Lost",
                "--delimiter", ";", "--decimal-comma", "--format", "json");
        JsonNode j = json(r);
        assertThat(j.get("p_conversion").asDouble()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(j.get("total_value").asDouble()).isEqualTo(1000.5);
        JsonNode c1 = j.get("channels").get(0);
        assertThat(c1.get("channel").asText()).isEqualTo("C1");
        assertThat(c1.get("removal_effect").asDouble()).isCloseTo(0.5, within(1e-12));
        assertThat(c1.get("markov_value").asDouble()).isCloseTo(200.1, within(1e-9));
        // The old column options are aliases of --map: the same figures.
        CxRun old = CxRun.of("attribution", "--paths", brylExport().toString(), "--path-col", "Journey",
                "--conversions-col", "Sales", "--value-col", "Revenue", "--nulls-col", "Lost", "--decimal-comma",
                "--format", "json");
        assertThat(json(old)).isEqualTo(j);
    }

    @Test
    void attributionTakesAConstantForAColumnTheExportLacks() throws IOException {
        Path f = file("conv.csv", "Journey,Sales\nC1 > C2,2\nC2,1\n");
        JsonNode j = json(CxRun.of("attribution", "--paths", f.toString(), "--map", "path=Journey", "--map",
                "total_conversions=Sales", "--const", "total_null=0", "--format", "json"));
        // Every journey converts: P(conversion) is 1, and first touch credits C1 with 2 and C2 with 1.
        assertThat(j.get("p_conversion").asDouble()).isEqualTo(1.0);
        assertThat(List.of(j.get("channels").get(0).get("first").asDouble(),
                j.get("channels").get(1).get("first").asDouble())).containsExactly(2.0, 1.0);
    }

    @Test
    void anAttributionMappingNamingAMissingColumnIsBadInputListingTheColumns() throws IOException {
        CxRun r = CxRun.of("attribution", "--paths", brylExport().toString(), "--map", "path=Route");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("paths.csv:1: path 'Route'")
                .contains("'Journey', 'Sales', 'Revenue', 'Lost'").doesNotContain("Exception");
    }
}
