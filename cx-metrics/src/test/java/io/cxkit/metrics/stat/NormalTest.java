package io.cxkit.metrics.stat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Reference values: R {@code qnorm}/{@code pnorm} (as printed to 16 digits, also SciPy 1.17
 * {@code norm.ppf}/{@code norm.cdf}) and Abramowitz &amp; Stegun Table 26.1.
 */
class NormalTest {

    @Test
    void twoSidedCriticalValueAt95PercentIs1point959964NotTheOneSided1point645() {
        assertThat(Normal.twoSidedCritical(0.95)).isCloseTo(1.959963984540054, within(1e-13));
        assertThat(Normal.quantile(0.975)).isCloseTo(1.959963985, within(1e-9));
    }

    @Test
    void quantilesMatchRsQnorm() {
        assertThat(Normal.quantile(0.995)).isCloseTo(2.5758293035489004, within(1e-13));
        assertThat(Normal.quantile(0.9)).isCloseTo(1.2815515655446004, within(1e-13));
        assertThat(Normal.quantile(0.1)).isCloseTo(-1.2815515655446004, within(1e-13));
        assertThat(Normal.quantile(1e-10)).isCloseTo(-6.361340902404056, within(1e-11));
        assertThat(Normal.quantile(0.5)).isZero();
        assertThat(Normal.quantile(0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(Normal.quantile(1)).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void cdfMatchesRsPnormInTheBodyAndTheTails() {
        assertThat(Normal.cdf(1)).isCloseTo(0.8413447460685429, within(1e-15));
        assertThat(Normal.cdf(0.5)).isCloseTo(0.6914624612740131, within(1e-15));
        assertThat(Normal.cdf(-3)).isCloseTo(0.0013498980316300933, within(1e-17));
        assertThat(Normal.cdf(-3.5)).isCloseTo(0.00023262907903552502, within(1e-18));
        assertThat(Normal.cdf(-10) / 7.61985302416047e-24).isCloseTo(1, within(1e-12));
        assertThat(Normal.cdf(Double.NEGATIVE_INFINITY)).isZero();
        assertThat(Normal.cdf(Double.POSITIVE_INFINITY)).isEqualTo(1);
    }

    @Test
    void quantileInvertsTheCdfOnSeededRandomProbabilities() {
        Random random = new Random(7);
        for (int i = 0; i < 2000; i++) {
            double p = random.nextDouble();
            if (p == 0) {
                continue;
            }
            assertThat(Normal.cdf(Normal.quantile(p))).isCloseTo(p, within(1e-14));
        }
    }

    @Test
    void twoSidedPOfZ1point96IsFivePercent() {
        assertThat(Normal.twoSidedP(1.959963984540054)).isCloseTo(0.05, within(1e-14));
        assertThat(Normal.twoSidedP(0)).isEqualTo(1);
        assertThat(Normal.twoSidedP(Double.NaN)).isNaN();
    }

    @Test
    void badProbabilitiesAndConfidencesAreRejected() {
        assertThatThrownBy(() -> Normal.quantile(1.5)).hasMessage("probability must be within [0, 1], was 1.5");
        assertThatThrownBy(() -> Normal.quantile(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Normal.twoSidedCritical(95)).hasMessage("confidence must be within (0, 1), was 95.0");
    }
}
