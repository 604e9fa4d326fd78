package io.cxkit.metrics.drivers;

import io.cxkit.metrics.Interval;
import io.cxkit.metrics.drivers.internal.AllSubsets;
import io.cxkit.metrics.drivers.internal.Matrices;
import io.cxkit.metrics.service.QuantileEstimator;
import io.cxkit.metrics.stat.FisherF;
import io.cxkit.metrics.stat.Normal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Key-driver (relative-importance) analysis of one outcome on p drivers, from their correlation matrix:
 * <ul>
 *   <li><b>LMG</b>, the Shapley decomposition of R² over all 2^p subsets of drivers (Lindeman, Merenda &amp;
 *       Gold 1980; Grömping 2006, "Relative Importance for Linear Regression in R: The Package relaimpo",
 *       JSS 17(1)), exact, with all-subset R² by Gray-code sweeps ({@link AllSubsets});</li>
 *   <li><b>Johnson's relative weights</b> (Johnson 2000, Multivariate Behavioral Research 35(1)): with
 *       R_xx = VΛVᵀ and Λ^½ = VΛ^½Vᵀ, β = (Λ^½)⁻¹ r_xy and ε_j = Σ_k (Λ^½)_{jk}² β_k²;</li>
 *   <li>standardised betas R_xx⁻¹ r_xy, zero-order correlations, and the full model's R², adjusted R² and
 *       overall F test.</li>
 * </ul>
 *
 * <p>Bad input is refused with {@link IllegalArgumentException} naming the driver: no respondents, an outcome
 * or a driver with no variance, fewer than p + 2 respondents, or drivers whose correlation matrix is singular
 * (a driver that is a linear combination of others, to a tolerance of 1 − R² ≤ 10⁻¹⁰). A singular matrix has
 * no unique betas or relative weights, so no figure is made up for it: drop one of the named drivers.
 * Near-collinear but non-singular drivers are computed; the Cholesky rank check and the periodic rebuild of the
 * sweep keep the figures accurate to about the condition number times 10⁻¹⁶.
 */
public final class KeyDriverAnalysis {
    /** The largest number of drivers for exact LMG: 2^24 subsets' R² take 128 MB. */
    public static final int MAX_DRIVERS = 24;

    private KeyDriverAnalysis() {
    }

    /**
     * Bootstrap settings.
     *
     * @param resamples the number of resamples, at least 100 (2,000 is usual for BCa)
     * @param seed the seed; resample i is drawn from a stream derived from (seed, i), so results do not depend
     *        on the number of threads
     * @param method {@code percentile} or {@code bca}
     * @param confidence the two-sided level, in (0, 1)
     */
    public record Bootstrap(int resamples, long seed, String method, double confidence) {
        /**
         * @param resamples the number of resamples, within 100..1,000,000
         * @param seed the seed of the resample streams
         * @param method {@code percentile} or {@code bca}
         * @param confidence the two-sided level, in (0, 1)
         * @throws IllegalArgumentException if a value is out of range
         */
        public Bootstrap {
            if (resamples < 100 || resamples > 1_000_000) {
                throw new IllegalArgumentException("bootstrap resamples must be within 100..1000000, was "
                        + resamples);
            }
            if (!method.equals("percentile") && !method.equals("bca")) {
                throw new IllegalArgumentException("bootstrap method must be percentile or bca, was '" + method
                        + "'");
            }
            if (!(confidence > 0 && confidence < 1)) {
                throw new IllegalArgumentException("confidence must be within (0, 1), was " + confidence);
            }
        }
    }

    /**
     * Fits the analysis from one accumulated state.
     *
     * @param outcome the outcome's name (column 0 of the state)
     * @param drivers the drivers' names (columns 1..p)
     * @param state the accumulated outcome and driver columns, in that order
     * @return the fitted model, its importances and their shares, without intervals
     * @throws IllegalArgumentException on the bad input listed in the class comment
     */
    public static KeyDriverResult fit(String outcome, List<String> drivers, CorrelationAccumulator state) {
        Objects.requireNonNull(outcome, "outcome");
        int p = drivers.size();
        if (state.columns() != p + 1) {
            throw new IllegalArgumentException("state has " + state.columns() + " columns for an outcome and " + p
                    + " drivers");
        }
        Core core = core(outcome, drivers, state, true);
        List<DriverImportance> out = new ArrayList<>(p);
        for (int j = 0; j < p; j++) {
            out.add(new DriverImportance(drivers.get(j), state.mean(j + 1), core.lmg[j], percent(core.lmg[j], core.r2),
                    core.rw[j], percent(core.rw[j], core.r2), core.beta[j], core.r[j], Map.of()));
        }
        return result(outcome, state, core, out, Optional.empty());
    }

    private static double percent(double share, double r2) {
        return r2 > 0 ? 100 * share / r2 : 0;
    }

    private static KeyDriverResult result(String outcome, CorrelationAccumulator state, Core core,
                                          List<DriverImportance> drivers, Optional<BootstrapSummary> boot) {
        int p = drivers.size();
        long n = state.minimumPairCount();
        long dfRes = n - p - 1;
        double r2 = core.r2;
        double adj = 1 - (1 - r2) * (n - 1) / dfRes;
        double f;
        double pf;
        if (r2 >= 1) {
            f = Double.MAX_VALUE;
            pf = 0;
        } else {
            f = (r2 / p) / ((1 - r2) / dfRes);
            pf = FisherF.upperTail(f, p, dfRes);
        }
        return new KeyDriverResult(outcome, n, state.skipped(), state.missing(), r2, adj, f, p, dfRes, pf, drivers,
                boot);
    }

    /** The point figures of one fit. */
    private record Core(double r2, double[] lmg, double[] rw, double[] beta, double[] r) {
    }

    private static Core core(String outcome, List<String> drivers, CorrelationAccumulator state, boolean explain) {
        int p = drivers.size();
        if (p < 1) {
            throw new IllegalArgumentException("name at least one driver");
        }
        if (p > MAX_DRIVERS) {
            throw new IllegalArgumentException(p + " drivers: exact LMG handles at most " + MAX_DRIVERS);
        }
        long n = state.minimumPairCount();
        if (n == 0) {
            throw new IllegalArgumentException("no respondent answered " + outcome + " and every driver"
                    + (state.skipped() > 0 ? " (" + state.skipped() + " skipped for a missing answer)" : ""));
        }
        if (!(state.variance(0) > 0)) {
            throw new IllegalArgumentException("outcome " + outcome + " has no variance over the " + n
                    + " respondents used (every answer is " + state.mean(0) + "): there is nothing to explain");
        }
        for (int j = 0; j < p; j++) {
            if (!(state.variance(j + 1) > 0)) {
                throw new IllegalArgumentException("driver " + drivers.get(j) + " is constant over the " + n
                        + " respondents used (every answer is " + state.mean(j + 1) + "); drop it");
            }
        }
        if (n < p + 2) {
            throw new IllegalArgumentException(n + " respondents for " + p + " drivers: a regression needs at least "
                    + (p + 2) + " (drivers + 2)");
        }
        int m = p + 1;
        double[] full = state.correlations();
        // Reorder to drivers first, outcome last, as the sweep wants it.
        double[] c = new double[m * m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                c[i * m + j] = full[((i + 1) % m) * m + ((j + 1) % m)];
            }
        }
        double[] rxx = new double[p * p];
        double[] rxy = new double[p];
        for (int i = 0; i < p; i++) {
            System.arraycopy(c, i * m, rxx, i * p, p);
            rxy[i] = c[i * m + p];
        }
        double[] chol;
        try {
            chol = Matrices.cholesky(rxx, p);
        } catch (Matrices.SingularMatrixException e) {
            if (!explain) {
                throw e;
            }
            List<String> before = drivers.subList(0, e.column);
            throw new IllegalArgumentException("driver " + drivers.get(e.column) + " is (almost) a linear combination "
                    + "of " + before + " (1 - R² of it on them ≤ 1e-10): the correlation matrix is singular, so "
                    + "betas and relative weights are not defined; drop one of them"
                    + (state.missing() == MissingAnswers.PAIRWISE ? " (or use complete cases: pairwise correlations "
                    + "need not be positive definite)" : ""));
        }
        double[] beta = Matrices.choleskySolve(chol, p, rxy);
        double r2 = 0;
        for (int j = 0; j < p; j++) {
            r2 += beta[j] * rxy[j];
        }
        r2 = Math.max(0, Math.min(1, r2));
        double[] lmg = AllSubsets.lmg(AllSubsets.rSquared(c, p), p);
        double[] rw = relativeWeights(rxx, rxy, p);
        return new Core(r2, lmg, rw, beta, rxy);
    }

    /** Johnson's (2000) relative weights from R_xx and r_xy. */
    static double[] relativeWeights(double[] rxx, double[] rxy, int p) {
        double[][] eig = Matrices.symmetricEigen(rxx, p);
        double[] lambda = eig[0];
        double[] v = eig[1];
        double[] half = new double[p * p];
        double[] invHalf = new double[p * p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                double h = 0;
                double ih = 0;
                for (int k = 0; k < p; k++) {
                    double s = Math.sqrt(Math.max(lambda[k], 0));
                    double vv = v[i * p + k] * v[j * p + k];
                    h += vv * s;
                    ih += s > 0 ? vv / s : 0;
                }
                half[i * p + j] = h;
                invHalf[i * p + j] = ih;
            }
        }
        double[] b = new double[p];
        for (int i = 0; i < p; i++) {
            double s = 0;
            for (int k = 0; k < p; k++) {
                s += invHalf[i * p + k] * rxy[k];
            }
            b[i] = s;
        }
        double[] eps = new double[p];
        for (int j = 0; j < p; j++) {
            double s = 0;
            for (int k = 0; k < p; k++) {
                double h = half[j * p + k];
                s += h * h * b[k] * b[k];
            }
            eps[j] = s;
        }
        return eps;
    }

    /**
     * Fits the analysis on columns and adds bootstrap intervals to every importance, and the probability that
     * one driver's LMG outranks another's. Resamples run in parallel on the common pool.
     *
     * @param columns {@code columns[0]} the outcome, then one per driver; NaN for a missing answer
     * @param outcome the outcome's name
     * @param drivers the drivers' names, one per column after the first
     * @param missing how rows with missing answers are counted
     * @param settings the number of resamples, seed, interval method and level
     * @return the fit on all rows, with an interval on each importance and the pairwise LMG outranking probabilities
     * @throws IllegalArgumentException on bad input (see the class comment), or if columns differ in length
     */
    public static KeyDriverResult bootstrap(String outcome, List<String> drivers, double[][] columns,
                                            MissingAnswers missing, Bootstrap settings) {
        int p = drivers.size();
        if (columns.length != p + 1) {
            throw new IllegalArgumentException(columns.length + " columns for an outcome and " + p + " drivers");
        }
        int n = columns[0].length;
        for (double[] col : columns) {
            if (col.length != n) {
                throw new IllegalArgumentException("columns differ in length: " + col.length + " and " + n);
            }
        }
        CorrelationAccumulator all = CorrelationAccumulator.create(p + 1, missing);
        all.addColumns(columns, new int[0], n);
        KeyDriverResult point = fit(outcome, drivers, all);
        int measures = 4;
        int width = measures * p;
        int b = settings.resamples();
        double[][] draws = new double[b][];
        IntStream.range(0, b).parallel().forEach(i -> {
            SplittableRandom rnd = new SplittableRandom(settings.seed() * 0x9E3779B97F4A7C15L + i * 0xBF58476D1CE4E5B9L);
            int[] rows = new int[n];
            for (int k = 0; k < n; k++) {
                rows[k] = rnd.nextInt(n);
            }
            CorrelationAccumulator s = CorrelationAccumulator.create(p + 1, missing);
            s.addColumns(columns, rows, n);
            draws[i] = flatten(s, outcome, drivers, width);
        });
        double[][] usable = Arrays.stream(draws).filter(Objects::nonNull).toArray(double[][]::new);
        if (usable.length < b / 2) {
            throw new IllegalArgumentException("only " + usable.length + " of " + b + " bootstrap resamples could be "
                    + "fitted (drivers constant or collinear in the others): too few respondents for intervals");
        }
        double[] estimate = new double[width];
        for (int j = 0; j < p; j++) {
            DriverImportance d = point.drivers().get(j);
            estimate[j] = d.lmg();
            estimate[p + j] = d.relativeWeight();
            estimate[2 * p + j] = d.beta();
            estimate[3 * p + j] = d.correlation();
        }
        double[] acceleration = new double[width];
        if (settings.method().equals("bca")) {
            acceleration = jackknifeAcceleration(columns, missing, outcome, drivers, width, n);
        }
        String[] names = {"lmg", "relative_weight", "beta", "correlation"};
        List<DriverImportance> out = new ArrayList<>(p);
        double[] values = new double[usable.length];
        for (int j = 0; j < p; j++) {
            Map<String, Interval> iv = new LinkedHashMap<>();
            for (int k = 0; k < measures; k++) {
                int col = k * p + j;
                for (int r = 0; r < usable.length; r++) {
                    values[r] = usable[r][col];
                }
                Arrays.sort(values);
                iv.put(names[k], interval(values, estimate[col], acceleration[col], settings));
            }
            DriverImportance d = point.drivers().get(j);
            out.add(new DriverImportance(d.name(), d.mean(), d.lmg(), d.lmgPercent(), d.relativeWeight(),
                    d.relativeWeightPercent(), d.beta(), d.correlation(), iv));
        }
        List<List<Double>> outrank = new ArrayList<>();
        for (int i = 0; i < p; i++) {
            List<Double> row = new ArrayList<>();
            for (int j = 0; j < p; j++) {
                int wins = 0;
                for (double[] u : usable) {
                    if (i != j && u[i] > u[j]) {
                        wins++;
                    }
                }
                row.add((double) wins / usable.length);
            }
            outrank.add(row);
        }
        BootstrapSummary summary = new BootstrapSummary(b, usable.length, settings.seed(), settings.method(),
                settings.confidence(), outrank);
        return new KeyDriverResult(point.outcome(), point.n(), point.skipped(), point.missing(), point.rSquared(),
                point.adjustedRSquared(), point.fStatistic(), point.dfModel(), point.dfResidual(), point.fPValue(), out,
                Optional.of(summary));
    }

    private static double[] flatten(CorrelationAccumulator s, String outcome, List<String> drivers, int width) {
        try {
            Core c = core(outcome, drivers, s, false);
            int p = drivers.size();
            double[] v = new double[width];
            System.arraycopy(c.lmg, 0, v, 0, p);
            System.arraycopy(c.rw, 0, v, p, p);
            System.arraycopy(c.beta, 0, v, 2 * p, p);
            System.arraycopy(c.r, 0, v, 3 * p, p);
            return v;
        } catch (IllegalArgumentException | Matrices.SingularMatrixException e) {
            return null;
        }
    }

    /**
     * The BCa acceleration of each measure from a grouped jackknife: respondents are split into G = min(n, 100)
     * groups by index, and each group is left out in turn (Efron &amp; Tibshirani 1993, An Introduction to the
     * Bootstrap, §14.3, eq. 14.15, with delete-a-group pseudo-values as in §11.5).
     */
    private static double[] jackknifeAcceleration(double[][] columns, MissingAnswers missing, String outcome,
                                                  List<String> drivers, int width, int n) {
        int g = Math.min(n, 100);
        int m = columns.length;
        CorrelationAccumulator[] groups = new CorrelationAccumulator[g];
        for (int k = 0; k < g; k++) {
            int from = (int) ((long) n * k / g);
            int to = (int) ((long) n * (k + 1) / g);
            int[] rows = IntStream.range(from, to).toArray();
            groups[k] = CorrelationAccumulator.create(m, missing);
            groups[k].addColumns(columns, rows, rows.length);
        }
        double[][] leaveOut = new double[g][];
        IntStream.range(0, g).parallel().forEach(k -> {
            CorrelationAccumulator s = CorrelationAccumulator.create(m, missing);
            for (int t = 0; t < g; t++) {
                if (t != k) {
                    s.merge(groups[t]);
                }
            }
            leaveOut[k] = flatten(s, outcome, drivers, width);
        });
        double[] a = new double[width];
        for (int col = 0; col < width; col++) {
            double mean = 0;
            int used = 0;
            for (double[] lo : leaveOut) {
                if (lo != null) {
                    mean += lo[col];
                    used++;
                }
            }
            if (used < 3) {
                continue;
            }
            mean /= used;
            double num = 0;
            double den = 0;
            for (double[] lo : leaveOut) {
                if (lo != null) {
                    double d = mean - lo[col];
                    num += d * d * d;
                    den += d * d;
                }
            }
            a[col] = den > 0 ? num / (6 * Math.pow(den, 1.5)) : 0;
        }
        return a;
    }

    /**
     * A percentile or BCa interval from sorted bootstrap values (Efron 1987, "Better bootstrap confidence
     * intervals", JASA 82(397)): α' = Φ(z₀ + (z₀ + z_α)/(1 − a(z₀ + z_α))), z₀ = Φ⁻¹(share of values below the
     * estimate, ties counted half).
     */
    static Interval interval(double[] sorted, double estimate, double acceleration, Bootstrap settings) {
        double alpha = (1 - settings.confidence()) / 2;
        double lo = alpha;
        double hi = 1 - alpha;
        String method = "bootstrap-percentile";
        if (settings.method().equals("bca")) {
            method = "bootstrap-bca";
            double below = 0;
            for (double v : sorted) {
                if (v < estimate) {
                    below++;
                } else if (v == estimate) {
                    below += 0.5;
                }
            }
            double share = below / sorted.length;
            // A share of 0 or 1 leaves z0 infinite; clamp to the resolution of the bootstrap.
            share = Math.min(Math.max(share, 0.5 / sorted.length), 1 - 0.5 / sorted.length);
            double z0 = Normal.quantile(share);
            double zl = Normal.quantile(alpha);
            double zh = Normal.quantile(1 - alpha);
            lo = Normal.cdf(z0 + (z0 + zl) / (1 - acceleration * (z0 + zl)));
            hi = Normal.cdf(z0 + (z0 + zh) / (1 - acceleration * (z0 + zh)));
        }
        // The library's one sample-quantile definition (Hyndman & Fan type 7); the levels are clamped to 0..1
        // because the BCa adjustment is computed in floating point.
        QuantileEstimator q = QuantileEstimator.TYPE_7;
        double l = q.quantileOfSorted(sorted, Math.min(1, Math.max(0, lo)));
        double h = q.quantileOfSorted(sorted, Math.min(1, Math.max(0, hi)));
        return new Interval(Math.min(l, h), Math.max(l, h), settings.confidence(), method, false);
    }
}
