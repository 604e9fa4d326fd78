package io.cxkit.metrics.service;

import static io.cxkit.metrics.testdata.Contacts.call;
import static io.cxkit.metrics.testdata.Contacts.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.metrics.Comparison;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServiceComparisonTest {

    @Test
    void fcrPeriodsAreComparedWithTheTwoProportionTest() {
        FirstContactResolution m = FirstContactResolution.defaults();
        FirstContactResolution.State before = m.newAccumulator();
        FirstContactResolution.State after = m.newAccumulator();
        for (int i = 0; i < 100; i++) {
            before.add(call("b" + i, 0, i < 60));
            after.add(call("a" + i, 0, i < 75));
        }
        Comparison c = m.compare(before, after, 0.95);
        assertThat(c.method()).isEqualTo("two-proportion-z");
        assertThat(c.difference()).isCloseTo(0.15, within(1e-12));
        // Pooled p = 0.675: z = 0.15 / sqrt(0.675·0.325·(2/100)) = 2.264554.
        assertThat(c.statistic()).isCloseTo(2.264554, within(1e-5));
        assertThat(c.significantAt(0.05)).isTrue();
    }

    @Test
    void ahtPeriodsAreComparedWithWelchsTest() {
        AverageHandleTime m = AverageHandleTime.defaults();
        AverageHandleTime.State before = m.newAccumulator();
        AverageHandleTime.State after = m.newAccumulator();
        long[] a = {300, 320, 280, 310};
        long[] b = {250, 260, 240, 255, 245};
        for (long x : a) {
            before.add(contact("x", Duration.ZERO).duration(Duration.ofSeconds(x)).build());
        }
        for (long x : b) {
            after.add(contact("x", Duration.ZERO).duration(Duration.ofSeconds(x)).build());
        }
        Comparison c = m.compare(before, after, 0.95);
        assertThat(c.method()).isEqualTo("welch-t");
        assertThat(c.difference()).isCloseTo(250 - 302.5, within(1e-9));
        // Welch: (250 − 302.5) / sqrt(291.67/4 + 62.5/5) = −5.680519.
        assertThat(c.statistic()).isCloseTo(-5.680519, within(1e-5));
        assertThat(c.interval()).isPresent();
    }

    @Test
    void anEmptyGroupGivesNaNAndNoInterval() {
        FirstContactResolution m = FirstContactResolution.defaults();
        Comparison c = m.compare(m.newAccumulator(), m.newAccumulator(), 0.95);
        assertThat(c.difference()).isNaN();
        assertThat(c.interval()).isEmpty();
    }
}
