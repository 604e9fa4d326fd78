package io.cxkit.metrics.clv;

import static io.cxkit.metrics.stat.internal.SpecialFunctions.digammaDifference;
import static io.cxkit.metrics.stat.internal.SpecialFunctions.hyp2f1;
import static io.cxkit.metrics.stat.internal.SpecialFunctions.lnBeta;
import static io.cxkit.metrics.stat.internal.SpecialFunctions.lnGamma;
import static io.cxkit.metrics.stat.internal.SpecialFunctions.lnRising;

/**
 * The algebra BG/NBD and MBG/NBD share. Both: purchases Poisson(λ) while alive, λ ~ Gamma(r, α); after a
 * purchase the customer drops out with probability p, p ~ Beta(a, b). MBG/NBD (Batislam, Denizel &amp; Filiztekin
 * 2007) also lets the customer drop out right after the first purchase. With k = 0 (BG/NBD) or k = 1 (MBG/NBD)
 * the number of dropout chances a customer with x repeat purchases has survived is x + k, and every expression
 * below is the BG/NBD one of Fader, Hardie &amp; Lee (2005), eqs. 6, 8, 9, 10, with x + k in place of x where the
 * Beta part is concerned:
 * <pre>
 *   L = B(a, b+x+k)/B(a,b) · Γ(r+x) α^r / Γ(r) · [ (α+T)^-(r+x) + [x+k&gt;0] a/(b+x+k−1) (α+t_x)^-(r+x) ]
 * </pre>
 */
final class BetaGeometricNbd {
    /** Within this of a = 1 the conditional expectation's c/(a−1) factor is evaluated as a limit. */
    private static final double A_NEAR_ONE = 1e-6;
    private BetaGeometricNbd() {
    }

    /**
     * The total negative log-likelihood at θ = ln(r, α, a, b) and, if {@code grad} has length 4, its θ-gradient
     * (analytic: the derivatives of the log-sum above, with ψ differences for the gamma ratios). The gamma-ratio
     * terms depend on x alone, so they are tabulated once per evaluation for x = 0..max x by their recurrences
     * (ln Γ(c+x+1) − ln Γ(c) = ln Γ(c+x) − ln Γ(c) + ln(c+x), and ψ likewise); each row then costs two logs and
     * one exp.
     */
    static double negLogLik(int k, double[] theta, SummaryTable d, double[] grad) {
        double r = Math.exp(theta[0]);
        double alpha = Math.exp(theta[1]);
        double a = Math.exp(theta[2]);
        double b = Math.exp(theta[3]);
        boolean wantGrad = grad.length == 4;
        double lnAlpha = Math.log(alpha);
        double lnA = Math.log(a);
        double[] xs = d.x;
        double[] txs = d.tx;
        double[] ts = d.age;
        double[] ws = d.weight;
        int maxX = RowTerms.maxTabulated(xs);
        RowTerms lr = maxX < 0 ? null : new RowTerms(r, maxX, 0);
        RowTerms lb = maxX < 0 ? null : new RowTerms(b, maxX, k);
        RowTerms lab = maxX < 0 ? null : new RowTerms(a + b, maxX, k);
        double sum = 0;
        double gr = 0;
        double gAlpha = 0;
        double ga = 0;
        double gb = 0;
        for (int i = 0; i < xs.length; i++) {
            double x = xs[i];
            double w = ws[i];
            double xk = x + k;
            int xi = (int) x;
            double lnT = Math.log(alpha + ts[i]);
            double u1 = -(r + x) * lnT;
            double ll = lr != null
                    ? lr.lnRising[xi] + r * lnAlpha + lb.lnRising[xi] - lab.lnRising[xi]
                    : lnRising(r, x) + r * lnAlpha + lnRising(b, xk) - lnRising(a + b, xk);
            double w2 = 0;
            double lnTx = 0;
            double ld = u1;
            if (xk > 0) {
                lnTx = Math.log(alpha + txs[i]);
                double u2 = lnA - (lb != null ? lb.lnShifted[xi] : Math.log(b + xk - 1)) - (r + x) * lnTx;
                double diff = u2 - u1;
                if (diff > 0) {
                    double e = Math.exp(-diff);
                    ld = u2 + Math.log1p(e);
                    w2 = 1 / (1 + e);
                } else {
                    double e = Math.exp(diff);
                    ld = u1 + Math.log1p(e);
                    w2 = e / (1 + e);
                }
            }
            sum += w * (ll + ld);
            if (wantGrad) {
                double w1 = 1 - w2;
                double dr = lr != null ? lr.digamma[xi] : digammaDifference(r, x);
                double dbx = lb != null ? lb.digamma[xi] : digammaDifference(b, xk);
                double dab = lab != null ? lab.digamma[xi] : digammaDifference(a + b, xk);
                gr += w * (dr + lnAlpha - w1 * lnT - w2 * lnTx);
                gAlpha += w * (r / alpha - (r + x) * (w1 / (alpha + ts[i]) + w2 / (alpha + txs[i])));
                ga += w * (-dab + (xk > 0 ? w2 / a : 0));
                gb += w * (dbx - dab - (xk > 0 ? w2 / (b + xk - 1) : 0));
            }
        }
        if (wantGrad) {
            grad[0] = -gr * r;
            grad[1] = -gAlpha * alpha;
            grad[2] = -ga * a;
            grad[3] = -gb * b;
        }
        return -sum;
    }

    /**
     * ln Γ(c+x+k) − ln Γ(c) and ψ(c+x+k) − ψ(c) for x = 0..max, by their recurrences: what every row with a
     * given x needs, computed once per likelihood evaluation.
     */
    static final class RowTerms {
        /** Tabulate only while the table stays small next to typical data. */
        private static final int LIMIT = 100_000;
        final double[] lnRising;
        final double[] digamma;
        /** ln(c + x + k − 1), the log of the last factor of the rising product (NaN where c + x + k − 1 ≤ 0). */
        final double[] lnShifted;

        RowTerms(double c, int max, int k) {
            lnRising = new double[max + 1];
            digamma = new double[max + 1];
            lnShifted = new double[max + 1];
            double l = 0;
            double g = 0;
            for (int j = 0; j < k; j++) {
                l += Math.log(c + j);
                g += 1 / (c + j);
            }
            for (int x = 0; x <= max; x++) {
                lnRising[x] = l;
                digamma[x] = g;
                lnShifted[x] = c + x + k - 1 > 0 ? Math.log(c + x + k - 1) : Double.NaN;
                l += Math.log(c + x + k);
                g += 1 / (c + x + k);
            }
        }

        /** The largest x if every x is below the limit, else −1 (then rows use the special functions). */
        static int maxTabulated(double[] xs) {
            double m = 0;
            for (double x : xs) {
                m = Math.max(m, x);
            }
            return m <= LIMIT ? (int) m : -1;
        }
    }

    /** P(alive | x, t_x, T) = 1 / (1 + [x+k&gt;0] a/(b+x+k−1) ((α+T)/(α+t_x))^(r+x)) (FHL 2005 eq. 9 generalised). */
    static double probabilityAlive(int k, double r, double alpha, double a, double b, double x, double tx,
                                   double age) {
        SummaryTable.check("the customer", (long) x, tx, age);
        if (x + k == 0) {
            return 1;
        }
        double lnOdds = Math.log(a) - Math.log(b + x + k - 1) + (r + x) * (Math.log(alpha + age) - Math.log(alpha + tx));
        return 1 / (1 + Math.exp(lnOdds));
    }

    /**
     * E[Y(t) | x, t_x, T] = P(alive) · (a+b+x+k−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x)
     * ₂F₁(r+x, b+x+k; a+b+x+k−1; t/(α+T+t))] (FHL 2005 eq. 10; Batislam et al. 2007 for k = 1).
     */
    static double conditionalExpected(int k, double r, double alpha, double a, double b, double t, double x,
                                      double tx, double age) {
        double alive = probabilityAlive(k, r, alpha, a, b, x, tx, age);
        requireHorizon(t);
        return alive * expectedIfAlive(k, r, alpha, a, b, t, x, age);
    }

    /**
     * E[Y(1..n) | x, t_x, T] with P(alive) computed once and one shared ₂F₁ series for all n horizons (its
     * coefficients do not depend on t).
     */
    static void cumulativeConditionalExpected(int k, double r, double alpha, double a, double b, double x, double tx,
                                              double age, double[] out) {
        if (Math.abs(a - 1) < A_NEAR_ONE) {
            // c/(a−1)·[1 − …] is 0/0 at a = 1; its limit is the mean of the two sides, which agree to O(a − 1).
            double[] above = new double[out.length];
            cumulativeConditionalExpected(k, r, alpha, 1 + 2 * A_NEAR_ONE, b, x, tx, age, above);
            cumulativeConditionalExpected(k, r, alpha, 1 - 2 * A_NEAR_ONE, b, x, tx, age, out);
            for (int i = 0; i < out.length; i++) {
                out[i] = 0.5 * (out[i] + above[i]);
            }
            return;
        }
        double alive = probabilityAlive(k, r, alpha, a, b, x, tx, age);
        int h = out.length;
        double[] z = new double[h];
        double[] lnOneMinusZ = new double[h];
        for (int i = 0; i < h; i++) {
            double t = i + 1;
            z[i] = t / (alpha + age + t);
            lnOneMinusZ[i] = Math.log(alpha + age) - Math.log(alpha + age + t);
        }
        double c = a + b + x + k - 1;
        boolean direct = r + x < 50;
        if (direct) {
            hyp2f1(r + x, b + x + k, c, z, out);
        } else {
            hyp2f1(c - r - x, a - 1, c, z, out);
        }
        for (int i = 0; i < h; i++) {
            double powHyp = Math.exp((direct ? r + x : a - 1) * lnOneMinusZ[i]) * out[i];
            out[i] = alive * c / (a - 1) * (1 - powHyp);
        }
    }

    /** E[Y(t) | x, T, alive at T]. */
    private static double expectedIfAlive(int k, double r, double alpha, double a, double b, double t, double x,
                                          double age) {
        if (t == 0) {
            return 0;
        }
        if (Math.abs(a - 1) < A_NEAR_ONE) {
            // See cumulativeConditionalExpected: the 0/0 at a = 1 is taken as the limit from both sides.
            return 0.5 * (expectedIfAlive(k, r, alpha, 1 + 2 * A_NEAR_ONE, b, t, x, age)
                    + expectedIfAlive(k, r, alpha, 1 - 2 * A_NEAR_ONE, b, t, x, age));
        }
        double z = t / (alpha + age + t);
        double lnOneMinusZ = Math.log(alpha + age) - Math.log(alpha + age + t);
        double c = a + b + x + k - 1;
        double powHyp;
        if (r + x < 50) {
            powHyp = Math.exp((r + x) * lnOneMinusZ) * hyp2f1(r + x, b + x + k, c, z);
        } else {
            // For large x the series above overflows while its factor underflows. Euler's transformation
            // (A&S 15.3.3) cancels them exactly: (1−z)^(r+x) ₂F₁(r+x, b+x+k; c; z)
            // = (1−z)^(a−1) ₂F₁(c−r−x, a−1; c; z), whose series converges in a few terms because c is large.
            powHyp = Math.exp((a - 1) * lnOneMinusZ) * hyp2f1(c - r - x, a - 1, c, z);
        }
        return c / (a - 1) * (1 - powHyp);
    }

    /** E[X(t)] for a new customer: the conditional expectation at x = t_x = T = 0. */
    static double expected(int k, double r, double alpha, double a, double b, double t) {
        return conditionalExpected(k, r, alpha, a, b, t, 0, 0, 0);
    }

    /**
     * P(X(t) = n) = B(a, b+n+k)/B(a,b) · NB(n) + [n+k&gt;0] B(a+1, b+n+k−1)/B(a,b) · (1 − Σ_{j&lt;n} NB(j)), where
     * NB(j) = Γ(r+j)/(Γ(r) j!) (α/(α+t))^r (t/(α+t))^j (FHL 2005 eq. 8; the k = 1 case follows from dropout at
     * time 0 in the same way).
     */
    static double probabilityOfCount(int k, double r, double alpha, double a, double b, int n, double t) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, was " + n);
        }
        requireHorizon(t);
        double lnP = r * (Math.log(alpha) - Math.log(alpha + t));
        double lnQ = t == 0 ? Double.NEGATIVE_INFINITY : Math.log(t) - Math.log(alpha + t);
        double lnBab = lnBeta(a, b);
        double cumulative = 0;
        double nbN = 0;
        for (int j = 0; j <= n; j++) {
            double lnNb = lnRising(r, j) - lnGamma(j + 1.0) + lnP + (j == 0 ? 0 : j * lnQ);
            double nb = Math.exp(lnNb);
            if (j < n) {
                cumulative += nb;
            } else {
                nbN = nb;
            }
        }
        double first = Math.exp(lnBeta(a, b + n + k) - lnBab) * nbN;
        if (n + k == 0) {
            return first;
        }
        return first + Math.exp(lnBeta(a + 1, b + n + k - 1) - lnBab) * Math.max(0, 1 - cumulative);
    }

    static void requireHorizon(double t) {
        if (!(t >= 0) || Double.isInfinite(t)) {
            throw new IllegalArgumentException("t must be finite and >= 0, was " + t);
        }
    }

    /** Starting values: r = 1, α from the mean purchase rate (so r/α matches it), a = 1, b = 1. */
    static double[] start(SummaryTable d) {
        double xs = 0;
        double ts = 0;
        for (int i = 0; i < d.size(); i++) {
            xs += d.weight[i] * d.x[i];
            ts += d.weight[i] * d.age[i];
        }
        double alpha = xs > 0 && ts > 0 ? ts / xs : Math.max(1, ts / Math.max(1, d.totalWeight()));
        return new double[] {1, Math.max(1e-3, alpha), 1, 1};
    }
}
