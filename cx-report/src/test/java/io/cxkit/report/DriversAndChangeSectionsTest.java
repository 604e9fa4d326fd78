package io.cxkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.core.output.JsonOutput;
import io.cxkit.core.sample.SampleGenerator;
import io.cxkit.core.sample.SampleSchema;
import io.cxkit.journey.Journey;
import io.cxkit.journey.JourneyCutter;
import io.cxkit.journey.drivers.JourneyFeatures;
import io.cxkit.journey.drivers.NegativityWeight;
import io.cxkit.metrics.change.InterruptedTimeSeries;
import io.cxkit.metrics.drivers.DriverImportance;
import io.cxkit.metrics.drivers.ImportancePerformance;
import io.cxkit.metrics.drivers.KeyDriverResult;
import io.cxkit.report.html.CompassPage;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The drivers and change sections on the sample. Expectations are recomputed from the interactions with plain
 * loops (counts, means, quadrants), never copied from a run, so they hold whatever answers the sample draws.
 */
class DriversAndChangeSectionsTest {
    static List<Interaction> sample;
    static SampleGenerator generator;
    static Report report;

    @BeforeAll
    static void compute() {
        generator = SampleGenerator.builder().customers(400).seed(2025).build();
        sample = generator.generateList();
        report = CxReport.builder().intervention(new CxReport.Intervention(generator.interventionDate(),
                SampleSchema.ATTR_REGION, SampleSchema.TREATED_REGION, "the sample's known intervention")).build()
                .compute(sample, List.of());
    }

    @Test
    void keyDriversOfTheQuestionRatingsWithIntervalsAndTheirQuadrants() {
        DriversSection d = report.content(DriversSection.class).orElseThrow();
        KeyDriverResult r = d.keyDrivers().orElseThrow();
        assertThat(r.drivers()).extracting(DriverImportance::name)
                .containsExactly("attr.q_ease", "attr.q_resolution", "attr.q_speed", "attr.q_staff");
        assertThat(r.outcome()).isEqualTo("csat");
        assertThat(r.drivers().stream().mapToDouble(DriverImportance::lmg).sum()).isCloseTo(r.rSquared(),
                within(1e-9));
        assertThat(r.drivers().stream().mapToDouble(DriverImportance::relativeWeight).sum()).isCloseTo(r.rSquared(),
                within(1e-9));
        for (DriverImportance x : r.drivers()) {
            assertThat(x.intervals().get("lmg").lower()).isLessThan(x.intervals().get("lmg").upper());
            assertThat(x.intervals().get("relative_weight").lower())
                    .isLessThan(x.intervals().get("relative_weight").upper());
        }
        // Respondents: interactions with a rating and a CSAT answer, counted here with a plain loop.
        long complete = sample.stream().filter(i -> i.feedback(Feedback.Csat.class).isPresent()
                && List.of("q_ease", "q_resolution", "q_speed", "q_staff").stream()
                .allMatch(q -> i.attributes().containsKey(q))).count();
        assertThat(r.n()).isEqualTo(complete);
        double meanImportance = d.importancePerformance().stream()
                .mapToDouble(ImportancePerformance.Point::importance).average().orElseThrow();
        double meanPerformance = d.importancePerformance().stream()
                .mapToDouble(ImportancePerformance.Point::performance).average().orElseThrow();
        assertThat(d.importanceCrosshair()).isCloseTo(meanImportance, within(1e-12));
        assertThat(d.performanceCrosshair()).isCloseTo(meanPerformance, within(1e-12));
        for (ImportancePerformance.Point p : d.importancePerformance()) {
            boolean fixFirst = p.importance() >= meanImportance && p.performance() < meanPerformance;
            assertThat(p.quadrant().equals("fix_first")).as(p.name()).isEqualTo(fixFirst);
        }
    }

    @Test
    void theNegativityRatioIsEstimatedOnTheAnsweredJourneysWithTheClaimNoted() {
        DriversSection d = report.content(DriversSection.class).orElseThrow();
        assertThat(d.claimNote()).contains("12:1").contains("no primary source");
        long answered = 0;
        for (Journey j : JourneyCutter.byJourneyId().cut(sample)) {
            List<Interaction> in = j.interactions();
            for (int k = 0; k < in.size(); k++) {
                if (in.get(k).feedback(Feedback.Nps.class).isPresent()) {
                    answered += k > 0 ? 1 : 0;
                    break;
                }
            }
        }
        assertThat(d.negativityRatio().orElseThrow().n()).isEqualTo(answered);
    }

    @Test
    void changePointsAreAlertsInPointsAndTheirSeriesHoldEveryAnswer() {
        ChangeSection c = report.content(ChangeSection.class).orElseThrow();
        assertThat(c.metric()).isEqualTo("nps");
        for (ChangeSection.Alert a : c.alerts()) {
            assertThat(a.text()).matches("NPS on \\S+ (dropped|rose) from -?\\d+ to -?\\d+ around \\d{4}-\\d{2}-\\d{2}");
            assertThat(a.text().contains("dropped")).isEqualTo(a.after() < a.before());
        }
        if (c.alerts().isEmpty()) {
            assertThat(c.changePointsReason()).isNotEmpty();
        }
        for (ChangeSection.GroupSeries g : c.series()) {
            long answers = sample.stream().filter(i -> i.touchpoint().channel().name().equals(g.group()))
                    .filter(i -> i.feedback(Feedback.Nps.class).isPresent()).count();
            assertThat(g.points().stream().mapToLong(ChangeSection.Period::n).sum()).isEqualTo(answers);
            for (ChangeSection.Period p : g.points()) {
                assertThat(p.lower()).isLessThanOrEqualTo(p.mean());
                assertThat(p.upper()).isGreaterThanOrEqualTo(p.mean());
            }
        }
    }

    @Test
    void theInterruptedTimeSeriesCarriesTheCounterfactualAfterTheIntervention() {
        ChangeSection.Its its = report.content(ChangeSection.class).orElseThrow().its().orElseThrow();
        assertThat(its.group()).isEqualTo("region=emea");
        long answers = sample.stream().filter(i -> "emea".equals(i.attributes().get("region")))
                .filter(i -> i.feedback(Feedback.Csat.class).isPresent()).count();
        assertThat(its.periods().stream().mapToLong(ChangeSection.ItsPeriod::n).sum()).isEqualTo(answers);
        assertThat(its.periods()).anyMatch(ChangeSection.ItsPeriod::after).anyMatch(p -> !p.after());
        for (ChangeSection.ItsPeriod p : its.periods()) {
            if (!p.after()) {
                assertThat(p.counterfactual()).isCloseTo(p.fitted(), within(1e-12));
            }
        }
        assertThat(its.terms()).extracting(InterruptedTimeSeries.Term::name).contains("level_change");
    }

    @Test
    void withoutAnInterventionTheTimeSeriesSaysWhyItIsMissing() {
        ChangeSection c = CxReport.withDefaults().compute(sample.subList(0, sample.size() / 2), List.of())
                .content(ChangeSection.class).orElseThrow();
        assertThat(c.its()).isEmpty();
        assertThat(c.itsReason()).contains("--intervention");
    }

    @Test
    void dataWithNoRatingsAndNoAnswersSkipsTheDriversSectionWithTheReason() {
        List<Interaction> bare = sample.stream().map(i -> Interaction.builder(i.id(), i.customerId(), i.touchpoint(),
                i.timestamp()).build()).toList();
        Report r = CxReport.withDefaults().compute(bare, List.of());
        assertThat(r.sections().get("drivers").skipped()).hasValueSatisfying(reason ->
                assertThat(reason).contains("q_*").contains("negativity"));
    }

    @Test
    void anEstimatedNegativityWeightIsUsedAndStatedOrTheScoringSectionsSayWhyNot() {
        Report r = CxReport.builder().estimatedNegativityWeight().build().compute(sample, List.of());
        List<Journey> journeys = JourneyCutter.byJourneyId().cut(sample);
        try {
            NegativityWeight.Estimated e = NegativityWeight.estimate(journeys, JourneyFeatures.defaults(), 1000, 1,
                    0.95);
            Experience x = r.content(Experience.class).orElseThrow();
            assertThat(x.negativityWeight()).isEqualTo(e.weight());
            assertThat(x.negativityWeightSource()).isEqualTo(e.describe()).contains("n " + e.n() + " journeys");
        } catch (IllegalArgumentException refused) {
            for (String key : List.of("experience", "at_risk", "segments")) {
                assertThat(r.sections().get(key).skipped()).as(key).contains(refused.getMessage());
            }
        }
        Experience byDefault = report.content(Experience.class).orElseThrow();
        assertThat(byDefault.negativityWeight()).isEqualTo(2.0);
        assertThat(byDefault.negativityWeightSource()).isEqualTo("default");
    }

    @Test
    void theJsonReportAndTheCompassPageCarryTheNewSections() {
        String json = JsonOutput.toJson(report);
        assertThat(json).contains("\"drivers\"", "\"change\"", "\"importance_performance\"", "\"counterfactual\"",
                "\"negativity_ratio\"", "\"claim_note\"").doesNotContain("NaN", "Infinity");
        String html = CompassPage.render(report);
        assertThat(html).contains("id=\"chart-drivers-lmg\"", "id=\"chart-drivers-rw\"",
                "id=\"chart-importance-performance\"", "id=\"chart-its\"", "no primary source", "fix first",
                "counterfactual");
        ChangeSection c = report.content(ChangeSection.class).orElseThrow();
        if (!c.alerts().isEmpty()) {
            assertThat(html).contains("id=\"chart-change-").contains(c.alerts().get(0).text());
        }
    }
}
