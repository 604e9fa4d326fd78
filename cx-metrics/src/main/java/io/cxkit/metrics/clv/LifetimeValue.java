package io.cxkit.metrics.clv;

import java.util.Objects;

/**
 * Customer lifetime value: the discounted expected margin over a horizon of H periods,
 * <pre>
 *   CLV = margin · E[M | x, m̄] · Σ_{i=1}^{H} (E[Y(i) | x, t_x, T] − E[Y(i−1) | x, t_x, T]) / (1 + d)^i
 * </pre>
 * transactions of period i being discounted to the end of calibration from the end of period i (Fader, Hardie &amp;
 * Lee 2005, "RFM and CLV", with discrete discounting). E[Y] comes from a transaction model, E[M] from Gamma-Gamma.
 * Times and rates are per period of {@link ClvSettings#unit()}, which must be the model's.
 */
public final class LifetimeValue {
    private final TransactionModel model;
    private final GammaGamma spend;
    private final ClvSettings settings;
    private final double[] discount;

    /**
     * @param model the fitted model
     * @param spend the mean spend per repeat transaction
     * @param settings the settings
     * @throws IllegalStateException if the spend model's q ≤ 1 (no finite expected spend)
     */
    public LifetimeValue(TransactionModel model, GammaGamma spend, ClvSettings settings) {
        this.model = Objects.requireNonNull(model, "model must not be null");
        this.spend = Objects.requireNonNull(spend, "spend must not be null");
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        spend.populationMeanSpend();
        discount = new double[settings.horizon() + 1];
        for (int i = 1; i <= settings.horizon(); i++) {
            discount[i] = Math.pow(1 + settings.discountRatePerPeriod(), -i);
        }
    }

    /**
     * The settings.
     *
     * @return the settings
     */
    public ClvSettings settings() {
        return settings;
    }

    /**
     * The value of one customer with summary (x, t_x, T, m̄). A repeat buyer without positive spend (m̄ ≤ 0), whom
     * the spend model leaves out, is valued at the population mean spend
     * ({@link GammaGamma#expectedSpendOrPopulationMean}).
     *
     * @param x {@code x} in the description above
     * @param tx the time of the last repeat transaction (recency, t_x)
     * @param age the time from first purchase to the end of observation (T)
     * @param monetary m̄, the mean value of the repeat transactions (0 when x = 0; the first purchase is excluded)
     * @return the value of one customer with summary (x, t_x, T, m̄)
     * @throws IllegalArgumentException if the history is impossible
     */
    public CustomerValue value(double x, double tx, double age, double monetary) {
        double alive = model.probabilityAlive(x, tx, age);
        double m = spend.expectedSpendOrPopulationMean(x, monetary);
        double[] path = new double[discount.length - 1];
        model.cumulativeConditionalExpectedTransactions(x, tx, age, path);
        double previous = 0;
        double discounted = 0;
        for (int i = 1; i < discount.length; i++) {
            double cumulative = path[i - 1];
            discounted += (cumulative - previous) * discount[i];
            previous = cumulative;
        }
        return new CustomerValue(alive, previous, m, settings.margin() * m * discounted);
    }

    /**
     * The value of a summary.
     *
     * @param s the customer summary
     * @return the value of a summary
     * @throws IllegalArgumentException naming the customer, if the history is impossible
     */
    public CustomerValue value(CustomerSummary s) {
        try {
            return value(s.frequency(), s.recency(), s.age(), s.monetary());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("customer " + s.customer() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Scores every row of a table into the given columns (each of length {@code data.size()}): the columnar
     * path for large bases. Compress the table first when many customers share (x, t_x, T, m̄).
     *
     * @param data the per-customer summaries (frequency, recency, age)
     * @param probabilityAlive the probability alive
     * @param expectedTransactions the expected transactions
     * @param expectedSpend the expected spend
     * @param clv the clv
     */
    public void score(SummaryTable data, double[] probabilityAlive, double[] expectedTransactions,
                      double[] expectedSpend, double[] clv) {
        for (int i = 0; i < data.size(); i++) {
            CustomerValue v = value(data.x[i], data.tx[i], data.age[i], data.monetary[i]);
            probabilityAlive[i] = v.probabilityAlive();
            expectedTransactions[i] = v.expectedTransactions();
            expectedSpend[i] = v.expectedSpend();
            clv[i] = v.clv();
        }
    }
}
