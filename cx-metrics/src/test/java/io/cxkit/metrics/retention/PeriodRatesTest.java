package io.cxkit.metrics.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PeriodRatesTest {

    @Test
    void churnIsLostOverStartAndRetentionIsEndMinusNewOverStart() {
        // vectors/survey.md "Retention and health": churn = lost / start; retention = (end − new) / start.
        PeriodRates r = new PeriodRates(200, 190, 30);
        assertThat(r.customersLost()).isEqualTo(40);
        assertThat(r.churnRate()).isEqualTo(0.2);
        assertThat(r.retentionRate()).isEqualTo(0.8);
    }

    @Test
    void fivePercentMonthlyChurnKeepsAbout54PercentAfterAYear() {
        // vectors/survey.md: 5% a month keeps 0.95^12 ≈ 54% of customers after a year.
        assertThat(PeriodRates.compoundedRetention(0.05, 12)).isCloseTo(0.5404, within(5e-5));
    }

    @Test
    void rejectsAnEmptyStartMoreNewThanEndAndMoreKeptThanThereWere() {
        assertThatThrownBy(() -> new PeriodRates(0, 10, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("customers at start must be positive, was 0");
        assertThatThrownBy(() -> new PeriodRates(10, 5, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PeriodRates(10, 20, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("customers kept (end − new = 15)");
        assertThatThrownBy(() -> PeriodRates.compoundedRetention(1.5, 12)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PeriodRates.compoundedRetention(0.1, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
