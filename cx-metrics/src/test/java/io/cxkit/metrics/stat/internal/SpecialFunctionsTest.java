package io.cxkit.metrics.stat.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The one set of special functions the statistics and the CLV likelihoods share. */
class SpecialFunctionsTest {
    @Test
    void lnGammaMatchesKnownValuesAcrossTheRangeTheDistributionsUse() {
        // ln Γ(0.1) and ln Γ(2.5) (A&S table 6.1 / mpmath), ln Γ(171) = ln 170!.
        assertThat(SpecialFunctions.lnGamma(0.1)).isCloseTo(2.252712651734206, within(1e-13));
        assertThat(SpecialFunctions.lnGamma(2.5)).isCloseTo(0.2846828704729192, within(1e-14));
        double lnFactorial = 0;
        for (int k = 2; k <= 170; k++) {
            lnFactorial += Math.log(k);
        }
        assertThat(SpecialFunctions.lnGamma(171)).isCloseTo(lnFactorial, within(1e-9));
    }

    @Test
    void regularizedBetaMatchesClosedForms() {
        // For whole a, b: I_x(a, b) = Σ_{j=a}^{a+b−1} C(a+b−1, j) x^j (1−x)^(a+b−1−j); I_0.5(2, 3) = 11/16.
        assertThat(SpecialFunctions.regularizedBeta(0.5, 2, 3)).isCloseTo(0.6875, within(1e-14));
        // I_x(1, b) = 1 − (1 − x)^b; I_x(a, 1) = x^a.
        assertThat(SpecialFunctions.regularizedBeta(0.3, 1, 4.5)).isCloseTo(1 - Math.pow(0.7, 4.5), within(1e-14));
        assertThat(SpecialFunctions.regularizedBeta(0.8, 2.5, 1)).isCloseTo(Math.pow(0.8, 2.5), within(1e-14));
        assertThat(SpecialFunctions.regularizedBeta(0, 2, 3)).isZero();
        assertThat(SpecialFunctions.regularizedBeta(1, 2, 3)).isEqualTo(1);
    }
}
