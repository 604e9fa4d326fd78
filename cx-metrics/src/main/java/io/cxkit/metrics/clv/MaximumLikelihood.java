package io.cxkit.metrics.clv;

import io.cxkit.metrics.clv.internal.Bfgs;
import io.cxkit.metrics.clv.internal.Hessian;
import io.cxkit.metrics.clv.internal.Minimum;
import io.cxkit.metrics.clv.internal.Objective;
import io.cxkit.metrics.clv.internal.Work;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared fitting procedure: every model is fitted on θ = ln(parameters), so the parameters stay positive
 * without constraints, by BFGS on the negative log-likelihood per unit weight (so that one gradient tolerance
 * serves a hundred customers and a million), then standard errors from the numerical Hessian of the total, then
 * the checks that decide whether the estimate is a converged fit ({@link ModelFit}).
 */
final class MaximumLikelihood {
    private static final Logger LOG = LoggerFactory.getLogger(MaximumLikelihood.class);
    private static final double GRADIENT_TOLERANCE_ANALYTIC = 1e-9;
    private static final double GRADIENT_TOLERANCE_NUMERIC = 1e-7;
    /**
     * A parameter that ended more than this factor from its starting value, with a relative standard error above
     * 1 (or none), is running towards 0 or ∞. Starting values are on the data's scale (shapes at 1 or 2, scales
     * at the data's mean time between purchases or mean spend), so a converged fit lies well inside it: CDNOW's
     * parameters are within a factor 10 of their starts.
     */
    private static final double BOUNDARY_FACTOR = 1e4;
    /**
     * The information matrix counts as positive definite when its smallest eigenvalue exceeds this share of its
     * largest: below it, the inverse (and so every standard error) is numerical noise.
     */
    private static final double CONDITION_LIMIT = 1e-10;

    /**
     * The total negative log-likelihood at θ, writing its θ-gradient when {@code gradient} is non-empty, and
     * charging to {@code work} what it needs beyond a fixed cost per row (series terms, quadrature nodes).
     */
    interface NegLogLik {
        double at(double[] theta, double[] gradient, Work work);
    }

    private MaximumLikelihood() {
    }

    /**
     * Fits by maximum likelihood within {@code limits}.
     *
     * @param cost the work units one evaluation charges before the likelihood's own (the rows, or for BG/BB the
     *        opportunity terms)
     */
    static <M> ModelFit<M> fit(String model, String[] names, double[] start, NegLogLik nll, boolean analytic,
                               double totalWeight, long cost, FitLimits limits, Function<double[], M> make) {
        return fit(model, names, start, nll, analytic, totalWeight, cost, 0, limits, make);
    }

    static <M> ModelFit<M> fit(String model, String[] names, double[] start, NegLogLik nll, boolean analytic,
                               double totalWeight, long cost, double excluded, FitLimits limits,
                               Function<double[], M> make) {
        java.util.Objects.requireNonNull(limits, "limits must not be null");
        double[] theta0 = new double[start.length];
        for (int i = 0; i < start.length; i++) {
            theta0[i] = Math.log(start[i]);
        }
        Work work = new Work(limits.maxWork());
        NegLogLik charged = (t, g, w) -> {
            w.charge(Math.max(1, cost));
            return nll.at(t, g, w);
        };
        ToDoubleFunction<double[]> total = t -> charged.at(t, new double[0], work);
        Objective perWeight = analytic
                ? (t, g) -> {
                    double v = charged.at(t, g, work);
                    for (int i = 0; i < g.length; i++) {
                        g[i] /= totalWeight;
                    }
                    return v / totalWeight;
                }
                : Objective.numericalGradient(t -> total.applyAsDouble(t) / totalWeight);
        Minimum min = new Bfgs(analytic ? GRADIENT_TOLERANCE_ANALYTIC : GRADIENT_TOLERANCE_NUMERIC,
                limits.maxIterations(), limits.maxEvaluations()).minimise(perWeight, theta0);
        int n = names.length;
        double[] theta = min.theta();
        // The standard errors get an allowance of their own, the fit's work limit again; a fit that already ran out
        // of work gets none (its standard errors are unknown), so the total stays bounded.
        double[][] hm = null;
        if (!min.reason().startsWith(Work.LIMIT_REACHED)) {
            Work hessianWork = new Work(limits.maxWork());
            try {
                hm = analytic
                        ? Hessian.ofGradient((t, g) -> charged.at(t, g, hessianWork), theta)
                        : Hessian.ofValues(t -> charged.at(t, new double[0], hessianWork), theta);
            } catch (Work.LimitReached | IllegalArgumentException | ArithmeticException e) {
                hm = null;
            }
        }
        double[] se = new double[n];
        java.util.Arrays.fill(se, Double.NaN);
        double[] eigen = new double[n];
        java.util.Arrays.fill(eigen, Double.NaN);
        if (hm != null) {
            se = Hessian.standardErrorsOfExp(hm, theta);
            eigen = Hessian.eigenvalues(hm);
        }
        Map<String, Double> params = new LinkedHashMap<>();
        Map<String, Double> ses = new LinkedHashMap<>();
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = Math.exp(theta[i]);
            params.put(names[i], p[i]);
            ses.put(names[i], se[i]);
        }
        Verdict v = hm == null && min.reason().startsWith(Work.LIMIT_REACHED)
                ? new Verdict(false, "not converged: the optimiser stopped: " + min.reason()
                        + "; standard errors were not computed", List.of(ModelFit.NOT_CONVERGED))
                : verdict(names, theta0, theta, p, se, eigen, min);
        if (!v.converged) {
            // The fit comes back all the same, flagged; a service that fits unattended should hear of it.
            LOG.warn("{} fit did not converge after {} iterations: {}", model, min.iterations(), v.reason);
        } else {
            LOG.debug("{} fit converged after {} iterations", model, min.iterations());
        }
        return new ModelFit<>(model, make.apply(p), params, -nll.at(theta, new double[0], Work.UNLIMITED),
                min.iterations(), min.evaluations(), v.converged, v.reason, v.warnings, ses, totalWeight, excluded);
    }

    private record Verdict(boolean converged, String reason, List<String> warnings) {
    }

    /**
     * Whether the optimiser's end is a converged fit: it met a convergence test, no parameter ran to a boundary,
     * the information matrix is positive definite and every standard error is finite.
     */
    private static Verdict verdict(String[] names, double[] theta0, double[] theta, double[] p, double[] se,
                                   double[] eigen, Minimum min) {
        List<String> warnings = new ArrayList<>();
        List<String> why = new ArrayList<>();
        boolean drifted = min.reason().contains("drifted");
        List<String> atBoundary = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            double relative = se[i] / p[i];
            boolean far = Math.abs(theta[i] - theta0[i]) > Math.log(BOUNDARY_FACTOR);
            if (far && (drifted || !(relative <= 1))) {
                atBoundary.add(String.format(Locale.ROOT, "%s = %.4g", names[i], p[i]));
            }
        }
        if (drifted || !atBoundary.isEmpty()) {
            warnings.add(ModelFit.BOUNDARY);
            why.add((atBoundary.isEmpty() ? "a parameter" : String.join(", ", atBoundary))
                    + " ran towards a boundary of the parameter space (0 or infinity): the likelihood keeps rising "
                    + "towards a limiting case of the model, so this data has no interior maximum");
        }
        double largest = eigen[eigen.length - 1];
        double smallest = eigen[0];
        boolean positiveDefinite = smallest > CONDITION_LIMIT * largest && largest > 0;
        List<String> noSe = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (!Double.isFinite(se[i])) {
                noSe.add(names[i]);
            }
        }
        if (!positiveDefinite || !noSe.isEmpty()) {
            warnings.add(ModelFit.NOT_IDENTIFIED);
            StringBuilder b = new StringBuilder("the data do not identify every parameter: ");
            b.append(positiveDefinite ? "the information matrix is positive definite"
                    : String.format(Locale.ROOT, "the information matrix is not positive definite (eigenvalues "
                    + "%.3g to %.3g)", smallest, largest));
            if (!noSe.isEmpty()) {
                b.append(positiveDefinite ? " but " : ", and ").append("the standard errors of ")
                        .append(String.join(", ", noSe)).append(" are not finite");
            }
            why.add(b.toString());
        }
        if (!min.converged()) {
            warnings.add(0, ModelFit.NOT_CONVERGED);
            if (!drifted) {
                why.add(0, "the optimiser stopped: " + min.reason());
            }
        }
        if (warnings.isEmpty()) {
            return new Verdict(true, min.reason(), List.of());
        }
        return new Verdict(false, "not converged: " + String.join("; ", why), warnings);
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
