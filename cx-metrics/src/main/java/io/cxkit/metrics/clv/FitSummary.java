package io.cxkit.metrics.clv;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a {@link ModelFit} went, without the fitted model object: what a report, a log line or {@code cx clv fit}
 * writes. Written by {@code io.cxkit.core.output} ({@code Schema.of(FitSummary.class)}) under the names
 * {@code model}, {@code params}, {@code log_likelihood}, {@code iterations}, {@code converged},
 * {@code standard_errors}, {@code convergence}, {@code warnings}, {@code evaluations}, {@code observations}.
 *
 * @param model the model's name ({@code bgnbd}, {@code mbgnbd}, {@code pareto-nbd}, {@code gamma-gamma},
 *        {@code bgbb}, {@code sbg})
 * @param params the parameters by name, in the model's order
 * @param logLikelihood the total log-likelihood at the estimate (see {@link ModelFit#logLikelihood()})
 * @param iterations the optimiser's iterations
 * @param converged whether the fit reached an interior maximum the data identify (see {@link ModelFit})
 * @param standardErrors each parameter's standard error (NaN where the information matrix is singular)
 * @param convergence which test stopped the optimiser, or why the fit is not converged, in words
 * @param warnings the machine-readable reasons not to trust the estimate; empty for a converged fit
 * @param evaluations the log-likelihood evaluations the optimiser made
 * @param observations the total weight fitted (customers, or cohort members for {@code sbg})
 */
public record FitSummary(String model, Map<String, Double> params, double logLikelihood, int iterations,
        boolean converged, Map<String, Double> standardErrors, String convergence, List<String> warnings,
        int evaluations, double observations) {

    /**
     * Copies the maps (keeping their order) and the warnings.
     *
     * @param model the model's name ({@code bgnbd}, {@code mbgnbd}, {@code pareto-nbd}, {@code gamma-gamma},
     *        {@code bgbb}, {@code sbg})
     * @param params the parameters by name, in the model's order
     * @param logLikelihood the total log-likelihood at the estimate (see {@link ModelFit#logLikelihood()})
     * @param iterations the optimiser's iterations
     * @param converged whether the fit reached an interior maximum the data identify (see {@link ModelFit})
     * @param standardErrors each parameter's standard error (NaN where the information matrix is singular)
     * @param convergence which test stopped the optimiser, or why the fit is not converged, in words
     * @param warnings the machine-readable reasons not to trust the estimate; empty for a converged fit
     * @param evaluations the log-likelihood evaluations the optimiser made
     * @param observations the total weight fitted (customers, or cohort members for {@code sbg})
     * @throws NullPointerException if a component is null
     */
    public FitSummary {
        Objects.requireNonNull(model, "model must not be null");
        Objects.requireNonNull(convergence, "convergence must not be null");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        standardErrors = Collections.unmodifiableMap(new LinkedHashMap<>(standardErrors));
        warnings = List.copyOf(warnings);
    }

    /**
     * The summary of a fit.
     *
     * @param fit a fit of any model
     * @return its summary
     */
    public static FitSummary of(ModelFit<?> fit) {
        return new FitSummary(fit.model(), fit.params(), fit.logLikelihood(), fit.iterations(), fit.converged(),
                fit.standardErrors(), fit.convergence(), fit.warnings(), fit.evaluations(), fit.observations());
    }
}
