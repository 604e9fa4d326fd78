package io.cxkit.metrics.service;

import static io.cxkit.metrics.testdata.Contacts.contact;
import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.metrics.Estimate;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HandleTimeQuantilesTest {

    @Test
    void theMedianAndP90AreWithinOnePercentOfTheExactOrderStatistics() {
        Random rnd = new Random(9);
        HandleTimeQuantiles.State s = HandleTimeQuantiles.defaults().newAccumulator();
        double[] x = new double[5001];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.round(Math.exp(5.5 + 0.7 * rnd.nextGaussian()) * 1000) / 1000.0;
            s.add(contact("a", Duration.ZERO).duration(Duration.ofMillis(Math.round(x[i] * 1000))).build());
        }
        Arrays.sort(x);
        Estimate e = s.result();
        assertThat(e.n()).isEqualTo(5001);
        assertThat(Math.abs(e.value() - x[2500])).isLessThanOrEqualTo(0.01 * x[2500]);
        assertThat(Math.abs(e.details().get("p90") - x[4500])).isLessThanOrEqualTo(0.01 * x[4500]);
        assertThat(e.details().get("max")).isEqualTo(x[5000]);
        assertThat(e.interval()).get().satisfies(ci -> {
            assertThat(ci.lower()).isLessThanOrEqualTo(e.value());
            assertThat(ci.upper()).isGreaterThanOrEqualTo(e.value());
        });
    }

    @Test
    void addsHoldAndAfterContactWork() {
        HandleTimeQuantiles.State s = HandleTimeQuantiles.defaults().newAccumulator();
        s.add(contact("a", Duration.ZERO).duration(Duration.ofSeconds(100))
                .attribute(AverageHandleTime.HOLD_ATTRIBUTE, "20").attribute(AverageHandleTime.ACW_ATTRIBUTE, "30")
                .build());
        assertThat(s.result().value()).isEqualTo(150.0);
    }

    @Test
    void noContactsGiveNaN() {
        Estimate e = HandleTimeQuantiles.defaults().newAccumulator().result();
        assertThat(e.value()).isNaN();
        assertThat(e.interval()).isEmpty();
    }
}
