package io.cxkit.journey.scoring;

import java.util.List;
import java.util.Objects;

/**
 * The result of {@link PainPoints#analyze}.
 *
 * @param journeys the journeys analysed
 * @param feedbackJourneys the journeys with at least one scored answer
 * @param baselineDetractorRate the share of those whose last scored answer is a detractor answer (NaN if none)
 * @param rankedBy the measure the list is ranked by
 * @param painPoints the touchpoints and transitions with at least the minimum number of journeys, ranked
 */
public record PainPointReport(long journeys, long feedbackJourneys, double baselineDetractorRate,
        PainPoints.RankBy rankedBy, List<PainPoint> painPoints) {
    /**
     * @param journeys the journeys analysed
     * @param feedbackJourneys the journeys with at least one scored answer
     * @param baselineDetractorRate the share of those whose last scored answer is a detractor answer (NaN if none)
     * @param rankedBy the measure the list is ranked by
     * @param painPoints the touchpoints and transitions with at least the minimum number of journeys, ranked
     * @throws NullPointerException if a component is null
     */
    public PainPointReport {
        Objects.requireNonNull(rankedBy, "rankedBy must not be null");
        painPoints = List.copyOf(painPoints);
    }

    /**
     * The same report with only the first {@code n} pain points of the ranking (all of them if there are fewer);
     * the counts and the baseline still describe every journey analysed.
     *
     * @param n how many to keep, at least 0
     * @return the cut report
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public PainPointReport top(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("top must be at least 0, was " + n);
        }
        return n >= painPoints.size() ? this : new PainPointReport(journeys, feedbackJourneys, baselineDetractorRate,
                rankedBy, painPoints.subList(0, n));
    }
}
