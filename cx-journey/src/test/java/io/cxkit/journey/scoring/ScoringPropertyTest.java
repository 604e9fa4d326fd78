package io.cxkit.journey.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.Feedback;
import io.cxkit.core.Outcome;
import io.cxkit.journey.Journey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded random journeys: invariants of the score and of pain points. */
class ScoringPropertyTest {
    private static final String[] TOUCHPOINTS = {"home", "search", "cart", "checkout", "call", "chat"};
    private static final String[] CHANNELS = {"web", "web", "web", "web", "phone", "chat"};
    private static final Outcome[] OUTCOMES = {Outcome.CONVERTED, Outcome.RESOLVED, Outcome.UNRESOLVED,
        Outcome.ABANDONED, Outcome.ESCALATED};

    private static List<Journey> journeys(long seed, int count) {
        Random rnd = new Random(seed);
        List<Journey> out = new ArrayList<>();
        for (int j = 0; j < count; j++) {
            Journeys b = Journeys.journey("j" + j, "c" + rnd.nextInt(count / 3 + 1),
                    Instant.parse("2026-01-01T00:00:00Z").plusSeconds(3600L * j));
            int steps = 1 + rnd.nextInt(6);
            for (int k = 0; k < steps; k++) {
                int t = rnd.nextInt(TOUCHPOINTS.length);
                switch (rnd.nextInt(4)) {
                    case 0 -> b.contact(TOUCHPOINTS[t], CHANNELS[t], 1 + rnd.nextInt(30),
                            OUTCOMES[rnd.nextInt(OUTCOMES.length)], rnd.nextInt(1800));
                    case 1 -> b.outcome(TOUCHPOINTS[t], CHANNELS[t], 1 + rnd.nextInt(30),
                            OUTCOMES[rnd.nextInt(OUTCOMES.length)]);
                    default -> b.step(TOUCHPOINTS[t], CHANNELS[t], 1 + rnd.nextInt(30));
                }
                if (rnd.nextInt(3) == 0) {
                    b.answer(rnd.nextBoolean() ? new Feedback.Nps(rnd.nextInt(11)) : new Feedback.Ces(1 + rnd.nextInt(7)));
                }
            }
            out.add(b.build());
        }
        return out;
    }

    @Test
    void scoresStayWithinZeroToOneHundredAndNeverRiseWithTheNegativityWeight() {
        ExperienceScorer[] scorers = new ExperienceScorer[4];
        for (int k = 0; k < scorers.length; k++) {
            scorers[k] = new ExperienceScorer(ScoringSettings.DEFAULTS.withNegativityWeight(1 + k));
        }
        for (Journey j : journeys(3, 400)) {
            double previous = Double.POSITIVE_INFINITY;
            for (ExperienceScorer s : scorers) {
                double score = s.score(j).score();
                assertThat(score).as(j.id()).isBetween(0.0, 100.0).isLessThanOrEqualTo(previous + 1e-12);
                previous = score;
            }
        }
    }

    @Test
    void everyDroppedJourneyIsCountedAtExactlyOneTouchpoint() {
        List<Journey> js = journeys(4, 300);
        long dropped = js.stream().filter(j -> j.outcome().map(o -> !o.equals(Outcome.CONVERTED)
                && !o.equals(Outcome.RESOLVED)).orElse(true)).count();
        PainPointReport r = PainPoints.withDefaults().minJourneys(1).analyze(js);
        long atTouchpoints = r.painPoints().stream().filter(p -> p.kind() == PainPoint.Kind.TOUCHPOINT)
                .mapToLong(PainPoint::dropOffs).sum();
        assertThat(atTouchpoints).isEqualTo(dropped);
        assertThat(r.painPoints()).allSatisfy(p -> {
            assertThat(p.dropOffs()).isLessThanOrEqualTo(p.journeys());
            assertThat(p.detractorJourneys()).isLessThanOrEqualTo(p.feedbackJourneys());
            assertThat(p.feedbackJourneys()).isLessThanOrEqualTo(p.journeys());
        });
    }

    @Test
    void theReportDoesNotDependOnTheOrderOfTheJourneysExceptForTies() {
        List<Journey> js = journeys(5, 200);
        List<Journey> reversed = new ArrayList<>(js);
        java.util.Collections.reverse(reversed);
        PainPointReport a = PainPoints.withDefaults().minJourneys(1).analyze(js);
        PainPointReport b = PainPoints.withDefaults().minJourneys(1).analyze(reversed);
        assertThat(b.painPoints()).extracting(PainPoint::label)
                .containsExactlyElementsOf(a.painPoints().stream().map(PainPoint::label).toList());
        assertThat(AtRiskDetector.withDefaults().detect(reversed)).isEqualTo(AtRiskDetector.withDefaults().detect(js));
    }
}
