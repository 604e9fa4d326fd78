package io.cxkit.segments;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * k-means clustering by Lloyd's algorithm with greedy k-means++ seeding and seeded restarts, keeping the restart
 * of least inertia.
 *
 * <p>Method. Seeding is k-means++ (Arthur &amp; Vassilvitskii 2007, "k-means++: the advantages of careful
 * seeding"), greedy: each new centre is the best, by resulting potential, of {@code 2 + ⌊ln k⌋} candidates drawn
 * with probability proportional to the squared distance to the nearest centre chosen so far. Lloyd iterations
 * then alternate assignment and centre update until the summed squared shift of the centres is at most
 * {@code tolerance × mean feature variance}, or the assignment no longer changes, or {@code maxIterations} is
 * reached (then {@link Clustering#converged()} is false). A cluster left empty is re-seeded at the point farthest
 * from its centre. A final assignment step makes labels and inertia agree with the final centres. These are the
 * choices of scikit-learn's {@code KMeans(init="k-means++", algorithm="lloyd")}, so its inertia is a fair yardstick.
 *
 * <p>Deterministic for a seed: restart {@code i} draws from {@code SplittableRandom(seed)} split {@code i} times,
 * and restarts run in parallel but the best is chosen by (inertia, restart index).
 */
public final class KMeans {
    private final int k;
    private final int restarts;
    private final int maxIterations;
    private final double tolerance;
    private final long seed;

    /**
     * A clustering into {@code k} clusters.
     *
     * @param k clusters, at least 1
     * @param restarts seeded restarts, at least 1 (scikit-learn's {@code n_init})
     * @param maxIterations Lloyd iterations per restart, at least 1
     * @param tolerance relative convergence tolerance, ≥ 0 (scikit-learn's {@code tol}, default 1e-4)
     * @param seed the random seed
     * @throws IllegalArgumentException if a setting is out of range
     */
    public KMeans(int k, int restarts, int maxIterations, double tolerance, long seed) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
        if (restarts < 1) {
            throw new IllegalArgumentException("restarts must be at least 1, was " + restarts);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("max iterations must be at least 1, was " + maxIterations);
        }
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be a finite number >= 0, was " + tolerance);
        }
        this.k = k;
        this.restarts = restarts;
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
        this.seed = seed;
    }

    /**
     * k clusters, 10 restarts, 300 iterations, tolerance 1e-4: scikit-learn's defaults.
     *
     * @param k clusters, at least 1
     * @param seed the random seed
     * @return k clusters, 10 restarts, 300 iterations, tolerance 1e-4: scikit-learn's defaults
     */
    public static KMeans of(int k, long seed) {
        return new KMeans(k, 10, 300, 1e-4, seed);
    }

    /**
     * The number of clusters.
     *
     * @return the number of clusters
     */
    public int k() {
        return k;
    }

    /**
     * Clusters the rows of a matrix.
     *
     * @param data the points, row-major, finite
     * @return the clustering: assignments, centres and within-cluster sum of squares
     * @throws IllegalArgumentException if there are fewer distinct points than k (naming both), or a value is
     *         not finite
     */
    public Clustering fit(FeatureMatrix data) {
        int n = data.rows();
        int d = data.columns();
        double[] x = data.values();
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException("feature " + data.names().get(i % d) + " of row " + (i / d)
                        + " is not a finite number: " + x[i] + " (standardize with missing values imputed first)");
            }
        }
        int distinct = distinctRows(x, n, d, k);
        if (distinct < k) {
            throw new IllegalArgumentException("k = " + k + " clusters need at least " + k
                    + " distinct points, the data has " + distinct + " (of " + n + " rows); choose k <= "
                    + distinct);
        }
        double tol = tolerance * meanVariance(x, n, d);
        Clustering[] runs = new Clustering[restarts];
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom[] rngs = new SplittableRandom[restarts];
        for (int r = 0; r < restarts; r++) {
            rngs[r] = root.split();
        }
        IntStream.range(0, restarts).parallel().forEach(r -> runs[r] = lloyd(x, n, d, seedCentres(x, n, d, rngs[r]),
                tol, data));
        Clustering best = runs[0];
        for (int r = 1; r < restarts; r++) {
            if (runs[r].inertia() < best.inertia()) {
                best = runs[r];
            }
        }
        return best;
    }

    private double[] seedCentres(double[] x, int n, int d, SplittableRandom rng) {
        double[] c = new double[k * d];
        int first = rng.nextInt(n);
        System.arraycopy(x, first * d, c, 0, d);
        double[] closest = new double[n];
        double potential = 0;
        for (int i = 0; i < n; i++) {
            closest[i] = dist2(x, i * d, c, 0, d);
            potential += closest[i];
        }
        int trials = 2 + (int) Math.log(k);
        double[] candidateDist = new double[n];
        double[] bestDist = new double[n];
        for (int j = 1; j < k; j++) {
            int bestCandidate = -1;
            double bestPotential = Double.POSITIVE_INFINITY;
            for (int t = 0; t < trials; t++) {
                int cand = sample(closest, potential, rng);
                double pot = 0;
                for (int i = 0; i < n; i++) {
                    double dd = Math.min(closest[i], dist2(x, i * d, x, cand * d, d));
                    candidateDist[i] = dd;
                    pot += dd;
                }
                if (pot < bestPotential) {
                    bestPotential = pot;
                    bestCandidate = cand;
                    System.arraycopy(candidateDist, 0, bestDist, 0, n);
                }
            }
            System.arraycopy(x, bestCandidate * d, c, j * d, d);
            System.arraycopy(bestDist, 0, closest, 0, n);
            potential = bestPotential;
        }
        return c;
    }

    private static int sample(double[] weights, double total, SplittableRandom rng) {
        if (!(total > 0)) {
            return rng.nextInt(weights.length);
        }
        double u = rng.nextDouble() * total;
        double acc = 0;
        for (int i = 0; i < weights.length; i++) {
            acc += weights[i];
            if (acc > u && weights[i] > 0) {
                return i;
            }
        }
        for (int i = weights.length - 1; i >= 0; i--) {
            if (weights[i] > 0) {
                return i;
            }
        }
        return rng.nextInt(weights.length);
    }

    private Clustering lloyd(double[] x, int n, int d, double[] centres, double tol, FeatureMatrix data) {
        int[] label = new int[n];
        double[] sums = new double[k * d];
        long[] counts = new long[k];
        double[] dist = new double[n];
        // Hamerly's bounds (Hamerly 2010, "Making k-means even faster"): an upper bound on each point's distance
        // to its centre and a lower bound on the distance to any other centre. A point whose upper bound is below
        // both its lower bound and half the distance from its centre to the nearest other centre cannot change
        // cluster, so its k distances are skipped. The labels are exactly Lloyd's.
        double[] upper = new double[n];
        double[] lower = new double[n];
        double[] half = new double[k];
        double[] moved = new double[k];
        boolean exact = true;
        int iterations = 0;
        boolean converged = false;
        while (iterations < maxIterations) {
            iterations++;
            boolean changed = exact ? assignWithBounds(x, n, d, centres, label, upper, lower)
                    : updateWithBounds(x, n, d, centres, label, upper, lower, half);
            exact = false;
            Arrays.fill(sums, 0);
            Arrays.fill(counts, 0);
            for (int i = 0; i < n; i++) {
                int c = label[i];
                counts[c]++;
                int o = i * d;
                int co = c * d;
                for (int j = 0; j < d; j++) {
                    sums[co + j] += x[o + j];
                }
            }
            for (int c = 0; c < k; c++) {
                if (counts[c] == 0) {
                    for (int i = 0; i < n; i++) {
                        dist[i] = dist2(x, i * d, centres, label[i] * d, d);
                    }
                    relocateEmpty(x, n, d, label, dist, sums, counts);
                    exact = true;
                    changed = true;
                    break;
                }
            }
            double shift = 0;
            for (int c = 0; c < k; c++) {
                double m2 = 0;
                for (int j = 0; j < d; j++) {
                    double v = sums[c * d + j] / counts[c];
                    double delta = v - centres[c * d + j];
                    m2 += delta * delta;
                    centres[c * d + j] = v;
                }
                shift += m2;
                moved[c] = Math.sqrt(m2);
            }
            int far = 0;
            for (int c = 1; c < k; c++) {
                if (moved[c] > moved[far]) {
                    far = c;
                }
            }
            double second = 0;
            for (int c = 0; c < k; c++) {
                if (c != far) {
                    second = Math.max(second, moved[c]);
                }
            }
            for (int i = 0; i < n; i++) {
                upper[i] += moved[label[i]];
                lower[i] -= label[i] == far ? second : moved[far];
            }
            if (!changed && iterations > 1) {
                converged = true;
                break;
            }
            if (shift <= tol) {
                converged = true;
                break;
            }
        }
        assign(x, n, d, centres, label, dist);
        double inertia = 0;
        for (int i = 0; i < n; i++) {
            inertia += dist[i];
        }
        long[] sizes = new long[k];
        for (int i = 0; i < n; i++) {
            sizes[label[i]]++;
        }
        return new Clustering(k, data.names(), centres, label, sizes, inertia, iterations, converged);
    }

    /** Assigns every point by a full scan, setting both bounds exactly; true if any label changed. */
    private boolean assignWithBounds(double[] x, int n, int d, double[] centres, int[] label, double[] upper,
            double[] lower) {
        boolean changed = false;
        for (int i = 0; i < n; i++) {
            changed |= scan(x, i, d, centres, label, upper, lower);
        }
        return changed;
    }

    /** The nearest and second-nearest centre of point i; true if its label changed. */
    private boolean scan(double[] x, int i, int d, double[] centres, int[] label, double[] upper, double[] lower) {
        int o = i * d;
        int best = 0;
        double d1 = Double.POSITIVE_INFINITY;
        double d2 = Double.POSITIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            double dd = dist2(x, o, centres, c * d, d);
            if (dd < d1) {
                d2 = d1;
                d1 = dd;
                best = c;
            } else if (dd < d2) {
                d2 = dd;
            }
        }
        boolean changed = label[i] != best;
        label[i] = best;
        upper[i] = Math.sqrt(d1);
        lower[i] = Math.sqrt(d2);
        return changed;
    }

    /** Re-assigns only the points whose bounds allow a change; true if any label changed. */
    private boolean updateWithBounds(double[] x, int n, int d, double[] centres, int[] label, double[] upper,
            double[] lower, double[] half) {
        for (int c = 0; c < k; c++) {
            double m = Double.POSITIVE_INFINITY;
            for (int c2 = 0; c2 < k; c2++) {
                if (c2 != c) {
                    m = Math.min(m, dist2(centres, c * d, centres, c2 * d, d));
                }
            }
            half[c] = 0.5 * Math.sqrt(m);
        }
        boolean changed = false;
        for (int i = 0; i < n; i++) {
            int a = label[i];
            double bound = Math.max(half[a], lower[i]);
            if (upper[i] <= bound) {
                continue;
            }
            upper[i] = Math.sqrt(dist2(x, i * d, centres, a * d, d));
            if (upper[i] <= bound) {
                continue;
            }
            changed |= scan(x, i, d, centres, label, upper, lower);
        }
        return changed;
    }

    /** Assigns every point to its nearest centre; true if any label changed. */
    private boolean assign(double[] x, int n, int d, double[] centres, int[] label, double[] dist) {
        boolean changed = false;
        for (int i = 0; i < n; i++) {
            int o = i * d;
            int best = 0;
            double bestD = dist2(x, o, centres, 0, d);
            for (int c = 1; c < k; c++) {
                double dd = dist2(x, o, centres, c * d, d);
                if (dd < bestD) {
                    bestD = dd;
                    best = c;
                }
            }
            if (label[i] != best) {
                changed = true;
                label[i] = best;
            }
            dist[i] = bestD;
        }
        return changed;
    }

    /** Moves the farthest points into empty clusters, as scikit-learn does. */
    private void relocateEmpty(double[] x, int n, int d, int[] label, double[] dist, double[] sums, long[] counts) {
        for (int c = 0; c < k; c++) {
            if (counts[c] > 0) {
                continue;
            }
            int far = -1;
            for (int i = 0; i < n; i++) {
                if (counts[label[i]] > 1 && (far < 0 || dist[i] > dist[far])) {
                    far = i;
                }
            }
            int from = label[far];
            for (int j = 0; j < d; j++) {
                sums[from * d + j] -= x[far * d + j];
                sums[c * d + j] = x[far * d + j];
            }
            counts[from]--;
            counts[c] = 1;
            label[far] = c;
            dist[far] = 0;
        }
    }

    static double dist2(double[] a, int ao, double[] b, int bo, int d) {
        double s = 0;
        for (int j = 0; j < d; j++) {
            double t = a[ao + j] - b[bo + j];
            s += t * t;
        }
        return s;
    }

    private static double meanVariance(double[] x, int n, int d) {
        double total = 0;
        for (int j = 0; j < d; j++) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += x[i * d + j];
            }
            mean /= n;
            double var = 0;
            for (int i = 0; i < n; i++) {
                double t = x[i * d + j] - mean;
                var += t * t;
            }
            total += var / n;
        }
        return total / d;
    }

    /** Distinct rows, counted up to {@code enough} (no need to count further). */
    private static int distinctRows(double[] x, int n, int d, int enough) {
        java.util.Set<java.util.List<Double>> seen = new java.util.HashSet<>();
        for (int i = 0; i < n && seen.size() < enough; i++) {
            Double[] row = new Double[d];
            for (int j = 0; j < d; j++) {
                row[j] = x[i * d + j] == 0.0 ? 0.0 : x[i * d + j];
            }
            seen.add(Arrays.asList(row));
        }
        return seen.size();
    }
}
