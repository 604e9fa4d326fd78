package io.cxkit.metrics.clv;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The BG/NBD model of Fader, Hardie &amp; Lee (2005), "Counting Your Customers the Easy Way: An Alternative to the Pareto/NBD Model", Marketing Science 24(2):275–284.
 * Purchases are Poisson(λ) while the customer is alive, λ ~ Gamma(r, α) across customers; after each purchase
 * the customer drops out with probability p, p ~ Beta(a, b).
 * Time is in the unit of the summaries it is fitted on; α is in that unit too.
 *
 * @param r the shape of the purchase-rate distribution
 * @param alpha α, the scale of the purchase-rate distribution, in the data's time unit
 * @param a the first shape of the dropout-probability distribution
 * @param b the second shape of the dropout-probability distribution
 */
public record BgNbd(double r, double alpha, double a, double b) implements TransactionModel {
    private static final int K = 0;
    private static final String[] NAMES = {"r", "alpha", "a", "b"};

    /**
     * @param r the shape of the purchase-rate distribution
     * @param alpha α, the scale of the purchase-rate distribution, in the data's time unit
     * @param a the first shape of the dropout-probability distribution
     * @param b the second shape of the dropout-probability distribution
     * @throws IllegalArgumentException if a parameter is not positive and finite
     */
    public BgNbd {
        MaximumLikelihood.requirePositive("bgnbd", "r", r);
        MaximumLikelihood.requirePositive("bgnbd", "alpha", alpha);
        MaximumLikelihood.requirePositive("bgnbd", "a", a);
        MaximumLikelihood.requirePositive("bgnbd", "b", b);
    }

    /**
     * Fits r, α, a, b by maximum likelihood to (x, t_x, T) rows, weights applied, with analytic gradients, within
     * {@link FitLimits#DEFAULT}. A fit at a boundary or not identified by the data comes back with
     * {@code converged = false} and the reason ({@link ModelFit}).
     *
     * @param data the per-customer summaries (frequency, recency, age)
     * @return the fitted model with its log-likelihood and convergence
     * @throws IllegalArgumentException if the table is empty
     */
    public static ModelFit<BgNbd> fit(SummaryTable data) {
        return fit(data, FitLimits.DEFAULT);
    }

    /**
     * As {@link #fit(SummaryTable)}, within the given limits on the fit's work.
     *
     * @param data the per-customer summaries (frequency, recency, age)
     * @param limits the limits of the fit (iterations, tolerance)
     * @return as {@link #fit(SummaryTable)}, within the given limits on the fit's work
     * @throws IllegalArgumentException if the table is empty
     */
    public static ModelFit<BgNbd> fit(SummaryTable data, FitLimits limits) {
        MaximumLikelihood.requireRows("bgnbd", data);
        return MaximumLikelihood.fit("bgnbd", NAMES, BetaGeometricNbd.start(data),
                (theta, g, work) -> BetaGeometricNbd.negLogLik(K, theta, data, g), true, data.totalWeight(),
                data.size(), limits, p -> new BgNbd(p[0], p[1], p[2], p[3]));
    }

    @Override
    public String name() {
        return "bgnbd";
    }

    @Override
    public Map<String, Double> params() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("r", r);
        m.put("alpha", alpha);
        m.put("a", a);
        m.put("b", b);
        return m;
    }

    @Override
    public double expectedTransactions(double t) {
        return BetaGeometricNbd.expected(K, r, alpha, a, b, t);
    }

    @Override
    public double probabilityOfTransactions(int n, double t) {
        return BetaGeometricNbd.probabilityOfCount(K, r, alpha, a, b, n, t);
    }

    @Override
    public double probabilityAlive(double x, double tx, double age) {
        return BetaGeometricNbd.probabilityAlive(K, r, alpha, a, b, x, tx, age);
    }

    @Override
    public double conditionalExpectedTransactions(double t, double x, double tx, double age) {
        return BetaGeometricNbd.conditionalExpected(K, r, alpha, a, b, t, x, tx, age);
    }

    @Override
    public void cumulativeConditionalExpectedTransactions(double x, double tx, double age, double[] out) {
        BetaGeometricNbd.cumulativeConditionalExpected(K, r, alpha, a, b, x, tx, age, out);
    }

    @Override
    public double logLikelihood(SummaryTable data) {
        return -BetaGeometricNbd.negLogLik(K, new double[] {Math.log(r), Math.log(alpha), Math.log(a), Math.log(b)},
                data, new double[0]);
    }
}
