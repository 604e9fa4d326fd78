package io.cxkit.metrics.clv;

import io.cxkit.metrics.clv.internal.Bfgs;
import io.cxkit.metrics.clv.internal.Hessian;
import io.cxkit.metrics.clv.internal.Minimum;
import io.cxkit.metrics.clv.internal.Objective;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The shared fitting procedure: every model is fitted on θ = ln(parameters), so the parameters stay positive
 * without constraints, by BFGS on the negative log-likelihood per unit weight (so that one gradient tolerance
 * serves a hundred customers and a million), then standard errors from the numerical Hessian of the total.
 */
final class MaximumLikelihood {
    private static final double GRADIENT_TOLERANCE_ANALYTIC = 1e-9;
    private static final double GRADIENT_TOLERANCE_NUMERIC = 1e-7;
    private static final int MAX_ITERATIONS = 500;

    /** The total negative log-likelihood at θ, writing its θ-gradient when {@code gradient} is non-empty. */
    interface NegLogLik {
        double at(double[] theta, double[] gradient);
    }

    private MaximumLikelihood() {
    }

    static <M> ModelFit<M> fit(String model, String[] names, double[] start, NegLogLik nll, boolean analytic,
                               double totalWeight, Function<double[], M> make) {
        double[] theta0 = new double[start.length];
        for (int i = 0; i < start.length; i++) {
            theta0[i] = Math.log(start[i]);
        }
        ToDoubleFunction<double[]> total = t -> nll.at(t, new double[0]);
        Objective perWeight = analytic
                ? (t, g) -> {
                    double v = nll.at(t, g);
                    for (int i = 0; i < g.length; i++) {
                        g[i] /= totalWeight;
                    }
                    return v / totalWeight;
                }
                : Objective.numericalGradient(t -> total.applyAsDouble(t) / totalWeight);
        Minimum min = new Bfgs(analytic ? GRADIENT_TOLERANCE_ANALYTIC : GRADIENT_TOLERANCE_NUMERIC, MAX_ITERATIONS)
                .minimise(perWeight, theta0);
        double[] se = analytic
                ? Hessian.standardErrorsOfExp((Objective) nll::at, min.theta())
                : Hessian.standardErrorsOfExp(total, min.theta());
        Map<String, Double> params = new LinkedHashMap<>();
        Map<String, Double> ses = new LinkedHashMap<>();
        double[] p = new double[names.length];
        for (int i = 0; i < names.length; i++) {
            p[i] = Math.exp(min.theta()[i]);
            params.put(names[i], p[i]);
            ses.put(names[i], se[i]);
        }
        return new ModelFit<>(model, make.apply(p), params, -total.applyAsDouble(min.theta()), min.iterations(),
                min.converged(), min.reason(), ses, totalWeight);
    }

    static void requirePositive(String model, String name, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(model + " parameter " + name + " must be positive and finite, was " + v);
        }
    }

    static void requireRows(String model, SummaryTable data) {
        if (data.size() == 0) {
            throw new IllegalArgumentException(model + " needs at least one customer, the summary table is empty");
        }
    }
}
