package io.cxkit.metrics.change.internal;

import io.cxkit.metrics.drivers.internal.Matrices;

/**
 * Ordinary least squares on a small design (a handful of columns), with the robust covariance estimators the
 * change analyses need. Rows are {@code x[i][j]}.
 */
public final class Ols {
    /** The coefficients. */
    public final double[] beta;
    /** (X'X)⁻¹, k×k row-major. */
    public final double[] bread;
    /** Residuals y − Xβ. */
    public final double[] residuals;
    /** Rows and columns. */
    public final int n;
    /** Columns. */
    public final int k;
    private final double[][] x;

    private Ols(double[][] x, double[] beta, double[] bread, double[] residuals) {
        this.x = x;
        this.beta = beta;
        this.bread = bread;
        this.residuals = residuals;
        this.n = x.length;
        this.k = beta.length;
    }

    /**
     * Fits y on x.
     *
     * @throws Matrices.SingularMatrixException if the design is rank-deficient; its column names the culprit
     */
    public static Ols fit(double[][] x, double[] y) {
        int n = x.length;
        int k = x[0].length;
        double[] xtx = new double[k * k];
        double[] xty = new double[k];
        for (int i = 0; i < n; i++) {
            double[] r = x[i];
            for (int a = 0; a < k; a++) {
                xty[a] += r[a] * y[i];
                for (int b = 0; b < k; b++) {
                    xtx[a * k + b] += r[a] * r[b];
                }
            }
        }
        double[] l = Matrices.cholesky(xtx, k);
        double[] beta = Matrices.choleskySolve(l, k, xty);
        double[] bread = Matrices.inverse(xtx, k);
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            double f = 0;
            for (int a = 0; a < k; a++) {
                f += x[i][a] * beta[a];
            }
            e[i] = y[i] - f;
        }
        return new Ols(x, beta, bread, e);
    }

    /** The fitted value of a row. */
    public double predict(double[] row) {
        double f = 0;
        for (int a = 0; a < k; a++) {
            f += row[a] * beta[a];
        }
        return f;
    }

    /** The classical covariance s² (X'X)⁻¹, s² = Σe²/(n − k). */
    public double[] classical() {
        double ss = 0;
        for (double e : residuals) {
            ss += e * e;
        }
        double s2 = ss / (n - k);
        double[] v = bread.clone();
        for (int i = 0; i < v.length; i++) {
            v[i] *= s2;
        }
        return v;
    }

    /**
     * Newey–West (1987) HAC covariance with Bartlett weights 1 − l/(L + 1) up to lag L, without a small-sample
     * scaling, as statsmodels' {@code cov_type="HAC"} computes it by default. Rows must be in time order.
     */
    public double[] neweyWest(int lags) {
        double[] meat = new double[k * k];
        for (int l = 0; l <= Math.min(lags, n - 1); l++) {
            double w = l == 0 ? 1 : 1 - (double) l / (lags + 1);
            for (int t = l; t < n; t++) {
                double ee = residuals[t] * residuals[t - l] * w;
                for (int a = 0; a < k; a++) {
                    for (int b = 0; b < k; b++) {
                        double v = x[t][a] * x[t - l][b];
                        if (l > 0) {
                            v += x[t - l][a] * x[t][b];
                        }
                        meat[a * k + b] += ee * v;
                    }
                }
            }
        }
        return sandwich(meat);
    }

    /** B M B for the bread B = (X'X)⁻¹ and a meat M. */
    public double[] sandwich(double[] meat) {
        return sandwich(bread, meat, k);
    }

    /** B M B for k×k matrices. */
    public static double[] sandwich(double[] b, double[] meat, int k) {
        double[] bm = new double[k * k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double s = 0;
                for (int t = 0; t < k; t++) {
                    s += b[i * k + t] * meat[t * k + j];
                }
                bm[i * k + j] = s;
            }
        }
        double[] v = new double[k * k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double s = 0;
                for (int t = 0; t < k; t++) {
                    s += bm[i * k + t] * b[t * k + j];
                }
                v[i * k + j] = s;
            }
        }
        return v;
    }
}
