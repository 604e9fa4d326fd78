package io.cxkit.metrics.clv;

import static io.cxkit.metrics.stat.internal.SpecialFunctions.lnGamma;
import static io.cxkit.metrics.stat.internal.SpecialFunctions.lnRatioSeries;
import static io.cxkit.metrics.stat.internal.SpecialFunctions.lnRising;
import static io.cxkit.metrics.stat.internal.SpecialFunctions.logDiffExp;
import static io.cxkit.metrics.stat.internal.SpecialFunctions.logSumExp;

import io.cxkit.metrics.clv.internal.Quadrature;
import io.cxkit.metrics.clv.internal.Work;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Pareto/NBD model (Schmittlein, Morrison &amp; Colombo 1987, "Counting Your Customers: Who Are They and What
 * Will They Do Next?", Management Science 33(1)): purchases Poisson(λ) while alive, λ ~ Gamma(r, α); lifetime
 * Exponential(μ), μ ~ Gamma(s, β). Likelihood and predictions as in Fader, Hardie &amp; Lee (2005), "A Note on
 * Deriving the Pareto/NBD Model and Related Expressions".
 *
 * <p>The likelihood's ₂F₁(r+s+x, s+1; r+s+x+1; z) term is evaluated after Euler's transformation, which turns
 * it into (1 − z)^(−s) times a series of positive terms bounded by 1/(1 − z), all in logs: no overflow, no NaN and
 * no cancellation however large x is (a customer with a million transactions is fine).
 *
 * @param r the shape of the purchase-rate distribution
 * @param alpha α, the scale of the purchase-rate distribution, in the data's time unit
 * @param s the shape of the dropout-rate distribution
 * @param beta β, the scale of the dropout-rate distribution, in the data's time unit
 */
public record ParetoNbd(double r, double alpha, double s, double beta) implements TransactionModel {
    private static final String[] NAMES = {"r", "alpha", "s", "beta"};
    private static final int SERIES_TERMS = 200_000;
    /** Beyond this z the series needs thousands of terms; the quadrature takes over. */
    static final double SERIES_UP_TO = 0.95;

    /**
     * @param r the shape of the purchase-rate distribution
     * @param alpha α, the scale of the purchase-rate distribution, in the data's time unit
     * @param s the shape of the dropout-rate distribution
     * @param beta β, the scale of the dropout-rate distribution, in the data's time unit
     * @throws IllegalArgumentException if a parameter is not positive and finite
     */
    public ParetoNbd {
        MaximumLikelihood.requirePositive("pareto-nbd", "r", r);
        MaximumLikelihood.requirePositive("pareto-nbd", "alpha", alpha);
        MaximumLikelihood.requirePositive("pareto-nbd", "s", s);
        MaximumLikelihood.requirePositive("pareto-nbd", "beta", beta);
    }

    /**
     * Fits r, α, s, β by maximum likelihood, weights applied, with analytic gradients of the stable likelihood
     * ({@code ParetoNbdGradient}), within {@link FitLimits#DEFAULT}. Starting values: the BG/NBD-style rate r = 1,
     * α = ΣT/Σx, and s = 1, β = α. A fit at a boundary, not identified by the data or stopped by a limit comes back
     * with {@code converged = false} and the reason ({@link ModelFit}).
     *
     * @param data the per-customer summaries (frequency, recency, age)
     * @return the fitted model with its log-likelihood and convergence
     * @throws IllegalArgumentException if the table is empty
     */
    public static ModelFit<ParetoNbd> fit(SummaryTable data) {
        return fit(data, FitLimits.DEFAULT);
    }

    /**
     * As {@link #fit(SummaryTable)}, within the given limits on the fit's work. The series and integrals of the
     * likelihood count towards {@link FitLimits#maxWork()} term by term and node by node.
     *
     * @param data the per-customer summaries (frequency, recency, age)
     * @param limits the limits of the fit (iterations, tolerance)
     * @return as {@link #fit(SummaryTable)}, within the given limits on the fit's work
     * @throws IllegalArgumentException if the table is empty
     */
    public static ModelFit<ParetoNbd> fit(SummaryTable data, FitLimits limits) {
        MaximumLikelihood.requireRows("pareto-nbd", data);
        double[] bg = BetaGeometricNbd.start(data);
        return MaximumLikelihood.fit("pareto-nbd", NAMES, new double[] {1, bg[1], 1, bg[1]},
                (theta, g, work) -> ParetoNbdGradient.negLogLik(theta, data, g, work), true, data.totalWeight(),
                data.size(), limits, p -> new ParetoNbd(p[0], p[1], p[2], p[3]));
    }

    static double logLikelihood(double r, double alpha, double s, double beta, SummaryTable d) {
        return logLikelihood(r, alpha, s, beta, d, Work.UNLIMITED);
    }

    static double logLikelihood(double r, double alpha, double s, double beta, SummaryTable d, Work work) {
        double sum = 0;
        double base = r * Math.log(alpha) + s * Math.log(beta);
        double lnS = Math.log(s);
        int maxX = BetaGeometricNbd.RowTerms.maxTabulated(d.x);
        BetaGeometricNbd.RowTerms rising = maxX < 0 ? null : new BetaGeometricNbd.RowTerms(r, maxX, 0);
        for (int i = 0; i < d.x.length; i++) {
            double x = d.x[i];
            double lnR = rising != null ? rising.lnRising[(int) x] : lnRising(r, x);
            sum += d.weight[i] * (base + lnR + lnBracket(r, alpha, s, beta, lnS, x, d.tx[i], d.age[i], work));
        }
        return sum;
    }

    /**
     * ln of G(T) + s·(I(t_x) − I(T)), where G(τ) = (α+τ)^−(r+x) (β+τ)^−s and I(τ) = ∫_τ^∞ (α+u)^−(r+x) (β+u)^−(s+1) du;
     * the likelihood is Γ(r+x)α^r β^s / Γ(r) times it. s·I(τ) = s/(r+s+x) · S(τ) · G(τ) · ρ(τ) with S the
     * positive series left by Euler's transformation and ρ = 1 (α ≥ β) or (α+τ)/(β+τ) (α &lt; β).
     */
    static double lnBracket(double r, double alpha, double s, double beta, double lnS, double x, double tx,
                            double age) {
        return lnBracket(r, alpha, s, beta, lnS, x, tx, age, Work.UNLIMITED);
    }

    /** As above, charging the series terms and quadrature nodes to {@code work}. */
    static double lnBracket(double r, double alpha, double s, double beta, double lnS, double x, double tx,
                            double age, Work work) {
        double laT = Math.log(alpha + age);
        double lbT = Math.log(beta + age);
        double lnGT = -(r + x) * laT - s * lbT;
        if (tx == age) {
            return lnGT;
        }
        boolean alphaFirst = alpha >= beta;
        double z = alphaFirst ? (alpha - beta) / (alpha + tx) : (beta - alpha) / (beta + tx);
        if (z > SERIES_UP_TO) {
            return logSumExp(lnGT, lnS + lnIntegral(r, alpha, s, beta, x, tx, age, work));
        }
        double laX = Math.log(alpha + tx);
        double lbX = Math.log(beta + tx);
        double lnC = lnS - Math.log(r + s + x);
        double atTx = lnC - (r + x) * laX - s * lbX;
        double atT = lnC + lnGT;
        if (alphaFirst) {
            double zT = (alpha - beta) / (alpha + age);
            atTx += lnRatioSeries(r + x, r + s + x + 1, z, SERIES_TERMS, work::charge);
            atT += lnRatioSeries(r + x, r + s + x + 1, zT, SERIES_TERMS, work::charge);
        } else {
            double zT = (beta - alpha) / (beta + age);
            atTx += lnRatioSeries(s + 1, r + s + x + 1, z, SERIES_TERMS, work::charge) + laX - lbX;
            atT += lnRatioSeries(s + 1, r + s + x + 1, zT, SERIES_TERMS, work::charge) + laT - lbT;
        }
        return logDiffExp(logSumExp(lnGT, atTx), atT);
    }

    /**
     * ln ∫_{t_x}^{T} (α+u)^−(r+x) (β+u)^−(s+1) du by Gauss–Legendre on v = ln((α+u)/(α+t_x)), where the integrand
     * is e^−(r+x−1)v times a slowly varying factor: panels [0, 1/(r+x)], then doubling, resolve the decay for any x.
     * Used where the series converges slowly (z near 1, parameters far from any data's optimum).
     */
    private static double lnIntegral(double r, double alpha, double s, double beta, double x, double tx, double age,
                                     Work work) {
        double base = alpha + tx;
        double lnBase = Math.log(base);
        double rx = r + x;
        double end = Math.log1p((age - tx) / base);
        // The integrand at v = 0 is (α+t_x)^(1−(r+x)) (β+t_x)^−(s+1); factor it out so the rest is at most 1.
        double lnPeak = (1 - rx) * lnBase - (s + 1) * Math.log(beta + tx);
        java.util.function.DoubleUnaryOperator f = v -> {
            double u = tx + base * Math.expm1(v);
            return Math.exp((1 - rx) * v - (s + 1) * (Math.log(beta + u) - Math.log(beta + tx)));
        };
        double sum = 0;
        double lo = 0;
        double width = 1 / Math.max(rx, 1e-3);
        while (lo < end) {
            double hi = Math.min(end, lo + width);
            work.charge(Quadrature.NODES_PER_PANEL);
            sum += Quadrature.gaussLegendre(f, lo, hi);
            lo = hi;
            width *= 2;
        }
        return lnPeak + Math.log(sum);
    }

    private static double lnG(double r, double alpha, double s, double beta, double x, double tau) {
        return -(r + x) * Math.log(alpha + tau) - s * Math.log(beta + tau);
    }

    @Override
    public String name() {
        return "pareto-nbd";
    }

    @Override
    public Map<String, Double> params() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("r", r);
        m.put("alpha", alpha);
        m.put("s", s);
        m.put("beta", beta);
        return m;
    }

    @Override
    public double logLikelihood(SummaryTable data) {
        return logLikelihood(r, alpha, s, beta, data);
    }

    /** E[X(t)] = rβ/(α(s−1)) · [1 − (β/(β+t))^(s−1)], and (rβ/α) ln(1 + t/β) at s = 1. */
    @Override
    public double expectedTransactions(double t) {
        BetaGeometricNbd.requireHorizon(t);
        return r * beta / alpha * lifetimeIntegral(beta, t);
    }

    /** [1 − (β/(β+t))^(s−1)]/(s−1), the expected alive time over (0, t] divided by β, stable near s = 1. */
    private double lifetimeIntegral(double b, double t) {
        double l = Math.log1p(t / b);
        double sm1 = s - 1;
        return Math.abs(sm1) < 1e-10 ? l : -Math.expm1(-sm1 * l) / sm1;
    }

    /** P(alive | x, t_x, T) = G(T) / [G(T) + s(I(t_x) − I(T))]. */
    @Override
    public double probabilityAlive(double x, double tx, double age) {
        SummaryTable.check("the customer", (long) x, tx, age);
        return Math.exp(lnG(r, alpha, s, beta, x, age) - lnBracket(r, alpha, s, beta, Math.log(s), x, tx, age));
    }

    /** E[Y(t) | x, t_x, T] = P(alive) · (r+x)(β+T)/((α+T)(s−1)) · [1 − ((β+T)/(β+T+t))^(s−1)]. */
    @Override
    public double conditionalExpectedTransactions(double t, double x, double tx, double age) {
        double alive = probabilityAlive(x, tx, age);
        BetaGeometricNbd.requireHorizon(t);
        return alive * (r + x) / (alpha + age) * (beta + age) * lifetimeIntegral(beta + age, t);
    }

    @Override
    public void cumulativeConditionalExpectedTransactions(double x, double tx, double age, double[] out) {
        double alive = probabilityAlive(x, tx, age);
        for (int i = 0; i < out.length; i++) {
            out[i] = alive * (r + x) / (alpha + age) * (beta + age) * lifetimeIntegral(beta + age, i + 1);
        }
    }

    /**
     * P(X(t) = n) = (β/(β+t))^s NB(n; t) + ∫₀ᵗ sβ^s (β+u)^−(s+1) NB(n; u) du, with NB(n; u) = Γ(r+n)/(Γ(r) n!)
     * (α/(α+u))^r (u/(α+u))^n: alive to t, or dead at u &lt; t having made n purchases by then. The integral is
     * computed by adaptive Simpson to 1e-12.
     */
    @Override
    public double probabilityOfTransactions(int n, double t) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, was " + n);
        }
        BetaGeometricNbd.requireHorizon(t);
        double lnCoef = lnRising(r, n) - lnGamma(n + 1.0);
        double alive = Math.exp(s * (Math.log(beta) - Math.log(beta + t)) + lnNb(lnCoef, n, t));
        double dead = Quadrature.integrate(u -> Math.exp(Math.log(s) + s * Math.log(beta)
                - (s + 1) * Math.log(beta + u) + lnNb(lnCoef, n, u)), 0, t, 1e-12);
        return alive + dead;
    }

    private double lnNb(double lnCoef, int n, double u) {
        if (u == 0) {
            return n == 0 ? 0 : Double.NEGATIVE_INFINITY;
        }
        return lnCoef + r * (Math.log(alpha) - Math.log(alpha + u)) + n * (Math.log(u) - Math.log(alpha + u));
    }
}
