package io.cxkit.metrics.drivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Reference: R's {@code summary(glm(am ~ hp + wt, data = mtcars, family = binomial))}, a standard worked
 * example: (Intercept) 18.86630 (SE 7.44356), hp 0.03626 (0.01773), wt −8.08348 (3.06868); residual deviance
 * 10.059 on 29 df, null deviance 43.230 on 31, AIC 16.059. Checked independently with statsmodels 0.14 GLM
 * Binomial on the same 32 rows: 18.866299 (7.443558), 0.036256 (0.017734), −8.083475 (3.068675), p 0.011258,
 * 0.040915, 0.008434. Data: R's mtcars (test resources, SOURCE.md).
 */
class LogisticRegressionTest {

    @Test
    void mtcarsAmOnHpAndWtMatchesRsGlmTo1eMinus4() throws Exception {
        double[][] c = TestTables.columns("/drivers/mtcars.csv", "am", "hp", "wt");
        LogisticFit fit = LogisticRegression.fit("am", List.of("hp", "wt"), new double[][] {c[1], c[2]}, c[0],
                LogisticRegression.Settings.defaults());
        List<Coefficient> b = fit.coefficients();
        assertThat(b.get(0).name()).isEqualTo("(intercept)");
        assertThat(b.get(0).estimate()).isCloseTo(18.86630, within(1e-4));
        assertThat(b.get(0).stdError()).isCloseTo(7.44356, within(1e-4));
        assertThat(b.get(1).estimate()).isCloseTo(0.036256, within(1e-4));
        assertThat(b.get(1).stdError()).isCloseTo(0.017734, within(1e-4));
        assertThat(b.get(2).estimate()).isCloseTo(-8.08348, within(1e-4));
        assertThat(b.get(2).stdError()).isCloseTo(3.06868, within(1e-4));
        assertThat(b.get(1).pValue()).isCloseTo(0.040915, within(1e-5));
        assertThat(b.get(2).pValue()).isCloseTo(0.008434, within(1e-5));
        assertThat(fit.deviance()).isCloseTo(10.059, within(1e-3));
        assertThat(fit.nullDeviance()).isCloseTo(43.230, within(1e-3));
        assertThat(fit.aic()).isCloseTo(16.059, within(1e-3));
        assertThat(b.get(2).oddsRatio()).isCloseTo(Math.exp(-8.083475), within(1e-7));
        assertThat(b.get(1).interval().lower()).isCloseTo(0.001497, within(1e-5));
        assertThat(fit.n()).isEqualTo(32);
        assertThat(fit.events()).isEqualTo(13);
    }

    @Test
    void completeSeparationIsRefusedWithAReasonAndFirthGivesFiniteEstimates() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        double[] y = {0, 0, 0, 0, 0, 1, 1, 1, 1, 1};
        assertThatThrownBy(() -> LogisticRegression.fit("churn", List.of("x"), new double[][] {x}, y,
                LogisticRegression.Settings.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("separation")
                .hasMessageContaining("--firth");
        LogisticFit firth = LogisticRegression.fit("churn", List.of("x"), new double[][] {x}, y,
                new LogisticRegression.Settings(true, 100, 0.95));
        assertThat(firth.method()).isEqualTo("irls-firth");
        assertThat(firth.coefficients().get(1).estimate()).isPositive().isLessThan(10);
        assertThat(firth.coefficients().get(1).stdError()).isPositive().isFinite();
    }

    @Test
    void firthShrinksTowardsZeroOnOrdinaryData() throws Exception {
        double[][] c = TestTables.columns("/drivers/mtcars.csv", "am", "hp", "wt");
        LogisticFit ml = LogisticRegression.fit("am", List.of("hp", "wt"), new double[][] {c[1], c[2]}, c[0],
                LogisticRegression.Settings.defaults());
        LogisticFit f = LogisticRegression.fit("am", List.of("hp", "wt"), new double[][] {c[1], c[2]}, c[0],
                new LogisticRegression.Settings(true, 50, 0.95));
        assertThat(Math.abs(f.coefficients().get(2).estimate()))
                .isLessThan(Math.abs(ml.coefficients().get(2).estimate()));
    }

    @Test
    void recoversKnownCoefficientsFromASeededSimulation() {
        Random rnd = new Random(11);
        int n = 20_000;
        double[] a = new double[n];
        double[] b = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = rnd.nextGaussian();
            b[i] = rnd.nextInt(2);
            double eta = -1 + 0.8 * a[i] - 0.5 * b[i];
            y[i] = rnd.nextDouble() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
        }
        LogisticFit fit = LogisticRegression.fit("y", List.of("a", "b"), new double[][] {a, b}, y,
                LogisticRegression.Settings.defaults());
        for (int j = 0; j < 3; j++) {
            Coefficient c = fit.coefficients().get(j);
            double truth = new double[] {-1, 0.8, -0.5}[j];
            assertThat(Math.abs(c.estimate() - truth)).isLessThan(4 * c.stdError());
        }
    }

    @Test
    void badInputIsRefusedWithAReason() {
        double[] x = {1, 2, 3, 4, 5};
        assertThatThrownBy(() -> LogisticRegression.fit("y", List.of("x"), new double[][] {x},
                new double[] {0, 0, 0, 0, 0}, LogisticRegression.Settings.defaults()))
                .hasMessageContaining("y is 0 for all 5");
        assertThatThrownBy(() -> LogisticRegression.fit("y", List.of("x", "x2"), new double[][] {x, x},
                new double[] {0, 1, 0, 1, 1}, LogisticRegression.Settings.defaults()))
                .hasMessageContaining("feature x2 is constant or a linear combination");
        assertThatThrownBy(() -> LogisticRegression.fit("y", List.of("x"), new double[][] {x},
                new double[] {0, 1, 2, 1, 1}, LogisticRegression.Settings.defaults()))
                .hasMessageContaining("must be 0 or 1, was 2.0 at row 3");
        assertThatThrownBy(() -> LogisticRegression.fit("y", List.of("x", "c"), new double[][] {x, {1, 1, 1, 1, 1}},
                new double[] {0, 1, 0, 1, 1}, LogisticRegression.Settings.defaults()))
                .hasMessageContaining("feature c is constant");
    }
}
