package io.cxkit.journey.drivers;

import io.cxkit.metrics.drivers.CollinearFeatureException;
import io.cxkit.metrics.drivers.LogisticFit;
import io.cxkit.metrics.drivers.LogisticRegression;
import java.util.ArrayList;
import java.util.List;

/**
 * What in the journeys raises the odds of a detractor answer, or of churn after the journey: a logistic
 * regression of "detractor" (or "churn") on the journey features of {@link JourneyFeatures}, by IRLS ({@link LogisticRegression}). Features that do not vary
 * over the journeys (a touchpoint every journey visits, no transfers at all) carry no information and are left
 * out, and listed, as are features that the others determine exactly (collinear).
 */
public final class BehaviourDrivers {
    private BehaviourDrivers() {
    }

    /**
     * The fit and the features left out.
     *
     * @param fit the logistic fit (odds ratios per feature)
     * @param constant features left out because they did not vary or were collinear with the others
     */
    public record Result(LogisticFit fit, List<String> constant) {
        /**
         * Copies the list.
         *
         * @param fit the logistic fit (odds ratios per feature)
         * @param constant features left out because they did not vary or were collinear with the others
         */
        public Result {
            constant = List.copyOf(constant);
        }
    }

    /**
     * Fits detractor ~ features.
     *
     * @param t the journey features and NPS answers, from {@link JourneyFeatures#table}
     * @param settings the logistic regression's penalty, iteration limit and interval level
     * @return the fit, and the features left out because they did not vary or were collinear
     * @throws IllegalArgumentException as {@link LogisticRegression#fit} does (separation without Firth, all
     *         answers detractors or none, collinear features), or if no feature varies
     */
    public static Result detractors(JourneyFeatureTable t, LogisticRegression.Settings settings) {
        return fit("detractor", t.features(), t.columns(), t.detractor(), t.journeys(), settings);
    }

    /**
     * Fits churn ~ features on {@link JourneyFeatures#churnTable}: what in a journey raises the odds that the
     * customer leaves after it.
     *
     * @param t the journey features and churn outcomes, from {@link JourneyFeatures#churnTable}
     * @param settings the logistic regression's penalty, iteration limit and interval level
     * @return the fit, and the features left out because they did not vary or were collinear
     * @throws IllegalArgumentException as {@link #detractors} does (no churn or all churn, separation, no feature
     *         that varies)
     */
    public static Result churn(JourneyOutcomeTable t, LogisticRegression.Settings settings) {
        return fit(t.outcome(), t.features(), t.columns(), t.y(), t.journeys(), settings);
    }

    private static Result fit(String outcome, List<String> features, double[][] columns, double[] y, int journeys,
                              LogisticRegression.Settings settings) {
        List<String> names = new ArrayList<>();
        List<double[]> cols = new ArrayList<>();
        List<String> constant = new ArrayList<>();
        for (int j = 0; j < features.size(); j++) {
            double[] c = columns[j];
            boolean varies = false;
            for (int i = 1; i < c.length && !varies; i++) {
                varies = c[i] != c[0];
            }
            if (varies) {
                names.add(features.get(j));
                cols.add(c);
            } else {
                constant.add(features.get(j));
            }
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("no journey feature varies over the " + journeys + " journeys");
        }
        while (true) {
            try {
                LogisticFit fit = LogisticRegression.fit(outcome, names, cols.toArray(new double[0][]), y,
                        settings);
                return new Result(fit, constant);
            } catch (CollinearFeatureException e) {
                int k = names.indexOf(e.feature());
                if (k < 0 || names.size() == 1) {
                    throw e;
                }
                // A feature the others already determine (channel switches fixed by which channels were
                // visited, say) adds nothing identifiable: leave it out and say so.
                constant.add(names.remove(k));
                cols.remove(k);
            }
        }
    }
}
