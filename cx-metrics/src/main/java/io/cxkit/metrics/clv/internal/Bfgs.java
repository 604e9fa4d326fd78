package io.cxkit.metrics.clv.internal;

import java.util.Arrays;

/**
 * Quasi-Newton minimisation (BFGS with an inverse-Hessian update and a backtracking Armijo line search),
 * Nocedal &amp; Wright, Numerical Optimization (2nd ed.), Algorithm 6.1 and 3.1. Small problems only (a handful of
 * parameters): the inverse Hessian is held dense.
 *
 * <p>It stops, converged, when the largest gradient component falls below the gradient tolerance, or when
 * neither the value nor the parameters move any more while the gradient is already small; it stops, not
 * converged, at the iteration limit, at the evaluation limit (line-search trials count), when the objective's
 * {@link Work} counter passes its limit, or when no step downhill can be found with a large gradient. Every
 * limit is a count, not a time, so a fit ends after the same work on every machine.
 */
public final class Bfgs {
    /** |θ| beyond which a log-parameter is taken to be running off to 0 or ∞. */
    private static final double DIVERGED = 30;
    private final double gradientTolerance;
    private final int maxIterations;
    private final int maxEvaluations;

    /**
     * @param gradientTolerance the largest gradient component accepted at a minimum
     * @param maxIterations the iteration limit
     */
    public Bfgs(double gradientTolerance, int maxIterations) {
        this(gradientTolerance, maxIterations, Integer.MAX_VALUE);
    }

    /**
     * @param gradientTolerance the largest gradient component accepted at a minimum
     * @param maxIterations the iteration limit
     * @param maxEvaluations the limit on evaluations of the objective (value and gradient), the start included
     */
    public Bfgs(double gradientTolerance, int maxIterations, int maxEvaluations) {
        if (maxIterations < 1 || maxEvaluations < 2) {
            throw new IllegalArgumentException("need at least 1 iteration and 2 evaluations, were " + maxIterations
                    + " and " + maxEvaluations);
        }
        this.gradientTolerance = gradientTolerance;
        this.maxIterations = maxIterations;
        this.maxEvaluations = maxEvaluations;
    }

    /** Where the search stands: the last accepted point, so that a limit can end it there. */
    private static final class State {
        double[] x;
        double fx;
        double[] g;
        int iterations;
        int evaluations;
    }

    /**
     * Minimises f from θ₀.
     *
     * @throws IllegalArgumentException if f is not finite at θ₀
     */
    public Minimum minimise(Objective f, double[] theta0) {
        State st = new State();
        try {
            return search(f, theta0, st);
        } catch (Work.LimitReached e) {
            if (st.x == null) {
                throw new IllegalArgumentException("the work limit is too small for one evaluation at the starting "
                        + "values: " + e.getMessage());
            }
            return new Minimum(st.x.clone(), st.fx, maxAbs(st.g), st.iterations, st.evaluations, false,
                    e.getMessage() + " after " + st.evaluations + " evaluations; gradient " + maxAbs(st.g));
        }
    }

    private Minimum search(Objective f, double[] theta0, State st) {
        int n = theta0.length;
        double[] x = theta0.clone();
        double[] g = new double[n];
        double fx = f.evaluate(x, g);
        int evaluations = 1;
        st.evaluations = 1;
        if (!Double.isFinite(fx) || !allFinite(g)) {
            throw new IllegalArgumentException("objective is not finite at the starting values "
                    + Arrays.toString(theta0));
        }
        double[][] h = identity(n);
        double[] p = new double[n];
        double[] xNew = new double[n];
        double[] gNew = new double[n];
        double[] s = new double[n];
        double[] y = new double[n];
        boolean first = true;
        int stalls = 0;
        st.x = x;
        st.g = g;
        st.fx = fx;
        for (int iter = 0; iter < maxIterations; iter++) {
            st.iterations = iter;
            double gmax = maxAbs(g);
            if (gmax < gradientTolerance) {
                return new Minimum(x, fx, gmax, iter, evaluations, true, "gradient below tolerance");
            }
            multiply(h, g, p);
            double slope = 0;
            for (int i = 0; i < n; i++) {
                p[i] = -p[i];
                slope += p[i] * g[i];
            }
            if (!(slope < 0)) {
                // The curvature estimate went bad: restart from steepest descent.
                h = identity(n);
                for (int i = 0; i < n; i++) {
                    p[i] = -g[i];
                }
                slope = -dot(g, g);
            }
            double step = 1;
            if (first) {
                // Keep the very first step to a unit move in log-parameter space.
                step = Math.min(1, 1 / Math.sqrt(dot(p, p)));
            }
            double fNew = Double.NaN;
            boolean accepted = false;
            for (int k = 0; k < 60; k++) {
                if (evaluations >= maxEvaluations) {
                    return new Minimum(x, fx, gmax, iter, evaluations, false, "evaluation limit " + maxEvaluations
                            + " reached; gradient " + gmax);
                }
                for (int i = 0; i < n; i++) {
                    xNew[i] = x[i] + step * p[i];
                }
                evaluations++;
                st.evaluations = evaluations;
                fNew = evaluateTrial(f, xNew, gNew);
                if (Double.isFinite(fNew) && allFinite(gNew) && fNew <= fx + 1e-4 * step * slope) {
                    accepted = true;
                    break;
                }
                step *= Double.isFinite(fNew) ? 0.5 : 0.1;
            }
            if (!accepted) {
                if (gmax < 1e3 * gradientTolerance) {
                    return new Minimum(x, fx, gmax, iter, evaluations, true,
                            "no further decrease possible in double precision; gradient " + gmax);
                }
                if (!first) {
                    h = identity(n);
                    first = true;
                    continue;
                }
                return new Minimum(x, fx, gmax, iter, evaluations, false,
                        "line search found no decrease; gradient " + gmax);
            }
            double sy = 0;
            for (int i = 0; i < n; i++) {
                s[i] = xNew[i] - x[i];
                y[i] = gNew[i] - g[i];
                sy += s[i] * y[i];
            }
            double change = fx - fNew;
            System.arraycopy(xNew, 0, x, 0, n);
            System.arraycopy(gNew, 0, g, 0, n);
            fx = fNew;
            st.fx = fx;
            if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
                if (first) {
                    // Scale the initial inverse Hessian (Nocedal & Wright eq. 6.20).
                    double scale = sy / dot(y, y);
                    for (int i = 0; i < n; i++) {
                        h[i][i] = scale;
                    }
                }
                update(h, s, y, sy);
            }
            first = false;
            for (int i = 0; i < n; i++) {
                if (Math.abs(x[i]) > DIVERGED) {
                    return new Minimum(x, fx, maxAbs(g), iter + 1, evaluations, false, "parameter " + (i + 1)
                            + " drifted to exp(" + Math.round(x[i]) + "): the likelihood keeps rising towards a "
                            + "boundary of the parameter space (no interior maximum for this data)");
                }
            }
            if (change <= 1e-15 * Math.max(1, Math.abs(fx))) {
                stalls++;
                if (stalls >= 3 && maxAbs(g) < 1e3 * gradientTolerance) {
                    return new Minimum(x, fx, maxAbs(g), iter + 1, evaluations, true,
                            "value stopped changing in double precision; gradient " + maxAbs(g));
                }
            } else {
                stalls = 0;
            }
        }
        double gmax = maxAbs(g);
        boolean ok = gmax < gradientTolerance;
        return new Minimum(x, fx, gmax, maxIterations, evaluations, ok,
                ok ? "gradient below tolerance" : "iteration limit " + maxIterations + " reached; gradient " + gmax);
    }

    private static void update(double[][] h, double[] s, double[] y, double sy) {
        int n = s.length;
        double rho = 1 / sy;
        double[] hy = new double[n];
        multiply(h, y, hy);
        double yhy = dot(y, hy);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                h[i][j] += (1 + rho * yhy) * rho * s[i] * s[j] - rho * (hy[i] * s[j] + s[i] * hy[j]);
            }
        }
    }

    private static double[][] identity(int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1;
        }
        return m;
    }

    private static void multiply(double[][] m, double[] v, double[] out) {
        for (int i = 0; i < v.length; i++) {
            double s = 0;
            for (int j = 0; j < v.length; j++) {
                s += m[i][j] * v[j];
            }
            out[i] = s;
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double d : v) {
            m = Math.max(m, Math.abs(d));
        }
        return m;
    }

    private static boolean allFinite(double[] v) {
        for (double d : v) {
            if (!Double.isFinite(d)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The objective at a trial point, or NaN where it is undefined. A model's special functions refuse arguments
     * that a log-parameter reaches only by underflowing (lnGamma(0) when exp(θ) rounds to 0); such a point is
     * outside the domain, so the line search backs off from it instead of ending the fit with an exception.
     */
    private static double evaluateTrial(Objective f, double[] theta, double[] gradient) {
        try {
            return f.evaluate(theta, gradient);
        } catch (IllegalArgumentException | ArithmeticException outsideDomain) {
            return Double.NaN;
        }
    }
}
