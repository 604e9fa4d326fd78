package io.cxkit.metrics.survey;

import io.cxkit.metrics.Estimate;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The NPS with its typed parts, so that nothing reads them back from {@link Estimate#details()}: the category
 * counts (weighted sums when answers were weighted) and shares, and the standard error (Rocks 2016).
 *
 * @param estimate the NPS on [−1, 1] with n, interval and method, as {@link NpsAccumulator#result()} gives it
 * @param detractors detractor answers (with weights, their sum)
 * @param passives passive answers (with weights, their sum)
 * @param promoters promoter answers (with weights, their sum)
 * @param detractorShare detractors over all answers, in [0, 1]; NaN with no answer
 * @param passiveShare passives over all answers, in [0, 1]; NaN with no answer
 * @param promoterShare promoters over all answers, in [0, 1]; NaN with no answer
 * @param standardError the standard error of the NPS on [−1, 1]; NaN with no answer
 * @param effectiveN Kish's effective sample size, when answers were weighted
 */
public record NpsEstimate(Estimate estimate, double detractors, double passives, double promoters,
                          double detractorShare, double passiveShare, double promoterShare, double standardError,
                          OptionalDouble effectiveN) {
    /**
     * @param estimate the NPS on [−1, 1] with n, interval and method, as {@link NpsAccumulator#result()} gives it
     * @param detractors detractor answers (with weights, their sum)
     * @param passives passive answers (with weights, their sum)
     * @param promoters promoter answers (with weights, their sum)
     * @param detractorShare detractors over all answers, in [0, 1]; NaN with no answer
     * @param passiveShare passives over all answers, in [0, 1]; NaN with no answer
     * @param promoterShare promoters over all answers, in [0, 1]; NaN with no answer
     * @param standardError the standard error of the NPS on [−1, 1]; NaN with no answer
     * @param effectiveN Kish's effective sample size, when answers were weighted
     * @throws NullPointerException if the estimate or the effective n is null
     */
    public NpsEstimate {
        Objects.requireNonNull(estimate, "estimate");
        Objects.requireNonNull(effectiveN, "effectiveN");
    }

    /**
     * The NPS in points, −100..100, as NPS readers expect it; NaN with no answer.
     *
     * @return the NPS in points, −100..100, as NPS readers expect it; NaN with no answer
     */
    public double points() {
        return estimate.value() * 100;
    }
}
