package io.cxkit.metrics.drivers;

import java.util.List;
import java.util.Objects;

/**
 * A fitted logistic regression.
 *
 * @param outcome the outcome's name
 * @param n observations used
 * @param events observations with outcome 1
 * @param coefficients the intercept first, then one per feature, in the order given
 * @param deviance the residual deviance −2 log L (for Firth, of the unpenalised likelihood at the estimate)
 * @param nullDeviance the deviance of the intercept-only model
 * @param iterations Newton–Raphson (IRLS) iterations used
 * @param converged true: the deviance and the coefficients settled to the tolerance (a fit that did not
 *        converge is never returned; see {@link LogisticRegression})
 * @param method {@code irls} or {@code irls-firth}
 */
public record LogisticFit(String outcome, long n, long events, List<Coefficient> coefficients, double deviance,
                          double nullDeviance, int iterations, boolean converged, String method) {
    /**
     * @param outcome the outcome's name
     * @param n observations used
     * @param events observations with outcome 1
     * @param coefficients the intercept first, then one per feature, in the order given
     * @param deviance the residual deviance −2 log L (for Firth, of the unpenalised likelihood at the estimate)
     * @param nullDeviance the deviance of the intercept-only model
     * @param iterations Newton–Raphson (IRLS) iterations used
     * @param converged true: the deviance and the coefficients settled to the tolerance (a fit that did not
     *        converge is never returned; see {@link LogisticRegression})
     * @param method {@code irls} or {@code irls-firth}
     * @throws NullPointerException if a field is null
     */
    public LogisticFit {
        Objects.requireNonNull(outcome, "outcome");
        coefficients = List.copyOf(coefficients);
        Objects.requireNonNull(method, "method");
    }

    /**
     * Akaike's information criterion, deviance + 2 × the number of coefficients.
     *
     * @return the AIC
     */
    public double aic() {
        return deviance + 2 * coefficients.size();
    }
}
