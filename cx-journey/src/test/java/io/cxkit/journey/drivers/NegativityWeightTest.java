package io.cxkit.journey.drivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.Channel;
import io.cxkit.core.CustomerId;
import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.core.Outcome;
import io.cxkit.core.Touchpoint;
import io.cxkit.journey.Journey;
import io.cxkit.journey.scoring.ExperienceScorer;
import io.cxkit.journey.scoring.ScoringSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * λ from the user's data: the seeded journeys of {@link BehaviourDriversTest} embed a ratio of 2.5; a λ the data
 * cannot tell from 1, or too few journeys, must be refused with the reason rather than used.
 */
class NegativityWeightTest {

    @Test
    void theEstimatedWeightIsTheNegativityRatioWithItsIntervalAndN() {
        var journeys = BehaviourDriversTest.journeys(3000, 4);
        NegativityWeight.Estimated w = NegativityWeight.estimate(journeys, JourneyFeatures.defaults(), 200, 9, 0.95);
        NegativityRatio.Estimate direct = NegativityRatio.estimate(JourneyFeatures.defaults().table(journeys), 200,
                9, 0.95);
        assertThat(w.weight()).isEqualTo(direct.ratio());
        assertThat(w.weight()).isCloseTo(2.5, within(0.4));
        assertThat(w.interval()).isEqualTo(direct.interval().orElseThrow());
        assertThat(w.interval().lower()).isGreaterThan(1);
        assertThat(w.n()).isEqualTo(3000);
        assertThat(w.describe()).contains("λ " + String.format(java.util.Locale.ROOT, "%.2f", w.weight()))
                .contains("n 3000 journeys");
        // The weight is a valid scoring setting and changes the score of a journey with a bad moment.
        ScoringSettings s = ScoringSettings.DEFAULTS.withNegativityWeight(w.weight());
        double estimated = new ExperienceScorer(s).score(journeys.get(0)).score();
        double weightOne = new ExperienceScorer(ScoringSettings.DEFAULTS.withNegativityWeight(1)).score(
                journeys.get(0)).score();
        assertThat(estimated).isBetween(0.0, 100.0);
        assertThat(weightOne).isBetween(0.0, 100.0);
    }

    @Test
    void tooFewAnsweredJourneysAreRefusedWithTheCount() {
        assertThatThrownBy(() -> NegativityWeight.estimate(BehaviourDriversTest.journeys(12, 1),
                JourneyFeatures.defaults(), 200, 1, 0.95))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("12 journeys")
                .hasMessageContaining("at least 30").hasMessageContaining("give a number");
    }

    /** Journeys where a bad moment costs exactly what a good one earns: a true ratio of 1. */
    static List<Journey> even(int count, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Journey> out = new ArrayList<>();
        Instant t0 = Instant.parse("2026-03-01T09:00:00Z");
        for (int j = 0; j < count; j++) {
            CustomerId c = new CustomerId("E" + j);
            Instant at = t0.plus(Duration.ofHours(j));
            List<Interaction> in = new ArrayList<>();
            // Pages without a valence, so the length is not the sum of the moments.
            int pages = r.nextInt(3);
            for (int k = 0; k < pages; k++) {
                in.add(Interaction.builder("E" + j + "-p" + k, c, Touchpoint.of("faq", Channel.of("web")),
                        at.minus(Duration.ofMinutes(10L - k))).build());
            }
            int contacts = 1 + r.nextInt(4);
            double score = 6;
            for (int k = 0; k < contacts; k++) {
                boolean ok = r.nextBoolean();
                score += ok ? 1 : -1;
                in.add(Interaction.builder("E" + j + "-" + k, c, Touchpoint.of("support_call", Channel.of("phone")),
                        at.plus(Duration.ofMinutes(10L * k))).kind("contact")
                        .outcome(ok ? Outcome.RESOLVED : Outcome.UNRESOLVED).build());
            }
            int nps = (int) Math.max(0, Math.min(10, Math.rint(score + r.nextGaussian())));
            in.add(Interaction.builder("E" + j + "-s", c, Touchpoint.of("survey", Channel.of("email")),
                    at.plus(Duration.ofDays(1))).kind("survey").feedback(new Feedback.Nps(nps)).build());
            out.add(new Journey("E" + j, c, in));
        }
        return out;
    }

    @Test
    void anIntervalThatReachesOneIsRefusedWithTheFigures() {
        List<Journey> even = even(400, 2);
        NegativityRatio.Estimate e = NegativityRatio.estimate(JourneyFeatures.defaults().table(even), 200, 3, 0.95);
        assertThat(e.ratio()).isCloseTo(1, within(0.3));
        assertThatThrownBy(() -> NegativityWeight.estimate(even, JourneyFeatures.defaults(), 200, 3, 0.95))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("includes values of 1 or less")
                .hasMessageContaining("n 400 journeys").hasMessageContaining("give a number");
    }
}
