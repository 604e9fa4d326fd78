package io.cxkit.metrics.clv;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A maximum-likelihood fit: the fitted model, and how the fit went.
 *
 * <p>{@code converged} is true only for an interior maximum the data identify: the optimiser met a convergence
 * test, no parameter ran towards a boundary of its space (0 or ∞), the information matrix (the Hessian of the
 * negative log-likelihood) is positive definite, and every standard error is finite. Otherwise it is false,
 * {@code convergence} says why in words, and {@code warnings} carries the machine-readable reasons.
 *
 * @param model the model's name as the CLI spells it ({@code bgnbd}, {@code mbgnbd}, {@code pareto-nbd},
 *        {@code gamma-gamma}, {@code bgbb}, {@code sbg})
 * @param fitted the fitted model (the last estimates, also when the fit did not converge)
 * @param params the parameters by name, in the model's order
 * @param logLikelihood the total log-likelihood at the estimate, summed over customers (weights applied), in the
 *        data's time unit (it changes with the unit, by a Jacobian term; it is not a mean)
 * @param iterations the optimiser's iterations
 * @param evaluations the evaluations of the log-likelihood (with its gradient) the optimiser made, line-search
 *        trials included, the standard errors' not counted; at most {@link FitLimits#maxEvaluations()}
 * @param converged whether the fit reached an interior maximum the data identify (see above)
 * @param convergence which test stopped the optimiser, or why the fit is not converged, in words
 * @param warnings why the estimate is not to be trusted, as codes: {@link #BOUNDARY}, {@link #NOT_IDENTIFIED},
 *        {@link #NOT_CONVERGED}; empty for a converged fit
 * @param standardErrors the standard error of each parameter from the inverse of the numerical Hessian of the
 *        negative log-likelihood (NaN where the Hessian is singular or not positive definite)
 * @param observations the total weight fitted (customers, or cohort members for {@code sbg})
 * @param excluded the weight of customers in the input left out of the fit because the model cannot use them
 *        (Gamma-Gamma: repeat buyers without positive mean spend); 0 for the other models
 * @param <M> the model type
 */
public record ModelFit<M>(String model, M fitted, Map<String, Double> params, double logLikelihood, int iterations,
                          int evaluations, boolean converged, String convergence, List<String> warnings,
                          Map<String, Double> standardErrors, double observations, double excluded) {

    /** A parameter ran towards 0 or ∞: the likelihood has no interior maximum for this data. */
    public static final String BOUNDARY = "boundary";
    /** The information matrix is not positive definite, or a standard error is not finite. */
    public static final String NOT_IDENTIFIED = "not_identified";
    /** The optimiser stopped at a limit (iterations, evaluations, work) or could not improve further. */
    public static final String NOT_CONVERGED = "not_converged";

    /**
     * Copies the maps (keeping their order) and the warnings.
     *
     * @param model the model's name as the CLI spells it ({@code bgnbd}, {@code mbgnbd}, {@code pareto-nbd}, {@code
     *        gamma-gamma}, {@code bgbb}, {@code sbg})
     * @param fitted the fitted model (the last estimates, also when the fit did not converge)
     * @param params the parameters by name, in the model's order
     * @param logLikelihood the total log-likelihood at the estimate, summed over customers (weights applied), in the
     *        data's time unit (it changes with the unit, by a Jacobian term; it is not a mean)
     * @param iterations the optimiser's iterations
     * @param evaluations the evaluations of the log-likelihood (with its gradient) the optimiser made, line-search
     *        trials included, the standard errors' not counted; at most {@link FitLimits#maxEvaluations()}
     * @param converged whether the fit reached an interior maximum the data identify (see above)
     * @param convergence which test stopped the optimiser, or why the fit is not converged, in words
     * @param warnings why the estimate is not to be trusted, as codes: {@link #BOUNDARY}, {@link #NOT_IDENTIFIED},
     *        {@link #NOT_CONVERGED}; empty for a converged fit
     * @param standardErrors the standard error of each parameter from the inverse of the numerical Hessian of the
     *        negative log-likelihood (NaN where the Hessian is singular or not positive definite)
     * @param observations the total weight fitted (customers, or cohort members for {@code sbg})
     * @param excluded the weight of customers in the input left out of the fit because the model cannot use them
     *        (Gamma-Gamma: repeat buyers without positive mean spend); 0 for the other models
     */
    public ModelFit {
        Objects.requireNonNull(model, "model must not be null");
        Objects.requireNonNull(fitted, "fitted must not be null");
        Objects.requireNonNull(convergence, "convergence must not be null");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        standardErrors = Collections.unmodifiableMap(new LinkedHashMap<>(standardErrors));
        warnings = List.copyOf(warnings);
    }
}
