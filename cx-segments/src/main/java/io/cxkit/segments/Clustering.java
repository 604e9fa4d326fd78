package io.cxkit.segments;

import java.util.List;

/**
 * The result of a k-means fit.
 *
 * @param k clusters
 * @param features the feature names, in column order
 * @param centres the centres, row-major {@code k × features}, in the units clustered (standardized when the
 *        data was)
 * @param labels each row's cluster, 0..k-1
 * @param sizes rows per cluster
 * @param inertia the sum of squared distances of the rows to their centres, in the units clustered
 * @param iterations Lloyd iterations of the best restart
 * @param converged whether the best restart met the convergence test before its iteration limit
 */
public record Clustering(int k, List<String> features, double[] centres, int[] labels, long[] sizes, double inertia,
        int iterations, boolean converged) {
    /**
     * Copies the names.
     *
     * @param k clusters
     * @param features the feature names, in column order
     * @param centres the centres, row-major {@code k × features}, in the units clustered (standardized when the data
     *        was)
     * @param labels each row's cluster, 0..k-1
     * @param sizes rows per cluster
     * @param inertia the sum of squared distances of the rows to their centres, in the units clustered
     * @param iterations Lloyd iterations of the best restart
     * @param converged whether the best restart met the convergence test before its iteration limit
     */
    public Clustering {
        features = List.copyOf(features);
    }

    /**
     * One centre coordinate.
     *
     * @param cluster 0..k-1
     * @param feature the feature
     * @return one centre coordinate
     */
    public double centre(int cluster, int feature) {
        return centres[cluster * features.size() + feature];
    }
}
