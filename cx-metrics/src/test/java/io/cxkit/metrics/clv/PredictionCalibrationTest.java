package io.cxkit.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The predictions agree with what simulated customers actually do. Customers are drawn from each model at known
 * parameters and followed past the calibration end T: the mean predicted P(alive | x, t_x, T) must match the share
 * truly alive at T, and the mean E[Y(h) | x, t_x, T] the mean transactions in (T, T + h], each within five
 * standard errors of the simulated mean (seeded, so the test is deterministic).
 */
class PredictionCalibrationTest {
    private static final int CUSTOMERS = 20_000;
    private static final double HOLDOUT = 39;

    /** One customer's calibration summary, whether alive at T, and holdout transactions. */
    record Outcome(double x, double tx, double age, boolean alive, int holdout) {
    }

    interface Process {
        Outcome draw(SplittableRandom rng, double age);
    }

    private static void assertCalibrated(TransactionModel model, Process process, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double aliveSum = 0;
        double aliveTrue = 0;
        double predicted = 0;
        double actual = 0;
        double actualSq = 0;
        for (int i = 0; i < CUSTOMERS; i++) {
            Outcome o = process.draw(rng, 20 + 20 * rng.nextDouble());
            aliveSum += model.probabilityAlive(o.x(), o.tx(), o.age());
            aliveTrue += o.alive() ? 1 : 0;
            predicted += model.conditionalExpectedTransactions(HOLDOUT, o.x(), o.tx(), o.age());
            actual += o.holdout();
            actualSq += (double) o.holdout() * o.holdout();
        }
        double n = CUSTOMERS;
        double share = aliveTrue / n;
        assertThat(aliveSum / n).as("%s mean P(alive)", model.name())
                .isCloseTo(share, org.assertj.core.api.Assertions.within(5 * Math.sqrt(share * (1 - share) / n)));
        double mean = actual / n;
        double se = Math.sqrt((actualSq / n - mean * mean) / n);
        assertThat(predicted / n).as("%s mean E[Y(39)]", model.name())
                .isCloseTo(mean, org.assertj.core.api.Assertions.within(5 * se));
    }

    /** BG/NBD (k = 0) or MBG/NBD (k = 1): dropout after each purchase (and, for k = 1, at time 0). */
    private static Process betaGeometric(int k, double r, double alpha, double a, double b) {
        return (rng, age) -> {
            double lambda = Draws.gamma(rng, r, alpha);
            double p = Draws.beta(rng, a, b);
            boolean alive = k == 0 || rng.nextDouble() >= p;
            double t = 0;
            int x = 0;
            double tx = 0;
            int holdout = 0;
            boolean aliveAtT = alive;
            while (alive) {
                t += Draws.exponential(rng, lambda);
                if (t > age + HOLDOUT) {
                    break;
                }
                if (t <= age) {
                    x++;
                    tx = t;
                } else {
                    holdout++;
                }
                alive = rng.nextDouble() >= p;
                if (!alive && t <= age) {
                    aliveAtT = false;
                }
            }
            return new Outcome(x, tx, age, aliveAtT, holdout);
        };
    }

    @Test
    void bgnbdPredictionsMatchSimulatedCustomers() {
        assertCalibrated(new BgNbd(0.25, 4, 0.8, 2.5), betaGeometric(0, 0.25, 4, 0.8, 2.5), 11);
    }

    @Test
    void mbgnbdPredictionsMatchSimulatedCustomers() {
        assertCalibrated(new MbgNbd(0.5, 6, 0.9, 1.6), betaGeometric(1, 0.5, 6, 0.9, 1.6), 12);
    }

    @Test
    void paretoNbdPredictionsMatchSimulatedCustomers() {
        double r = 0.55;
        double alpha = 10.5;
        double s = 0.6;
        double beta = 11.7;
        assertCalibrated(new ParetoNbd(r, alpha, s, beta), (rng, age) -> {
            double lambda = Draws.gamma(rng, r, alpha);
            double death = Draws.exponential(rng, Draws.gamma(rng, s, beta));
            double t = Draws.exponential(rng, lambda);
            int x = 0;
            double tx = 0;
            int holdout = 0;
            while (t <= Math.min(death, age + HOLDOUT)) {
                if (t <= age) {
                    x++;
                    tx = t;
                } else {
                    holdout++;
                }
                t += Draws.exponential(rng, lambda);
            }
            return new Outcome(x, tx, age, death > age, holdout);
        }, 13);
    }

    @Test
    void bgbbPredictionsMatchSimulatedCustomers() {
        BgBb model = new BgBb(1.2, 0.75, 0.66, 2.8);
        SplittableRandom rng = new SplittableRandom(14);
        int n = 6;
        int future = 5;
        double aliveSum = 0;
        double aliveTrue = 0;
        double predicted = 0;
        double actual = 0;
        double actualSq = 0;
        for (int i = 0; i < CUSTOMERS; i++) {
            double p = Draws.beta(rng, 1.2, 0.75);
            double theta = Draws.beta(rng, 0.66, 2.8);
            int x = 0;
            int tx = 0;
            int holdout = 0;
            boolean alive = true;
            boolean aliveAtNext = false;
            for (int o = 1; o <= n + future && alive; o++) {
                alive = rng.nextDouble() >= theta;
                if (o == n + 1) {
                    aliveAtNext = alive;
                }
                if (alive && rng.nextDouble() < p) {
                    if (o <= n) {
                        x++;
                        tx = o;
                    } else {
                        holdout++;
                    }
                }
            }
            aliveSum += model.probabilityAlive(x, tx, n);
            aliveTrue += aliveAtNext ? 1 : 0;
            predicted += model.conditionalExpectedTransactions(future, x, tx, n);
            actual += holdout;
            actualSq += (double) holdout * holdout;
        }
        double c = CUSTOMERS;
        double share = aliveTrue / c;
        assertThat(aliveSum / c).isCloseTo(share,
                org.assertj.core.api.Assertions.within(5 * Math.sqrt(share * (1 - share) / c)));
        double mean = actual / c;
        assertThat(predicted / c).isCloseTo(mean,
                org.assertj.core.api.Assertions.within(5 * Math.sqrt((actualSq / c - mean * mean) / c)));
    }
}
