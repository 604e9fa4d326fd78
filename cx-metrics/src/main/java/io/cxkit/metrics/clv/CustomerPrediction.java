package io.cxkit.metrics.clv;

import io.cxkit.core.output.Schema;
import java.util.Objects;

/**
 * One customer's calibration summary and what a fitted model predicts for them over a horizon: the row of
 * {@code cx clv predict}. Without a spend model, {@code expectedSpend} and {@code clv} are NaN and
 * {@link #schema(boolean)} leaves them out.
 *
 * @param customer the customer id
 * @param frequency x, the repeat transactions in calibration
 * @param recency t_x, the time of the last transaction, in periods of the unit
 * @param age T, the time from the first transaction to the end of calibration, in periods of the unit
 * @param monetary the mean value of the repeat transactions, in currency units (0 without repeats)
 * @param probabilityAlive P(alive | x, t_x, T) at the end of calibration, in [0, 1]
 * @param expectedTransactions the expected transactions over the horizon
 * @param expectedSpend the expected value per transaction (Gamma-Gamma), in currency units; NaN without a spend
 *        model
 * @param clv the discounted expected margin over the horizon, in currency units; NaN without a spend model
 */
public record CustomerPrediction(String customer, long frequency, double recency, double age, double monetary,
        double probabilityAlive, double expectedTransactions, double expectedSpend, double clv) {

    /**
     * @param customer the customer id
     * @param frequency x, the repeat transactions in calibration
     * @param recency t_x, the time of the last transaction, in periods of the unit
     * @param age T, the time from the first transaction to the end of calibration, in periods of the unit
     * @param monetary the mean value of the repeat transactions, in currency units (0 without repeats)
     * @param probabilityAlive P(alive | x, t_x, T) at the end of calibration, in [0, 1]
     * @param expectedTransactions the expected transactions over the horizon
     * @param expectedSpend the expected value per transaction (Gamma-Gamma), in currency units; NaN without a spend
     *        model
     * @param clv the discounted expected margin over the horizon, in currency units; NaN without a spend model
     * @throws NullPointerException if the customer is null
     */
    public CustomerPrediction {
        Objects.requireNonNull(customer, "customer must not be null");
    }

    /**
     * A customer's prediction with a spend model.
     *
     * @param s the calibration summary
     * @param value what {@link LifetimeValue#value(CustomerSummary)} gave for it
     * @return the prediction
     */
    public static CustomerPrediction of(CustomerSummary s, CustomerValue value) {
        return new CustomerPrediction(s.customer(), s.frequency(), s.recency(), s.age(), s.monetary(),
                value.probabilityAlive(), value.expectedTransactions(), value.expectedSpend(), value.clv());
    }

    /**
     * A customer's prediction from a transaction model alone: P(alive) and the expected transactions over
     * {@code horizon} periods.
     *
     * @param s the calibration summary
     * @param model the fitted transaction model
     * @param horizon the horizon, in periods of the summary's unit
     * @return the prediction, with NaN spend and CLV
     * @throws IllegalArgumentException if the history is impossible for the model
     */
    public static CustomerPrediction withoutSpend(CustomerSummary s, TransactionModel model, double horizon) {
        return new CustomerPrediction(s.customer(), s.frequency(), s.recency(), s.age(), s.monetary(),
                model.probabilityAlive(s.frequency(), s.recency(), s.age()),
                model.conditionalExpectedTransactions(horizon, s.frequency(), s.recency(), s.age()), Double.NaN,
                Double.NaN);
    }

    /**
     * The field list of predictions, under the names of the "buy till you die" literature: {@code customer},
     * {@code x}, {@code t_x}, {@code T}, {@code monetary}, {@code p_alive}, {@code expected_transactions}, and
     * with a spend model {@code expected_spend} and {@code clv}.
     *
     * @param withSpend whether the predictions come from a spend model
     * @return the schema
     */
    public static Schema<CustomerPrediction> schema(boolean withSpend) {
        Schema.Builder<CustomerPrediction> b = Schema.builder(CustomerPrediction.class)
                .text("customer", CustomerPrediction::customer)
                .integer("x", CustomerPrediction::frequency)
                .number("t_x", CustomerPrediction::recency)
                .number("T", CustomerPrediction::age)
                .number("monetary", CustomerPrediction::monetary)
                .number("p_alive", CustomerPrediction::probabilityAlive)
                .number("expected_transactions", CustomerPrediction::expectedTransactions);
        if (withSpend) {
            b.number("expected_spend", CustomerPrediction::expectedSpend).number("clv", CustomerPrediction::clv);
        }
        return b.build();
    }
}
