package io.cxkit.metrics.weighting;

import java.util.Optional;

/** The raking loop over category codes, shared by raking, post-stratification and table fitting. */
final class IterativeFitting {
    private IterativeFitting() {
    }

    /**
     * Rakes {@code w} in place towards {@code goal[d][c]} (absolute totals) and reports the result.
     * Preconditions (checked by the caller): codes in range, every positive goal has some positive weight.
     */
    static RakingResult run(int[][] codes, double[] w, double[][] goal, int maxIterations, double tolerance,
                            Optional<WeightBounds> bounds) {
        int n = w.length;
        double total = 0;
        for (double g : goal[0]) {
            total += g;
        }
        double[][] sums = new double[goal.length][];
        for (int d = 0; d < goal.length; d++) {
            sums[d] = new double[goal[d].length];
        }
        int iteration = 0;
        double error = marginError(codes, w, goal, sums, total);
        while (error > tolerance && iteration < maxIterations) {
            iteration++;
            for (int d = 0; d < goal.length; d++) {
                double[] s = totals(codes[d], w, sums[d]);
                double[] factor = new double[s.length];
                for (int c = 0; c < s.length; c++) {
                    factor[c] = s[c] > 0 ? goal[d][c] / s[c] : 0;
                }
                int[] code = codes[d];
                for (int i = 0; i < n; i++) {
                    w[i] *= factor[code[i]];
                }
            }
            if (bounds.isPresent()) {
                trim(w, bounds.get());
            }
            error = marginError(codes, w, goal, sums, total);
        }
        return new RakingResult(w, error <= tolerance, iteration, error);
    }

    private static double[] totals(int[] code, double[] w, double[] into) {
        java.util.Arrays.fill(into, 0);
        for (int i = 0; i < w.length; i++) {
            into[code[i]] += w[i];
        }
        return into;
    }

    private static double marginError(int[][] codes, double[] w, double[][] goal, double[][] sums, double total) {
        double worst = 0;
        for (int d = 0; d < goal.length; d++) {
            double[] s = totals(codes[d], w, sums[d]);
            for (int c = 0; c < s.length; c++) {
                worst = Math.max(worst, Math.abs(s[c] - goal[d][c]));
            }
        }
        return total > 0 ? worst / total : worst;
    }

    /**
     * Cuts weights to the bounds around their mean. Cutting moves the mean, so it repeats until every positive
     * weight is within the bounds of the mean it ends with (a few passes in practice).
     */
    private static void trim(double[] w, WeightBounds b) {
        for (int pass = 0; pass < 100; pass++) {
            double sum = 0;
            int positive = 0;
            for (double x : w) {
                sum += x;
                positive += x > 0 ? 1 : 0;
            }
            if (positive == 0) {
                return;
            }
            double mean = sum / positive;
            double lo = b.min() * mean;
            double hi = b.max() * mean;
            boolean changed = false;
            for (int i = 0; i < w.length; i++) {
                if (w[i] > 0 && (w[i] < lo * (1 - 1e-12) || w[i] > hi * (1 + 1e-12))) {
                    w[i] = Math.min(hi, Math.max(lo, w[i]));
                    changed = true;
                }
            }
            if (!changed) {
                return;
            }
        }
    }
}
