package io.cxkit.journey.drivers;

import java.util.List;
import java.util.Objects;

/**
 * One row per answered journey: the features of what happened before the journey's first NPS answer, the
 * answer itself, and the journey's moments before it.
 *
 * @param features the feature names, in column order
 * @param columns {@code columns[j][i]}: feature j of journey i
 * @param score the NPS answer 0–10
 * @param detractor 1 if the answer is 0–6, else 0
 * @param negativeMoments moments with a negative valence before the answer (outcomes and earlier answers, as
 *        the journey scoring defines them)
 * @param positiveMoments moments with a positive valence before the answer
 * @param length interactions before the answer
 * @param journeys answered journeys (rows)
 * @param skipped journeys without an NPS answer, or whose answer is their first interaction
 */
public record JourneyFeatureTable(List<String> features, double[][] columns, double[] score, double[] detractor,
                                  double[] negativeMoments, double[] positiveMoments, double[] length, int journeys,
                                  int skipped) {
    /**
     * Copies the names; the arrays are the caller's to leave alone.
     *
     * @param features the feature names, in column order
     * @param columns {@code columns[j][i]}: feature j of journey i
     * @param score the NPS answer 0–10
     * @param detractor 1 if the answer is 0–6, else 0
     * @param negativeMoments moments with a negative valence before the answer (outcomes and earlier answers, as
     *        the journey scoring defines them)
     * @param positiveMoments moments with a positive valence before the answer
     * @param length interactions before the answer
     * @param journeys answered journeys (rows)
     * @param skipped journeys without an NPS answer, or whose answer is their first interaction
     */
    public JourneyFeatureTable {
        features = List.copyOf(features);
        Objects.requireNonNull(columns, "columns");
    }
}
