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
import io.cxkit.metrics.drivers.Coefficient;
import io.cxkit.metrics.drivers.LogisticRegression;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Seeded synthetic journeys with known effects: each resolved contact raises the NPS answer by 1 point, each
 * unresolved one lowers it by 2.5 (a negativity ratio of 2.5), and a wait over 10 minutes raises the odds of a
 * detractor answer. The estimators must recover them.
 */
class BehaviourDriversTest {
    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    static List<Journey> journeys(int count, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Journey> out = new ArrayList<>();
        for (int j = 0; j < count; j++) {
            CustomerId c = new CustomerId("C" + j);
            List<Interaction> in = new ArrayList<>();
            Instant at = T0.plus(Duration.ofHours(j));
            int good = 0;
            int bad = 0;
            boolean longWait = false;
            in.add(Interaction.builder("J" + j + "-0", c, Touchpoint.of("help_center", Channel.of("web")), at).build());
            int pages = r.nextInt(3);
            for (int k = 0; k < pages; k++) {
                in.add(Interaction.builder("J" + j + "-p" + k, c, Touchpoint.of("faq", Channel.of("web")),
                        at.plus(Duration.ofMinutes(1 + k))).build());
            }
            int contacts = 1 + r.nextInt(4);
            for (int k = 1; k <= contacts; k++) {
                boolean ok = r.nextDouble() < 0.55;
                long wait = (long) (r.nextDouble() * 1200);
                longWait |= wait > 600;
                good += ok ? 1 : 0;
                bad += ok ? 0 : 1;
                in.add(Interaction.builder("J" + j + "-" + k, c,
                        Touchpoint.of(k % 2 == 0 ? "support_chat" : "support_call", Channel.of(k % 2 == 0 ? "chat"
                                : "phone")), at.plus(Duration.ofMinutes(30L * k)))
                        .kind("contact").outcome(ok ? Outcome.RESOLVED : Outcome.UNRESOLVED)
                        .attribute("wait_seconds", Long.toString(wait)).build());
            }
            double score = 7 + 1.0 * good - 2.5 * bad + 0.2 * contacts - (longWait ? 1.0 : 0) + r.nextGaussian();
            int nps = (int) Math.max(0, Math.min(10, Math.rint(score)));
            in.add(Interaction.builder("J" + j + "-s", c, Touchpoint.of("survey", Channel.of("email")),
                    at.plus(Duration.ofDays(1))).kind("survey").feedback(new Feedback.Nps(nps)).build());
            out.add(new Journey("J" + j, c, in));
        }
        return out;
    }

    @Test
    void negativityRatioRecoversTheEmbeddedTwoAndAHalf() {
        JourneyFeatureTable t = JourneyFeatures.defaults().table(journeys(4000, 1));
        NegativityRatio.Estimate e = NegativityRatio.estimate(t, 300, 7, 0.95);
        assertThat(e.defined()).isTrue();
        // Rounding and the 0..10 clamp attenuate the slopes a little; the ratio survives.
        assertThat(e.ratio()).isCloseTo(2.5, within(0.35));
        assertThat(e.interval().orElseThrow().lower()).isLessThan(e.ratio());
        assertThat(e.interval().orElseThrow().upper()).isGreaterThan(e.ratio());
        assertThat(e.note()).contains("12:1").contains("no primary source");
        assertThat(e.n()).isEqualTo(4000);
    }

    @Test
    void longWaitsAndFailedContactsRaiseTheOddsOfADetractorAnswer() {
        JourneyFeatureTable t = JourneyFeatures.defaults().table(journeys(4000, 2));
        assertThat(t.features()).contains("long_wait", "repeat_contacts", "transfers", "length", "effort_penalty");
        BehaviourDrivers.Result r = BehaviourDrivers.detractors(t, LogisticRegression.Settings.defaults());
        // Every journey visits help_center, so it is no feature; no journey has a transfer.
        assertThat(t.features()).doesNotContain("visited:help_center").contains("visited:faq");
        assertThat(r.constant()).contains("transfers");
        Coefficient wait = r.fit().coefficients().stream().filter(c -> c.name().equals("long_wait")).findFirst()
                .orElseThrow();
        assertThat(wait.oddsRatio()).isGreaterThan(1.5);
        assertThat(wait.pValue()).isLessThan(0.001);
    }

    @Test
    void journeysWithoutAnswersAreCountedAndTooFewAreRefused() {
        List<Journey> js = journeys(3, 3);
        List<Journey> noAnswer = new ArrayList<>(js);
        Journey first = js.get(0);
        noAnswer.add(new Journey("X", first.customer(), first.interactions().subList(0, 2)));
        JourneyFeatureTable t = JourneyFeatures.defaults().table(noAnswer);
        assertThat(t.skipped()).isEqualTo(1);
        assertThatThrownBy(() -> NegativityRatio.estimate(t, 0, 1, 0.95))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negativity ratio needs");
    }
}
