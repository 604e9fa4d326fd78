package io.cxkit.journey.attribution;

import java.util.Arrays;

/**
 * Solves the absorbing chain for the probability of reaching (conversion) from (start), and the expected
 * conversion value, with a set of states removed (sent to (null)). Exact, with no simulation: with Q the
 * transient part and r the one-step absorption vector, the absorption probabilities are
 * {@code h = (I − Q)⁻¹ r}, found by solving {@code (I − Q) h = r}; the value uses the same system with the
 * one-step expected value as right-hand side.
 *
 * <p>Method: with at most {@value #DENSE_LIMIT} live states, Gaussian elimination with partial pivoting (a
 * direct solve). Above that, Gauss–Seidel on the sparse rows, visiting states in depth-first post-order from
 * (start) so that, on acyclic parts of the chain, each state is computed after its successors (an acyclic
 * chain converges in one sweep). Iterates start from 0 and rise monotonically (Q ≥ 0, spectral radius &lt; 1);
 * sweeps stop when the estimated remaining error, {@code δ·q/(1−q)} with δ the largest change of the last
 * sweep and q the observed contraction ratio, is below {@value #TOLERANCE} times the largest value. If that
 * does not happen within {@value #MAX_SWEEPS} sweeps the direct solve is used instead.
 */
final class AbsorptionSolver {
    static final int DENSE_LIMIT = 160;
    static final double TOLERANCE = 1e-13;
    static final int MAX_SWEEPS = 20_000;

    private final MarkovChain chain;
    private final int[] postOrder;
    private final double[] h;
    private final double[] hv;

    AbsorptionSolver(MarkovChain chain) {
        this.chain = chain;
        this.postOrder = postOrder(chain);
        this.h = new double[chain.states];
        this.hv = new double[chain.states];
    }

    /**
     * Writes P(conversion) to {@code out[0]} and the expected value per journey to {@code out[1]}, both from
     * (start), with every state flagged in {@code dead} sent to (null).
     */
    void solve(boolean[] dead, double[] out) {
        int live = 0;
        for (int i = 0; i < postOrder.length; i++) {
            if (!dead[postOrder[i]]) {
                live++;
            }
        }
        if (live <= DENSE_LIMIT || !solveIteratively(dead, out)) {
            solveDirectly(dead, out);
        }
    }

    /** Gauss–Seidel; false if it did not converge within the sweep limit. */
    boolean solveIteratively(boolean[] dead, double[] out) {
        Arrays.fill(h, 0);
        Arrays.fill(hv, 0);
        int[] order = postOrder;
        int[] rowStart = chain.rowStart;
        int[] col = chain.col;
        double[] prob = chain.prob;
        double[] convProb = chain.convProb;
        double[] valueRate = chain.valueRate;
        double lastDelta = Double.NaN;
        double lastDeltaV = Double.NaN;
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double delta = 0;
            double deltaV = 0;
            double max = 0;
            double maxV = 0;
            for (int i = 0; i < order.length; i++) {
                int s = order[i];
                if (dead[s]) {
                    continue;
                }
                double a = convProb[s];
                double b = valueRate[s];
                for (int e = rowStart[s], end = rowStart[s + 1]; e < end; e++) {
                    int t = col[e];
                    a += prob[e] * h[t];
                    b += prob[e] * hv[t];
                }
                delta = Math.max(delta, Math.abs(a - h[s]));
                deltaV = Math.max(deltaV, Math.abs(b - hv[s]));
                h[s] = a;
                hv[s] = b;
                max = Math.max(max, a);
                maxV = Math.max(maxV, b);
            }
            if (converged(delta, lastDelta, max) && converged(deltaV, lastDeltaV, maxV)) {
                out[0] = h[MarkovChain.START];
                out[1] = hv[MarkovChain.START];
                return true;
            }
            lastDelta = delta;
            lastDeltaV = deltaV;
        }
        return false;
    }

    private static boolean converged(double delta, double lastDelta, double scale) {
        if (delta <= 0) {
            return true;
        }
        if (!(lastDelta > 0)) {
            return false;
        }
        double q = delta / lastDelta;
        return q < 1 && delta * q / (1 - q) <= TOLERANCE * scale;
    }

    /** Gaussian elimination with partial pivoting on the live states. */
    void solveDirectly(boolean[] dead, double[] out) {
        int n = chain.states;
        int[] dense = new int[n];
        int m = 0;
        for (int s = 0; s < n; s++) {
            dense[s] = dead[s] ? -1 : m++;
        }
        double[] a = new double[m * m];
        double[] r = new double[m];
        double[] rv = new double[m];
        for (int s = 0; s < n; s++) {
            int i = dense[s];
            if (i < 0) {
                continue;
            }
            a[i * m + i] += 1;
            r[i] = chain.convProb[s];
            rv[i] = chain.valueRate[s];
            for (int e = chain.rowStart[s]; e < chain.rowStart[s + 1]; e++) {
                int j = dense[chain.col[e]];
                if (j >= 0) {
                    a[i * m + j] -= chain.prob[e];
                }
            }
        }
        for (int k = 0; k < m; k++) {
            int pivot = k;
            for (int i = k + 1; i < m; i++) {
                if (Math.abs(a[i * m + k]) > Math.abs(a[pivot * m + k])) {
                    pivot = i;
                }
            }
            if (pivot != k) {
                for (int j = 0; j < m; j++) {
                    double t = a[k * m + j];
                    a[k * m + j] = a[pivot * m + j];
                    a[pivot * m + j] = t;
                }
                double t = r[k];
                r[k] = r[pivot];
                r[pivot] = t;
                t = rv[k];
                rv[k] = rv[pivot];
                rv[pivot] = t;
            }
            double d = a[k * m + k];
            if (d == 0) {
                // I − Q is singular only if some states can never be absorbed; a fitted chain has none.
                throw new ArithmeticException("the transition matrix has a closed set of transient states");
            }
            for (int i = k + 1; i < m; i++) {
                double f = a[i * m + k] / d;
                if (f != 0) {
                    for (int j = k; j < m; j++) {
                        a[i * m + j] -= f * a[k * m + j];
                    }
                    r[i] -= f * r[k];
                    rv[i] -= f * rv[k];
                }
            }
        }
        double[] x = new double[m];
        double[] xv = new double[m];
        for (int i = m - 1; i >= 0; i--) {
            double s = r[i];
            double sv = rv[i];
            for (int j = i + 1; j < m; j++) {
                s -= a[i * m + j] * x[j];
                sv -= a[i * m + j] * xv[j];
            }
            x[i] = s / a[i * m + i];
            xv[i] = sv / a[i * m + i];
        }
        int start = dense[MarkovChain.START];
        out[0] = start < 0 ? 0 : x[start];
        out[1] = start < 0 ? 0 : xv[start];
    }

    /** Depth-first post-order of the states reachable from (start): successors before predecessors. */
    private static int[] postOrder(MarkovChain chain) {
        int n = chain.states;
        int[] order = new int[n];
        int count = 0;
        boolean[] seen = new boolean[n];
        int[] stack = new int[n];
        int[] next = new int[n];
        int top = 0;
        stack[top++] = MarkovChain.START;
        seen[MarkovChain.START] = true;
        next[MarkovChain.START] = chain.rowStart[MarkovChain.START];
        while (top > 0) {
            int s = stack[top - 1];
            if (next[s] < chain.rowStart[s + 1]) {
                int t = chain.col[next[s]++];
                if (!seen[t]) {
                    seen[t] = true;
                    next[t] = chain.rowStart[t];
                    stack[top++] = t;
                }
            } else {
                order[count++] = s;
                top--;
            }
        }
        return Arrays.copyOf(order, count);
    }
}
