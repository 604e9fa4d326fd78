package io.cxkit.segments;

import java.util.SplittableRandom;

/**
 * The mean silhouette coefficient of a clustering (Rousseeuw 1987, "Silhouettes: a graphical aid to the
 * interpretation and validation of cluster analysis"): for each point, {@code s = (b − a) / max(a, b)} with a the
 * mean Euclidean distance to the other points of its cluster and b the smallest mean distance to the points of
 * another cluster; s = 0 for a point alone in its cluster.
 *
 * <p>Exact up to {@value #EXACT_LIMIT} points (O(n²)). Above, it is computed on a seeded uniform sample of
 * {@value #EXACT_LIMIT} points, distances within the sample only, as scikit-learn's
 * {@code silhouette_score(sample_size=…)} does; the result then carries sampling error (typically ±0.01).
 */
public final class Silhouette {
    /** Largest number of points scored exactly. */
    public static final int EXACT_LIMIT = 10_000;

    private Silhouette() {
    }

    /**
     * The mean silhouette.
     *
     * @param data the points as clustered
     * @param labels each row's cluster
     * @param k clusters
     * @param seed seed of the sample when the data is larger than {@link #EXACT_LIMIT}
     * @return the mean silhouette in [−1, 1]; 0 when k = 1
     */
    public static double mean(FeatureMatrix data, int[] labels, int k, long seed) {
        int n = data.rows();
        if (k < 2) {
            return 0;
        }
        int[] rows;
        if (n <= EXACT_LIMIT) {
            rows = new int[n];
            for (int i = 0; i < n; i++) {
                rows[i] = i;
            }
        } else {
            rows = sample(n, EXACT_LIMIT, seed);
        }
        int m = rows.length;
        int d = data.columns();
        double[] x = data.values();
        long[] clusterSize = new long[k];
        for (int r : rows) {
            clusterSize[labels[r]]++;
        }
        double total = 0;
        double[] sumTo = new double[k];
        for (int a = 0; a < m; a++) {
            java.util.Arrays.fill(sumTo, 0);
            int ia = rows[a];
            for (int b = 0; b < m; b++) {
                if (a != b) {
                    int ib = rows[b];
                    sumTo[labels[ib]] += Math.sqrt(KMeans.dist2(x, ia * d, x, ib * d, d));
                }
            }
            int own = labels[ia];
            if (clusterSize[own] <= 1) {
                continue;
            }
            double within = sumTo[own] / (clusterSize[own] - 1);
            double nearest = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != own && clusterSize[c] > 0) {
                    nearest = Math.min(nearest, sumTo[c] / clusterSize[c]);
                }
            }
            if (Double.isInfinite(nearest)) {
                continue;
            }
            double denom = Math.max(within, nearest);
            total += denom == 0 ? 0 : (nearest - within) / denom;
        }
        return total / m;
    }

    /** m distinct row indexes drawn uniformly (partial Fisher–Yates), sorted. */
    private static int[] sample(int n, int m, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        for (int i = 0; i < m; i++) {
            int j = i + rng.nextInt(n - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        int[] out = java.util.Arrays.copyOf(all, m);
        java.util.Arrays.sort(out);
        return out;
    }
}
