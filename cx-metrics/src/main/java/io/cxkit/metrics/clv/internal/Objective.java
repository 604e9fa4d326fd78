package io.cxkit.metrics.clv.internal;

/** A smooth function to minimise over unconstrained parameters, with its gradient. */
@FunctionalInterface
public interface Objective {
    /**
     * Returns f(θ) and writes ∇f(θ) into {@code gradient}. May return a non-finite value where f is undefined;
     * the optimiser then backs off.
     */
    double evaluate(double[] theta, double[] gradient);

    /** Wraps a value-only function with central-difference gradients (step 1e-6, relative). */
    static Objective numericalGradient(java.util.function.ToDoubleFunction<double[]> f) {
        return (theta, gradient) -> {
            double[] probe = theta.clone();
            for (int i = 0; i < theta.length; i++) {
                double h = 1e-6 * Math.max(1, Math.abs(theta[i]));
                probe[i] = theta[i] + h;
                double up = f.applyAsDouble(probe);
                probe[i] = theta[i] - h;
                double down = f.applyAsDouble(probe);
                probe[i] = theta[i];
                gradient[i] = (up - down) / (2 * h);
            }
            return f.applyAsDouble(theta);
        };
    }
}
