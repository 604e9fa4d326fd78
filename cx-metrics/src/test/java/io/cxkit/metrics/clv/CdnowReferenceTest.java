package io.cxkit.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reproduces every figure of the project's CLV vectors file ({@code shared/vectors/clv.md}) on the CDNOW 1/10
 * sample, computed from the raw transactions. Sources, per test: Fader, Hardie &amp; Lee (2005), "Counting Your
 * Customers the Easy Way", Marketing Science 24(2):275–284 (BG/NBD); the exact-summary fits of the vectors file,
 * which agree with R's CLVTools; Hardie's BG/NBD spreadsheet as asserted in the lifetimes tests; R's BTYD for
 * P(N(39) = 0); Fader, Hardie &amp; Lee (2005), "RFM and CLV", JMR 42(4), and Fader &amp; Hardie (2013), "The
 * Gamma-Gamma Model of Monetary Value" (Gamma-Gamma).
 */
class CdnowReferenceTest {
    /** Published BG/NBD estimates, FHL 2005 p. 280. */
    private static final BgNbd PUBLISHED = new BgNbd(0.243, 4.414, 0.793, 2.426);

    @Test
    void calibrationSummaryHasTheLiteraturesCounts() {
        List<CustomerSummary> s = Cdnow.summaries();
        assertThat(s).hasSize(2357);
        assertThat(s.stream().filter(c -> c.frequency() == 0).count()).isEqualTo(1411);
        assertThat(s.stream().mapToLong(CustomerSummary::frequency).sum()).isEqualTo(2457);
    }

    @Test
    void ageOfAFirstPurchaseOnNewYearsDayIs272DaysInWeeks() {
        CustomerSummary first = Cdnow.summaries().get(0);
        assertThat(first.customer()).isEqualTo("0001");
        assertThat(first.age()).isEqualTo(272.0 / 7);
    }

    @Test
    void bgnbdFitOnRawTransactionsMatchesTheExactSummaryFigures() {
        ModelFit<BgNbd> fit = BgNbd.fit(Cdnow.calibration());
        BgNbd m = fit.fitted();
        assertThat(m.r()).isCloseTo(0.2425945, within(0.2425945e-3));
        assertThat(m.alpha()).isCloseTo(4.4136021, within(4.4136021e-3));
        assertThat(m.a()).isCloseTo(0.7929220, within(0.7929220e-3));
        assertThat(m.b()).isCloseTo(2.4259067, within(2.4259067e-3));
        assertThat(fit.logLikelihood()).isCloseTo(-9582.4292, within(0.01));
        assertThat(fit.converged()).isTrue();
        assertThat(fit.standardErrors()).containsOnlyKeys("r", "alpha", "a", "b");
        assertThat(fit.standardErrors().values()).allSatisfy(se -> assertThat(se).isPositive().isFinite());
        assertThat(fit.params()).containsExactly(
                org.assertj.core.api.Assertions.entry("r", m.r()), org.assertj.core.api.Assertions.entry("alpha", m.alpha()),
                org.assertj.core.api.Assertions.entry("a", m.a()), org.assertj.core.api.Assertions.entry("b", m.b()));
    }

    @Test
    void bgnbdFitsTheSameOnTheCompressedTable() {
        SummaryTable compressed = Cdnow.calibration().compress();
        assertThat(compressed.size()).isLessThan(2357);
        assertThat(compressed.totalWeight()).isEqualTo(2357);
        ModelFit<BgNbd> fit = BgNbd.fit(compressed);
        assertThat(fit.logLikelihood()).isCloseTo(-9582.4292, within(0.01));
        assertThat(fit.fitted().r()).isCloseTo(0.2425945, within(0.2425945e-3));
    }

    @Test
    void fittedBgnbdParametersReproduceHardiesUnconditionalExpectations() {
        // Hardie's spreadsheet (as asserted in lifetimes' tests to 3 decimals) evaluates E[X(t)] at the unrounded
        // estimates: at the rounded published ones E[X(78)] is 1.8605, 0.003 off; at the MLE every figure agrees
        // to within 5e-4.
        BgNbd fitted = BgNbd.fit(Cdnow.calibration()).fitted();
        double[] t = {0.1429, 1, 3, 31.8571, 32, 78};
        double[] expected = {0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576};
        for (int i = 0; i < t.length; i++) {
            assertThat(fitted.expectedTransactions(t[i])).as("E[X(%s)]", t[i]).isCloseTo(expected[i], within(1e-3));
        }
        // FHL 2005 eq. 7 at the published estimates, checked against an arbitrary-precision evaluation (mpmath).
        assertThat(PUBLISHED.expectedTransactions(78)).isCloseTo(1.86051905794277, within(1e-12));
    }

    @Test
    void publishedBgnbdParametersReproduceTheConditionalExpectation() {
        assertThat(PUBLISHED.conditionalExpectedTransactions(39, 2, 30.43, 38.86)).isCloseTo(1.226, within(1e-3));
    }

    @Test
    void publishedBgnbdParametersReproduceBtydsProbabilityOfNoPurchase() {
        assertThat(PUBLISHED.probabilityOfTransactions(0, 39)).isCloseTo(0.5737864, within(1e-4));
    }

    @Test
    void countProbabilitiesSumToOneAndMatchTheMean() {
        double total = 0;
        double mean = 0;
        for (int n = 0; n < 200; n++) {
            double p = PUBLISHED.probabilityOfTransactions(n, 39);
            total += p;
            mean += n * p;
        }
        assertThat(total).isCloseTo(1, within(1e-9));
        assertThat(mean).isCloseTo(PUBLISHED.expectedTransactions(39), within(1e-6));
    }

    @Test
    void probabilityAliveIsOneWithoutRepeatPurchasesAndFallsWithRecencyGap() {
        assertThat(PUBLISHED.probabilityAlive(0, 0, 38.86)).isEqualTo(1);
        double recent = PUBLISHED.probabilityAlive(2, 38, 38.86);
        double lapsed = PUBLISHED.probabilityAlive(2, 5, 38.86);
        assertThat(recent).isBetween(0.0, 1.0).isGreaterThan(lapsed);
        // FHL 2005 eq. 9 by hand: 1/(1 + a/(b+x−1) ((α+T)/(α+t_x))^(r+x)).
        double byHand = 1 / (1 + 0.793 / (2.426 + 1) * Math.pow((4.414 + 38.86) / (4.414 + 5), 0.243 + 2));
        assertThat(lapsed).isCloseTo(byHand, within(1e-12));
    }

    @Test
    void gammaGammaFitMatchesTheExactSummaryFigures() {
        ModelFit<GammaGamma> fit = GammaGamma.fit(Cdnow.calibration());
        GammaGamma g = fit.fitted();
        assertThat(fit.observations()).isEqualTo(946);
        assertThat(g.p()).isCloseTo(6.249573, within(6.249573e-3));
        assertThat(g.q()).isCloseTo(3.744225, within(3.744225e-3));
        assertThat(g.gamma()).isCloseTo(15.443519, within(15.443519e-3));
        assertThat(fit.logLikelihood()).isCloseTo(-4055.9177, within(0.01));
        assertThat(fit.converged()).isTrue();
        // Published (FHL 2005, RFM and CLV): p = 6.25, q = 3.74, γ = 15.44.
        assertThat(g.p()).isCloseTo(6.25, within(0.005));
        assertThat(g.q()).isCloseTo(3.74, within(0.005));
        assertThat(g.gamma()).isCloseTo(15.44, within(0.005));
    }

    @Test
    void frequencyAndSpendAreNearlyUncorrelatedOnCdnow() {
        double rho = GammaGamma.frequencySpendCorrelation(Cdnow.calibration());
        // Fader & Hardie (2013) report a correlation of 0.11 on this data.
        assertThat(rho).isCloseTo(0.11, within(0.01));
    }

    @Test
    void conditionalExpectedSpendShrinksTheCustomersMeanTowardThePopulationMean() {
        GammaGamma g = new GammaGamma(6.25, 3.74, 15.44);
        double population = 6.25 * 15.44 / 2.74;
        assertThat(g.conditionalExpectedSpend(0, 0)).isCloseTo(population, within(1e-12));
        double one = g.conditionalExpectedSpend(1, 100);
        assertThat(one).isCloseTo(6.25 * (15.44 + 100) / (6.25 + 2.74), within(1e-12)).isBetween(population, 100.0);
        assertThat(g.conditionalExpectedSpend(50, 100)).isGreaterThan(one).isLessThan(100);
    }

    @Test
    void calibrationHoldoutSplitCountsHoldoutPurchaseDays() {
        CalibrationHoldout ch = new CustomerSummarizer(PeriodUnit.WEEK, Cdnow.CALIBRATION_END)
                .split(Cdnow.transactions(), Cdnow.HOLDOUT_END);
        assertThat(ch.rows()).hasSize(2357);
        assertThat(ch.holdoutLength()).isEqualTo(273.0 / 7);
        // Customer 0001 bought on 1997-12-12 in the holdout (CDNOW_sample.txt line 4).
        CalibrationHoldout.Row first = ch.rows().get(0);
        assertThat(first.firstPurchase()).isEqualTo(LocalDate.of(1997, 1, 1));
        assertThat(first.holdoutTransactions()).isEqualTo(1);
        assertThat(first.holdoutSpend()).isCloseTo(26.48, within(1e-9));
        assertThat(first.calibration().frequency()).isEqualTo(2);
    }

    @Test
    void frequencyGroupsOfTheFittedModelTrackTheHoldout() {
        CalibrationHoldout ch = new CustomerSummarizer(PeriodUnit.WEEK, Cdnow.CALIBRATION_END)
                .split(Cdnow.transactions(), Cdnow.HOLDOUT_END);
        BgNbd m = BgNbd.fit(SummaryTable.of(ch.calibration())).fitted();
        List<ModelChecks.FrequencyGroup> groups = ModelChecks.frequencyGroups(m, ch, 7);
        assertThat(groups).hasSize(8);
        assertThat(groups.get(0).group()).isEqualTo("0");
        assertThat(groups.get(0).customers()).isEqualTo(1411);
        assertThat(groups.get(7).group()).isEqualTo("7+");
        assertThat(groups.stream().mapToLong(ModelChecks.FrequencyGroup::customers).sum()).isEqualTo(2357);
        // FHL 2005 fig. 4: for x = 0 the model expects about 0.24 holdout purchases against about 0.24 actual.
        assertThat(groups.get(0).expectedHoldoutMean()).isCloseTo(groups.get(0).actualHoldoutMean(), within(0.06));
    }

    @Test
    void trackingDataCoversSeventyEightWeeksAndEndsNearTheActualTotal() {
        List<ModelChecks.TrackingPoint> points = ModelChecks.tracking(PUBLISHED, Cdnow.transactions(), PeriodUnit.WEEK,
                Cdnow.CALIBRATION_END, Cdnow.HOLDOUT_END);
        assertThat(points).hasSize(78);
        ModelChecks.TrackingPoint week39 = points.get(38);
        // Every calibration repeat purchase falls within the first 39 weeks after 1997-01-01.
        assertThat(week39.actualCumulative()).isEqualTo(2457);
        ModelChecks.TrackingPoint last = points.get(77);
        // FHL 2005 fig. 2: the BG/NBD curve tracks cumulative repeat sales to within a few per cent.
        assertThat(last.expectedCumulative()).isCloseTo(last.actualCumulative(), within(0.05 * last.actualCumulative()));
    }

    @Test
    void clvStatesItsUnitsAndDiscountsEachPeriod() {
        GammaGamma g = new GammaGamma(6.25, 3.74, 15.44);
        ClvSettings s = new ClvSettings(52, PeriodUnit.WEEK, 0.01, 0.3);
        LifetimeValue lv = new LifetimeValue(PUBLISHED, g, s);
        CustomerValue v = lv.value(2, 30.43, 38.86, 40);
        double undiscounted = 0.3 * v.expectedSpend() * PUBLISHED.conditionalExpectedTransactions(52, 2, 30.43, 38.86);
        assertThat(v.expectedTransactions()).isCloseTo(PUBLISHED.conditionalExpectedTransactions(52, 2, 30.43, 38.86),
                within(1e-12));
        assertThat(v.clv()).isLessThan(undiscounted).isGreaterThan(undiscounted / 1.01 / 1.01 / Math.pow(1.01, 50));
        CustomerValue free = new LifetimeValue(PUBLISHED, g, new ClvSettings(52, PeriodUnit.WEEK, 0, 0.3))
                .value(2, 30.43, 38.86, 40);
        assertThat(free.clv()).isCloseTo(undiscounted, within(1e-9));
    }

    @Test
    void clvRefusesASpendModelWithoutFiniteMean() {
        GammaGamma heavy = new GammaGamma(6.25, 0.9, 15.44);
        assertThatThrownBy(() -> new LifetimeValue(PUBLISHED, heavy, new ClvSettings(52, PeriodUnit.WEEK, 0.01, 0.3)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("q must be > 1").hasMessageContaining("0.9");
    }

    @Test
    void paretoNbdFitOnCdnowReproducesThePublishedEstimates() {
        // FHL 2005 (Counting Your Customers the Easy Way), section 4: Pareto/NBD on this data,
        // r = 0.553, alpha = 10.578, s = 0.606, beta = 11.669, LL = -9595.0.
        ModelFit<ParetoNbd> fit = ParetoNbd.fit(Cdnow.calibration());
        ParetoNbd m = fit.fitted();
        assertThat(fit.converged()).isTrue();
        assertThat(m.r()).isCloseTo(0.553, within(5e-4));
        assertThat(m.alpha()).isCloseTo(10.578, within(5e-3));
        assertThat(m.s()).isCloseTo(0.606, within(5e-4));
        assertThat(m.beta()).isCloseTo(11.669, within(5e-3));
        assertThat(fit.logLikelihood()).isCloseTo(-9595.0, within(0.05));
    }

    @Test
    void mbgnbdFitOnCdnowConvergesAndSitsAtItsOptimum() {
        ModelFit<MbgNbd> fit = MbgNbd.fit(Cdnow.calibration());
        MbgNbd m = fit.fitted();
        assertThat(fit.converged()).isTrue();
        // Regression values of this implementation (no published MBG/NBD fit on CDNOW is in the vectors file).
        assertThat(m.r()).isCloseTo(0.5248, within(1e-3));
        assertThat(m.b()).isCloseTo(1.6140, within(1e-3));
        assertThat(fit.logLikelihood()).isCloseTo(-9582.1357, within(0.01));
        // A maximum: nudging any parameter lowers the likelihood.
        SummaryTable d = Cdnow.calibration();
        assertThat(new MbgNbd(m.r() * 1.01, m.alpha(), m.a(), m.b()).logLikelihood(d)).isLessThan(fit.logLikelihood());
        assertThat(new MbgNbd(m.r(), m.alpha(), m.a() * 0.99, m.b()).logLikelihood(d)).isLessThan(fit.logLikelihood());
    }

    @Test
    void changingTheUnitRescalesAlphaAndShiftsTheLogLikelihoodByTheJacobian() {
        SummaryTable days = SummaryTable.of(new CustomerSummarizer(PeriodUnit.DAY, Cdnow.CALIBRATION_END)
                .summarize(Cdnow.transactions()));
        ModelFit<BgNbd> inDays = BgNbd.fit(days.compress());
        // r, a, b do not depend on the unit; alpha is a time scale (7 days a week); each of the 2,457 repeat
        // transaction times contributes a density in 1/unit, so LL(days) = LL(weeks) − 2457·ln 7.
        assertThat(inDays.fitted().r()).isCloseTo(0.2425945, within(0.2425945e-3));
        assertThat(inDays.fitted().alpha()).isCloseTo(7 * 4.4136021, within(7 * 4.4136021e-3));
        assertThat(inDays.fitted().b()).isCloseTo(2.4259067, within(2.4259067e-3));
        assertThat(inDays.logLikelihood()).isCloseTo(-9582.4292 - 2457 * Math.log(7), within(0.01));
    }
}
