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
    void clusterJsonCarriesInertiaKAndEachCustomersCluster() throws IOException {
        Run r = run("segments", "cluster", "--k", "3", "--seed", "7", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("k").asInt()).isEqualTo(3);
        assertThat(root.get("inertia").asDouble()).isPositive();
        assertThat(root.get("assignments").size()).isEqualTo(root.get("customers").asInt());
        long total = 0;
        for (JsonNode c : root.get("clusters")) {
            total += c.get("size").asLong();
        }
        assertThat(total).isEqualTo(root.get("customers").asLong());
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
}
