package io.cxkit.metrics.clv;

import static io.cxkit.metrics.stat.internal.SpecialFunctions.lnBeta;
import static io.cxkit.metrics.stat.internal.SpecialFunctions.lnGamma;
import static io.cxkit.metrics.stat.internal.SpecialFunctions.logSumExp;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The beta-geometric/beta-Bernoulli model of discrete-time repeat transactions (Fader, Hardie &amp; Shang 2010,
 * "Customer-Base Analysis in a Discrete-Time Noncontractual Setting", Marketing Science 29(6):1086–1108): at each
 * opportunity an alive customer transacts with probability p, p ~ Beta(α, β), and dies before the next with
 * probability θ, θ ~ Beta(γ, δ). Times are counts of opportunities.
 *
 * @param alpha α of the transaction-probability distribution
 * @param beta β of the transaction-probability distribution
 * @param gamma γ of the dropout-probability distribution
 * @param delta δ of the dropout-probability distribution
 */
public record BgBb(double alpha, double beta, double gamma, double delta) {
    private static final String[] NAMES = {"alpha", "beta", "gamma", "delta"};

    /**
     * @param alpha α of the transaction-probability distribution
     * @param beta β of the transaction-probability distribution
     * @param gamma γ of the dropout-probability distribution
     * @param delta δ of the dropout-probability distribution
     * @throws IllegalArgumentException if a parameter is not positive and finite
     */
    public BgBb {
        MaximumLikelihood.requirePositive("bgbb", "alpha", alpha);
        MaximumLikelihood.requirePositive("bgbb", "beta", beta);
        MaximumLikelihood.requirePositive("bgbb", "gamma", gamma);
        MaximumLikelihood.requirePositive("bgbb", "delta", delta);
    }

    /**
     * Fits α, β, γ, δ by maximum likelihood to weighted (x, t_x, n) rows (central-difference gradients), from
     * α = β = γ = δ = 1, within {@link FitLimits#DEFAULT}; a fit at a boundary or not identified by the data comes
     * back with {@code converged = false} and the reason ({@link ModelFit}).
     *
     * @param data the data
     * @return the fitted model with its log-likelihood and convergence
     * @throws IllegalArgumentException if the table is empty
     */
    public static ModelFit<BgBb> fit(OpportunityTable data) {
        return fit(data, FitLimits.DEFAULT);
    }

    /**
     * As {@link #fit(OpportunityTable)}, within the given limits. One evaluation costs n − t_x + 1 units of work per
     * row (the terms of the likelihood's sum).
     *
     * @param data the data
     * @param limits the limits of the fit (iterations, tolerance)
     * @return as {@link #fit(OpportunityTable)}, within the given limits
     * @throws IllegalArgumentException if the table is empty
     */
    public static ModelFit<BgBb> fit(OpportunityTable data, FitLimits limits) {
        if (data.size() == 0) {
            throw new IllegalArgumentException("bgbb needs at least one row, the table is empty");
        }
        long cost = 0;
        for (int i = 0; i < data.size(); i++) {
            cost += data.n[i] - data.tx[i] + 1L;
        }
        return MaximumLikelihood.fit("bgbb", NAMES, new double[] {1, 1, 1, 1},
                (th, g, work) -> -new BgBb(Math.exp(th[0]), Math.exp(th[1]), Math.exp(th[2]), Math.exp(th[3]))
                        .logLikelihood(data), false, data.totalWeight(), cost, limits,
                p -> new BgBb(p[0], p[1], p[2], p[3]));
    }

    /**
     * The parameters by name: alpha, beta, gamma, delta.
     *
     * @return the parameters by name: alpha, beta, gamma, delta
     */
    public Map<String, Double> params() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("alpha", alpha);
        m.put("beta", beta);
        m.put("gamma", gamma);
        m.put("delta", delta);
        return m;
    }

    /**
     * The total log-likelihood (weights applied).
     *
     * @param data the data
     * @return the total log-likelihood (weights applied)
     */
    public double logLikelihood(OpportunityTable data) {
        double sum = 0;
        double lnBab = lnBeta(alpha, beta);
        double lnBgd = lnBeta(gamma, delta);
        for (int i = 0; i < data.size(); i++) {
            sum += data.weight[i] * lnLikelihood(data.x[i], data.tx[i], data.n[i], lnBab, lnBgd);
        }
        return sum;
    }

    /**
     * ln L(x, t_x, n) = ln[ B(α+x, β+n−x)/B(α,β) · B(γ, δ+n)/B(γ,δ)
     * + Σ_{i=0}^{n−t_x−1} B(α+x, β+t_x−x+i)/B(α,β) · B(γ+1, δ+t_x+i)/B(γ,δ) ] (FHS 2010, eq. 5).
     */
    private double lnLikelihood(int x, int tx, int n, double lnBab, double lnBgd) {
        double l = lnBeta(alpha + x, beta + n - x) - lnBab + lnBeta(gamma, delta + n) - lnBgd;
        for (int i = 0; i < n - tx; i++) {
            l = logSumExp(l, lnBeta(alpha + x, beta + tx - x + i) - lnBab + lnBeta(gamma + 1, delta + tx + i) - lnBgd);
        }
        return l;
    }

    private static void check(int x, int tx, int n) {
        OpportunityTable.of(new int[] {x}, new int[] {tx}, new int[] {n}, new double[] {1});
    }

    /**
     * P(alive at opportunity n + 1 | x, t_x, n) = B(α+x, β+n−x)/B(α,β) · B(γ, δ+n+1)/B(γ,δ) / L (FHS 2010, eq. 11).
     *
     * @param x {@code x} in the description above
     * @param tx the time of the last repeat transaction (recency, t_x)
     * @param n {@code n} in the description above
     * @return P(alive at opportunity n + 1 | x, t_x, n) = B(α+x, β+n−x)/B(α,β) · B(γ, δ+n+1)/B(γ,δ) / L (FHS 2010, eq. 11)
     * @throws IllegalArgumentException if the history is impossible
     */
    public double probabilityAlive(int x, int tx, int n) {
        check(x, tx, n);
        double lnBab = lnBeta(alpha, beta);
        double lnBgd = lnBeta(gamma, delta);
        return Math.exp(lnBeta(alpha + x, beta + n - x) - lnBab + lnBeta(gamma, delta + n + 1) - lnBgd
                - lnLikelihood(x, tx, n, lnBab, lnBgd));
    }

    /**
     * E[X(n)]: the expected transactions of a new customer in the first n opportunities,
     * α/(α+β) · δ/(γ−1) · [1 − Γ(γ+δ)Γ(1+δ+n)/(Γ(γ+δ+n)Γ(1+δ))] (FHS 2010, eq. 8).
     *
     * @param n {@code n} in the description above
     * @return E[X(n)]: the expected transactions of a new customer in the first n opportunities, α/(α+β) · δ/(γ−1) · [1
     *         − Γ(γ+δ)Γ(1+δ+n)/(Γ(γ+δ+n)Γ(1+δ))] (FHS 2010, eq
     */
    public double expectedTransactions(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, was " + n);
        }
        return alpha / (alpha + beta) * survivalSum(0, n);
    }

    /**
     * E[X(n, n+n*) | x, t_x, n]: the expected transactions in the next n* opportunities,
     * B(α+x+1, β+n−x)/B(α,β) / L · δ/(γ−1) · Γ(γ+δ)/Γ(1+δ) · [Γ(1+δ+n)/Γ(γ+δ+n) − Γ(1+δ+n+n*)/Γ(γ+δ+n+n*)]
     * (FHS 2010, eq. 13).
     *
     * @param future the future
     * @param x {@code x} in the description above
     * @param tx the time of the last repeat transaction (recency, t_x)
     * @param n {@code n} in the description above
     * @return E[X(n, n+n*) | x, t_x, n]: the expected transactions in the next n* opportunities, B(α+x+1, β+n−x)/B(α,β)
     *         / L · δ/(γ−1) · Γ(γ+δ)/Γ(1+δ) · [Γ(1+δ+n)/Γ(γ+δ+n) − Γ(1+δ+n+n*)/Γ(γ+δ+n+n*)] (FHS 2010, eq
     * @throws IllegalArgumentException if the history is impossible or n* &lt; 0
     */
    public double conditionalExpectedTransactions(int future, int x, int tx, int n) {
        check(x, tx, n);
        if (future < 0) {
            throw new IllegalArgumentException("future opportunities must be >= 0, was " + future);
        }
        double lnBab = lnBeta(alpha, beta);
        double lnBgd = lnBeta(gamma, delta);
        double lnL = lnLikelihood(x, tx, n, lnBab, lnBgd);
        return Math.exp(lnBeta(alpha + x + 1, beta + n - x) - lnBab - lnL) * survivalSum(n, future);
    }

    /**
     * Σ_{i=n+1}^{n+k} P(alive at opportunity i | alive at opportunity 0) with the Beta(γ, δ) prior =
     * Σ B(γ, δ+i)/B(γ, δ); a finite sum of positive terms, so γ = 1 needs no special case, written as the
     * closed form of FHS 2010 where it is stable.
     */
    private double survivalSum(int n, int k) {
        double lnBgd = lnBeta(gamma, delta);
        double s = 0;
        if (k <= 10_000) {
            for (int i = n + 1; i <= n + k; i++) {
                s += Math.exp(lnBeta(gamma, delta + i) - lnBgd);
            }
            return s;
        }
        double c = delta / (gamma - 1) * Math.exp(lnGamma(gamma + delta) - lnGamma(1 + delta));
        return c * (Math.exp(lnGamma(1 + delta + n) - lnGamma(gamma + delta + n))
                - Math.exp(lnGamma(1 + delta + n + k) - lnGamma(gamma + delta + n + k)));
    }

    /**
     * P(X(n) = x): the probability that a new customer transacts at exactly x of the first n opportunities,
     * C(n,x) B(α+x, β+n−x)/B(α,β) · B(γ, δ+n)/B(γ,δ) + Σ_{i=x}^{n−1} C(i,x) B(α+x, β+i−x)/B(α,β) · B(γ+1, δ+i)/B(γ,δ)
     * (FHS 2010, eq. 7).
     *
     * @param x {@code x} in the description above
     * @param n {@code n} in the description above
     * @return P(X(n) = x): the probability that a new customer transacts at exactly x of the first n opportunities,
     *         C(n,x) B(α+x, β+n−x)/B(α,β) · B(γ, δ+n)/B(γ,δ) + Σ_{i=x}^{n−1} C(i,x) B(α+x, β+i−x)/B(α,β) · B(γ+1,
     *         δ+i)/B(γ,δ) (FHS 2010, eq
     * @throws IllegalArgumentException unless 0 ≤ x ≤ n
     */
    public double probabilityOfTransactions(int x, int n) {
        if (x < 0 || x > n) {
            throw new IllegalArgumentException("x must be within 0..n (n=" + n + "), was " + x);
        }
        double lnBab = lnBeta(alpha, beta);
        double lnBgd = lnBeta(gamma, delta);
        double p = Math.exp(lnChoose(n, x) + lnBeta(alpha + x, beta + n - x) - lnBab + lnBeta(gamma, delta + n) - lnBgd);
        for (int i = x; i < n; i++) {
            p += Math.exp(lnChoose(i, x) + lnBeta(alpha + x, beta + i - x) - lnBab + lnBeta(gamma + 1, delta + i) - lnBgd);
        }
        return p;
    }

    private static double lnChoose(int n, int k) {
        return lnGamma(n + 1.0) - lnGamma(k + 1.0) - lnGamma(n - k + 1.0);
    }
}
