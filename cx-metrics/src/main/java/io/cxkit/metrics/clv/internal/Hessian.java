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
        return fromInformation(hm, theta);
    }

    /**
     * As {@link #standardErrorsOfExp(ToDoubleFunction, double[])}, from an analytic gradient of the total negative
     * log-likelihood: the Hessian by central differences of the gradient (2n gradient evaluations instead of
     * about 2n² function evaluations), symmetrised.
     */
    public static double[] standardErrorsOfExp(Objective negLogLik, double[] theta) {
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
        return fromInformation(hm, theta);
    }

    private static double[] fromInformation(double[][] hm, double[] theta) {
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
