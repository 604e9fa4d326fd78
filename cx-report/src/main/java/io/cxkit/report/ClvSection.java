package io.cxkit.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Customer lifetime value: BG/NBD and Gamma-Gamma fitted to the interactions that carry a value, with the CLV
 * distribution, the P(alive) matrix and the tracking of actual against expected repeat transactions.
 *
 * @param unit the period unit of every time, e.g. {@code weeks}
 * @param calibrationEnd the last purchase day, end of calibration
 * @param customers customers with a purchase
 * @param repeatBuyers customers with a repeat purchase
 * @param repeatTransactions repeat transactions (purchase days after the first)
 * @param transactionModel the BG/NBD fit
 * @param spendModel the Gamma-Gamma fit, when there are repeat buyers
 * @param horizon the CLV horizon, in periods
 * @param annualDiscountRate the annual discount rate
 * @param total total CLV; NaN without a spend model
 * @param mean mean CLV per customer; NaN without a spend model
 * @param meanProbabilityAlive mean P(alive)
 * @param topCustomers the customers of highest CLV
 * @param distribution the CLV histogram
 * @param probabilityAlive P(alive) by frequency and recency, at the longest customer age
 * @param tracking repeat transactions per period, actual and expected
 * @param note what limits the section, if anything
 */
public record ClvSection(String unit, LocalDate calibrationEnd, long customers, long repeatBuyers,
        long repeatTransactions, FitSummary transactionModel, Optional<FitSummary> spendModel, int horizon,
        double annualDiscountRate, double total, double mean, double meanProbabilityAlive,
        List<CustomerClv> topCustomers, List<Bin> distribution, AliveMatrix probabilityAlive,
        List<TrackingPoint> tracking, Optional<String> note) {
    /**
     * Copies the lists.
     *
     * @param unit the period unit of every time, e.g. {@code weeks}
     * @param calibrationEnd the last purchase day, end of calibration
     * @param customers customers with a purchase
     * @param repeatBuyers customers with a repeat purchase
     * @param repeatTransactions repeat transactions (purchase days after the first)
     * @param transactionModel the BG/NBD fit
     * @param spendModel the Gamma-Gamma fit, when there are repeat buyers
     * @param horizon the CLV horizon, in periods
     * @param annualDiscountRate the annual discount rate
     * @param total total CLV; NaN without a spend model
     * @param mean mean CLV per customer; NaN without a spend model
     * @param meanProbabilityAlive mean P(alive)
     * @param topCustomers the customers of highest CLV
     * @param distribution the CLV histogram
     * @param probabilityAlive P(alive) by frequency and recency, at the longest customer age
     * @param tracking repeat transactions per period, actual and expected
     * @param note what limits the section, if anything
     */
    public ClvSection {
        topCustomers = List.copyOf(topCustomers);
        distribution = List.copyOf(distribution);
        tracking = List.copyOf(tracking);
    }

    /**
     * A model fit in brief.
     *
     * @param model the model's name
     * @param params its parameters by name
     * @param logLikelihood the maximised log-likelihood
     * @param converged whether the optimiser met its convergence test
     * @param convergence which test stopped it
     */
    public record FitSummary(String model, Map<String, Double> params, double logLikelihood, boolean converged,
            String convergence) {
    }

    /**
     * One customer's value.
     *
     * @param customer the customer id
     * @param frequency repeat purchases (x)
     * @param recency time of the last purchase from the first (t_x), in periods
     * @param age time from the first purchase to the calibration end (T), in periods
     * @param probabilityAlive P(alive)
     * @param expectedTransactions expected transactions over the horizon
     * @param expectedSpend expected spend per transaction
     * @param clv discounted lifetime value over the horizon
     */
    public record CustomerClv(String customer, long frequency, double recency, double age, double probabilityAlive,
            double expectedTransactions, double expectedSpend, double clv) {
    }

    /**
     * One histogram bin.
     *
     * @param from lower edge, inclusive
     * @param to upper edge (inclusive for the last bin)
     * @param customers customers in the bin
     */
    public record Bin(double from, double to, long customers) {
    }

    /**
     * P(alive) on a grid of frequency (rows) and recency (columns) at one customer age, as lifetimes'
     * {@code plot_probability_alive_matrix} draws it.
     *
     * @param age the customer age T of every cell, in periods
     * @param frequencies the row values (x)
     * @param recencies the column values (t_x), in periods
     * @param probability {@code probability.get(row).get(column)}, NaN where recency exceeds the age
     */
    public record AliveMatrix(double age, List<Long> frequencies, List<Double> recencies,
            List<List<Double>> probability) {
        /**
         * Copies the lists.
         *
         * @param age time from the first purchase to the calibration end (T), in periods
         * @param frequencies the row values (x)
         * @param recencies the column values (t_x), in periods
         * @param probability {@code probability.get(row).get(column)}, NaN where recency exceeds the age
         */
        public AliveMatrix {
            frequencies = List.copyOf(frequencies);
            recencies = List.copyOf(recencies);
            probability = probability.stream().map(List::copyOf).toList();
        }
    }

    /**
     * Repeat transactions in one period since the first purchase in the data: actual, and expected by the model
     * over every customer who had made a first purchase by then.
     *
     * @param period the period index from the first purchase day, 0-based
     * @param start the period's first day
     * @param actual repeat transactions in the period
     * @param expected the model's expected repeat transactions in the period
     */
    public record TrackingPoint(long period, LocalDate start, double actual, double expected) {
    }
}
