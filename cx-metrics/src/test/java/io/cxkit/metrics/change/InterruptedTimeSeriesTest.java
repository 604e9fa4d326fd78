package io.cxkit.metrics.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Reference: an independent computation with statsmodels 0.14 on the deterministic series built below
 * ({@code OLS(y, [1, t, after, (t − 24)·after]).fit(cov_type="HAC", cov_kwds={"maxlags": 3}, use_t=True)}; lag 3
 * = ⌊4 (48/100)^{2/9}⌋): coefficients 0.3053071293, 0.0015166576, −0.0706068526, 0.0033362373; HAC SEs
 * 0.0072818070, 0.0004783408, 0.0089720103, 0.0006506227; and {@code acorr_ljungbox(resid, lags=[9])} Q =
 * 98.669092.
 */
class InterruptedTimeSeriesTest {

    static double[] series() {
        double[] y = new double[48];
        for (int i = 0; i < 48; i++) {
            y[i] = 0.30 + 0.002 * i + (i >= 24 ? -0.08 : 0) + 0.003 * (i - 24) * (i >= 24 ? 1 : 0)
                    + 0.02 * Math.sin(i * 1.7) + 0.015 * Math.cos(i * 0.45);
        }
        return y;
    }

    @Test
    void segmentedRegressionWithNeweyWestErrorsMatchesStatsmodels() {
        InterruptedTimeSeries.Result r = InterruptedTimeSeries.fit(series(), 24,
                new InterruptedTimeSeries.Settings(0, -1, 0.95));
        assertThat(r.lags()).isEqualTo(3);
        double[] b = {0.3053071292785341, 0.001516657578783031, -0.07060685262446456, 0.0033362373233955154};
        double[] se = {0.007281807016017635, 0.00047834075466044314, 0.00897201032197511, 0.0006506227427685359};
        for (int j = 0; j < 4; j++) {
            assertThat(r.terms().get(j).estimate()).isCloseTo(b[j], within(1e-10));
            assertThat(r.terms().get(j).stdError()).isCloseTo(se[j], within(1e-10));
        }
        assertThat(r.terms().get(2).pValue()).isCloseTo(6.211528626065643e-10, within(1e-12));
        assertThat(r.ljungBoxLag()).isEqualTo(9);
        assertThat(r.ljungBoxQ()).isCloseTo(98.669092, within(1e-5));
        // Before the change the counterfactual is the fitted line; after it lacks the level and slope change.
        assertThat(r.counterfactual().get(10)).isEqualTo(r.fitted().get(10));
        assertThat(r.fitted().get(30) - r.counterfactual().get(30)).isCloseTo(b[2] + 6 * b[3], within(1e-12));
    }

    @Test
    void seasonDummiesAreFittedWhenAsked() {
        double[] y = series();
        for (int i = 0; i < y.length; i++) {
            y[i] += (i % 12 == 5) ? 0.05 : 0;
        }
        InterruptedTimeSeries.Result r = InterruptedTimeSeries.fit(y, 24, new InterruptedTimeSeries.Settings(12, 2,
                0.95));
        assertThat(r.method()).contains("11 season dummies");
        assertThat(r.terms().get(2).estimate()).isCloseTo(-0.07, within(0.02));
    }

    @Test
    void aSeriesTooShortIsRefusedWithCounts() {
        assertThatThrownBy(() -> InterruptedTimeSeries.fit(new double[] {1, 2, 3, 4, 5}, 2,
                new InterruptedTimeSeries.Settings(0, -1, 0.95)))
                .hasMessageContaining("2 period(s) before and 3 after");
        assertThatThrownBy(() -> InterruptedTimeSeries.fit(new double[] {1, 2, Double.NaN, 4, 5, 6, 7, 8}, 4,
                new InterruptedTimeSeries.Settings(0, -1, 0.95))).hasMessageContaining("period 2 has no value");
    }
}
