package io.cxkit.journey.scoring;

import static io.cxkit.journey.scoring.Journeys.journey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.Feedback;
import io.cxkit.core.Outcome;
import io.cxkit.journey.Journey;
import org.junit.jupiter.api.Test;

class ExperienceScorerTest {
    private final ExperienceScorer scorer = ExperienceScorer.withDefaults();

    @Test
    void aBadContactThenAGoodOneIsRememberedByItsWorstMomentAndItsEnd() {
        // Hand-computed with the defaults (λ = 2):
        // moments: unresolved −0.5 → w −1.0; resolved +0.5; CSAT 4/5 → 2·3/4 − 1 = +0.5.
        // peak = −1.0 (largest |w|), end = +0.5, R = −0.25, S = 50 + 50·(−0.25)/2 = 43.75.
        // effort: 2 contacts → 1 repeat (10 points), 0 transfers, channel switches phone→chat→email = 2
        // (4 points); wait beyond the 60 s allowance: (300 − 60)/60 = 4 minutes (4 points), chat's 30 s is free.
        // P = 10 + 4 + 4 = 18. Score = 43.75 − 18 = 25.75.
        Journey j = journey("j1", "c1")
                .contact("support_call", "phone", 0, Outcome.UNRESOLVED, 300)
                .contact("support_chat", "chat", 60, Outcome.RESOLVED, 30)
                .feedback("post_contact_survey", "email", 5, new Feedback.Csat(4, 5))
                .build();
        JourneyScore s = scorer.score(j);
        assertThat(s.moments()).isEqualTo(3);
        assertThat(s.peak()).isEqualTo(-1.0);
        assertThat(s.last()).isEqualTo(0.5);
        assertThat(s.remembered()).isEqualTo(-0.25);
        assertThat(s.effort().repeats()).isEqualTo(1);
        assertThat(s.channelSwitches()).isEqualTo(2);
        assertThat(s.waitSeconds()).isEqualTo(330);
        assertThat(s.penalty()).isCloseTo(18, within(1e-12));
        assertThat(s.score()).isCloseTo(25.75, within(1e-12));
    }

    @Test
    void theEndMattersAsMuchAsThePeak() {
        // Same moments in the other order: the end is now the bad one, peak = end = −1.0, R = −1, S = 25.
        Journey j = journey("j", "c").feedback("s", "web", 0, new Feedback.Nps(10))
                .outcome("checkout", "web", 1, Outcome.ABANDONED).build();
        JourneyScore s = scorer.score(j);
        assertThat(s.peak()).isEqualTo(-1.0);
        assertThat(s.last()).isEqualTo(-1.0);
        assertThat(s.score()).isCloseTo(25, within(1e-12));
    }

    @Test
    void aDelightfulJourneyWithoutEffortScoresOneHundred() {
        Journey j = journey("j", "c").step("home", "web", 0).outcome("purchase", "web", 3, Outcome.CONVERTED)
                .feedback("survey", "web", 1, new Feedback.Nps(10)).build();
        // peak = NPS 10 (+1, later than and larger than converted +0.5), end = +1, R = 1, S = 100.
        assertThat(scorer.score(j).score()).isCloseTo(100, within(1e-12));
    }

    @Test
    void theNegativityWeightDecidesWhichMomentIsThePeak() {
        // CES 2 → (2 − 4)/3 = −2/3; NPS 9 → +0.8. With λ = 1 the peak is +0.8 (|0.8| > |−0.667|) and the end
        // −0.667: R = 0.0667, S = 53.33. With λ = 2, w(CES) = −1.333 is the peak and the end: R = −1.333,
        // S = 50 − 50·1.333/2 = 16.67.
        Journey j = journey("j", "c").feedback("s", "web", 0, new Feedback.Nps(9))
                .feedback("s2", "web", 1, new Feedback.Ces(2)).build();
        ExperienceScorer even = new ExperienceScorer(ScoringSettings.DEFAULTS.withNegativityWeight(1));
        assertThat(even.score(j).score()).isCloseTo(50 + 50 * (0.8 - 2.0 / 3) / 2, within(1e-12));
        assertThat(scorer.score(j).score()).isCloseTo(50 - 50 * (4.0 / 3) / 2, within(1e-12));
    }

    @Test
    void aJourneyWithoutMomentsIsNeutralLessItsEffort() {
        Journey j = journey("j", "c").step("home", "web", 0).step("app_home", "mobile_app", 1).build();
        JourneyScore s = scorer.score(j);
        assertThat(s.moments()).isZero();
        assertThat(s.score()).isCloseTo(48, within(1e-12));
    }

    @Test
    void thePenaltyIsCapped() {
        Journeys b = journey("j", "c");
        for (int k = 0; k < 10; k++) {
            b.contact("call", "phone", 10, Outcome.UNRESOLVED, 3600);
        }
        JourneyScore s = scorer.score(b.build());
        assertThat(s.penalty()).isEqualTo(50);
        assertThat(s.score()).isZero();
    }

    @Test
    void badSettingsAreRefused() {
        assertThatThrownBy(() -> ScoringSettings.DEFAULTS.withNegativityWeight(0.5))
                .hasMessage("negativityWeight must be a finite number >= 1, was 0.5");
        assertThatThrownBy(() -> ScoringSettings.DEFAULTS.withPenalties(-1, 0, 0, 0))
                .hasMessage("repeatPenalty must be a finite number >= 0, was -1.0");
        assertThatThrownBy(() -> ScoringSettings.DEFAULTS.withWaitAttribute(" "))
                .hasMessage("waitAttribute must not be blank");
    }

    @Test
    void valenceSpansMinusOneToOneOnEveryScale() {
        assertThat(FeedbackValence.of(new Feedback.Nps(0)).getAsDouble()).isEqualTo(-1);
        assertThat(FeedbackValence.of(new Feedback.Nps(10)).getAsDouble()).isEqualTo(1);
        assertThat(FeedbackValence.of(new Feedback.Csat(1, 5)).getAsDouble()).isEqualTo(-1);
        assertThat(FeedbackValence.of(new Feedback.Csat(3, 5)).getAsDouble()).isEqualTo(0);
        assertThat(FeedbackValence.of(new Feedback.Ces(7)).getAsDouble()).isEqualTo(1);
        assertThat(FeedbackValence.of(new Feedback.Rating(10, 10)).getAsDouble()).isEqualTo(1);
        assertThat(FeedbackValence.of(new Feedback.Verbatim("meh"))).isEmpty();
        assertThat(FeedbackValence.isDetractor(new Feedback.Nps(6))).isTrue();
        assertThat(FeedbackValence.isDetractor(new Feedback.Nps(7))).isFalse();
        assertThat(FeedbackValence.isDetractor(new Feedback.Csat(2, 5))).isTrue();
        assertThat(FeedbackValence.isDetractor(new Feedback.Csat(3, 5))).isFalse();
        assertThat(FeedbackValence.isDetractor(new Feedback.Ces(3))).isTrue();
        assertThat(FeedbackValence.isDetractor(new Feedback.Ces(4))).isFalse();
    }
}
