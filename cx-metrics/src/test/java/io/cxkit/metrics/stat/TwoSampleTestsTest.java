package io.cxkit.metrics.stat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TwoSampleTestsTest {

    /**
     * Samples A = (27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4) and
     * B = (27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4); reference:
     * R {@code t.test(B, A)} (Welch by default) and SciPy 1.17 {@code ttest_ind(B, A, equal_var=False)}:
     * t 2.455356, df 24.98853, p 0.021378, 95% CI [0.349237, 3.984096].
     */
    @Test
    void welchMatchesRsTTestOnTwoSamplesWithUnequalVariances() {
        TwoSampleResult r = WelchTest.test(20.82, 7.867428571428571, 15, 22.986666666666665, 3.8126666666666686, 15,
                0.95);
        assertThat(r.difference()).isCloseTo(2.166666666666668, within(1e-12));
        assertThat(r.statistic()).isCloseTo(2.455356398286006, within(1e-10));
        assertThat(r.degreesOfFreedom()).isCloseTo(24.988529290231416, within(1e-9));
        assertThat(r.pValue()).isCloseTo(0.021378001462866992, within(1e-10));
        assertThat(r.lower()).isCloseTo(0.3492370661924069, within(1e-9));
        assertThat(r.upper()).isCloseTo(3.984096267140929, within(1e-9));
        assertThat(r.method()).isEqualTo("welch-t");
    }

    @Test
    void welchWithoutSpreadHasNoStatistic() {
        TwoSampleResult r = WelchTest.test(3, 0, 5, 4, 0, 5, 0.95);
        assertThat(r.difference()).isEqualTo(1);
        assertThat(r.statistic()).isNaN();
        assertThat(r.pValue()).isNaN();
    }

    @Test
    void welchNeedsTwoObservationsPerSample() {
        assertThatThrownBy(() -> WelchTest.test(1, 1, 1, 2, 1, 5, 0.95))
                .hasMessage("Welch's test needs at least 2 observations per sample, had 1.0 and 5.0");
    }

    /**
     * 45/100 against 60/100; reference: R {@code prop.test(c(60, 45), c(100, 100), correct = FALSE)}:
     * X-squared 4.5113 = z², p 0.03367, and the unpooled Wald interval of the difference [0.01315, 0.28685]
     * (values to 16 digits from SciPy 1.17).
     */
    @Test
    void twoProportionZMatchesRsPropTestWithoutContinuityCorrection() {
        TwoSampleResult r = TwoProportionTest.test(45, 100, 60, 100, 0.95);
        assertThat(r.difference()).isCloseTo(0.15, within(1e-12));
        assertThat(r.statistic()).isCloseTo(2.1239769762143657, within(1e-12));
        assertThat(r.statistic() * r.statistic()).isCloseTo(4.5113, within(1e-4));
        assertThat(r.pValue()).isCloseTo(0.033672068856345855, within(1e-12));
        assertThat(r.lower()).isCloseTo(0.013152962213704211, within(1e-12));
        assertThat(r.upper()).isCloseTo(0.2868470377862957, within(1e-12));
    }

    @Test
    void twoProportionRejectsImpossibleCounts() {
        assertThatThrownBy(() -> TwoProportionTest.test(5, 4, 1, 2, 0.95))
                .hasMessage("successes must be within 0..n, were 5.0 of 4.0 and 1.0 of 2.0");
        assertThatThrownBy(() -> TwoProportionTest.test(0, 0, 1, 2, 0.95)).isInstanceOf(IllegalArgumentException.class);
    }
}
