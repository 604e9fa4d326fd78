package io.cxkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.Interaction;
import io.cxkit.core.sample.SampleGenerator;
import io.cxkit.journey.Journey;
import io.cxkit.journey.JourneyCutter;
import io.cxkit.journey.scoring.AtRiskDetector;
import io.cxkit.journey.scoring.AtRiskReason;
import io.cxkit.journey.scoring.ExperienceScorer;
import io.cxkit.text.Vader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's journey sections read comments with VADER and the CX layer. */
class CommentSentimentTest {
    private static final List<Interaction> SAMPLE =
            SampleGenerator.builder().customers(400).seed(2025).build().generateList();

    @Test
    void theAtRiskSectionQuotesNegativeCommentsAndFlagsMoreCustomersThanWithoutThem() {
        Report report = CxReport.withDefaults().compute(SAMPLE, List.of());
        AtRisk atRisk = report.content(AtRisk.class).orElseThrow();
        List<Journey> journeys = JourneyCutter.byJourneyId().cut(SAMPLE);
        long without = AtRiskDetector.withDefaults().detect(journeys).alerts().size();
        assertThat(atRisk.atRisk()).isGreaterThan(without);
        AtRiskReason comment = atRisk.alerts().stream().flatMap(a -> a.reasons().stream())
                .filter(r -> r.rule() == AtRiskReason.Rule.NEGATIVE_COMMENT).findFirst().orElseThrow();
        // The quoted compound is the scorer's own, recomputed here from the quoted text.
        String quoted = comment.detail().substring(comment.detail().indexOf(": \"") + 3,
                comment.detail().length() - 1);
        double compound = Vader.cx().score(quoted).compound();
        assertThat(compound).isLessThanOrEqualTo(-0.5);
        assertThat(comment.detail()).startsWith(String.format(java.util.Locale.ROOT,
                "negative comment (compound %.2f)", compound));
    }

    @Test
    void negativeCommentsLowerTheMeanExperienceScore() {
        Report report = CxReport.withDefaults().compute(SAMPLE, List.of());
        List<Journey> journeys = JourneyCutter.byJourneyId().cut(SAMPLE).stream()
                .filter(j -> !j.id().endsWith(JourneyCutter.NO_JOURNEY_ID_SUFFIX)).toList();
        ExperienceScorer plain = ExperienceScorer.withDefaults();
        double mean = journeys.stream().mapToDouble(j -> plain.score(j).score()).average().orElseThrow();
        double withComments = journeys.stream().mapToDouble(j -> CommentSentiment.scorer().score(j).score())
                .average().orElseThrow();
        assertThat(withComments).isLessThan(mean);
        assertThat(report.content(Experience.class).orElseThrow().meanExperienceScore())
                .isCloseTo(withComments, org.assertj.core.api.Assertions.within(1e-9));
    }
}
