package io.cxkit.metrics.stat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Reference values: R {@code qt}/{@code pt} (also SciPy 1.17 {@code t.ppf}/{@code t.cdf}) and t tables. */
class StudentTTest {

    @Test
    void quantileAt975With10DegreesOfFreedomIs2point228138852() {
        assertThat(StudentT.quantile(0.975, 10)).isCloseTo(2.228138852, within(1e-9));
        assertThat(StudentT.twoSidedCritical(0.95, 10)).isCloseTo(2.228138851986274, within(1e-11));
    }

    @Test
    void quantilesMatchRsQt() {
        assertThat(StudentT.quantile(0.975, 1)).isCloseTo(12.706204736174694, within(1e-10));
        assertThat(StudentT.quantile(0.975, 2)).isCloseTo(4.302652729749462, within(1e-10));
        assertThat(StudentT.quantile(0.975, 3)).isCloseTo(3.1824463052837078, within(1e-10));
        assertThat(StudentT.quantile(0.95, 5)).isCloseTo(2.0150483733330233, within(1e-10));
        assertThat(StudentT.quantile(0.995, 30)).isCloseTo(2.7499956535672254, within(1e-10));
        assertThat(StudentT.quantile(0.975, 7.3)).isCloseTo(2.345066736547703, within(1e-10));
        assertThat(StudentT.quantile(0.9, 100)).isCloseTo(1.290074761346516, within(1e-10));
        assertThat(StudentT.quantile(0.025, 10)).isCloseTo(-2.228138851986274, within(1e-10));
    }

    @Test
    void cdfMatchesRsPt() {
        assertThat(StudentT.cdf(2, 5)).isCloseTo(0.9490302605850708, within(1e-13));
        assertThat(StudentT.cdf(-1.5, 3.5)).isCloseTo(0.10890909350767251, within(1e-13));
        assertThat(StudentT.cdf(0.3, 1)).isCloseTo(0.5927735790777423, within(1e-13));
        assertThat(StudentT.cdf(10, 2)).isCloseTo(0.9950737714883372, within(1e-13));
        assertThat(StudentT.cdf(0, 4)).isEqualTo(0.5);
    }

    @Test
    void withManyDegreesOfFreedomTheTApproachesTheNormal() {
        assertThat(StudentT.quantile(0.975, 1e7)).isCloseTo(Normal.quantile(0.975), within(1e-6));
    }

    @Test
    void quantileInvertsTheCdfOnSeededRandomInputs() {
        Random random = new Random(11);
        for (int i = 0; i < 300; i++) {
            double p = 0.001 + 0.998 * random.nextDouble();
            double df = 0.5 + 60 * random.nextDouble();
            assertThat(StudentT.cdf(StudentT.quantile(p, df), df)).as("p %s df %s", p, df)
                    .isCloseTo(p, within(1e-11));
        }
    }

    @Test
    void nonPositiveDegreesOfFreedomAreRejected() {
        assertThatThrownBy(() -> StudentT.cdf(1, 0))
                .hasMessage("degrees of freedom must be a positive number, was 0.0");
        assertThatThrownBy(() -> StudentT.quantile(0.5, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StudentT.quantile(-0.1, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
