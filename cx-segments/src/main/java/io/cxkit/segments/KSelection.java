package io.cxkit.segments;

import java.util.ArrayList;
import java.util.List;

/**
 * The choice of k: each candidate k fitted, with its inertia (for the elbow) and mean silhouette; the chosen k
 * is the one of highest silhouette (ties: the smaller k).
 *
 * @param candidates one row per k tried, in increasing k
 * @param chosen the chosen k's fit
 */
public record KSelection(List<Candidate> candidates, Clustering chosen) {
    /**
     * Copies.
     *
     * @param candidates one row per k tried, in increasing k
     * @param chosen the chosen k's fit
     */
    public KSelection {
        candidates = List.copyOf(candidates);
    }

    /**
     * One k tried.
     *
     * @param k clusters
     * @param inertia the best restart's inertia
     * @param silhouette the mean silhouette (sampled above {@link Silhouette#EXACT_LIMIT} points)
     */
    public record Candidate(int k, double inertia, double silhouette) {
    }

    /**
     * Fits every k from {@code kMin} to {@code kMax} and keeps the best by silhouette.
     *
     * @param data the points (standardize first)
     * @param kMin smallest k, at least 2
     * @param kMax largest k; capped at the number of rows
     * @param restarts restarts per k
     * @param seed the seed of seeding and of the silhouette sample
     * @return the silhouette of every k tried and the best clustering
     * @throws IllegalArgumentException if kMin &lt; 2 or kMax &lt; kMin, or the data has fewer than kMin distinct
     *         points
     */
    public static KSelection bySilhouette(FeatureMatrix data, int kMin, int kMax, int restarts, long seed) {
        if (kMin < 2 || kMax < kMin) {
            throw new IllegalArgumentException("k range must satisfy 2 <= min <= max, was " + kMin + ".." + kMax);
        }
        List<Candidate> rows = new ArrayList<>();
        Clustering best = null;
        double bestS = Double.NEGATIVE_INFINITY;
        for (int k = kMin; k <= Math.min(kMax, data.rows()); k++) {
            Clustering c;
            try {
                c = new KMeans(k, restarts, 300, 1e-4, seed).fit(data);
            } catch (IllegalArgumentException tooFewDistinct) {
                if (best == null) {
                    throw tooFewDistinct;
                }
                break;
            }
            double s = Silhouette.mean(data, c.labels(), k, seed);
            rows.add(new Candidate(k, c.inertia(), s));
            if (s > bestS) {
                bestS = s;
                best = c;
            }
        }
        return new KSelection(rows, best);
    }
}
