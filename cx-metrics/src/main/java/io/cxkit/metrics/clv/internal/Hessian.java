package io.cxkit.metrics.clv.internal;

import java.util.function.ToDoubleFunction;

/**
 * Standard errors from the observed information: the numerical Hessian of the negative log-likelihood, inverted.
 */
public final class Hessian {
    private Hessian() {
    }

    /**
     * Standard errors of the natural parameters p = exp(θ) at a maximum of the log-likelihood. The Hessian of
     * the negative log-likelihood is taken in θ by central second differences; at a stationary point the
     * information in p is D⁻¹ H D⁻¹ with D = diag(p), so se(pᵢ) = pᵢ · se(θᵢ) exactly (not a delta-method
     * approximation). Entries are NaN where the Hessian is singular or not positive definite.
     *
     * @param negLogLik the total negative log-likelihood as a function of θ
     */
    public static double[] standardErrorsOfExp(ToDoubleFunction<double[]> negLogLik, double[] theta) {
        return standardErrorsOfExp(ofValues(negLogLik, theta), theta);
    }

    /**
     * The Hessian in θ of a value-only function by central second differences (step 1e-4), about 2n² evaluations.
     */
    public static double[][] ofValues(ToDoubleFunction<double[]> negLogLik, double[] theta) {
        int n = theta.length;
        double[][] hm = new double[n][n];
        double[] x = theta.clone();
        double f0 = negLogLik.applyAsDouble(x);
        double h = 1e-4;
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double v;
                if (i == j) {
                    x[i] = theta[i] + h;
                    double up = negLogLik.applyAsDouble(x);
                    x[i] = theta[i] - h;
                    double down = negLogLik.applyAsDouble(x);
                    v = (up - 2 * f0 + down) / (h * h);
                } else {
                    v = (at(negLogLik, x, theta, i, j, h, h) - at(negLogLik, x, theta, i, j, h, -h)
                            - at(negLogLik, x, theta, i, j, -h, h) + at(negLogLik, x, theta, i, j, -h, -h))
                            / (4 * h * h);
                }
                x[i] = theta[i];
                x[j] = theta[j];
                hm[i][j] = v;
                hm[j][i] = v;
            }
        }
        return hm;
    }

    /**
     * As {@link #standardErrorsOfExp(ToDoubleFunction, double[])}, from an analytic gradient of the total negative
     * log-likelihood: the Hessian by central differences of the gradient (2n gradient evaluations instead of
     * about 2n² function evaluations), symmetrised.
     */
    public static double[] standardErrorsOfExp(Objective negLogLik, double[] theta) {
        return standardErrorsOfExp(ofGradient(negLogLik, theta), theta);
    }

    /**
     * The Hessian in θ from an analytic gradient, by central differences of the gradient (step 1e-5, 2n gradient
     * evaluations), symmetrised.
     */
    public static double[][] ofGradient(Objective negLogLik, double[] theta) {
        int n = theta.length;
        double[][] hm = new double[n][n];
        double[] x = theta.clone();
        double[] up = new double[n];
        double[] down = new double[n];
        double h = 1e-5;
        for (int j = 0; j < n; j++) {
            x[j] = theta[j] + h;
            negLogLik.evaluate(x, up);
            x[j] = theta[j] - h;
            negLogLik.evaluate(x, down);
            x[j] = theta[j];
            for (int i = 0; i < n; i++) {
                hm[i][j] = (up[i] - down[i]) / (2 * h);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double v = 0.5 * (hm[i][j] + hm[j][i]);
                hm[i][j] = v;
                hm[j][i] = v;
            }
        }
        return hm;
    }

    /**
     * Standard errors of p = exp(θ) from the Hessian in θ of the negative log-likelihood (the observed
     * information): pᵢ · sqrt((H⁻¹)ᵢᵢ), NaN where H is singular or the variance is not positive.
     */
    public static double[] standardErrorsOfExp(double[][] hm, double[] theta) {
        int n = theta.length;
        double[][] inv = invert(hm);
        double[] se = new double[n];
        for (int i = 0; i < n; i++) {
            double var = inv == null ? Double.NaN : inv[i][i];
            se[i] = var > 0 ? Math.exp(theta[i]) * Math.sqrt(var) : Double.NaN;
        }
        return se;
    }

    private static double at(ToDoubleFunction<double[]> f, double[] x, double[] theta, int i, int j,
                             double hi, double hj) {
        x[i] = theta[i] + hi;
        x[j] = theta[j] + hj;
        double v = f.applyAsDouble(x);
        x[i] = theta[i];
        x[j] = theta[j];
        return v;
    }

    /**
     * The eigenvalues of a small symmetric matrix, ascending, by cyclic Jacobi rotations (Golub &amp; Van Loan,
     * Matrix Computations, 4th ed., alg. 8.5.3). NaN entries give NaN eigenvalues.
     */
    public static double[] eigenvalues(double[][] m) {
        int n = m.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = m[i].clone();
            for (double v : a[i]) {
                if (!Double.isFinite(v)) {
                    double[] nan = new double[n];
                    java.util.Arrays.fill(nan, Double.NaN);
                    return nan;
                }
            }
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            double scale = 0;
            for (int i = 0; i < n; i++) {
                scale += a[i][i] * a[i][i];
                for (int j = i + 1; j < n; j++) {
                    off += a[i][j] * a[i][j];
                }
            }
            if (off <= 1e-30 * scale || off == 0) {
                break;
            }
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (a[p][q] == 0) {
                        continue;
                    }
                    double tau = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double t = Math.signum(tau) / (Math.abs(tau) + Math.sqrt(1 + tau * tau));
                    if (tau == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(1 + t * t);
                    double sn = t * c;
                    for (int k = 0; k < n; k++) {
                        double akp = a[k][p];
                        double akq = a[k][q];
                        a[k][p] = c * akp - sn * akq;
                        a[k][q] = sn * akp + c * akq;
                    }
                    for (int k = 0; k < n; k++) {
                        double apk = a[p][k];
                        double aqk = a[q][k];
                        a[p][k] = c * apk - sn * aqk;
                        a[q][k] = sn * apk + c * aqk;
                    }
                }
            }
        }
        double[] ev = new double[n];
        for (int i = 0; i < n; i++) {
            ev[i] = a[i][i];
        }
        java.util.Arrays.sort(ev);
        return ev;
    }

    /** Gauss–Jordan inverse with partial pivoting; null if singular. */
    static double[][] invert(double[][] m) {
        int n = m.length;
        double[][] a = new double[n][2 * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(m[i], 0, a[i], 0, n);
            a[i][n + i] = 1;
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
                    pivot = r;
                }
            }
            if (!(Math.abs(a[pivot][c]) > 1e-300) || !Double.isFinite(a[pivot][c])) {
                return null;
            }
            double[] tmp = a[c];
            a[c] = a[pivot];
            a[pivot] = tmp;
            double d = a[c][c];
            for (int k = 0; k < 2 * n; k++) {
                a[c][k] /= d;
            }
            for (int r = 0; r < n; r++) {
                if (r != c && a[r][c] != 0) {
                    double f = a[r][c];
                    for (int k = 0; k < 2 * n; k++) {
                        a[r][k] -= f * a[c][k];
                    }
                }
            }
        }
        double[][] inv = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], n, inv[i], 0, n);
        }
        return inv;
    }
}
