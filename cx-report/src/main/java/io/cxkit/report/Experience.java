package io.cxkit.report;

import io.cxkit.journey.scoring.PainPoint;
import java.util.List;

/**
 * Journey experience: the mean experience score and the ranked pain points.
 *
 * @param journeys journeys with an explicit journey id
 * @param meanExperienceScore their mean experience score, 0..100
 * @param feedbackJourneys journeys with survey feedback
 * @param baselineDetractorRate the share of feedback journeys with a detractor answer, 0..1
 * @param rankedBy the measure the pain points are ranked by
 * @param painPoints the top pain points
 * @param negativityWeight the negativity weight λ the scores were computed with
 * @param negativityWeightSource how λ was set: {@code default}, {@code given}, or the estimate with its interval
 *        and n
 */
public record Experience(long journeys, double meanExperienceScore, long feedbackJourneys,
        double baselineDetractorRate, String rankedBy, List<PainPoint> painPoints, double negativityWeight,
        String negativityWeightSource) {
    /**
     * Copies the list.
     *
     * @param journeys journeys with an explicit journey id
     * @param meanExperienceScore their mean experience score, 0..100
     * @param feedbackJourneys journeys with survey feedback
     * @param baselineDetractorRate the share of feedback journeys with a detractor answer, 0..1
     * @param rankedBy the measure the pain points are ranked by
     * @param painPoints the top pain points
     * @param negativityWeight the journey score's negativity weight λ used
     * @param negativityWeightSource where λ came from: the default, a number given, or estimated from the data
     */
    public Experience {
        painPoints = List.copyOf(painPoints);
    }
}
