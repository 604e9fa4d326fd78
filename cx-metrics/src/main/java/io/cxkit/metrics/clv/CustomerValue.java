package io.cxkit.metrics.clv;

/**
 * One customer's predicted value over a {@link ClvSettings} horizon.
 *
 * @param probabilityAlive P(alive | x, t_x, T) at the end of calibration
 * @param expectedTransactions expected transactions over the horizon
 * @param expectedSpend expected value per transaction (Gamma-Gamma), in currency units
 * @param clv the discounted expected margin over the horizon, in currency units
 */
public record CustomerValue(double probabilityAlive, double expectedTransactions, double expectedSpend, double clv) {
}
