package io.cxkit.metrics.clv;

import static io.cxkit.metrics.stat.internal.SpecialFunctions.hyp2f1;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The shifted-beta-geometric model of contractual retention (Fader &amp; Hardie 2007, "How to Project Customer
 * Retention", Journal of Interactive Marketing 21(1):76–90): each customer renews at the end of every period with
 * probability 1 − θ until they churn, θ ~ Beta(α, β) across customers. Periods are contract periods.
 *
 * @param alpha α of the churn-probability distribution
 * @param beta β of the churn-probability distribution
 */
public record ShiftedBetaGeometric(double alpha, double beta) {
    private static final String[] NAMES = {"alpha", "beta"};

    /**
     * @param alpha α of the churn-probability distribution
     * @param beta β of the churn-probability distribution
     * @throws IllegalArgumentException if a parameter is not positive and finite
     */
    public ShiftedBetaGeometric {
        MaximumLikelihood.requirePositive("sbg", "alpha", alpha);
        MaximumLikelihood.requirePositive("sbg", "beta", beta);
    }

    /**
     * Fits α and β by maximum likelihood to survivor counts, {@code survivors[0]} being the starting cohort and
     * {@code survivors[t]} those still active after period t: LL = Σ_t (n_{t−1} − n_t) ln P(T = t) + n_k ln S(k)
     * (Fader &amp; Hardie 2007, eq. 6). Starts from α = β = 1, within {@link FitLimits#DEFAULT}; a fit at a boundary
     * (for example nobody ever churns) comes back with {@code converged = false} and the reason ({@link ModelFit}).
     *
     * @param survivors the number of customers still active at the start of each period
     * @return the fitted model with its log-likelihood and convergence
     * @throws IllegalArgumentException if there are fewer than two counts, a count is negative, the cohort is
     *         empty, or the counts ever increase
     */
    public static ModelFit<ShiftedBetaGeometric> fit(long[] survivors) {
        return fit(survivors, FitLimits.DEFAULT);
    }

    /**
     * As {@link #fit(long[])}, within the given limits on the fit's work (one unit per period per evaluation).
     *
     * @param survivors the number of customers still active at the start of each period
     * @param limits the limits of the fit (iterations, tolerance)
     * @return as {@link #fit(long[])}, within the given limits on the fit's work (one unit per period per evaluation)
     * @throws IllegalArgumentException as {@link #fit(long[])}
     */
    public static ModelFit<ShiftedBetaGeometric> fit(long[] survivors, FitLimits limits) {
        if (survivors.length < 2) {
            throw new IllegalArgumentException("sbg needs survivor counts for period 0 and at least one more period, "
                    + "got " + survivors.length);
        }
        if (survivors[0] <= 0) {
            throw new IllegalArgumentException("sbg period 0 survivors (the cohort) must be positive, was "
                    + survivors[0]);
        }
        for (int t = 1; t < survivors.length; t++) {
            if (survivors[t] < 0 || survivors[t] > survivors[t - 1]) {
                throw new IllegalArgumentException("sbg survivors must not increase or be negative, period " + t
                        + " has " + survivors[t] + " after " + survivors[t - 1]);
            }
        }
        long[] counts = survivors.clone();
        return MaximumLikelihood.fit("sbg", NAMES, new double[] {1, 1},
                (th, g, work) -> -new ShiftedBetaGeometric(Math.exp(th[0]), Math.exp(th[1])).logLikelihood(counts),
                false, counts[0], counts.length, limits, p -> new ShiftedBetaGeometric(p[0], p[1]));
    }

    /**
     * The log-likelihood of survivor counts (period 0 first).
     *
     * @param survivors the number of customers still active at the start of each period
     * @return the log-likelihood of survivor counts (period 0 first)
     */
    public double logLikelihood(long[] survivors) {
        double ll = 0;
        double p = alpha / (alpha + beta);
        double s = 1;
        for (int t = 1; t < survivors.length; t++) {
            if (t > 1) {
                p *= (beta + t - 2) / (alpha + beta + t - 1);
            }
            s -= p;
            long churned = survivors[t - 1] - survivors[t];
            if (churned > 0) {
                ll += churned * Math.log(p);
            }
        }
        long last = survivors[survivors.length - 1];
        return last > 0 ? ll + last * Math.log(s) : ll;
    }

    /**
     * The parameters by name: alpha, beta.
     *
     * @return the parameters by name: alpha, beta
     */
    public Map<String, Double> params() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("alpha", alpha);
        m.put("beta", beta);
        return m;
    }

    /**
     * P(T = t): the probability that a new customer churns in period t ≥ 1, B(α+1, β+t−1)/B(α, β).
     *
     * @param t {@code t} in the description above
     * @return P(T = t): the probability that a new customer churns in period t ≥ 1, B(α+1, β+t−1)/B(α, β)
     */
    public double churnProbability(int t) {
        requirePeriod(t, 1);
        double p = alpha / (alpha + beta);
        for (int i = 2; i <= t; i++) {
            p *= (beta + i - 2) / (alpha + beta + i - 1);
        }
        return p;
    }

    /**
     * S(t) = B(α, β+t)/B(α, β): the share of a cohort still active after t periods (1 at t = 0).
     *
     * @param t {@code t} in the description above
     * @return S(t) = B(α, β+t)/B(α, β): the share of a cohort still active after t periods (1 at t = 0)
     */
    public double survival(int t) {
        requirePeriod(t, 0);
        double s = 1;
        for (int i = 1; i <= t; i++) {
            s *= (beta + i - 1) / (alpha + beta + i - 1);
        }
        return s;
    }

    /**
     * r(t) = S(t)/S(t−1) = (β + t − 1)/(α + β + t − 1): the retention rate of period t ≥ 1 (eq. 5).
     *
     * @param t {@code t} in the description above
     * @return r(t) = S(t)/S(t−1) = (β + t − 1)/(α + β + t − 1): the retention rate of period t ≥ 1 (eq. 5)
     */
    public double retentionRate(int t) {
        requirePeriod(t, 1);
        return (beta + t - 1) / (alpha + beta + t - 1);
    }

    /**
     * The discounted expected lifetime of a new customer in periods, Σ_{t≥0} S(t)/(1+d)^t = ₂F₁(1, β; α+β;
     * 1/(1+d)), the first period undiscounted (Fader &amp; Hardie 2010, "Customer-Base Valuation in a Contractual
     * Setting"). Multiply by the margin per period for the discounted expected lifetime value.
     *
     * @param discountRate the discount rate per period, &gt; 0
     * @return the discounted expected lifetime of a new customer in periods, Σ_{t≥0} S(t)/(1+d)^t = ₂F₁(1, β; α+β;
     *         1/(1+d)), the first period undiscounted (Fader &amp; Hardie 2010, "Customer-Base Valuation in a
     *         Contractual Setting")
     * @throws IllegalArgumentException if the rate is not positive
     */
    public double discountedExpectedLifetime(double discountRate) {
        if (!(discountRate > 0) || Double.isInfinite(discountRate)) {
            throw new IllegalArgumentException("discount rate per period must be positive and finite, was "
                    + discountRate);
        }
        return hyp2f1(1, beta, alpha + beta, 1 / (1 + discountRate));
    }

    private static void requirePeriod(int t, int min) {
        if (t < min) {
            throw new IllegalArgumentException("period must be >= " + min + ", was " + t);
        }
    }
}
