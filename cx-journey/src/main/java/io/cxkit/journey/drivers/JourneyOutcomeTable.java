package io.cxkit.journey.drivers;

import java.util.List;
import java.util.Objects;

/**
 * One row per journey: the journey features of {@link JourneyFeatures} and a 0/1 outcome that follows the
 * journey (churn, {@link JourneyFeatures#churnTable}).
 *
 * @param outcome the outcome's name
 * @param features the feature names, in column order
 * @param columns {@code columns[j][i]}: feature j of journey i
 * @param y the outcome per journey, 0 or 1
 * @param journeys rows
 * @param skipped journeys left out because nothing happened before the outcome (or they were empty)
 * @param censored journeys left out because the data ends before their outcome can be known
 * @param definition how the outcome was defined, in words, for the output
 */
public record JourneyOutcomeTable(String outcome, List<String> features, double[][] columns, double[] y,
                                  int journeys, int skipped, int censored, String definition) {
    /**
     * Copies the names; the arrays are the caller's to leave alone.
     *
     * @param outcome the outcome's name
     * @param features the feature names, in column order
     * @param columns {@code columns[j][i]}: feature j of journey i
     * @param y the outcome per journey, 0 or 1
     * @param journeys rows
     * @param skipped journeys left out because nothing happened before the outcome (or they were empty)
     * @param censored journeys left out because the data ends before their outcome can be known
     * @param definition how the outcome was defined, in words, for the output
     */
    public JourneyOutcomeTable {
        Objects.requireNonNull(outcome, "outcome");
        features = List.copyOf(features);
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(definition, "definition");
    }

    /**
     * Journeys with outcome 1.
     *
     * @return the number of journeys whose outcome is 1
     */
    public long events() {
        long e = 0;
        for (double v : y) {
            e += v == 1 ? 1 : 0;
        }
        return e;
    }
}
