package io.cxkit.journey.scoring;

import static io.cxkit.journey.scoring.Journeys.journey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.Feedback;
import io.cxkit.core.Outcome;
import io.cxkit.journey.Journey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Negative comments as moments of the journey score and as an at-risk reason. cx-journey has no text scorer, so
 * the comment valence here is a fixed table (the compounds are what cx-text's VADER with the CX layer gives these
 * texts; cx-report's tests run the real scorer).
 */
class CommentMomentsTest {
    private static final Map<String, Double> COMPOUND = Map.of(
            "I waited 45 minutes on hold and nobody helped me", -0.7351,
            "I waited a bit.", -0.2263,
            "Great, thank you!", 0.8,
            "ok", 0.0,
            "broken", Double.NaN,
            "off the scale", -7.0);
    private static final CommentValence VALENCE = text -> COMPOUND.getOrDefault(text, 0.0);
    private static final ExperienceScorer WITH_COMMENTS = ExperienceScorer.withDefaults().withComments(VALENCE);

    private static Journey resolvedThen(String comment) {
        return journey("j", "c").contact("support_chat", "chat", 0, Outcome.RESOLVED, 30)
                .feedback("chat_survey", "chat", 5, new Feedback.Nps(8)).answer(new Feedback.Verbatim(comment))
                .build();
    }

    @Test
    void commentsAreNoMomentsByDefault() {
        Journey j = resolvedThen("I waited 45 minutes on hold and nobody helped me");
        JourneyScore s = ExperienceScorer.withDefaults().score(j);
        // resolved +0.5, NPS 8 → +0.6: peak = end = 0.6, S = 80.
        assertThat(s.moments()).isEqualTo(2);
        assertThat(s.score()).isCloseTo(80, within(1e-12));
        assertThat(ExperienceScorer.withDefaults().comments()).isSameAs(CommentValence.NONE);
    }

    @Test
    void aNegativeCommentIsANegativeMomentWeightedByItsCompound() {
        Journey j = resolvedThen("I waited 45 minutes on hold and nobody helped me");
        JourneyScore s = WITH_COMMENTS.score(j);
        // Moments: resolved +0.5, NPS 8 +0.6, comment −0.7351 → w = 2·(−0.7351) = −1.4702 (λ = 2).
        // It is the peak (largest |w|) and the end: R = −1.4702, S = 50 + 50·R/2 = 13.245; the chat wait of 30 s
        // is within the allowance, one contact: no penalty.
        assertThat(s.moments()).isEqualTo(3);
        assertThat(s.peak()).isCloseTo(-1.4702, within(1e-12));
        assertThat(s.last()).isCloseTo(-1.4702, within(1e-12));
        assertThat(s.score()).isCloseTo(50 - 25 * 1.4702, within(1e-9));
    }

    @Test
    void aMildComplaintIsAMildMoment() {
        JourneyScore s = WITH_COMMENTS.score(resolvedThen("I waited a bit."));
        // comment −0.2263 → w −0.4526: peak is NPS 8 (+0.6, |0.6| > |−0.4526|), end −0.4526:
        // R = (0.6 − 0.4526)/2 = 0.0737, S = 50 + 50·0.0737 = 53.685.
        assertThat(s.moments()).isEqualTo(3);
        assertThat(s.peak()).isCloseTo(0.6, within(1e-12));
        assertThat(s.last()).isCloseTo(-0.4526, within(1e-12));
        assertThat(s.score()).isCloseTo(53.685, within(1e-9));
    }

    @Test
    void neutralPositiveAndUnscorableCommentsAreNoMoments() {
        for (String text : List.of("Great, thank you!", "ok", "broken", "never seen")) {
            JourneyScore s = WITH_COMMENTS.score(resolvedThen(text));
            assertThat(s.moments()).as(text).isEqualTo(2);
            assertThat(s.score()).as(text).isCloseTo(80, within(1e-12));
        }
    }

    @Test
    void aValenceOutsideTheScaleIsClamped() {
        JourneyScore s = WITH_COMMENTS.score(resolvedThen("off the scale"));
        assertThat(s.peak()).isEqualTo(-2.0);
        assertThat(s.score()).isCloseTo(0, within(1e-12));
        assertThat(WITH_COMMENTS.valence(new Feedback.Verbatim("off the scale")).getAsDouble()).isEqualTo(-1.0);
    }

    @Test
    void aStronglyNegativeCommentRaisesAnAlertQuotingItWithItsCompound() {
        Journey j = resolvedThen("I waited 45 minutes on hold and nobody helped me");
        AtRiskDetector detector = new AtRiskDetector(ExperienceScorer.withDefaults().withComments(VALENCE),
                AtRiskRules.DEFAULTS);
        AtRiskAlert a = detector.detect(List.of(j)).alerts().get(0);
        AtRiskReason reason = a.reasons().stream().filter(x -> x.rule() == AtRiskReason.Rule.NEGATIVE_COMMENT)
                .findFirst().orElseThrow();
        assertThat(reason.detail()).isEqualTo("negative comment (compound -0.74) in journey j: "
                + "\"I waited 45 minutes on hold and nobody helped me\"");
        assertThat(reason.at()).isEqualTo(Journeys.T0.plus(Duration.ofMinutes(5)));
        // The comment also made the journey score 13.2, below the rolling threshold of 40.
        assertThat(a.reasons()).extracting(AtRiskReason::rule)
                .containsExactly(AtRiskReason.Rule.ROLLING_SCORE, AtRiskReason.Rule.NEGATIVE_COMMENT);
    }

    @Test
    void theCommentRuleNeedsAValenceAndHonoursItsThreshold() {
        Journey j = resolvedThen("I waited 45 minutes on hold and nobody helped me");
        assertThat(AtRiskDetector.withDefaults().detect(List.of(j)).alerts()).isEmpty();
        AtRiskRules strict = AtRiskRules.DEFAULTS.withNegativeComment(-0.8);
        // Score 13.2 still fires the rolling rule; the comment (−0.74) is above −0.8 and does not.
        AtRiskAlert a = new AtRiskDetector(WITH_COMMENTS, strict).detect(List.of(j)).alerts().get(0);
        assertThat(a.reasons()).extracting(AtRiskReason::rule).containsExactly(AtRiskReason.Rule.ROLLING_SCORE);
        // A mild complaint is a moment but no alert at the default −0.5: score 53.7, no reason.
        assertThat(new AtRiskDetector(WITH_COMMENTS, AtRiskRules.DEFAULTS)
                .detect(List.of(resolvedThen("I waited a bit."))).alerts()).isEmpty();
    }

    @Test
    void theLatestNegativeCommentIsTheEvidence() {
        Journey j = journey("j", "c").feedback("s", "web", 0, new Feedback.Verbatim("off the scale"))
                .feedback("s", "web", 10, new Feedback.Verbatim("I waited 45 minutes on hold and nobody helped me"))
                .build();
        AtRiskAlert a = new AtRiskDetector(WITH_COMMENTS, AtRiskRules.DEFAULTS).detect(List.of(j)).alerts().get(0);
        AtRiskReason reason = a.reasons().get(a.reasons().size() - 1);
        assertThat(reason.rule()).isEqualTo(AtRiskReason.Rule.NEGATIVE_COMMENT);
        assertThat(reason.detail()).contains("compound -0.74").contains("nobody helped me");
    }

    @Test
    void aCommentThresholdOutsideTheNegativeRangeIsRefused() {
        assertThatThrownBy(() -> AtRiskRules.DEFAULTS.withNegativeComment(0))
                .hasMessage("negativeComment must be within -1..-0.05, was 0.0");
        assertThatThrownBy(() -> AtRiskRules.DEFAULTS.withNegativeComment(Double.NaN))
                .hasMessage("negativeComment must be within -1..-0.05, was NaN");
        assertThatThrownBy(() -> ExperienceScorer.withDefaults().withComments(null))
                .isInstanceOf(NullPointerException.class);
    }
}
