package io.cxkit.metrics.clv;

import static io.cxkit.metrics.stat.internal.SpecialFunctions.digamma;
import static io.cxkit.metrics.stat.internal.SpecialFunctions.lnGamma;
import static io.cxkit.metrics.stat.internal.SpecialFunctions.lnGammaRatio;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Gamma-Gamma model of spend per transaction (Fader, Hardie &amp; Lee 2005, "RFM and CLV: Using Iso-Value Curves
 * for Customer Base Analysis", JMR 42(4); Fader &amp; Hardie 2013, "The Gamma-Gamma Model of Monetary Value").
 * A customer's transaction values are Gamma(p, ν), ν ~ Gamma(q, γ) across customers, so the mean m̄ of x values
 * has density Γ(px+q)/(Γ(px)Γ(q)) · γ^q x^(px) m̄^(px−1) / (γ + x m̄)^(px+q). It assumes spend is independent of
 * purchase frequency: check {@link #frequencySpendCorrelation}. Money is in the data's currency.
 *
 * @param p the shape of each transaction's value
 * @param q the shape of the distribution of ν across customers; the population mean spend pγ/(q−1) exists only
 *        for q &gt; 1
 * @param gamma γ, the scale of the distribution of ν, in currency units
 */
public record GammaGamma(double p, double q, double gamma) {
    private static final String[] NAMES = {"p", "q", "gamma"};

    /**
     * @param p the shape of each transaction's value
     * @param q the shape of the distribution of ν across customers; the population mean spend pγ/(q−1) exists only for
     *        q &gt; 1
     * @param gamma γ, the scale of the distribution of ν, in currency units
     * @throws IllegalArgumentException if a parameter is not positive and finite
     */
    public GammaGamma {
        MaximumLikelihood.requirePositive("gamma-gamma", "p", p);
        MaximumLikelihood.requirePositive("gamma-gamma", "q", q);
        MaximumLikelihood.requirePositive("gamma-gamma", "gamma", gamma);
    }

    /**
     * Fits p, q, γ by maximum likelihood (analytic gradients) on the repeat buyers (x &gt; 0) with positive mean
     * spend, weights applied, within {@link FitLimits#DEFAULT}. Repeat buyers whose mean repeat spend is 0 or
     * negative are outside the model (transaction values are Gamma, so positive): they are left out of the fit and
     * counted in {@link ModelFit#excluded()}, as users of other tools drop them by hand. The fit itself succeeds
     * when q ≤ 1 (the likelihood is defined); it is the expected spend that then fails.
     *
     * @param data the per-customer summaries (frequency, recency, age)
     * @return the fitted model with its log-likelihood and convergence
     * @throws IllegalArgumentException if no repeat buyer has positive mean spend, or the table was compressed
     *         over different m̄
     */
    public static ModelFit<GammaGamma> fit(SummaryTable data) {
        return fit(data, FitLimits.DEFAULT);
    }

    /**
     * As {@link #fit(SummaryTable)}, within the given limits on the fit's work.
     *
     * @param data the per-customer summaries (frequency, recency, age)
     * @param limits the limits of the fit (iterations, tolerance)
     * @return as {@link #fit(SummaryTable)}, within the given limits on the fit's work
     * @throws IllegalArgumentException as {@link #fit(SummaryTable)}
     */
    public static ModelFit<GammaGamma> fit(SummaryTable data, FitLimits limits) {
        if (!data.monetaryExact()) {
            throw new IllegalArgumentException("gamma-gamma needs each customer's own mean spend, but the table was "
                    + "compressed over rows with different monetary values; fit on the uncompressed table");
        }
        SummaryTable buyers = data.repeatBuyers();
        SummaryTable d = data.repeatBuyersWithSpend();
        double excluded = buyers.totalWeight() - d.totalWeight();
        if (buyers.size() == 0) {
            throw new IllegalArgumentException("gamma-gamma needs customers with x > 0 repeat transactions, found none");
        }
        if (d.size() == 0) {
            throw new IllegalArgumentException("gamma-gamma needs repeat buyers with positive mean spend, but none of "
                    + "the " + num(buyers.totalWeight()) + " repeat buyers has any (" + buyers.who(0) + " has x="
                    + (long) buyers.x[0] + " and monetary " + buyers.monetary[0] + ")");
        }
        double meanM = 0;
        for (int i = 0; i < d.size(); i++) {
            meanM += d.weight[i] * d.monetary[i];
        }
        meanM /= d.totalWeight();
        Rows rows = new Rows(d);
        // p = 1, q = 2 make the population mean spend pγ/(q−1) equal γ: start it at the observed mean.
        return MaximumLikelihood.fit("gamma-gamma", NAMES, new double[] {1, 2, meanM},
                (theta, g, work) -> negLogLik(theta, rows, g), true, d.totalWeight(), d.size(), excluded, limits,
                v -> new GammaGamma(v[0], v[1], v[2]));
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    static double negLogLik(double[] theta, SummaryTable d, double[] grad) {
        return negLogLik(theta, new Rows(d), grad);
    }

    /** The repeat buyers' columns with the logs that do not change during a fit. */
    static final class Rows {
        final double[] x;
        final double[] m;
        final double[] w;
        final double[] lnM;
        final double[] lnX;
        final int maxX;

        Rows(SummaryTable d) {
            x = d.x;
            m = d.monetary;
            w = d.weight;
            lnM = new double[x.length];
            lnX = new double[x.length];
            double max = 0;
            for (int i = 0; i < x.length; i++) {
                lnM[i] = Math.log(m[i]);
                lnX[i] = Math.log(x[i]);
                max = Math.max(max, x[i]);
            }
            // Tabulate the x-only terms when x is small next to the rows; otherwise compute them per row.
            maxX = max <= Math.max(64, 4.0 * x.length) ? (int) max : -1;
        }
    }

    /**
     * The total negative log-likelihood and its θ-gradient (θ = ln(p, q, γ)). The gamma-function terms depend on
     * x alone and are computed once per distinct x.
     */
    static double negLogLik(double[] theta, Rows d, double[] grad) {
        double p = Math.exp(theta[0]);
        double q = Math.exp(theta[1]);
        double g = Math.exp(theta[2]);
        boolean want = grad.length == 3;
        double lnG = Math.log(g);
        double lgq = lnGamma(q);
        double psiQ = want ? digamma(q) : 0;
        double[] lnRatio = null;
        double[] psiPxq = null;
        double[] psiPx = null;
        if (d.maxX >= 0) {
            lnRatio = new double[d.maxX + 1];
            psiPxq = new double[d.maxX + 1];
            psiPx = new double[d.maxX + 1];
            java.util.Arrays.fill(lnRatio, Double.NaN);
        }
        double sum = 0;
        double gp = 0;
        double gq = 0;
        double gg = 0;
        for (int i = 0; i < d.x.length; i++) {
            double x = d.x[i];
            double m = d.m[i];
            double w = d.w[i];
            double px = p * x;
            double ratio;
            double dPxq;
            double dPx;
            if (lnRatio != null) {
                int xi = (int) x;
                if (Double.isNaN(lnRatio[xi])) {
                    lnRatio[xi] = lnGammaRatio(px, q);
                    if (want) {
                        psiPxq[xi] = digamma(px + q);
                        psiPx[xi] = digamma(px);
                    }
                }
                ratio = lnRatio[xi];
                dPxq = want ? psiPxq[xi] : 0;
                dPx = want ? psiPx[xi] : 0;
            } else {
                ratio = lnGammaRatio(px, q);
                dPxq = want ? digamma(px + q) : 0;
                dPx = want ? digamma(px) : 0;
            }
            double lnM = d.lnM[i];
            double lnX = d.lnX[i];
            double lnGxm = Math.log(g + x * m);
            sum += w * (ratio - lgq + q * lnG + (px - 1) * lnM + px * lnX - (px + q) * lnGxm);
            if (want) {
                gp += w * x * (dPxq - dPx + lnM + lnX - lnGxm);
                gq += w * (dPxq - psiQ + lnG - lnGxm);
                gg += w * (q / g - (px + q) / (g + x * m));
            }
        }
        if (want) {
            grad[0] = -gp * p;
            grad[1] = -gq * q;
            grad[2] = -gg * g;
        }
        return -sum;
    }

    /**
     * The parameters by name: p, q, gamma.
     *
     * @return the parameters by name: p, q, gamma
     */
    public Map<String, Double> params() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("p", p);
        m.put("q", q);
        m.put("gamma", gamma);
        return m;
    }

    /**
     * The total log-likelihood of the rows with x &gt; 0 and m̄ &gt; 0, the rows it is fitted on (weights applied).
     *
     * @param data the per-customer summaries (frequency, recency, age)
     * @return the total log-likelihood of the rows with x &gt; 0 and m̄ &gt; 0, the rows it is fitted on (weights
     *         applied)
     */
    public double logLikelihood(SummaryTable data) {
        return -negLogLik(new double[] {Math.log(p), Math.log(q), Math.log(gamma)}, data.repeatBuyersWithSpend(),
                new double[0]);
    }

    /**
     * E[M | x, m̄] = p(γ + x m̄)/(px + q − 1), the expected value of a future transaction of a customer with x
     * repeat transactions of mean m̄ (Fader &amp; Hardie 2013, eq. 5); for x = 0 the population mean pγ/(q − 1).
     * In currency units. A repeat buyer without positive spend is outside the model: see
     * {@link #expectedSpendOrPopulationMean}.
     *
     * @param x {@code x} in the description above
     * @param monetary m̄, the mean value of the repeat transactions (0 when x = 0; the first purchase is excluded)
     * @return E[M | x, m̄] = p(γ + x m̄)/(px + q − 1), the expected value of a future transaction of a customer with x
     *         repeat transactions of mean m̄ (Fader &amp; Hardie 2013, eq
     * @throws IllegalStateException if q ≤ 1: the spend distribution then has no finite mean, and any figure
     *         would be meaningless (it is where other tools return negative lifetime values)
     * @throws IllegalArgumentException if x &lt; 0, or x &gt; 0 and m̄ ≤ 0
     */
    public double conditionalExpectedSpend(double x, double monetary) {
        requireFiniteMean();
        if (x < 0) {
            throw new IllegalArgumentException("x must be >= 0, was " + x);
        }
        if (x == 0) {
            return p * gamma / (q - 1);
        }
        if (!(monetary > 0)) {
            throw new IllegalArgumentException("monetary must be positive when x > 0, was " + monetary);
        }
        return p * (gamma + x * monetary) / (p * x + q - 1);
    }

    /**
     * E[M | x, m̄] where the model has it (x = 0, or m̄ &gt; 0), and the population mean pγ/(q − 1) for a repeat
     * buyer whose mean repeat spend is 0 or negative: such a customer was left out of the fit, and their spend is
     * then treated as unobserved, like a customer's without repeat transactions. In currency units.
     *
     * @param x {@code x} in the description above
     * @param monetary m̄, the mean value of the repeat transactions (0 when x = 0; the first purchase is excluded)
     * @return E[M | x, m̄] where the model has it (x = 0, or m̄ &gt; 0), and the population mean pγ/(q − 1) for a
     *         repeat buyer whose mean repeat spend is 0 or negative: such a customer was left out of the fit, and their
     *         spend is then treated as unobserved, like a customer's without repeat transactions
     * @throws IllegalStateException if q ≤ 1
     * @throws IllegalArgumentException if x &lt; 0
     */
    public double expectedSpendOrPopulationMean(double x, double monetary) {
        if (x > 0 && !(monetary > 0)) {
            return populationMeanSpend();
        }
        return conditionalExpectedSpend(x, monetary);
    }

    /**
     * The population mean spend per transaction, pγ/(q − 1). @throws IllegalStateException if q ≤ 1
     *
     * @return the population mean spend per transaction, pγ/(q − 1)
     */
    public double populationMeanSpend() {
        requireFiniteMean();
        return p * gamma / (q - 1);
    }

    private void requireFiniteMean() {
        if (!(q > 1)) {
            throw new IllegalStateException("gamma-gamma q must be > 1 for the expected spend to exist, was " + q
                    + ": the fitted spend distribution has no finite mean, so expected spend and CLV are undefined");
        }
    }

    /**
     * The weighted Pearson correlation between x and m̄ over the rows the model is fitted on (x &gt; 0, m̄ &gt; 0).
     * The model assumes spend is independent of frequency; a correlation far from 0 says the model does not fit.
     * NaN with fewer than two rows or no variation.
     *
     * @param data the per-customer summaries (frequency, recency, age)
     * @return the weighted Pearson correlation between x and m̄ over the rows the model is fitted on (x &gt; 0, m̄ &gt;
     *         0)
     */
    public static double frequencySpendCorrelation(SummaryTable data) {
        SummaryTable d = data.repeatBuyersWithSpend();
        double w = 0;
        double mx = 0;
        double mm = 0;
        for (int i = 0; i < d.size(); i++) {
            w += d.weight[i];
            mx += d.weight[i] * d.x[i];
            mm += d.weight[i] * d.monetary[i];
        }
        mx /= w;
        mm /= w;
        double sxx = 0;
        double smm = 0;
        double sxm = 0;
        for (int i = 0; i < d.size(); i++) {
            double dx = d.x[i] - mx;
            double dm = d.monetary[i] - mm;
            sxx += d.weight[i] * dx * dx;
            smm += d.weight[i] * dm * dm;
            sxm += d.weight[i] * dx * dm;
        }
        return d.size() < 2 || sxx == 0 || smm == 0 ? Double.NaN : sxm / Math.sqrt(sxx * smm);
    }
}
