package io.cxkit.journey.attribution;

import java.util.Arrays;

/**
 * Solves the absorbing chain for the probability of reaching (conversion) from (start), and the expected
 * conversion value, with a set of states removed (sent to (null)). Exact, with no simulation: with Q the
 * transient part, r the one-step conversion probabilities and v the one-step expected values, the absorption
 * probability from (start) is {@code e_startᵀ (I − Q)⁻¹ r} and the value {@code e_startᵀ (I − Q)⁻¹ v}.
 *
 * <p>Method: with at most {@value #DENSE_LIMIT} states, Gaussian elimination with partial pivoting on
 * {@code (I − Q) h = r} (a direct solve). Above that, Gauss–Seidel on the adjoint system
 * {@code (I − Qᵀ) y = e_start} over the sparse predecessor lists: y is the expected number of visits to each
 * state from (start), and both results are sums over it ({@code Σ y·r}, {@code Σ y·v}), so one column per
 * removal gives the probability and the value (half the work of solving for h with two right-hand sides).
 * Removed states are held at 0. States are renumbered in depth-first post-order from (start) and swept in
 * reverse, so that each state comes after its DFS parent (an acyclic chain converges in one sweep). Several
 * removals are solved in the same sweeps, as columns of one block (up to {@value #BLOCK}, fewer on very large
 * chains), so the inner loop runs over independent columns instead of one dependent sum. Iterates start from
 * 0 (Q ≥ 0, spectral radius &lt; 1, so Gauss–Seidel converges). Once a column's contraction ratio q has settled
 * (two sweeps agreeing to 1 %, q &lt; 0.95), its error is dominated by one slow mode and close to
 * {@code Δy·q/(1−q)}, which is added (Richardson extrapolation, column by column); this about halves the sweeps
 * on cyclic chains. A column has converged when the estimated remaining change of each result,
 * {@code Σ|Δy|·r · q/(1−q)} (and the same with v), with Δy the change of a plain sweep and q the observed
 * contraction ratio of its largest entry, is below {@value #TOLERANCE} times that result, measured on sweeps
 * after its last extrapolation; it is then left to the plain sweeps the other columns still need. A column
 * that has not converged within {@value #MAX_SWEEPS} sweeps is solved directly instead, on chains of at most
 * {@value #MAX_DIRECT} states; on larger ones an {@link ArithmeticException} says so (it takes a contraction
 * ratio above 0.998 to get there).
 */
final class AbsorptionSolver {
    static final int DENSE_LIMIT = 160;
    static final double TOLERANCE = 1e-12;
    static final int MAX_SWEEPS = 20_000;
    /** The most states the direct fallback takes on (a dense matrix of 5,000² doubles is 200 MB). */
    static final int MAX_DIRECT = 5_000;
    /** Removals solved together, one column each. */
    static final int BLOCK = 16;
    /** At most this many doubles per block array, so that large chains solve in smaller blocks. */
    private static final int MAX_BLOCK_CELLS = 1 << 21;

    /** Chain state of each solver position, and the inverse. */
    private final int[] stateAt;
    private final int[] positionOf;
    private final int[] rowStart;
    private final int[] col;
    private final double[] prob;
    private final double[] convProb;
    private final double[] valueRate;
    /** Predecessor lists (the transpose of Q), for the visit-count sweep. */
    private final int[] predStart;
    private final int[] pred;
    private final double[] predProb;
    /** Sweeps of the last iterative block, for tests and tuning. */
    int lastSweeps;

    AbsorptionSolver(MarkovChain chain) {
        this.stateAt = postOrder(chain);
        int n = stateAt.length;
        this.positionOf = new int[chain.states];
        Arrays.fill(positionOf, -1);
        for (int i = 0; i < n; i++) {
            positionOf[stateAt[i]] = i;
        }
        rowStart = new int[n + 1];
        int edges = 0;
        for (int i = 0; i < n; i++) {
            int s = stateAt[i];
            edges += chain.rowStart[s + 1] - chain.rowStart[s];
            rowStart[i + 1] = edges;
        }
        col = new int[edges];
        prob = new double[edges];
        convProb = new double[n];
        valueRate = new double[n];
        for (int i = 0; i < n; i++) {
            int s = stateAt[i];
            int at = rowStart[i];
            for (int e = chain.rowStart[s]; e < chain.rowStart[s + 1]; e++) {
                col[at] = positionOf[chain.col[e]];
                prob[at] = chain.prob[e];
                at++;
            }
            convProb[i] = chain.convProb[s];
            valueRate[i] = chain.valueRate[s];
        }
        predStart = new int[n + 1];
        for (int e = 0; e < edges; e++) {
            predStart[col[e] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            predStart[i + 1] += predStart[i];
        }
        pred = new int[edges];
        predProb = new double[edges];
        int[] fill = Arrays.copyOf(predStart, n);
        for (int i = 0; i < n; i++) {
            for (int e = rowStart[i]; e < rowStart[i + 1]; e++) {
                int at = fill[col[e]]++;
                pred[at] = i;
                predProb[at] = prob[e];
            }
        }
    }

    /**
     * For each removal r (a set of chain states sent to (null)), writes P(conversion) from (start) to
     * {@code out[r][0]} and the expected value per journey to {@code out[r][1]}.
     */
    void solveAll(int[][] removals, double[][] out) {
        if (stateAt.length <= DENSE_LIMIT) {
            for (int r = 0; r < removals.length; r++) {
                solveDirectly(removals[r], out[r]);
            }
            return;
        }
        int block = Math.max(1, Math.min(BLOCK, MAX_BLOCK_CELLS / stateAt.length));
        for (int from = 0; from < removals.length; from += block) {
            int to = Math.min(removals.length, from + block);
            boolean[] converged = sweep(removals, from, to, out);
            for (int r = from; r < to; r++) {
                if (!converged[r - from]) {
                    if (stateAt.length > MAX_DIRECT) {
                        // A dense solve of this size would need gigabytes; no fitted chain should get here.
                        throw new ArithmeticException("the absorption probabilities did not converge within "
                                + MAX_SWEEPS + " sweeps over " + stateAt.length + " states");
                    }
                    solveDirectly(removals[r], out[r]);
                }
            }
        }
    }

    /** One removal; see {@link #solveAll}. */
    void solve(int[] removed, double[] out) {
        solveAll(new int[][] {removed}, new double[][] {out});
    }

    /** Gauss–Seidel only (for tests); false if it did not converge within the sweep limit. */
    boolean solveIteratively(int[] removed, double[] out) {
        return sweep(new int[][] {removed}, 0, 1, new double[][] {out})[0];
    }

    /**
     * Gauss–Seidel on removals {@code from..to-1} at once, one column each: the expected visits y to every state
     * from (start), {@code y = e_start + Qᵀ y} with removed states held at 0, swept in reverse post-order (so
     * that a state comes after its DFS parent). Returns which of them converged.
     */
    private boolean[] sweep(int[][] removals, int from, int to, double[][] out) {
        int n = stateAt.length;
        int w = to - from;
        int start = positionOf[MarkovChain.START];
        double[] x = new double[n * w];
        double[] alive = new double[n * w];
        Arrays.fill(alive, 1);
        for (int j = 0; j < w; j++) {
            for (int s : removals[from + j]) {
                int i = positionOf[s];
                if (i >= 0) {
                    alive[i * w + j] = 0;
                }
            }
        }
        double[] acc = new double[w];
        double[] dx = new double[n * w];
        double[] ratio = new double[w];
        double[] lastRatio = new double[w];
        int[] since = new int[w];
        boolean[] extrapolated = new boolean[w];
        boolean[] done = new boolean[w];
        double[] delta = new double[w];
        double[] lastDelta = new double[w];
        double[] conv = new double[w];
        double[] value = new double[w];
        double[] convChange = new double[w];
        double[] valueChange = new double[w];
        boolean[] converged = new boolean[w];
        Arrays.fill(lastDelta, Double.NaN);
        lastSweeps = 0;
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            lastSweeps = sweep + 1;
            Arrays.fill(delta, 0);
            Arrays.fill(conv, 0);
            Arrays.fill(value, 0);
            Arrays.fill(convChange, 0);
            Arrays.fill(valueChange, 0);
            for (int i = n - 1; i >= 0; i--) {
                Arrays.fill(acc, i == start ? 1 : 0);
                for (int e = predStart[i], end = predStart[i + 1]; e < end; e++) {
                    int base = pred[e] * w;
                    double p = predProb[e];
                    for (int c = 0; c < w; c++) {
                        acc[c] += p * x[base + c];
                    }
                }
                double cp = convProb[i];
                double vr = valueRate[i];
                int base = i * w;
                // Most states never convert directly: they add nothing to the results' sums.
                if (cp == 0 && vr == 0) {
                    for (int c = 0; c < w; c++) {
                        double v = acc[c] * alive[base + c];
                        double d = v - x[base + c];
                        dx[base + c] = d;
                        delta[c] = Math.max(delta[c], Math.abs(d));
                        x[base + c] = v;
                    }
                } else {
                    for (int c = 0; c < w; c++) {
                        double v = acc[c] * alive[base + c];
                        double d = v - x[base + c];
                        double ad = Math.abs(d);
                        dx[base + c] = d;
                        delta[c] = Math.max(delta[c], ad);
                        conv[c] += cp * v;
                        value[c] += vr * v;
                        convChange[c] += cp * ad;
                        valueChange[c] += vr * ad;
                        x[base + c] = v;
                    }
                }
            }
            boolean all = true;
            for (int c = 0; c < w; c++) {
                // Once within tolerance a column stays there: later sweeps only bring it closer.
                done[c] |= small(delta[c], lastDelta[c], convChange[c], conv[c], valueChange[c], value[c]);
                converged[c] = done[c];
                all &= done[c];
            }
            if (all) {
                break;
            }
            extrapolate(x, dx, delta, lastDelta, ratio, lastRatio, since, done, extrapolated);
            for (int c = 0; c < w; c++) {
                // After an extrapolation the next change is not a plain sweep's: measure q afresh.
                lastDelta[c] = extrapolated[c] ? Double.NaN : delta[c];
            }
        }
        for (int j = 0; j < w; j++) {
            double p = 0;
            double v = 0;
            for (int i = 0; i < n; i++) {
                double y = x[i * w + j];
                p += y * convProb[i];
                v += y * valueRate[i];
            }
            out[from + j][0] = p;
            out[from + j][1] = v;
        }
        return converged;
    }

    /**
     * Richardson extrapolation along the slowest mode, column by column: once a column's contraction ratio q has
     * settled (two sweeps agreeing to 1 %, at least three plain sweeps since its last extrapolation), its
     * remaining error is close to {@code dx·q/(1−q)}, which is added. Columns already within tolerance are left
     * alone. Flags the columns it moved.
     */
    private static void extrapolate(double[] x, double[] dx, double[] delta, double[] lastDelta, double[] ratio,
            double[] lastRatio, int[] since, boolean[] done, boolean[] moved) {
        int w = delta.length;
        boolean any = false;
        for (int c = 0; c < w; c++) {
            since[c]++;
            ratio[c] = delta[c] > 0 && lastDelta[c] > 0 ? delta[c] / lastDelta[c] : 0;
            moved[c] = !done[c] && since[c] >= 3 && delta[c] > 0 && ratio[c] < 0.95
                    && Math.abs(ratio[c] - lastRatio[c]) <= 0.01 * ratio[c];
            lastRatio[c] = moved[c] ? Double.NaN : ratio[c];
            if (moved[c]) {
                since[c] = 0;
                ratio[c] = ratio[c] / (1 - ratio[c]);
                any = true;
            } else {
                ratio[c] = 0;
            }
        }
        if (!any) {
            return;
        }
        int n = x.length / w;
        for (int i = 0; i < n; i++) {
            int base = i * w;
            for (int c = 0; c < w; c++) {
                x[base + c] += dx[base + c] * ratio[c];
            }
        }
    }

    /**
     * True if a column is within the tolerance of its limit: y has stopped moving, or, with q the observed
     * contraction ratio, the remaining change of P(conversion) and of the value, estimated as the last sweep's
     * weighted change times {@code q/(1−q)}, is below {@value #TOLERANCE} times each.
     */
    private static boolean small(double delta, double lastDelta, double convChange, double conv,
            double valueChange, double value) {
        if (delta == 0) {
            return true;
        }
        if (!(lastDelta > 0)) {
            return false;
        }
        double q = delta / lastDelta;
        if (q >= 1) {
            return false;
        }
        double f = q / (1 - q);
        return convChange * f <= TOLERANCE * conv && valueChange * f <= TOLERANCE * value;
    }

    /** Gaussian elimination with partial pivoting on the live states. */
    void solveDirectly(int[] removed, double[] out) {
        int n = stateAt.length;
        boolean[] dead = new boolean[n];
        for (int s : removed) {
            int i = positionOf[s];
            if (i >= 0) {
                dead[i] = true;
            }
        }
        int[] dense = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            dense[i] = dead[i] ? -1 : m++;
        }
        double[] a = new double[m * m];
        double[] r = new double[m];
        double[] rv = new double[m];
        for (int i = 0; i < n; i++) {
            int row = dense[i];
            if (row < 0) {
                continue;
            }
            a[row * m + row] += 1;
            r[row] = convProb[i];
            rv[row] = valueRate[i];
            for (int e = rowStart[i]; e < rowStart[i + 1]; e++) {
                int j = dense[col[e]];
                if (j >= 0) {
                    a[row * m + j] -= prob[e];
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
        int start = dense[positionOf[MarkovChain.START]];
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
