package io.cxkit.metrics.drivers.internal;

/**
 * Dense symmetric linear algebra for the small matrices of regression (a few dozen rows): Cholesky solves and
 * inverses with an explicit rank check, the sweep operator, and Jacobi's eigenvalue method. Matrices are
 * row-major {@code double[k * k]}.
 */
public final class Matrices {
    /**
     * A pivot below this share of its diagonal means the column is a linear combination of the earlier ones
     * (1 − R² of that column on the others ≤ 1e-10, a variance inflation factor of 10¹⁰ or more).
     */
    public static final double RANK_TOLERANCE = 1e-10;

    private Matrices() {
    }

    /** Thrown when a matrix is singular to working precision; {@link #column} is the first dependent column. */
    public static final class SingularMatrixException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        /** The first column found to be a linear combination of the earlier ones. */
        public final int column;

        SingularMatrixException(int column) {
            super("matrix is singular at column " + column);
            this.column = column;
        }
    }

    /**
     * The lower Cholesky factor L of a symmetric positive-definite {@code a} (k×k), a = L Lᵀ.
     *
     * @throws SingularMatrixException if a pivot is at most {@link #RANK_TOLERANCE} times its diagonal
     */
    public static double[] cholesky(double[] a, int k) {
        double[] l = new double[k * k];
        for (int j = 0; j < k; j++) {
            double d = a[j * k + j];
            for (int t = 0; t < j; t++) {
                d -= l[j * k + t] * l[j * k + t];
            }
            if (!(d > RANK_TOLERANCE * Math.max(a[j * k + j], Double.MIN_NORMAL))) {
                throw new SingularMatrixException(j);
            }
            double s = Math.sqrt(d);
            l[j * k + j] = s;
            for (int i = j + 1; i < k; i++) {
                double v = a[i * k + j];
                for (int t = 0; t < j; t++) {
                    v -= l[i * k + t] * l[j * k + t];
                }
                l[i * k + j] = v / s;
            }
        }
        return l;
    }

    /** Solves L Lᵀ x = b for x given the Cholesky factor. */
    public static double[] choleskySolve(double[] l, int k, double[] b) {
        double[] y = new double[k];
        for (int i = 0; i < k; i++) {
            double v = b[i];
            for (int t = 0; t < i; t++) {
                v -= l[i * k + t] * y[t];
            }
            y[i] = v / l[i * k + i];
        }
        double[] x = new double[k];
        for (int i = k - 1; i >= 0; i--) {
            double v = y[i];
            for (int t = i + 1; t < k; t++) {
                v -= l[t * k + i] * x[t];
            }
            x[i] = v / l[i * k + i];
        }
        return x;
    }

    /**
     * The inverse of a symmetric positive-definite matrix.
     *
     * @throws SingularMatrixException if it is singular to working precision
     */
    public static double[] inverse(double[] a, int k) {
        double[] l = cholesky(a, k);
        double[] inv = new double[k * k];
        double[] e = new double[k];
        for (int c = 0; c < k; c++) {
            java.util.Arrays.fill(e, 0);
            e[c] = 1;
            double[] x = choleskySolve(l, k, e);
            for (int r = 0; r < k; r++) {
                inv[r * k + c] = x[r];
            }
        }
        return inv;
    }

    /**
     * Sweeps pivot {@code p} in (Goodnight 1979, "A tutorial on the SWEEP operator", The American Statistician
     * 33(3)). Sweeping a covariance matrix on a set of predictors leaves the regression coefficients in their
     * rows and the residual variance on the diagonal of the others. {@link #unsweep} undoes it exactly in exact
     * arithmetic.
     */
    public static void sweep(double[] a, int m, int p) {
        double d = a[p * m + p];
        int rowP = p * m;
        for (int i = 0; i < m; i++) {
            if (i == p) {
                continue;
            }
            int rowI = i * m;
            double f = a[rowI + p] / d;
            if (f == 0) {
                continue;
            }
            for (int j = 0; j < m; j++) {
                if (j != p) {
                    a[rowI + j] -= f * a[rowP + j];
                }
            }
        }
        for (int i = 0; i < m; i++) {
            a[i * m + p] /= d;
            a[rowP + i] /= d;
        }
        a[rowP + p] = -1 / d;
    }

    /** The inverse of {@link #sweep} on the same pivot. */
    public static void unsweep(double[] a, int m, int p) {
        double d = a[p * m + p];
        int rowP = p * m;
        for (int i = 0; i < m; i++) {
            if (i == p) {
                continue;
            }
            int rowI = i * m;
            double f = a[rowI + p] / d;
            if (f == 0) {
                continue;
            }
            for (int j = 0; j < m; j++) {
                if (j != p) {
                    a[rowI + j] -= f * a[rowP + j];
                }
            }
        }
        for (int i = 0; i < m; i++) {
            a[i * m + p] /= -d;
            a[rowP + i] /= -d;
        }
        a[rowP + p] = -1 / d;
    }

    /**
     * Eigen-decomposition of a symmetric matrix by cyclic Jacobi rotations (Golub &amp; Van Loan, Matrix
     * Computations, 4th ed., §8.5): accurate to working precision for the small, possibly ill-conditioned
     * correlation matrices of key-driver analysis.
     *
     * @return {@code values} (length k) then {@code vectors} (k×k, column c is the eigenvector of value c)
     */
    public static double[][] symmetricEigen(double[] a, int k) {
        double[] s = a.clone();
        double[] v = new double[k * k];
        for (int i = 0; i < k; i++) {
            v[i * k + i] = 1;
        }
        for (int sweepNo = 0; sweepNo < 100; sweepNo++) {
            double off = 0;
            for (int i = 0; i < k; i++) {
                for (int j = i + 1; j < k; j++) {
                    off += s[i * k + j] * s[i * k + j];
                }
            }
            if (off < 1e-30) {
                break;
            }
            for (int p = 0; p < k; p++) {
                for (int q = p + 1; q < k; q++) {
                    double apq = s[p * k + q];
                    if (Math.abs(apq) < 1e-300) {
                        continue;
                    }
                    double theta = (s[q * k + q] - s[p * k + p]) / (2 * apq);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double sn = t * c;
                    for (int r = 0; r < k; r++) {
                        double arp = s[r * k + p];
                        double arq = s[r * k + q];
                        s[r * k + p] = c * arp - sn * arq;
                        s[r * k + q] = sn * arp + c * arq;
                    }
                    for (int r = 0; r < k; r++) {
                        double apr = s[p * k + r];
                        double aqr = s[q * k + r];
                        s[p * k + r] = c * apr - sn * aqr;
                        s[q * k + r] = sn * apr + c * aqr;
                    }
                    for (int r = 0; r < k; r++) {
                        double vrp = v[r * k + p];
                        double vrq = v[r * k + q];
                        v[r * k + p] = c * vrp - sn * vrq;
                        v[r * k + q] = sn * vrp + c * vrq;
                    }
                }
            }
        }
        double[] values = new double[k];
        for (int i = 0; i < k; i++) {
            values[i] = s[i * k + i];
        }
        return new double[][] {values, v};
    }
}
