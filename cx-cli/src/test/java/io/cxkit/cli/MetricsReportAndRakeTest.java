package io.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxkit.core.Channel;
import io.cxkit.core.Interaction;
import io.cxkit.core.io.InteractionWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsReportAndRakeTest {
    @TempDir
    static Path dir;
    static Path file;

    /**
     * 80 answers from "eu" (60 promoters, 20 detractors) and 20 from "us" (5 promoters, 15 detractors) in
     * January; February adds 100 detractors from "eu", a significant drop.
     */
    @BeforeAll
    static void writeInput() throws IOException {
        file = dir.resolve("survey.jsonl");
        List<Interaction> all = new ArrayList<>();
        int id = 0;
        for (int i = 0; i < 80; i++) {
            all.add(withRegion(MetricsCommandTest.answer(id++, Channel.WEB, "2026-01-10T10:00:00Z", i < 60 ? 10 : 0),
                    "eu"));
        }
        for (int i = 0; i < 20; i++) {
            all.add(withRegion(MetricsCommandTest.answer(id++, Channel.WEB, "2026-01-10T10:00:00Z", i < 5 ? 10 : 0),
                    "us"));
        }
        for (int i = 0; i < 100; i++) {
            all.add(withRegion(MetricsCommandTest.answer(id++, Channel.PHONE, "2026-02-10T10:00:00Z", 0), "eu"));
        }
        try (InteractionWriter w = InteractionWriter.open(file)) {
            for (Interaction x : all) {
                w.write(x);
            }
        }
    }

    static Interaction withRegion(Interaction x, String region) {
        return x.toBuilder().attribute("region", region).build();
    }

    @Test
    void theReportHasASurveySectionWithIntervalsBreakdownsAndAFlaggedTrendNpsInPoints() throws IOException {
        MetricsCommandTest.Run r = MetricsCommandTest.run("report", "--input", file.toString(), "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode m = r.json().get("sections").get("survey").get("content");
        JsonNode nps = null;
        for (JsonNode f : m.get("overall")) {
            if (f.get("metric").asText().equals("nps")) {
                nps = f;
            }
        }
        assertThat(nps).isNotNull();
        assertThat(nps.get("n").asLong()).isEqualTo(200);
        assertThat(nps.get("unit").asText()).isEqualTo("points");
        assertThat(nps.get("value").asDouble()).isCloseTo(100 * (65 - 135) / 200.0, within(1e-9));
        assertThat(nps.get("method").asText()).isEqualTo("adjusted-wald");
        assertThat(m.get("by_channel")).extracting(g -> g.get("group").asText()).containsOnly("phone", "web");
        JsonNode febNps = null;
        for (JsonNode p : m.get("trend")) {
            if (p.get("month").asText().equals("2026-02") && p.get("figure").get("metric").asText().equals("nps")) {
                febNps = p;
            }
        }
        assertThat(febNps).isNotNull();
        assertThat(febNps.get("previous_month").asText()).isEqualTo("2026-01");
        assertThat(febNps.get("change").asDouble()).isCloseTo(100 * (-1 - 0.3), within(1e-9));
        assertThat(febNps.get("significant").asBoolean()).isTrue();
    }

    @Test
    void metricsWithTrendAddsEachPeriodsChangeToTheSameJsonDocument() throws IOException {
        MetricsCommandTest.Run r = MetricsCommandTest.run("metrics", "--input", file.toString(), "--metric", "nps",
                "--bucket", "month", "--trend", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode trend = r.json().get("trend");
        assertThat(r.json().get("groups")).hasSize(2);
        assertThat(trend).hasSize(2);
        JsonNode feb = trend.get(1);
        assertThat(feb.get("month").asText()).isEqualTo("2026-02");
        assertThat(feb.get("previous").asText()).isEqualTo("2026-01");
        assertThat(feb.get("significant").asBoolean()).isTrue();
        assertThat(feb.get("key").size()).isZero();
        assertThat(trend.get(0).get("previous").isNull()).isTrue();
        MetricsCommandTest.Run text = MetricsCommandTest.run("metrics", "--input", file.toString(), "--metric", "nps",
                "--bucket", "month", "--trend");
        // The text trend table has the JSON's fields, significance included (no longer a "*" mark).
        assertThat(text.out()).contains("previous").contains("significant").contains("true");
    }

    @Test
    void trendWithoutATimeDimensionIsAUsageError() {
        MetricsCommandTest.Run r = MetricsCommandTest.run("metrics", "--input", file.toString(), "--trend");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("--trend needs a time dimension");
    }

    @Test
    void theReportPrintsTheMetricsSectionAsText() {
        MetricsCommandTest.Run r = MetricsCommandTest.run("report", "--input", file.toString());
        assertThat(r.out()).contains("== Survey metrics ==").contains("by_channel").contains("trend")
                .contains("previous_month");
    }

    /** Raking "eu" and "us" to 50/50 weights eu answers 50/80 and us answers 50/20. */
    @Test
    void rakingReportsWeightedMetricsAndTheWeighting() throws IOException {
        Path targets = dir.resolve("targets.csv");
        Files.writeString(targets, "dimension,category,target\nattr.region,eu,0.5\nattr.region,us,0.5\n");
        Path january = dir.resolve("january.jsonl");
        List<String> lines = Files.readAllLines(file).subList(0, 100);
        Files.write(january, lines);
        MetricsCommandTest.Run r = MetricsCommandTest.run("metrics", "--input", january.toString(), "--metric",
                "nps", "--rake", targets.toString(), "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode w = r.json().get("weighting");
        assertThat(w.get("converged").asBoolean()).isTrue();
        assertThat(w.get("iterations").asInt()).isPositive();
        assertThat(w.get("max_margin_error").asDouble()).isLessThan(1e-6);
        // Weights 0.625 (80 of them) and 2.5 (20): Kish n = 100² / (80·0.625² + 20·2.5²) = 64.
        assertThat(w.get("effective_n").asDouble()).isCloseTo(64, within(1e-6));
        JsonNode nps = r.json().get("groups").get(0).get("metrics").get("nps");
        // eu NPS 0.5, us NPS −0.5, equally weighted: 0.
        assertThat(nps.get("value").asDouble()).isCloseTo(0, within(1e-9));
        assertThat(nps.get("n").asLong()).isEqualTo(100);
    }

    @Test
    void aTargetWithoutRespondentsIsAnInputErrorNamingTheCategory() throws IOException {
        Path targets = dir.resolve("bad-targets.csv");
        Files.writeString(targets, "dimension,category,target\nattr.region,eu,0.4\nattr.region,us,0.4\n"
                + "attr.region,apac,0.2\n");
        MetricsCommandTest.Run r = MetricsCommandTest.run("metrics", "--input", file.toString(), "--rake",
                targets.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("apac");
        assertThat(MetricsCommandTest.run("metrics", "--input", file.toString(), "--rake",
                dir.resolve("none.csv").toString()).exit()).isEqualTo(2);
    }
}
