package io.cxkit.cli.drivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxkit.cli.Cx;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code cx drivers}, {@code cx change} and {@code cx power} end to end. Reference figures: relaimpo's swiss
 * example (Grömping 2006) and R's {@code glm(am ~ hp + wt, data = mtcars, family = binomial)}; data in test
 * resources (SOURCE.md).
 */
class DriversCommandsTest {
    @TempDir
    static Path dir;
    static Path swiss;
    static Path mtcars;

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

    @BeforeAll
    static void copy() throws IOException {
        swiss = dir.resolve("swiss.csv");
        mtcars = dir.resolve("mtcars.csv");
        for (Path p : new Path[] {swiss, mtcars}) {
            try (InputStream in = DriversCommandsTest.class.getResourceAsStream("/drivers/" + p.getFileName())) {
                Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @Test
    void driversOnARespondentTableWriteTheIssuesJsonShape() throws IOException {
        Run r = run("drivers", "--table", swiss.toString(), "--outcome", "Fertility", "--drivers",
                "Agriculture,Examination,Education,Catholic,Infant.Mortality", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("n").asLong()).isEqualTo(47);
        assertThat(j.get("r_squared").asDouble()).isCloseTo(0.706735, within(1e-6));
        JsonNode edu = j.get("drivers").get(2);
        assertThat(edu.get("name").asText()).isEqualTo("Education");
        assertThat(edu.get("lmg").asDouble()).isCloseTo(0.26013468, within(1e-6));
        assertThat(edu.has("relative_weight")).isTrue();
        assertThat(edu.has("beta")).isTrue();
        assertThat(edu.has("correlation")).isTrue();
        assertThat(j.get("importance_performance").size()).isEqualTo(5);
    }

    @Test
    void bootstrapIntervalsAreSeededAndInTheJson() throws IOException {
        String[] args = {"drivers", "--table", swiss.toString(), "--outcome", "Fertility", "--drivers",
            "Agriculture,Education", "--bootstrap", "200", "--seed", "3", "--format", "json"};
        Run a = run(args);
        Run b = run(args);
        assertThat(a.exit()).as(a.err()).isZero();
        assertThat(a.out()).isEqualTo(b.out());
        JsonNode lmg = new ObjectMapper().readTree(a.out()).get("drivers").get(0).get("intervals").get("lmg");
        assertThat(lmg.get("method").asText()).isEqualTo("bootstrap-bca");
        assertThat(lmg.get("lower").asDouble()).isLessThan(lmg.get("upper").asDouble());
    }

    @Test
    void logisticOnMtcarsGivesGlmsCoefficients() throws IOException {
        Run r = run("drivers", "--table", mtcars.toString(), "--outcome", "am", "--drivers", "hp,wt", "--model",
                "logistic", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode c = new ObjectMapper().readTree(r.out()).get("coefficients");
        assertThat(c.get(0).get("name").asText()).isEqualTo("(intercept)");
        assertThat(c.get(2).get("estimate").asDouble()).isCloseTo(-8.08348, within(1e-4));
        assertThat(c.get(2).get("std_error").asDouble()).isCloseTo(3.06868, within(1e-4));
        assertThat(c.get(1).has("odds_ratio")).isTrue();
        assertThat(c.get(1).has("p_value")).isTrue();
    }

    @Test
    void driversOnTheEmbeddedSampleUseTheQuestionRatings() {
        Run r = run("drivers", "--outcome", "csat", "--drivers",
                "attr.q_speed,attr.q_staff,attr.q_resolution,attr.q_ease");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("attr.q_resolution").contains("R²").contains("respondents");
    }

    @Test
    void badInputGivesAReasonAndExit2NeverAStackTrace() throws IOException {
        Path collinear = dir.resolve("collinear.csv");
        Files.writeString(collinear, "y,a,b\n1,1,2\n2,2,4\n3,3,6\n2,4,8\n5,5,10\n");
        Run r = run("drivers", "--table", collinear.toString(), "--outcome", "y", "--drivers", "a,b");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("driver b is (almost) a linear combination of [a]").doesNotContain("Exception");
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "y,a\n1,2\n2,x\n");
        Run b = run("drivers", "--table", bad.toString(), "--outcome", "y", "--drivers", "a");
        assertThat(b.exit()).isEqualTo(2);
        assertThat(b.err()).contains("bad.csv:3: a 'x'").contains("must be a decimal number");
        Path sep = dir.resolve("sep.csv");
        Files.writeString(sep, "y,x\n0,1\n0,2\n0,3\n1,4\n1,5\n1,6\n");
        Run s = run("drivers", "--table", sep.toString(), "--outcome", "y", "--drivers", "x", "--model", "logistic");
        assertThat(s.exit()).isEqualTo(2);
        assertThat(s.err()).contains("separation").contains("--firth");
        assertThat(run("drivers", "--table", sep.toString(), "--outcome", "y", "--drivers", "x", "--model",
                "logistic", "--firth").exit()).isZero();
        assertThat(run("drivers", "--drivers", "attr.q_speed", "--missing", "sometimes").exit()).isEqualTo(1);
    }

    @Test
    void powerGivesNPerGroupAndTheDetectableDifference() throws IOException {
        Run r = run("power", "--metric", "nps", "--baseline", "0.30", "--difference", "0.05", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("n_per_group").asLong()).isEqualTo(5612);
        Run m = run("power", "--metric", "csat", "--n", "400");
        assertThat(m.exit()).isZero();
        assertThat(m.out()).contains("smallest detectable difference");
        assertThat(run("power", "--metric", "nps", "--baseline", "0.98", "--difference", "0.05").exit())
                .isEqualTo(1);
    }

    @Test
    void changeCommandsRunOnTheSampleAndRefuseWhatTheyCannotDo() throws IOException {
        Run did = run("change", "--metric", "csat", "--at", "2025-07-02", "--treated", "attr.region=emea",
                "--control", "attr.region=na", "--format", "json");
        assertThat(did.exit()).as(did.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(did.out());
        assertThat(j.get("clusters").asLong()).isPositive();
        assertThat(j.get("interval").get("lower").asDouble()).isLessThan(j.get("estimate").asDouble());
        Run detect = run("change", "--detect", "--metric", "nps", "--by", "channel");
        assertThat(detect.exit()).as(detect.err()).isZero();
        Run homo = run("change", "--homogeneity", "--metric", "nps", "--by", "channel", "--format", "json");
        assertThat(homo.exit()).as(homo.err()).isZero();
        assertThat(new ObjectMapper().readTree(homo.out()).get("cramers_v").asDouble()).isBetween(0.0, 1.0);
        Run early = run("change", "--metric", "csat", "--at", "2025-01-02", "--treated", "attr.region=emea",
                "--control", "attr.region=na");
        assertThat(early.exit()).isEqualTo(2);
        assertThat(early.err()).contains("has no data before the change");
        Run shortSeries = run("change", "--metric", "csat", "--at", "2025-03-01", "--bucket", "month");
        assertThat(shortSeries.exit()).isEqualTo(2);
        assertThat(shortSeries.err()).contains("needs at least 3 on each side");
    }

    /**
     * Churn after a journey, recomputed here with plain loops from the sample's interactions: a journey is churn
     * if it holds a cancellation, or if its customer cancels after it by the end of the next month or has no
     * interaction in the next month; journeys whose next month is not complete (after the last complete month)
     * are censored, and journeys that start with the cancellation are skipped.
     */
    @Test
    void behaviourDriversOfChurnRunOnTheSampleWithTheChurnMetricsDefinition() throws IOException {
        Run r = run("drivers", "--journeys", "--outcome", "churn", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        List<io.cxkit.core.Interaction> all = io.cxkit.cli.LoadedInput.read(List.of()).interactions();
        List<io.cxkit.journey.Journey> journeys = io.cxkit.journey.JourneyCutter.byJourneyId().cut(all);
        java.util.Map<String, java.util.Set<java.time.YearMonth>> active = new java.util.HashMap<>();
        java.util.Map<String, List<java.time.Instant>> cancels = new java.util.HashMap<>();
        java.time.Instant latest = java.time.Instant.MIN;
        for (io.cxkit.core.Interaction i : all) {
            String c = i.customerId().value();
            active.computeIfAbsent(c, k -> new java.util.HashSet<>()).add(java.time.YearMonth.from(
                    i.timestamp().atZone(java.time.ZoneOffset.UTC)));
            if (i.outcome().map(o -> o.name().equals("cancelled") || o.name().equals("churned")).orElse(false)) {
                cancels.computeIfAbsent(c, k -> new java.util.ArrayList<>()).add(i.timestamp());
            }
            latest = i.timestamp().isAfter(latest) ? i.timestamp() : latest;
        }
        java.time.LocalDate lastDay = latest.atZone(java.time.ZoneOffset.UTC).toLocalDate();
        java.time.YearMonth lastComplete = lastDay.equals(java.time.YearMonth.from(lastDay).atEndOfMonth())
                ? java.time.YearMonth.from(lastDay) : java.time.YearMonth.from(lastDay).minusMonths(1);
        long rows = 0;
        long churn = 0;
        for (io.cxkit.journey.Journey jr : journeys) {
            List<io.cxkit.core.Interaction> in = jr.interactions();
            int cut = -1;
            for (int k = 0; k < in.size(); k++) {
                if (in.get(k).outcome().map(o -> o.name().equals("cancelled") || o.name().equals("churned"))
                        .orElse(false)) {
                    cut = k;
                    break;
                }
            }
            if (cut == 0) {
                continue;
            }
            if (cut > 0) {
                rows++;
                churn++;
                continue;
            }
            java.time.Instant end = in.get(in.size() - 1).timestamp();
            java.time.YearMonth next = java.time.YearMonth.from(end.atZone(java.time.ZoneOffset.UTC)).plusMonths(1);
            if (next.isAfter(lastComplete)) {
                continue;
            }
            java.time.Instant limit = next.plusMonths(1).atDay(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            String c = jr.customer().value();
            boolean left = cancels.getOrDefault(c, List.of()).stream()
                    .anyMatch(t -> !t.isBefore(end) && t.isBefore(limit));
            rows++;
            churn += left || !active.get(c).contains(next) ? 1 : 0;
        }
        assertThat(j.get("outcome").asText()).isEqualTo("churn");
        assertThat(j.get("journeys").asLong()).isEqualTo(rows);
        assertThat(j.get("events").asLong()).isEqualTo(churn).isPositive();
        assertThat(j.get("definition").asText()).contains("cancelled").contains("no interaction in the next month");
        assertThat(j.get("coefficients").get(0).get("name").asText()).isEqualTo("(intercept)");
        Run text = run("drivers", "--journeys", "--outcome", "churn");
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).contains("behaviour drivers of churn").contains("churn: lost in the journey's month");
        assertThat(run("drivers", "--journeys", "--outcome", "csat").exit()).isEqualTo(1);
    }

    @Test
    void anEstimatedNegativityWeightIsStatedWithItsIntervalOrRefusedWithTheReason() throws IOException {
        Path tiny = dir.resolve("tiny.csv");
        Files.writeString(tiny, "customer_id,timestamp,channel,touchpoint,journey_id,kind,outcome,nps\n"
                + "alice,2026-03-01T09:00:00Z,phone,support_call,j1,contact,unresolved,\n"
                + "alice,2026-03-01T11:00:00Z,email,survey,j1,survey,,2\n");
        Run few = run("journeys", "at-risk", "--input", tiny.toString(), "--negativity-weight", "estimated");
        assertThat(few.exit()).isEqualTo(2);
        assertThat(few.err()).contains("--negativity-weight estimated").contains("at least 30").doesNotContain(
                "Exception");
        assertThat(run("journeys", "at-risk", "--negativity-weight", "0.5").exit()).isEqualTo(1);
        assertThat(run("journeys", "at-risk", "--negativity-weight", "lots").exit()).isEqualTo(1);

        Run sample = run("journeys", "at-risk", "--negativity-weight", "estimated");
        List<io.cxkit.journey.Journey> journeys = io.cxkit.journey.JourneyCutter.byJourneyId().cut(
                io.cxkit.cli.LoadedInput.read(List.of()).interactions());
        try {
            io.cxkit.journey.drivers.NegativityWeight.Estimated e = io.cxkit.journey.drivers.NegativityWeight.estimate(
                    journeys, io.cxkit.journey.drivers.JourneyFeatures.defaults(), 1000, 1, 0.95);
            assertThat(sample.exit()).as(sample.err()).isZero();
            assertThat(sample.err()).contains(e.describe());
        } catch (IllegalArgumentException refused) {
            assertThat(sample.exit()).isEqualTo(2);
            assertThat(sample.err()).contains(refused.getMessage());
        }
    }

    @Test
    void theJsonReportCarriesTheDriversAndChangeSections() throws IOException {
        Run r = run("report", "--format", "json", "--quiet");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        String text = r.out();
        assertThat(text).contains("\"drivers\"", "\"change\"", "\"importance_performance\"",
                "\"counterfactual\"", "region=emea").doesNotContain("NaN");
        assertThat(j.toString()).contains("no primary source");
    }
}
