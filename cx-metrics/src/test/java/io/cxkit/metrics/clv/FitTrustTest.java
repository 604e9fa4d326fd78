package io.cxkit.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.metrics.clv.internal.Hessian;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A fit is called converged only at an interior maximum the data identify; degenerate data sets, built here so
 * that their likelihood has no such maximum, must come back not converged with the reason, for every model. And
 * every fit ends within its bounds on work.
 */
class FitTrustTest {

    private static SummaryTable rows(double[] x, double[] tx, double[] age, double[] weight) {
        return SummaryTable.of(x, tx, age, new double[x.length], weight);
    }

    private static List<ModelFit<? extends TransactionModel>> transactionFits(SummaryTable t) {
        return List.of(BgNbd.fit(t), MbgNbd.fit(t), ParetoNbd.fit(t));
    }

    private static void assertNotConvergedBecauseDegenerate(ModelFit<?> fit) {
        assertThat(fit.converged()).as(fit.model() + ": " + fit.convergence()).isFalse();
        assertThat(fit.warnings()).as(fit.model()).isNotEmpty()
                .containsAnyOf(ModelFit.BOUNDARY, ModelFit.NOT_IDENTIFIED);
        assertThat(fit.convergence()).as(fit.model()).startsWith("not converged: ");
        if (fit.warnings().contains(ModelFit.BOUNDARY)) {
            assertThat(fit.convergence()).contains("boundary of the parameter space");
        }
        if (fit.warnings().contains(ModelFit.NOT_IDENTIFIED)) {
            assertThat(fit.convergence()).contains("do not identify");
        }
    }

    @Test
    void theReferenceFitsOnCdnowAreConvergedWithoutWarnings() {
        SummaryTable cdnow = Cdnow.calibration();
        List<ModelFit<?>> fits = new ArrayList<>(transactionFits(cdnow.compress()));
        fits.add(GammaGamma.fit(cdnow));
        // Fader & Hardie (2007), "How to Project Customer Retention", regular segment.
        fits.add(ShiftedBetaGeometric.fit(new long[] {1000, 631, 468, 382, 326, 289, 262, 241}));
        for (ModelFit<?> fit : fits) {
            assertThat(fit.converged()).as(fit.model() + ": " + fit.convergence()).isTrue();
            assertThat(fit.warnings()).as(fit.model()).isEmpty();
            assertThat(fit.standardErrors().values()).allSatisfy(se -> assertThat(se).isFinite().isPositive());
            assertThat(fit.excluded()).isZero();
        }
    }

    @Test
    void withoutRepeatBuyersNoTransactionModelIsConverged() {
        // Every likelihood rises towards r -> 0 (no purchasing at all): no interior maximum. Before, BG/NBD
        // reported r = 1.5e-5, alpha = 3.7e5 as "converged: gradient below tolerance".
        SummaryTable none = rows(new double[] {0, 0, 0}, new double[3], new double[] {10, 20, 30},
                new double[] {1, 1, 1});
        for (ModelFit<? extends TransactionModel> fit : transactionFits(none)) {
            assertNotConvergedBecauseDegenerate(fit);
            assertThat(fit.logLikelihood()).isFinite();
        }
        assertThat(BgNbd.fit(none).warnings()).contains(ModelFit.BOUNDARY);
    }

    @Test
    void identicalCustomersGiveNoConvergedFitOfAnyModel() {
        // Fifty customers with the same history leave no heterogeneity to estimate: the gamma and beta mixing
        // distributions run to point masses (r, a, b -> infinity), where r was reported as 1e8, converged.
        SummaryTable same = rows(new double[] {2}, new double[] {5}, new double[] {10}, new double[] {50});
        for (ModelFit<? extends TransactionModel> fit : transactionFits(same)) {
            assertNotConvergedBecauseDegenerate(fit);
        }
        double[] x = new double[50];
        double[] tx = new double[50];
        double[] age = new double[50];
        double[] m = new double[50];
        double[] w = new double[50];
        java.util.Arrays.fill(x, 2);
        java.util.Arrays.fill(tx, 5);
        java.util.Arrays.fill(age, 10);
        java.util.Arrays.fill(m, 7);
        java.util.Arrays.fill(w, 1);
        assertNotConvergedBecauseDegenerate(GammaGamma.fit(SummaryTable.of(x, tx, age, m, w)));
    }

    @Test
    void aSingleTransactionIsNotAConvergedFit() {
        // One customer, one purchase, observed on that day: x = 0, T = 0. The likelihood is 1 whatever the
        // parameters, and was returned as r = alpha = a = b = 1, converged.
        SummaryTable one = rows(new double[] {0}, new double[1], new double[] {0}, new double[] {1});
        for (ModelFit<? extends TransactionModel> fit : transactionFits(one)) {
            assertNotConvergedBecauseDegenerate(fit);
            assertThat(fit.warnings()).contains(ModelFit.NOT_IDENTIFIED);
        }
        List<Transaction> tx = List.of(new Transaction("c1", java.time.LocalDate.of(2025, 3, 1), 10));
        SummaryTable fromTransactions = SummaryTable.of(new CustomerSummarizer(PeriodUnit.WEEK,
                java.time.LocalDate.of(2025, 3, 1)).summarize(tx));
        assertNotConvergedBecauseDegenerate(BgNbd.fit(fromTransactions));
    }

    @Test
    void discreteAndContractualModelsSayWhenTheirDataHaveNoInteriorMaximum() {
        // BG/BB: every customer took every opportunity; sBG: nobody ever churned; a single row with n = 0.
        assertNotConvergedBecauseDegenerate(BgBb.fit(OpportunityTable.of(new int[] {6}, new int[] {6},
                new int[] {6}, new double[] {10})));
        assertNotConvergedBecauseDegenerate(BgBb.fit(OpportunityTable.of(new int[] {0}, new int[] {0},
                new int[] {0}, new double[] {1})));
        assertNotConvergedBecauseDegenerate(ShiftedBetaGeometric.fit(new long[] {100, 100, 100}));
    }

    @Test
    void aFitEndsWithinItsEvaluationAndWorkBoundsAndSaysWhichItHit() {
        SummaryTable cdnow = Cdnow.calibration().compress();
        ModelFit<ParetoNbd> fewEvaluations = ParetoNbd.fit(cdnow, new FitLimits(500, 10, Long.MAX_VALUE));
        assertThat(fewEvaluations.evaluations()).isLessThanOrEqualTo(10);
        assertThat(fewEvaluations.converged()).isFalse();
        assertThat(fewEvaluations.warnings()).contains(ModelFit.NOT_CONVERGED);
        assertThat(fewEvaluations.convergence()).contains("evaluation limit 10 reached");

        ModelFit<BgNbd> littleWork = BgNbd.fit(cdnow, new FitLimits(500, 2_000, 20L * cdnow.size()));
        // One unit per row per evaluation: the 21st evaluation passes the limit and is the last one started.
        assertThat(littleWork.evaluations()).isLessThanOrEqualTo(21);
        assertThat(littleWork.converged()).isFalse();
        assertThat(littleWork.convergence()).contains("work limit of " + 20L * cdnow.size() + " units reached");
        assertThat(littleWork.logLikelihood()).isFinite();

        ModelFit<GammaGamma> fewIterations = GammaGamma.fit(Cdnow.calibration(), new FitLimits(3, 2_000, 1L << 40));
        assertThat(fewIterations.iterations()).isLessThanOrEqualTo(3);
        assertThat(fewIterations.convergence()).contains("iteration limit 3 reached");
        assertThatThrownBy(() -> new FitLimits(0, 10, 10)).hasMessageContaining("maxIterations must be >= 1, was 0");
    }

    @Test
    void aParetoFitWithAMillionPurchaseCustomerEndsWithinTheDefaultBounds() {
        // The hang: one customer with 10^6 repeat purchases made the Pareto/NBD fit run for minutes, its
        // likelihood turning to slow integrals for every row. The work bound now ends it; the answer is honest
        // either way: converged without warnings, or not converged with the reason.
        List<CustomerSummary> rows = new ArrayList<>(Cdnow.summaries());
        rows.add(new CustomerSummary("whale", 1_000_000, 38.86, 38.86, 10));
        ModelFit<ParetoNbd> fit = ParetoNbd.fit(SummaryTable.of(rows).compress());
        assertThat(fit.evaluations()).isLessThanOrEqualTo(FitLimits.DEFAULT.maxEvaluations());
        assertThat(fit.iterations()).isLessThanOrEqualTo(FitLimits.DEFAULT.maxIterations());
        assertThat(fit.converged()).as(fit.convergence()).isEqualTo(fit.warnings().isEmpty());
        assertThat(fit.logLikelihood()).isFinite();
        // With a tenth of a percent of the default work the same fit stops at the work bound.
        ModelFit<ParetoNbd> bounded = ParetoNbd.fit(SummaryTable.of(rows).compress(),
                new FitLimits(500, 2_000, 1_000_000));
        assertThat(bounded.converged()).isFalse();
        assertThat(bounded.convergence()).contains("work limit of 1000000 units reached");
    }

    @Test
    void repeatBuyersWithoutPositiveSpendAreLeftOutOfTheSpendModelAndCounted() {
        // CDNOW master customer 10244 has a repeat purchase of value 0, which stopped CLV for all 23,570.
        List<CustomerSummary> rows = new ArrayList<>(Cdnow.summaries());
        ModelFit<GammaGamma> reference = GammaGamma.fit(SummaryTable.of(rows));
        rows.add(new CustomerSummary("10244", 1, 3, 38, 0));
        rows.add(new CustomerSummary("refund", 2, 5, 38, -4));
        SummaryTable withZero = SummaryTable.of(rows);
        ModelFit<GammaGamma> fit = GammaGamma.fit(withZero);
        assertThat(fit.excluded()).isEqualTo(2);
        assertThat(fit.observations()).isEqualTo(946);
        assertThat(fit.converged()).isTrue();
        assertThat(fit.fitted().p()).isEqualTo(reference.fitted().p());
        assertThat(fit.logLikelihood()).isEqualTo(reference.logLikelihood());
        GammaGamma g = fit.fitted();
        assertThat(g.expectedSpendOrPopulationMean(1, 0)).isEqualTo(g.populationMeanSpend());
        CustomerValue v = new LifetimeValue(new BgNbd(0.243, 4.414, 0.793, 2.426), g,
                new ClvSettings(52, PeriodUnit.WEEK, 0, 1)).value(rows.get(rows.size() - 2));
        assertThat(v.expectedSpend()).isCloseTo(g.populationMeanSpend(), within(1e-12));
        assertThat(v.clv()).isFinite().isPositive();
    }

    @Test
    void aSpendModelWithoutAnyPositiveSpendNamesACustomer() {
        SummaryTable t = SummaryTable.of(List.of(new CustomerSummary("10244", 1, 3, 38, 0),
                new CustomerSummary("c2", 0, 0, 30, 0)));
        assertThatThrownBy(() -> GammaGamma.fit(t)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("none of the 1 repeat buyers has any")
                .hasMessageContaining("customer 10244");
    }

    @Test
    void aRepeatBuyerWhoseLastPurchaseIsAtTimeZeroIsRefusedNamingTheCustomer() {
        assertThatThrownBy(() -> new CustomerSummary("c7", 3, 0, 10, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("t_x (recency) of c7 must be > 0 when x > 0 (a repeat transaction comes after the "
                        + "first purchase), was 0 with x = 3");
        assertThatThrownBy(() -> SummaryTable.of(new double[] {3}, new double[1], new double[] {10}, new double[1],
                new double[] {1})).hasMessageContaining("t_x (recency) of row 1 must be > 0 when x > 0");
    }

    @Test
    void aHorizonBeyondTheBoundIsRefusedNamingTheField() {
        assertThatThrownBy(() -> new ClvSettings(100_000_000, PeriodUnit.WEEK, 0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("horizon must be within 1..10000 periods, was 100000000");
        assertThat(new ClvSettings(ClvSettings.MAX_HORIZON, PeriodUnit.DAY, 0, 1).horizon()).isEqualTo(10_000);
    }

    @Test
    void errorsAboutARowOfATableOfSummariesNameTheCustomer() {
        SummaryTable t = SummaryTable.of(List.of(new CustomerSummary("a", 1, 3, 38, 2),
                new CustomerSummary("b", 1, 3, 38, 2)));
        assertThat(t.who(1)).isEqualTo("customer b");
        assertThat(t.compress().who(0)).isEqualTo("customer a and 1 others with the same (x, t_x, T)");
        assertThat(t.customer(1)).contains("b");
        assertThatThrownBy(() -> SummaryTable.of(List.of(new CustomerSummary("z", 1, 3, 38, 2)), new double[] {0}))
                .hasMessage("weight of customer z must be positive and finite, was 0.0");
    }

    @Test
    void eigenvaluesOfASymmetricMatrixAreFound() {
        // [[2, 1], [1, 2]] has eigenvalues 1 and 3; diag(4, -1, 0.5) its diagonal.
        assertThat(Hessian.eigenvalues(new double[][] {{2, 1}, {1, 2}})).containsExactly(new double[] {1, 3},
                within(1e-12));
        assertThat(Hessian.eigenvalues(new double[][] {{4, 0, 0}, {0, -1, 0}, {0, 0, 0.5}}))
                .containsExactly(new double[] {-1, 0.5, 4}, within(1e-12));
        // A 4x4 with a known spectrum: Q diag(1, 2, 3, 10) Q^T for a Householder Q.
        double[] v = {1, 2, 3, 4};
        double vv = 30;
        double[] d = {1, 2, 3, 10};
        double[][] m = new double[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                double s = 0;
                for (int k = 0; k < 4; k++) {
                    double qik = (i == k ? 1 : 0) - 2 * v[i] * v[k] / vv;
                    double qjk = (j == k ? 1 : 0) - 2 * v[j] * v[k] / vv;
                    s += qik * d[k] * qjk;
                }
                m[i][j] = s;
            }
        }
        assertThat(Hessian.eigenvalues(m)).containsExactly(new double[] {1, 2, 3, 10}, within(1e-10));
    }
}
