package io.cxkit.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class EdgeCaseTest {
    private static final BgNbd BG = new BgNbd(0.243, 4.414, 0.793, 2.426);
    private static final ParetoNbd PARETO = new ParetoNbd(0.553, 10.578, 0.606, 11.669);

    private static SummaryTable rows(double[] x, double[] tx, double[] age) {
        return SummaryTable.of(x, tx, age, new double[x.length], SimulationRecoveryTest.ones(x.length));
    }

    @Test
    void allCustomersWithoutRepeatPurchasesGiveAFiniteFitAndCertainSurvival() {
        SummaryTable none = rows(new double[] {0, 0, 0}, new double[] {0, 0, 0}, new double[] {10, 20, 30});
        for (ModelFit<? extends TransactionModel> fit : List.of(BgNbd.fit(none), MbgNbd.fit(none), ParetoNbd.fit(none))) {
            // The likelihood's supremum is 0 (no purchase rate at all); the fit approaches it without NaN.
            assertThat(fit.logLikelihood()).as(fit.model()).isFinite().isLessThanOrEqualTo(0).isGreaterThan(-0.5);
            assertThat(fit.params().values()).allSatisfy(v -> assertThat(v).isFinite().isPositive());
            assertThat(fit.convergence()).isNotBlank();
        }
        assertThat(BgNbd.fit(none).fitted().probabilityAlive(0, 0, 30)).isEqualTo(1);
    }

    @Test
    void aSingleCustomerCanBeFitted() {
        SummaryTable one = rows(new double[] {3}, new double[] {20}, new double[] {30});
        ModelFit<BgNbd> fit = BgNbd.fit(one);
        assertThat(fit.logLikelihood()).isFinite();
        assertThat(fit.observations()).isEqualTo(1);
        assertThat(ParetoNbd.fit(one).logLikelihood()).isFinite();
    }

    @Test
    void anEmptyTableIsRefused() {
        SummaryTable empty = rows(new double[0], new double[0], new double[0]);
        assertThatThrownBy(() -> BgNbd.fit(empty)).hasMessageContaining("bgnbd needs at least one customer");
        assertThatThrownBy(() -> GammaGamma.fit(empty)).hasMessageContaining("x > 0");
    }

    @Test
    void recencyAfterAgeIsAnError() {
        assertThatThrownBy(() -> new CustomerSummary("c1", 2, 40, 39, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("t_x (recency) of c1 must be <= T, was t_x=40.0 > T=39.0");
        assertThatThrownBy(() -> rows(new double[] {2}, new double[] {40}, new double[] {39}))
                .hasMessageContaining("row 1").hasMessageContaining("must be <= T");
        assertThatThrownBy(() -> BG.probabilityAlive(2, 40, 39)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PARETO.conditionalExpectedTransactions(10, 2, 40, 39))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void impossibleRowsAreErrors() {
        assertThatThrownBy(() -> new CustomerSummary("c1", -1, 0, 39, 0)).hasMessageContaining("must be >= 0, was -1");
        assertThatThrownBy(() -> new CustomerSummary("c1", 0, 3, 39, 0)).hasMessageContaining("must be 0 when x = 0");
        assertThatThrownBy(() -> SummaryTable.of(new double[] {1.5}, new double[] {1}, new double[] {2}, new double[1],
                new double[] {1})).hasMessageContaining("whole number");
        assertThatThrownBy(() -> SummaryTable.of(new double[] {1}, new double[] {1}, new double[] {2}, new double[1],
                new double[] {0})).hasMessageContaining("weight of row 1 must be positive");
    }

    @Test
    void zeroOrNegativeSpendIsLeftOutOfGammaGammaAndAnErrorForItsConditionalExpectation() {
        double[] one = {1, 1, 1};
        ModelFit<GammaGamma> fit = GammaGamma.fit(SummaryTable.of(new double[] {2, 1, 3}, new double[] {5, 3, 4},
                new double[] {9, 9, 9}, new double[] {10, 0, 14}, one));
        assertThat(fit.excluded()).isEqualTo(1);
        assertThat(fit.observations()).isEqualTo(2);
        assertThatThrownBy(() -> new GammaGamma(6, 3, 15).conditionalExpectedSpend(2, -1))
                .hasMessageContaining("monetary must be positive");
    }

    @Test
    void gammaGammaWithQAtMostOneHasNoExpectedSpend() {
        assertThatThrownBy(() -> new GammaGamma(6, 1, 15).conditionalExpectedSpend(2, 30))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("q must be > 1").hasMessageContaining("was 1.0");
    }

    @Test
    void gammaGammaRefusesATableCompressedOverDifferentSpend() {
        SummaryTable t = SummaryTable.of(new double[] {1, 1}, new double[] {5, 5}, new double[] {9, 9},
                new double[] {10, 20}, new double[] {1, 1}).compress();
        assertThat(t.size()).isEqualTo(1);
        assertThat(t.monetary(0)).isEqualTo(15);
        assertThatThrownBy(() -> GammaGamma.fit(t)).hasMessageContaining("compressed");
    }

    @Test
    void hugeFrequenciesGiveFiniteLikelihoodsAndProbabilities() {
        double[] xs = {1e3, 1e5, 1e6, 1e8};
        for (double x : xs) {
            SummaryTable t = rows(new double[] {x, 0}, new double[] {38, 0}, new double[] {39, 39});
            assertThat(PARETO.logLikelihood(t)).as("pareto LL x=%s", x).isFinite();
            assertThat(BG.logLikelihood(t)).as("bgnbd LL x=%s", x).isFinite();
            assertThat(new MbgNbd(0.5, 6, 0.9, 1.6).logLikelihood(t)).isFinite();
            double alive = PARETO.probabilityAlive(x, 38, 39);
            assertThat(alive).isBetween(0.0, 1.0);
            assertThat(PARETO.conditionalExpectedTransactions(39, x, 38, 39)).isFinite().isNotNegative();
            assertThat(BG.probabilityAlive(x, 38, 39)).isBetween(0.0, 1.0);
            assertThat(BG.conditionalExpectedTransactions(39, x, 38, 39)).isFinite().isNotNegative();
            assertThat(BG.conditionalExpectedTransactions(39, x, 39, 39)).isFinite().isGreaterThan(x / 2);
        }
        // Someone who bought a million times and then stopped for 30 weeks is surely gone.
        assertThat(PARETO.probabilityAlive(1e6, 9, 39)).isCloseTo(0, within(1e-12));
        assertThat(PARETO.probabilityAlive(1e6, 39, 39)).isCloseTo(1, within(1e-12));
        // Both forms of the BG/NBD conditional expectation agree where they meet (r + x = 50).
        double below = BG.conditionalExpectedTransactions(39, 49, 39, 39);
        double above = BG.conditionalExpectedTransactions(39, 50, 39, 39);
        assertThat(above - below).isBetween(0.5, 1.5);
    }

    @Test
    void fitsSurviveAHugeCustomer() {
        // CDNOW plus one customer with ten thousand repeat purchases: the fits stay finite and say how they ended.
        java.util.List<CustomerSummary> rows = new java.util.ArrayList<>(Cdnow.summaries());
        rows.add(new CustomerSummary("whale", 10_000, 38.5, 38.86, 10));
        SummaryTable t = SummaryTable.of(rows).compress();
        for (ModelFit<? extends TransactionModel> fit : List.of(ParetoNbd.fit(t), BgNbd.fit(t), MbgNbd.fit(t))) {
            assertThat(fit.logLikelihood()).as(fit.model()).isFinite();
            assertThat(fit.params().values()).allSatisfy(v -> assertThat(v).isFinite().isPositive());
            assertThat(fit.converged()).as(fit.model() + ": " + fit.convergence()).isTrue();
            assertThat(fit.fitted().probabilityAlive(10_000, 38.5, 38.86)).isBetween(0.0, 1.0);
        }
    }

    @Test
    void aFitRunningToABoundarySaysSo() {
        // All customers without repeat purchases: the likelihood rises as r -> 0, so there is no interior maximum.
        SummaryTable none = rows(new double[] {0, 0}, new double[] {0, 0}, new double[] {10, 30});
        ModelFit<BgNbd> fit = BgNbd.fit(none);
        assertThat(fit.logLikelihood()).isFinite();
        assertThat(fit.converged()).isFalse();
        assertThat(fit.warnings()).contains(ModelFit.BOUNDARY);
        assertThat(fit.convergence()).contains("boundary");
    }

    @Test
    void paretoPredictionsAreConsistent() {
        double total = 0;
        double mean = 0;
        for (int n = 0; n < 150; n++) {
            double p = PARETO.probabilityOfTransactions(n, 39);
            total += p;
            mean += n * p;
        }
        assertThat(total).isCloseTo(1, within(1e-6));
        assertThat(mean).isCloseTo(PARETO.expectedTransactions(39), within(1e-4));
        // A new customer (x = t_x = T = 0) is alive, and their conditional expectation is the unconditional one.
        assertThat(PARETO.probabilityAlive(0, 0, 0)).isCloseTo(1, within(1e-12));
        assertThat(PARETO.conditionalExpectedTransactions(39, 0, 0, 0))
                .isCloseTo(PARETO.expectedTransactions(39), within(1e-12));
    }

    @Test
    void bgnbdExpectationsHoldWhenAPlusBIsBelowOne() {
        // c = a + b − 1 < 0 in the ₂F₁ of FHL eq. 7; the closed form still holds. Reference: the integral
        // E[X(t)] = ∫ Beta(p; a, b) (1/p)(1 − (α/(α + pt))^r) dp evaluated with mpmath (1.60319958).
        BgNbd m = new BgNbd(1.6, 20, 0.3, 0.5);
        assertThat(m.expectedTransactions(30)).isCloseTo(1.60319958317925, within(1e-9));
        assertThat(m.conditionalExpectedTransactions(30, 0, 0, 10)).isCloseTo(1.17092232811124, within(1e-9));
    }

    @Test
    void mbgnbdPredictionsAreConsistent() {
        MbgNbd m = new MbgNbd(0.5, 6, 0.9, 1.6);
        double total = 0;
        double mean = 0;
        for (int n = 0; n < 300; n++) {
            double p = m.probabilityOfTransactions(n, 39);
            total += p;
            mean += n * p;
        }
        assertThat(total).isCloseTo(1, within(1e-9));
        assertThat(mean).isCloseTo(m.expectedTransactions(39), within(1e-6));
        // Unlike BG/NBD, a customer without repeat purchases may already have dropped out.
        assertThat(m.probabilityAlive(0, 0, 39)).isLessThan(1);
        assertThat(m.probabilityAlive(0, 0, 0)).isCloseTo(1.6 / (0.9 + 1.6), within(1e-12));
    }

    @Test
    void bgbbPredictionsAreConsistent() {
        // FHS 2010 estimates on the donation data: alpha 1.204, beta 0.750, gamma 0.657, delta 2.783.
        BgBb m = new BgBb(1.204, 0.750, 0.657, 2.783);
        double total = 0;
        double mean = 0;
        for (int x = 0; x <= 6; x++) {
            double p = m.probabilityOfTransactions(x, 6);
            total += p;
            mean += x * p;
        }
        assertThat(total).isCloseTo(1, within(1e-12));
        assertThat(mean).isCloseTo(m.expectedTransactions(6), within(1e-12));
        assertThat(m.probabilityAlive(6, 6, 6)).isGreaterThan(m.probabilityAlive(1, 1, 6));
        assertThat(m.conditionalExpectedTransactions(5, 6, 6, 6)).isGreaterThan(m.conditionalExpectedTransactions(5, 1, 1, 6));
        assertThat(m.conditionalExpectedTransactions(0, 3, 4, 6)).isZero();
        // A new customer (n = 0): the conditional expectation over the next 6 is the unconditional E[X(6)].
        assertThat(m.conditionalExpectedTransactions(6, 0, 0, 0)).isCloseTo(m.expectedTransactions(6), within(1e-12));
        assertThatThrownBy(() -> m.probabilityAlive(3, 2, 6)).hasMessageContaining("t_x of row 1");
    }

    @Test
    void thePerPeriodPathEqualsOneCallPerHorizon() {
        TransactionModel[] models = {BG, new MbgNbd(0.5, 6, 0.9, 1.6), PARETO, new BgNbd(1.6, 20, 0.3, 0.5)};
        double[][] histories = {{0, 0, 30}, {2, 30.43, 38.86}, {60, 38, 39}, {5000, 38.9, 39}};
        for (TransactionModel m : models) {
            for (double[] h : histories) {
                double[] path = new double[60];
                m.cumulativeConditionalExpectedTransactions(h[0], h[1], h[2], path);
                for (int t = 1; t <= 60; t++) {
                    double one = m.conditionalExpectedTransactions(t, h[0], h[1], h[2]);
                    assertThat(path[t - 1]).as("%s %s t=%d", m.name(), java.util.Arrays.toString(h), t)
                            .isCloseTo(one, within(1e-10 * Math.max(1, Math.abs(one))));
                }
            }
        }
    }

    @Test
    void bgnbdExpectationsAreFiniteAtAEqualToOne() {
        // c/(a−1)·[1 − (1−z)^(r+x) ₂F₁(…)] is 0/0 at a = 1 (a degenerate fit can stop there); the limit is finite
        // and lies between the values on either side.
        BgNbd at = new BgNbd(0.5, 5, 1, 2);
        double below = new BgNbd(0.5, 5, 1 - 1e-3, 2).conditionalExpectedTransactions(39, 2, 30, 38);
        double above = new BgNbd(0.5, 5, 1 + 1e-3, 2).conditionalExpectedTransactions(39, 2, 30, 38);
        double value = at.conditionalExpectedTransactions(39, 2, 30, 38);
        assertThat(value).isFinite().isBetween(Math.min(below, above), Math.max(below, above));
        assertThat(at.expectedTransactions(39)).isFinite().isPositive();
        double[] path = new double[39];
        at.cumulativeConditionalExpectedTransactions(2, 30, 38, path);
        assertThat(path[38]).isCloseTo(value, within(1e-9));
    }
}
