package io.cxkit.metrics.clv;

import java.util.Map;

/**
 * A fitted "buy till you die" model of repeat transactions in continuous time (BG/NBD, MBG/NBD, Pareto/NBD).
 * Every time argument is in the unit of the summaries the model was fitted on.
 */
public interface TransactionModel {

    /**
     * The model's name ({@code bgnbd}, {@code mbgnbd}, {@code pareto-nbd}).
     *
     * @return the model's name ({@code bgnbd}, {@code mbgnbd}, {@code pareto-nbd})
     */
    String name();

    /**
     * The parameters by name, in the model's conventional order.
     *
     * @return the parameters by name, in the model's conventional order
     */
    Map<String, Double> params();

    /**
     * E[X(t)]: the expected repeat transactions of a new customer in (0, t].
     *
     * @param t {@code t} in the description above
     * @return E[X(t)]: the expected repeat transactions of a new customer in (0, t]
     */
    double expectedTransactions(double t);

    /**
     * P(X(t) = n): the probability that a new customer makes exactly n repeat transactions in (0, t].
     *
     * @param n {@code n} in the description above
     * @param t {@code t} in the description above
     * @return P(X(t) = n): the probability that a new customer makes exactly n repeat transactions in (0, t]
     */
    double probabilityOfTransactions(int n, double t);

    /**
     * P(alive | x, t_x, T): the probability that a customer with this history is still active at T.
     *
     * @param x {@code x} in the description above
     * @param tx the time of the last repeat transaction (recency, t_x)
     * @param age the time from first purchase to the end of observation (T)
     * @return P(alive | x, t_x, T): the probability that a customer with this history is still active at T
     * @throws IllegalArgumentException if the history is impossible (t_x &gt; T, x &lt; 0, ...)
     */
    double probabilityAlive(double x, double tx, double age);

    /**
     * E[Y(t) | x, t_x, T]: the expected transactions in (T, T + t] of a customer with this history.
     *
     * @param t {@code t} in the description above
     * @param x {@code x} in the description above
     * @param tx the time of the last repeat transaction (recency, t_x)
     * @param age the time from first purchase to the end of observation (T)
     * @return E[Y(t) | x, t_x, T]: the expected transactions in (T, T + t] of a customer with this history
     * @throws IllegalArgumentException if the history is impossible
     */
    double conditionalExpectedTransactions(double t, double x, double tx, double age);

    /**
     * E[Y(1)], E[Y(2)], ..., E[Y(n)] given (x, t_x, T), one per period, into {@code out} (n = its length): what a
     * lifetime value sums. Models override it to compute P(alive) once rather than n times.
     *
     * @param x {@code x} in the description above
     * @param tx the time of the last repeat transaction (recency, t_x)
     * @param age the time from first purchase to the end of observation (T)
     * @param out {@code out} in the description above
     * @throws IllegalArgumentException if the history is impossible
     */
    default void cumulativeConditionalExpectedTransactions(double x, double tx, double age, double[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = conditionalExpectedTransactions(i + 1, x, tx, age);
        }
    }

    /**
     * The total log-likelihood of a summary table (weights applied).
     *
     * @param data the per-customer summaries (frequency, recency, age)
     * @return the total log-likelihood of a summary table (weights applied)
     */
    double logLikelihood(SummaryTable data);
}
