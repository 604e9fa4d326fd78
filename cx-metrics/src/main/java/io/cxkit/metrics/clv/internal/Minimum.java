package io.cxkit.metrics.clv.internal;

/**
 * What {@link Bfgs} found.
 *
 * @param theta the parameters at the minimum
 * @param value f(θ)
 * @param gradientNorm the largest absolute gradient component at θ
 * @param iterations the quasi-Newton iterations taken
 * @param evaluations the function evaluations taken
 * @param converged whether a convergence test was met
 * @param reason which test stopped the search, in words
 */
public record Minimum(double[] theta, double value, double gradientNorm, int iterations, int evaluations,
                      boolean converged, String reason) {
}
