package io.cxkit.cli.segments;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxkit.cli.Cx;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SegmentsCommandTest {
    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cl = Cx.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void rfmJsonAccountsForEveryCustomerOfTheSample() throws IOException {
        Run r = run("segments", "rfm", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("schema_version").asInt()).isPositive();
        int scored = 0;
        for (JsonNode s : root.get("segments")) {
            scored += s.get("customers").asInt();
        }
        assertThat(scored + root.get("without_purchase").asInt()).isEqualTo(root.get("customers").asInt());
        assertThat(root.get("personas").get(0).get("description").asText()).contains("customers");
    }

    @Test
    void featuresCarryPAliveAndClvFromAConvergedFitAndPersonasTheirClvShare() throws IOException {
        Run r = run("segments", "features", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(r.out()).get("rows");
        int withScore = 0;
        for (JsonNode row : rows) {
            JsonNode p = row.get("scores").get("p_alive");
            if (p != null) {
                withScore++;
                assertThat(p.asDouble()).isBetween(0.0, 1.0);
            }
        }
        assertThat(withScore).isPositive();
        Run personas = run("segments", "personas", "--format", "json");
        double share = 0;
        for (JsonNode c : new ObjectMapper().readTree(personas.out()).get("personas")) {
            share += c.get("clv_share").asDouble();
        }
        assertThat(share).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void clusterJsonCarriesInertiaKAndEachCustomersCluster() throws IOException {
        Run r = run("segments", "cluster", "--k", "3", "--seed", "7", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("k").asInt()).isEqualTo(3);
        assertThat(root.get("inertia").asDouble()).isPositive();
        assertThat(root.get("assignments").size()).isEqualTo(root.get("rows").asInt());
        long total = 0;
        for (JsonNode c : root.get("clusters")) {
            total += c.get("size").asLong();
        }
        assertThat(total).isEqualTo(root.get("rows").asLong());
    }

    @Test
    void signalsCsvHasOneRowPerCustomer() {
        Run r = run("segments", "signals", "--format", "csv");
        assertThat(r.exit()).as(r.err()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines[0]).startsWith("customer,preferred_channel,");
        Run f = run("segments", "features", "--format", "csv");
        assertThat(lines.length).isEqualTo(f.out().split("\n").length);
    }

    @Test
    void aPlainNumericTableIsClusteredAndABadCellRejectsItsRowNamingTheColumn(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("points.csv");
        Files.writeString(f, "id;x;y\nA;1,0;2\nB;1,2;2,1\nC;9;9\nD;9,1;;\n".replace(";;", ";"));
        Run r = run("segments", "cluster", "--table", f.toString(), "--columns", "x,y", "--id", "id", "--k", "2",
                "--format", "json");
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("x '1,0'");
        Path g = dir.resolve("points2.csv");
        Files.writeString(g, "id,x,y\nA,1,2\nB,1.2,2.1\nC,9,9\nD,9.1,\n");
        Run ok = run("segments", "cluster", "--table", g.toString(), "--columns", "x,y", "--id", "id", "--k", "2",
                "--format", "json");
        assertThat(ok.exit()).as(ok.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(ok.out());
        assertThat(root.get("rows").asInt()).isEqualTo(4);
        assertThat(root.get("imputed").get("y").asInt()).isEqualTo(1);
        assertThat(root.get("assignments").get(0).get("id").asText()).isEqualTo("A");
        assertThat(root.get("assignments").get(0).get("cluster").asInt())
                .isEqualTo(root.get("assignments").get(1).get("cluster").asInt())
                .isNotEqualTo(root.get("assignments").get(2).get("cluster").asInt());
    }

    @Test
    void metricsBreakDownByRfmSegmentAndByAJoinedSegmentFileAlike(@TempDir Path dir) throws IOException {
        Run rfm = run("metrics", "--metric", "nps", "--by", "segment=rfm", "--format", "json");
        assertThat(rfm.exit()).as(rfm.err()).isZero();
        Run scores = run("segments", "rfm", "--per-customer", "--format", "csv");
        Path file = dir.resolve("segments.csv");
        Files.writeString(file, scores.out());
        Run joined = run("metrics", "--metric", "nps", "--segments", file.toString(), "--format", "json");
        assertThat(joined.exit()).as(joined.err()).isZero();
        JsonNode a = new ObjectMapper().readTree(rfm.out());
        JsonNode b = new ObjectMapper().readTree(joined.out());
        assertThat(a.toString()).contains("\"rfm_segment\":\"Loyal\"");
        // The same customers in the same segments give the same NPS per segment.
        assertThat(b.toString().replace("\"segment\":", "\"rfm_segment\":")).isEqualTo(a.toString());
    }

    @Test
    void anUnknownCustomerIsBadInputNamingIt() {
        Run r = run("segments", "signals", "--customer", "NOBODY");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("'NOBODY' is not in the data");
    }

    @Test
    void anUnknownFeatureIsBadUsageListingTheKnownOnes() {
        Run r = run("segments", "cluster", "--features", "recency_days,shoe_size");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("shoe_size").contains("known: recency_days");
    }

    @Test
    void moreClustersThanDistinctCustomersIsBadInput(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("two.csv");
        Files.writeString(f, "interaction_id,customer_id,touchpoint,channel,timestamp\n"
                + "i1,A,home,web,2025-01-01T00:00:00Z\ni2,B,home,web,2025-01-02T00:00:00Z\n");
        Run r = run("segments", "cluster", "--input", f.toString(), "--k", "3");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("k = 3");
    }

    @Test
    void theAtRiskShareTakesTheNegativityWeightAsTheAtRiskCommandDoes() throws IOException {
        Run estimated = run("segments", "personas", "--negativity-weight", "estimated", "--format", "json");
        assertThat(estimated.exit()).as(estimated.err()).isZero();
        assertThat(estimated.err()).contains("negativity weight");
        Run bad = run("segments", "rfm", "--negativity-weight", "0.5");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("--negativity-weight");
        // A heavier weight can only lower experience scores, so it flags at least as many customers.
        Run light = run("segments", "personas", "--negativity-weight", "1", "--format", "json");
        Run heavy = run("segments", "personas", "--negativity-weight", "6", "--format", "json");
        assertThat(atRisk(heavy)).isGreaterThanOrEqualTo(atRisk(light));
    }

    private static double atRisk(Run r) throws IOException {
        assertThat(r.exit()).as(r.err()).isZero();
        double n = 0;
        for (JsonNode p : new ObjectMapper().readTree(r.out()).get("personas")) {
            n += p.get("at_risk_share").asDouble() * p.get("customers").asInt();
        }
        return n;
    }
}
