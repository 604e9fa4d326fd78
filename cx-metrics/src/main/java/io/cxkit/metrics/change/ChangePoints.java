package io.cxkit.metrics.change;

import java.util.ArrayList;
import java.util.Arrays;
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
        int[] cand = new int[n + 1];
        int nc = 0;
        double[] vals = new double[n + 1];
        for (int t = min; t <= n; t++) {
            // The candidate that became admissible: s = t − min.
            int s0 = t - min;
            if (s0 == 0 || s0 >= min) {
                cand[nc++] = s0;
            }
            double best = Double.POSITIVE_INFINITY;
            int arg = 0;
            for (int c = 0; c < nc; c++) {
                int s = cand[c];
                double v = f[s] + cost(cum, cum2, s, t) * inv + beta;
                vals[c] = v;
                if (v < best) {
                    best = v;
                    arg = s;
                }
            }
            f[t] = best;
            last[t] = arg;
            // Prune: s can never be optimal again if F(s) + C(s, t) > F(t) (K = 0 for this cost).
            int keep = 0;
            for (int c = 0; c < nc; c++) {
                if (vals[c] - beta <= best) {
                    cand[keep++] = cand[c];
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

    private static double cost(double[] cum, double[] cum2, int s, int t) {
        double sum = cum[t] - cum[s];
        double c = cum2[t] - cum2[s] - sum * sum / (t - s);
        return c < 0 ? 0 : c;
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

    private static double median(double[] v) {
        Arrays.sort(v);
        int m = v.length / 2;
        return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
    }
}
