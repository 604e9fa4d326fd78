package io.cxkit.metrics.change;

import java.util.ArrayList;
import java.util.List;

/**
 * Changes in the mean of a series, found with PELT (Killick, Fearnhead &amp; Eckley 2012, "Optimal detection of
 * changepoints with a linear computational cost", JASA 107(500)): the segmentation minimising Σ segment costs +
 * β × (number of change points), exactly, with pruning that keeps the expected cost linear.
 *
 * <p>The segment cost is twice the Gaussian negative log-likelihood with a common variance σ²:
 * Σ (y − ȳ_segment)² / σ². σ is estimated robustly from the first differences, σ̂ = 1.4826 · MAD(Δy) / √2, which
 * a shift in mean barely moves (the plain sd of the differences when over half of them are equal). The default penalty is the BIC of the changepoint R package's
 * {@code cpt.mean}: β = 2 log n (one mean and one location per change).
 */
public final class ChangePoints {
    private ChangePoints() {
    }

    /**
     * Settings.
     *
     * @param penalty β, or NaN for the BIC default 2 log n
     * @param minSegment the shortest segment allowed, at least 1
     */
    public record Settings(double penalty, int minSegment) {
        /**
         * @param penalty β, or NaN for the BIC default 2 log n
         * @param minSegment the shortest segment allowed, at least 1
         * @throws IllegalArgumentException if a value is out of range
         */
        public Settings {
            if (!Double.isNaN(penalty) && !(penalty > 0)) {
                throw new IllegalArgumentException("penalty must be positive, was " + penalty);
            }
            if (minSegment < 1) {
                throw new IllegalArgumentException("minimum segment length must be at least 1, was " + minSegment);
            }
        }

        /**
         * BIC penalty, segments of at least 2 points.
         *
         * @return BIC penalty, segments of at least 2 points
         */
        public static Settings defaults() {
            return new Settings(Double.NaN, 2);
        }
    }

    /**
     * One change point.
     *
     * @param index the first index of the new segment
     * @param before the mean of the segment before it
     * @param after the mean of the segment from it
     */
    public record Change(int index, double before, double after) {
    }

    /**
     * The segmentation.
     *
     * @param n points
     * @param changes the change points in order
     * @param means each segment's mean, one more than the changes
     * @param sigma the noise standard deviation used
     * @param penalty the penalty used
     * @param method the method's name
     */
    public record Result(int n, List<Change> changes, List<Double> means, double sigma, double penalty,
                         String method) {
        /**
         * Copies the lists.
         *
         * @param n points
         * @param changes the change points in order
         * @param means each segment's mean, one more than the changes
         * @param sigma the noise standard deviation used
         * @param penalty β, or NaN for the BIC default 2 log n
         * @param method the method's name
         */
        public Result {
            changes = List.copyOf(changes);
            means = List.copyOf(means);
        }
    }

    /**
     * Finds the change points.
     *
     * @param y the y
     * @param settings the settings
     * @return the change points found, in order
     * @throws IllegalArgumentException if the series has fewer than 2 × minSegment points or a non-finite value
     */
    public static Result detect(double[] y, Settings settings) {
        int n = y.length;
        int min = settings.minSegment();
        if (n < 2 * min) {
            throw new IllegalArgumentException("a series of " + n + " point(s) is too short to find a change with "
                    + "segments of at least " + min);
        }
        double[] cum = new double[n + 1];
        double[] cum2 = new double[n + 1];
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException("point " + i + " is " + y[i] + ": fill or drop it first");
            }
            cum[i + 1] = cum[i] + y[i];
            cum2[i + 1] = cum2[i] + y[i] * y[i];
        }
        double sigma = robustSigma(y);
        double beta = Double.isNaN(settings.penalty()) ? 2 * Math.log(n) : settings.penalty();
        if (!(sigma > 0)) {
            // Over half the steps are equal (coarse data): fall back to the plain sd of the differences.
            sigma = sdOfDifferences(y);
        }
        if (!(sigma > 0)) {
            // A constant series: no change to find.
            sigma = 1;
        }
        double inv = 1 / (sigma * sigma);
        double[] f = new double[n + 1];
        int[] last = new int[n + 1];
        f[0] = -beta;
        // The candidates' start s, F(s), cum(s) and cum2(s) sit side by side in arrays of their own, so the
        // inner loop reads contiguous memory instead of gathering from f, cum and cum2 by index.
        // Pruning keeps the candidate set small when changes keep coming (Killick et al. 2012), so its arrays
        // start small and double when needed instead of being sized for the worst case, n.
        int cap = Math.min(n + 1, 256);
        int[] cand = new int[cap];
        double[] candStart = new double[cap];
        double[] candF = new double[cap];
        double[] candSum = new double[cap];
        double[] candSq = new double[cap];
        double[] vals = new double[cap];
        int nc = 0;
        for (int t = min; t <= n; t++) {
            // The candidate that became admissible: s = t − min.
            int s0 = t - min;
            if (s0 == 0 || s0 >= min) {
                if (nc == cand.length) {
                    int grown = Math.min(n + 1, 2 * cand.length);
                    cand = java.util.Arrays.copyOf(cand, grown);
                    candStart = java.util.Arrays.copyOf(candStart, grown);
                    candF = java.util.Arrays.copyOf(candF, grown);
                    candSum = java.util.Arrays.copyOf(candSum, grown);
                    candSq = java.util.Arrays.copyOf(candSq, grown);
                    vals = java.util.Arrays.copyOf(vals, grown);
                }
                cand[nc] = s0;
                candStart[nc] = s0;
                candF[nc] = f[s0];
                candSum[nc] = cum[s0];
                candSq[nc] = cum2[s0];
                nc++;
            }
            double sumT = cum[t];
            double sqT = cum2[t];
            // F(t) = min over s of F(s) + C(s, t) + β; β is the same for every s and is added after the minimum.
            // The costs are computed in a loop of their own, free of branches, which the JIT vectorises.
            double tD = t;
            for (int c = 0; c < nc; c++) {
                double d = sumT - candSum[c];
                double cost = Math.max(sqT - candSq[c] - d * d / (tD - candStart[c]), 0);
                vals[c] = candF[c] + cost * inv;
            }
            double best = Double.POSITIVE_INFINITY;
            int arg = 0;
            for (int c = 0; c < nc; c++) {
                if (vals[c] < best) {
                    best = vals[c];
                    arg = cand[c];
                }
            }
            f[t] = best + beta;
            last[t] = arg;
            // Prune: s can never be optimal again if F(s) + C(s, t) > F(t) (K = 0 for this cost).
            // Few candidates fall per step: the arrays are only rewritten from the first one that does.
            double bound = f[t];
            int keep = 0;
            while (keep < nc && vals[keep] <= bound) {
                keep++;
            }
            for (int c = keep + 1; c < nc; c++) {
                if (vals[c] <= bound) {
                    cand[keep] = cand[c];
                    candStart[keep] = candStart[c];
                    candF[keep] = candF[c];
                    candSum[keep] = candSum[c];
                    candSq[keep] = candSq[c];
                    keep++;
                }
            }
            nc = keep;
        }
        List<Integer> cuts = new ArrayList<>();
        for (int t = n; t > 0; t = last[t]) {
            cuts.add(last[t]);
        }
        java.util.Collections.reverse(cuts);
        List<Double> means = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < cuts.size(); i++) {
            int from = cuts.get(i);
            int to = i + 1 < cuts.size() ? cuts.get(i + 1) : n;
            means.add((cum[to] - cum[from]) / (to - from));
        }
        for (int i = 1; i < cuts.size(); i++) {
            changes.add(new Change(cuts.get(i), means.get(i - 1), means.get(i)));
        }
        return new Result(n, changes, means, sigma, beta, "pelt, normal mean change, penalty "
                + (Double.isNaN(settings.penalty()) ? "bic 2 log n" : "given") + ", sigma from MAD of differences");
    }

    /** 1.4826 · median(|Δy − median(Δy)|) / √2. */
    static double robustSigma(double[] y) {
        if (y.length < 3) {
            return 0;
        }
        double[] d = new double[y.length - 1];
        for (int i = 1; i < y.length; i++) {
            d[i - 1] = y[i] - y[i - 1];
        }
        double med = median(d.clone());
        for (int i = 0; i < d.length; i++) {
            d[i] = Math.abs(d[i] - med);
        }
        return 1.4826 * median(d) / Math.sqrt(2);
    }

    private static double sdOfDifferences(double[] y) {
        double mean = (y[y.length - 1] - y[0]) / (y.length - 1);
        double ss = 0;
        for (int i = 1; i < y.length; i++) {
            double d = y[i] - y[i - 1] - mean;
            ss += d * d;
        }
        return y.length > 2 ? Math.sqrt(ss / (y.length - 2)) / Math.sqrt(2) : 0;
    }

    /** The median, by selection in expected linear time (Hoare's FIND); reorders v. */
    private static double median(double[] v) {
        int m = v.length / 2;
        if (v.length % 2 == 1) {
            return select(v, m);
        }
        double lower = select(v, m - 1);
        // After selecting rank m − 1, everything from m on is at least v[m − 1]; the next rank is their minimum.
        double upper = Double.POSITIVE_INFINITY;
        for (int i = m; i < v.length; i++) {
            upper = Math.min(upper, v[i]);
        }
        return (lower + upper) / 2;
    }

    /** Puts the element of rank r (0-based) at v[r], smaller-or-equal ones before it, and returns it. */
    private static double select(double[] v, int r) {
        int lo = 0;
        int hi = v.length - 1;
        while (lo < hi) {
            double pivot = medianOfThree(v[lo], v[(lo + hi) >>> 1], v[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (v[i] < pivot) {
                    i++;
                }
                while (v[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double tmp = v[i];
                    v[i] = v[j];
                    v[j] = tmp;
                    i++;
                    j--;
                }
            }
            if (r <= j) {
                hi = j;
            } else if (r >= i) {
                lo = i;
            } else {
                return v[r];
            }
        }
        return v[r];
    }

    private static double medianOfThree(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
