package io.cxkit.metrics.clv;

import java.util.Map;
import java.util.Objects;

/**
 * A maximum-likelihood fit: the fitted model, and how the fit went.
 *
 * @param model the model's name as the CLI spells it ({@code bgnbd}, {@code mbgnbd}, {@code pareto-nbd},
 *        {@code gamma-gamma}, {@code bgbb}, {@code sbg})
 * @param fitted the fitted model, ready to predict
 * @param params the parameters by name, in the model's order
 * @param logLikelihood the total log-likelihood at the estimate, summed over customers (weights applied), in the
 *        data's time unit (it changes with the unit, by a Jacobian term; it is not a mean)
 * @param iterations the optimiser's iterations
 * @param converged whether a convergence test was met
 * @param convergence which test stopped the optimiser, in words
 * @param standardErrors the standard error of each parameter from the inverse of the numerical Hessian of the
 *        negative log-likelihood (NaN where the Hessian is singular)
 * @param observations the total weight fitted (customers, or cohort members for {@code sbg})
 * @param <M> the model type
 */
public record ModelFit<M>(String model, M fitted, Map<String, Double> params, double logLikelihood, int iterations,
                          boolean converged, String convergence, Map<String, Double> standardErrors,
                          double observations) {

    /** Copies the maps (keeping their order). */
    public ModelFit {
        Objects.requireNonNull(model, "model must not be null");
        Objects.requireNonNull(fitted, "fitted must not be null");
        Objects.requireNonNull(convergence, "convergence must not be null");
        params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
        standardErrors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(standardErrors));
    }
}
