package io.cxkit.report;

import io.cxkit.journey.Journey;
import io.cxkit.journey.JourneyCutter;
import io.cxkit.journey.scoring.ExperienceScorer;
import io.cxkit.journey.scoring.PainPointReport;
import io.cxkit.journey.scoring.PainPoints;
import java.util.List;

/**
 * The {@code experience} section: mean experience score and ranked pain points over the journeys that have an
 * explicit journey id (a customer's loose interactions are no journey to score).
 */
final class ExperienceProvider implements SectionProvider<Experience> {
    private final int top;
    private final int minJourneys;
    private final Scoring scoring;

    ExperienceProvider(int top, int minJourneys, Scoring scoring) {
        this.top = top;
        this.minJourneys = minJourneys;
        this.scoring = scoring;
    }

    @Override
    public String key() {
        return "experience";
    }

    @Override
    public String title() {
        return "Experience and pain points";
    }

    @Override
    public Experience compute(ReportInput input) {
        List<Journey> journeys = input.journeys().stream()
                .filter(j -> !j.id().endsWith(JourneyCutter.NO_JOURNEY_ID_SUFFIX)).toList();
        if (journeys.isEmpty()) {
            throw new SectionUnavailableException("no interaction carries a journey id");
        }
        ExperienceScorer scorer = CommentSentiment.scorer(scoring.settings(input));
        double sum = 0;
        for (Journey j : journeys) {
            sum += scorer.score(j).score();
        }
        PainPointReport pain = PainPoints.withDefaults().minJourneys(minJourneys).analyze(journeys);
        return new Experience(journeys.size(), sum / journeys.size(), pain.feedbackJourneys(),
                pain.baselineDetractorRate(), pain.rankedBy().name().toLowerCase(java.util.Locale.ROOT),
                pain.painPoints().subList(0, Math.min(top, pain.painPoints().size())),
                scorer.settings().negativityWeight(), scoring.source(input));
    }
}
