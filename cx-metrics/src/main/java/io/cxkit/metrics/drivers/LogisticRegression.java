package io.cxkit.metrics.drivers;

import io.cxkit.metrics.Interval;
import io.cxkit.metrics.drivers.internal.Matrices;
import io.cxkit.metrics.stat.Normal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;

/**
 * Logistic regression of a 0/1 outcome on numeric features, by iteratively reweighted least squares (Newton's
 * method on the log-likelihood; McCullagh &amp; Nelder 1989, Generalized Linear Models, 2nd ed., §4.4), with Wald
 * standard errors, intervals and p-values, as R's {@code glm(..., family = binomial)} reports them. Optionally
 * with Firth's (1993) penalty, the Jeffreys-prior bias reduction (Heinze &amp; Schemper 2002, Statistics in
 * Medicine 21), which gives finite estimates under separation.
 *
 * <p>Convergence is declared, as glm does, when |dev − dev_old| / (|dev| + 0.1) &lt; 10⁻¹⁰, and the largest
 * coefficient step is below 10⁻⁸. Refused with {@link IllegalArgumentException} and a reason: fewer
 * observations than coefficients, an outcome that is all 0 or all 1, a constant or collinear feature, no
 * convergence within the iteration limit, and (without Firth) complete or quasi-complete separation, detected as
 * fitted probabilities numerically 0 or 1, for which no finite maximum-likelihood estimate exists.
 *
 * <p>Features are columns ({@code features[j][i]}); the cross-products X'WX are accumulated in row blocks,
 * split across the common fork-join pool.
 */
public final class LogisticRegression {
    private static final int BLOCK = 1024;
    private static final int SPLIT = 1 << 15;

    private LogisticRegression() {
    }

    /**
     * Settings.
     *
     * @param firth apply Firth's penalty
     * @param maxIterations the iteration limit, at least 1 (glm's default is 25)
     * @param confidence the two-sided level of the Wald intervals
     */
    public record Settings(boolean firth, int maxIterations, double confidence) {
        /**
         * @param firth apply Firth's penalty
         * @param maxIterations the iteration limit, at least 1 (glm's default is 25)
         * @param confidence the two-sided level of the Wald intervals
         * @throws IllegalArgumentException if a value is out of range
         */
        public Settings {
            if (maxIterations < 1) {
                throw new IllegalArgumentException("maxIterations must be at least 1, was " + maxIterations);
            }
            if (!(confidence > 0 && confidence < 1)) {
                throw new IllegalArgumentException("confidence must be within (0, 1), was " + confidence);
            }
        }

        /**
         * Maximum likelihood, 25 iterations, 95% intervals.
         *
         * @return the default settings: no Firth penalty, 25 iterations, 95 % intervals
         */
        public static Settings defaults() {
            return new Settings(false, 25, 0.95);
        }
    }

    /**
     * Fits the model.
     *
     * @param outcome the outcome's name
     * @param names the features' names
     * @param features one column per feature, all of the same length n, finite values
     * @param y the outcome, 0 or 1, length n
     * @param settings the penalty, iteration limit and interval level
     * @return the coefficients with their standard errors and intervals, and the fit's deviance
     * @throws IllegalArgumentException on the bad input listed in the class comment
     */
    public static LogisticFit fit(String outcome, List<String> names, double[][] features, double[] y,
                                  Settings settings) {
        Objects.requireNonNull(outcome, "outcome");
        int n = y.length;
        int k = features.length + 1;
        if (names.size() != features.length) {
            throw new IllegalArgumentException(names.size() + " names for " + features.length + " features");
        }
        long events = 0;
        for (int i = 0; i < n; i++) {
            if (y[i] != 0 && y[i] != 1) {
                throw new IllegalArgumentException(outcome + " must be 0 or 1, was " + y[i] + " at row " + (i + 1));
            }
            events += (long) y[i];
        }
        for (int j = 0; j < features.length; j++) {
            if (features[j].length != n) {
                throw new IllegalArgumentException("feature " + names.get(j) + " has " + features[j].length
                        + " values, the outcome " + n);
            }
            for (double v : features[j]) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("feature " + names.get(j) + " has a value " + v
                            + "; drop or impute missing values first");
                }
            }
        }
        if (n <= k) {
            throw new IllegalArgumentException(n + " observations for " + k + " coefficients: need more observations"
                    + " than coefficients");
        }
        if (events == 0 || events == n) {
            throw new IllegalArgumentException(outcome + " is " + (events == 0 ? 0 : 1) + " for all " + n
                    + " observations: there is nothing to explain");
        }
        double[][] x = new double[k][];
        x[0] = new double[n];
        java.util.Arrays.fill(x[0], 1);
        System.arraycopy(features, 0, x, 1, features.length);
        List<String> terms = new ArrayList<>();
        terms.add("(intercept)");
        terms.addAll(names);

        double[] beta = new double[k];
        double ybar = (double) events / n;
        beta[0] = Math.log(ybar / (1 - ybar));
        double nullDeviance = -2 * (events * Math.log(ybar) + (n - events) * Math.log(1 - ybar));
        Pass pass = pass(x, y, beta, n, k, settings.firth(), null);
        double dev = pass.deviance;
        boolean converged = false;
        int it = 0;
        double[] info = null;
        while (it < settings.maxIterations()) {
            it++;
            double[] chol = factor(pass.info, k, terms);
            double[] score = pass.score;
            if (settings.firth()) {
                // Firth's modified score: U* = X'(y − μ + h(½ − μ)), with hat values h_i = w_i x_iᵀ I⁻¹ x_i.
                double[] inv = Matrices.inverse(pass.info, k);
                score = pass(x, y, beta, n, k, true, inv).score;
            }
            double[] step = Matrices.choleskySolve(chol, k, score);
            double[] next = new double[k];
            double objOld = objective(pass, settings.firth(), chol, k);
            Pass trial = null;
            double factor = 1;
            for (int half = 0; half < 30; half++) {
                for (int j = 0; j < k; j++) {
                    next[j] = beta[j] + factor * step[j];
                }
                trial = pass(x, y, next, n, k, settings.firth(), null);
                double objNew = objective(trial, settings.firth(), null, k);
                if (objNew >= objOld - 1e-12 * Math.abs(objOld) || !Double.isFinite(objOld)) {
                    break;
                }
                factor /= 2;
            }
            double maxStep = 0;
            for (int j = 0; j < k; j++) {
                maxStep = Math.max(maxStep, Math.abs(next[j] - beta[j]));
            }
            beta = next;
            double devOld = dev;
            pass = trial;
            dev = pass.deviance;
            if (Math.abs(dev - devOld) / (Math.abs(dev) + 0.1) < 1e-10 && maxStep < 1e-8) {
                converged = true;
                break;
            }
        }
        if (!settings.firth() && pass.extreme > 0) {
            throw new IllegalArgumentException("separation: " + pass.extreme + " of " + n + " fitted probabilities "
                    + "of " + outcome + " are numerically 0 or 1, so the features predict it (almost) perfectly and "
                    + "no finite maximum-likelihood estimate exists; use Firth's penalty (--firth) or drop the "
                    + "separating feature");
        }
        if (!converged) {
            throw new IllegalArgumentException("the logistic fit of " + outcome + " did not converge in "
                    + settings.maxIterations() + " iterations (deviance " + dev + ")"
                    + (settings.firth() ? "" : "; Firth's penalty (--firth) may help"));
        }
        info = Matrices.inverse(pass.info, k);
        double zc = Normal.twoSidedCritical(settings.confidence());
        List<Coefficient> out = new ArrayList<>(k);
        for (int j = 0; j < k; j++) {
            double se = Math.sqrt(info[j * k + j]);
            double z = beta[j] / se;
            double p = 2 * Normal.cdf(-Math.abs(z));
            Interval iv = new Interval(beta[j] - zc * se, beta[j] + zc * se, settings.confidence(), "wald", false);
            Interval or = new Interval(Math.exp(iv.lower()), Math.min(Math.exp(iv.upper()), Double.MAX_VALUE),
                    settings.confidence(), "wald", false);
            out.add(new Coefficient(terms.get(j), beta[j], se, z, p, Math.exp(beta[j]), iv, or));
        }
        return new LogisticFit(outcome, n, events, out, dev, nullDeviance, it, true,
                settings.firth() ? "irls-firth" : "irls");
    }

    private static double[] factor(double[] info, int k, List<String> terms) {
        try {
            return Matrices.cholesky(info, k);
        } catch (Matrices.SingularMatrixException e) {
            throw new CollinearFeatureException(terms.get(e.column), "feature " + terms.get(e.column)
                    + " is constant or a linear combination of " + terms.subList(0, e.column)
                    + ": its coefficient is not identified; drop it");
        }
    }

    /** Log-likelihood, plus ½ log|I| under Firth's penalty. */
    private static double objective(Pass p, boolean firth, double[] chol, int k) {
        double ll = -p.deviance / 2;
        if (!firth) {
            return ll;
        }
        double[] l = chol;
        if (l == null) {
            try {
                l = Matrices.cholesky(p.info, k);
            } catch (Matrices.SingularMatrixException e) {
                return Double.NEGATIVE_INFINITY;
            }
        }
        double logDet = 0;
        for (int j = 0; j < k; j++) {
            logDet += 2 * Math.log(l[j * k + j]);
        }
        return ll + 0.5 * logDet;
    }

    /** One pass over the rows: deviance, score X'(y − μ) (Firth-modified when inv is given) and X'WX. */
    private record Pass(double deviance, double[] score, double[] info, long extreme) {
    }

    private static Pass pass(double[][] x, double[] y, double[] beta, int n, int k, boolean firth, double[] inv) {
        return ForkJoinPool.commonPool().invoke(new Chunk(x, y, beta, k, inv, 0, n));
    }

    private static final class Chunk extends RecursiveTask<Pass> {
        private static final long serialVersionUID = 1L;
        private final transient double[][] x;
        private final double[] y;
        private final double[] beta;
        private final int k;
        private final double[] inv;
        private final int from;
        private final int to;

        Chunk(double[][] x, double[] y, double[] beta, int k, double[] inv, int from, int to) {
            this.x = x;
            this.y = y;
            this.beta = beta;
            this.k = k;
            this.inv = inv;
            this.from = from;
            this.to = to;
        }

        @Override
        protected Pass compute() {
            if (to - from > SPLIT) {
                int mid = (from + to) >>> 1;
                Chunk left = new Chunk(x, y, beta, k, inv, from, mid);
                left.fork();
                Pass right = new Chunk(x, y, beta, k, inv, mid, to).compute();
                Pass l = left.join();
                double[] score = l.score;
                double[] info = l.info;
                for (int j = 0; j < score.length; j++) {
                    score[j] += right.score[j];
                }
                for (int j = 0; j < info.length; j++) {
                    info[j] += right.info[j];
                }
                return new Pass(l.deviance + right.deviance, score, info, l.extreme + right.extreme);
            }
            double[] score = new double[k];
            // X'WX is symmetric: only its lower triangle (j ≤ i) is accumulated, then mirrored.
            double[] info = new double[k * k];
            double[] eta = new double[BLOCK];
            double[] w = new double[BLOCK];
            double[] resid = new double[BLOCK];
            double[] wx = new double[BLOCK];
            double deviance = 0;
            long extreme = 0;
            for (int b = from; b < to; b += BLOCK) {
                int len = Math.min(BLOCK, to - b);
                java.util.Arrays.fill(eta, 0, len, 0);
                for (int j = 0; j < k; j++) {
                    double bj = beta[j];
                    double[] col = x[j];
                    for (int r = 0; r < len; r++) {
                        eta[r] += bj * col[b + r];
                    }
                }
                for (int r = 0; r < len; r++) {
                    double e = eta[r];
                    // One exponential serves μ and the deviance: with t = e^−|η|, μ = 1/(1+t) or t/(1+t), and
                    // log(1 + e^η) = max(η, 0) + log1p(t), which cannot overflow.
                    double t = Math.exp(-Math.abs(e));
                    double mu = e >= 0 ? 1 / (1 + t) : t / (1 + t);
                    double yi = y[b + r];
                    deviance += 2 * (Math.max(e, 0) + Math.log1p(t) - yi * e);
                    if (mu < 1e-10 || mu > 1 - 1e-10) {
                        extreme++;
                    }
                    w[r] = mu * (1 - mu);
                    resid[r] = yi - mu;
                }
                if (inv != null) {
                    for (int r = 0; r < len; r++) {
                        double h = 0;
                        for (int i = 0; i < k; i++) {
                            double s = 0;
                            for (int j = 0; j < k; j++) {
                                s += inv[i * k + j] * x[j][b + r];
                            }
                            h += x[i][b + r] * s;
                        }
                        h *= w[r];
                        double mu = 1 / (1 + Math.exp(-eta[r]));
                        resid[r] += h * (0.5 - mu);
                    }
                }
                for (int i = 0; i < k; i++) {
                    double[] ci = x[i];
                    double s = 0;
                    for (int r = 0; r < len; r++) {
                        double v = ci[b + r];
                        s += v * resid[r];
                        wx[r] = w[r] * v;
                    }
                    score[i] += s;
                    crossRow(x, wx, b, len, i, info, i * k);
                }
            }
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < i; j++) {
                    info[j * k + i] = info[i * k + j];
                }
            }
            return new Pass(deviance, score, info, extreme);
        }

        /**
         * Adds row i of the block's lower triangle, Σ_r (w x_i)_r x_jr for j ≤ i, four columns j at a time: the
         * four sums share each load of (w x_i)_r and run as independent chains, which is what bounds a plain
         * Java dot product (the JIT does not reorder floating-point sums).
         */
        private static void crossRow(double[][] x, double[] wx, int b, int len, int i, double[] info, int row) {
            int j = 0;
            for (; j + 4 <= i + 1; j += 4) {
                double[] c0 = x[j];
                double[] c1 = x[j + 1];
                double[] c2 = x[j + 2];
                double[] c3 = x[j + 3];
                double t0 = 0;
                double t1 = 0;
                double t2 = 0;
                double t3 = 0;
                for (int r = 0; r < len; r++) {
                    double a = wx[r];
                    int q = b + r;
                    t0 += a * c0[q];
                    t1 += a * c1[q];
                    t2 += a * c2[q];
                    t3 += a * c3[q];
                }
                info[row + j] += t0;
                info[row + j + 1] += t1;
                info[row + j + 2] += t2;
                info[row + j + 3] += t3;
            }
            for (; j <= i; j++) {
                double[] c = x[j];
                double t = 0;
                for (int r = 0; r < len; r++) {
                    t += wx[r] * c[b + r];
                }
                info[row + j] += t;
            }
        }
    }
}
