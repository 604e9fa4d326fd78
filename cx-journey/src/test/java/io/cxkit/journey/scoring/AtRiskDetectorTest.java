package io.cxkit.journey.scoring;

import static io.cxkit.journey.scoring.Journeys.journey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.CustomerId;
import io.cxkit.core.Feedback;
import io.cxkit.core.Outcome;
import io.cxkit.journey.Journey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AtRiskDetectorTest {
    private static final Instant DAY = Journeys.T0;

    @Test
    void repeatUnresolvedContactsRaiseAnAlertWithTheirCount() {
        Journey j = journey("j", "alice").contact("call", "phone", 0, Outcome.UNRESOLVED, 30)
                .contact("chat", "chat", 60, Outcome.UNRESOLVED, 30).build();
        AtRiskReport r = AtRiskDetector.withDefaults().detect(List.of(j));
        assertThat(r.customers()).isEqualTo(1);
        assertThat(r.alerts()).hasSize(1);
        AtRiskAlert a = r.alerts().get(0);
        assertThat(a.customer()).isEqualTo(new CustomerId("alice"));
        assertThat(a.reasons()).extracting(AtRiskReason::rule).contains(AtRiskReason.Rule.REPEAT_UNRESOLVED);
        AtRiskReason reason = a.reasons().stream()
                .filter(x -> x.rule() == AtRiskReason.Rule.REPEAT_UNRESOLVED).findFirst().orElseThrow();
        assertThat(reason.detail()).isEqualTo("2 unresolved contacts within 30 days");
        assertThat(reason.at()).isEqualTo(DAY.plus(Duration.ofMinutes(60)));
    }

    @Test
    void theRollingScoreAveragesTheLatestJourneys() {
        // Hand-computed: journey 1 ends abandoned (−0.5 → w −1, peak = end): S = 25; journey 2 NPS 10: S = 100;
        // journey 3 NPS 0 (w −2): S = 0. Rolling over the last 2 = (100 + 0)/2 = 50; over 3 = 41.67.
        List<Journey> js = List.of(
                journey("1", "bob", DAY).outcome("checkout", "web", 0, Outcome.ABANDONED).build(),
                journey("2", "bob", DAY.plus(Duration.ofDays(1))).feedback("s", "web", 0, new Feedback.Nps(10))
                        .build(),
                journey("3", "bob", DAY.plus(Duration.ofDays(2))).feedback("s", "web", 0, new Feedback.Nps(0))
                        .build());
        AtRiskRules two = new AtRiskRules(55, 2, 2, Duration.ofDays(30), Duration.ofMinutes(10),
                Duration.ofDays(90));
        AtRiskReport r = new AtRiskDetector(ExperienceScorer.withDefaults(), two).detect(js);
        assertThat(r.alerts()).hasSize(1);
        assertThat(r.alerts().get(0).rollingScore().getAsDouble()).isCloseTo(50, within(1e-12));
        assertThat(r.alerts().get(0).reasons().get(0).detail())
                .isEqualTo("rolling experience score 50.0 over the last 2 journey(s) is below 55");

        AtRiskReport three = AtRiskDetector.withDefaults().detect(js);
        assertThat(three.alerts()).isEmpty();
    }

    @Test
    void aDetractorAnswerAfterALongWaitIsAReason() {
        Journey j = journey("j", "carol").contact("call", "phone", 0, Outcome.RESOLVED, 900)
                .feedback("survey", "email", 30, new Feedback.Nps(3)).build();
        AtRiskAlert a = AtRiskDetector.withDefaults().detect(List.of(j)).alerts().get(0);
        AtRiskReason reason = a.reasons().stream()
                .filter(x -> x.rule() == AtRiskReason.Rule.DETRACTOR_AFTER_WAIT).findFirst().orElseThrow();
        assertThat(reason.detail()).isEqualTo("NPS 3 after a wait of 15.0 min in journey j");
        assertThat(reason.at()).isEqualTo(DAY.plus(Duration.ofMinutes(30)));
    }

    @Test
    void aHappyCustomerRaisesNoAlert() {
        Journey j = journey("j", "dan").contact("call", "phone", 0, Outcome.RESOLVED, 20)
                .feedback("survey", "email", 30, new Feedback.Nps(9)).build();
        assertThat(AtRiskDetector.withDefaults().detect(List.of(j)).alerts()).isEmpty();
    }

    @Test
    void oldTroubleOutsideTheWindowsIsForgotten() {
        Journey old = journey("old", "erin", DAY).contact("call", "phone", 0, Outcome.UNRESOLVED, 30)
                .contact("call", "phone", 5, Outcome.UNRESOLVED, 30).build();
        Journey recent = journey("new", "erin", DAY.plus(Duration.ofDays(100)))
                .feedback("survey", "web", 0, new Feedback.Nps(9)).build();
        assertThat(AtRiskDetector.withDefaults().detect(List.of(old, recent)).alerts()).isEmpty();
        assertThat(AtRiskDetector.withDefaults().detect(List.of(old, recent), DAY.plus(Duration.ofDays(1)))
                .alerts()).hasSize(1);
    }

    @Test
    void alertsWithMoreReasonsComeFirst() {
        Journey one = journey("a", "frank").contact("call", "phone", 0, Outcome.UNRESOLVED, 30)
                .contact("call", "phone", 5, Outcome.UNRESOLVED, 30).build();
        Journey three = journey("b", "gina").contact("call", "phone", 0, Outcome.UNRESOLVED, 1200)
                .contact("call", "phone", 5, Outcome.UNRESOLVED, 30).answer(new Feedback.Nps(0)).build();
        List<AtRiskAlert> alerts = AtRiskDetector.withDefaults().detect(List.of(one, three)).alerts();
        assertThat(alerts).extracting(a -> a.customer().value()).containsExactly("gina", "frank");
        assertThat(alerts.get(0).reasons()).extracting(AtRiskReason::rule).containsExactly(
                AtRiskReason.Rule.ROLLING_SCORE, AtRiskReason.Rule.REPEAT_UNRESOLVED,
                AtRiskReason.Rule.DETRACTOR_AFTER_WAIT);
    }

    @Test
    void badRulesAreRefused() {
        assertThatThrownBy(() -> new AtRiskRules(101, 3, 2, Duration.ofDays(1), Duration.ofMinutes(1),
                Duration.ofDays(1))).hasMessage("scoreThreshold must be within 0..100, was 101.0");
        assertThatThrownBy(() -> new AtRiskRules(40, 0, 2, Duration.ofDays(1), Duration.ofMinutes(1),
                Duration.ofDays(1))).hasMessage("rollingJourneys must be at least 1, was 0");
        assertThatThrownBy(() -> new AtRiskRules(40, 3, 2, Duration.ZERO, Duration.ofMinutes(1),
                Duration.ofDays(1))).hasMessage("unresolvedWindow must be positive, was PT0S");
    }
}
