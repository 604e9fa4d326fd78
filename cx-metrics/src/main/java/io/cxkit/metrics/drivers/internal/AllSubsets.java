package io.cxkit.metrics.drivers.internal;

/**
 * R² of every subset of p predictors from the (p+1)×(p+1) correlation matrix (predictors first, outcome last),
 * by walking the subsets in Gray-code order so that each step sweeps one predictor in or out: 2^p sweeps of
 * O(p²) each instead of 2^p regressions of O(p³). After sweeping a set S, the outcome's diagonal holds
 * 1 − R²(S).
 *
 * <p>Stability: sweeping in and out again is exact in exact arithmetic, but rounding accumulates along the
 * walk, most on near-collinear predictors. Every {@value #REFRESH} steps the matrix is therefore rebuilt from
 * the original by sweeping the current subset's members afresh, which bounds the drift to {@value #REFRESH}
 * steps. The caller must first establish that the predictors' correlation matrix is positive definite (every
 * subset's pivot is then at least its smallest eigenvalue).
 */
public final class AllSubsets {
    /** Steps between rebuilds of the swept matrix from the original. */
    static final int REFRESH = 256;

    private AllSubsets() {
    }

    /**
     * R²(S) for every subset S, indexed by the bit mask of S (bit j = predictor j).
     *
     * @param corr the (p+1)×(p+1) correlation matrix, outcome last, row-major
     */
    public static double[] rSquared(double[] corr, int p) {
        int m = p + 1;
        int y = p * m + p;
        double[] a = corr.clone();
        double[] col = new double[m];
        double[] r2 = new double[1 << p];
        int mask = 0;
        int total = 1 << p;
        for (int step = 1; step < total; step++) {
            int bit = Integer.numberOfTrailingZeros(step);
            mask ^= 1 << bit;
            if ((step & (REFRESH - 1)) == 0) {
                System.arraycopy(corr, 0, a, 0, corr.length);
                for (int j = 0; j < p; j++) {
                    if ((mask & (1 << j)) != 0) {
                        sweepUpper(a, m, j, col, 1);
                    }
                }
            } else {
                sweepUpper(a, m, bit, col, (mask & (1 << bit)) != 0 ? 1 : -1);
            }
            double v = 1 - a[y];
            r2[mask] = v < 0 ? 0 : v;
        }
        return r2;
    }

    /**
     * {@link Matrices#sweep} (sign +1) or {@link Matrices#unsweep} (sign −1) on the upper triangle only: both
     * keep the matrix symmetric, so the lower triangle need not be maintained, which halves the work.
     */
    static void sweepUpper(double[] a, int m, int k, double[] col, int sign) {
        double d = a[k * m + k];
        for (int i = 0; i < m; i++) {
            col[i] = i <= k ? a[i * m + k] : a[k * m + i];
        }
        for (int i = 0; i < m; i++) {
            if (i == k) {
                continue;
            }
            double f = col[i] / d;
            if (f == 0) {
                continue;
            }
            int row = i * m;
            for (int j = i; j < m; j++) {
                if (j != k) {
                    a[row + j] -= f * col[j];
                }
            }
        }
        double s = sign / d;
        for (int i = 0; i < k; i++) {
            a[i * m + k] = col[i] * s;
        }
        for (int j = k + 1; j < m; j++) {
            a[k * m + j] = col[j] * s;
        }
        a[k * m + k] = -1 / d;
    }

    /**
     * LMG shares from all-subset R² (Lindeman, Merenda &amp; Gold 1980; Grömping 2006, eq. 5): for each
     * predictor j, Σ over S ∌ j of |S|!(p−|S|−1)!/p! · [R²(S ∪ {j}) − R²(S)]. They sum to R² of the full set.
     */
    public static double[] lmg(double[] r2, int p) {
        double[] weight = new double[p];
        for (int k = 0; k < p; k++) {
            // k!(p-k-1)!/p! = 1 / (p · C(p-1, k))
            double c = 1;
            for (int t = 1; t <= k; t++) {
                c = c * (p - t) / t;
            }
            weight[k] = 1 / (p * c);
        }
        double[] out = new double[p];
        int total = 1 << p;
        for (int s = 0; s < total; s++) {
            double w = weight[Math.min(Integer.bitCount(s), p - 1)];
            double base = r2[s];
            int free = ~s & (total - 1);
            while (free != 0) {
                int j = Integer.numberOfTrailingZeros(free);
                free &= free - 1;
                out[j] += w * (r2[s | (1 << j)] - base);
            }
        }
        return out;
    }
}
