package io.cxkit.journey.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.metrics.service.QuantileEstimator;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuantilesTest {
    @Test
    void selectionGivesTheLibrarysTypeSevenQuantileOnRandomRuns() {
        Random random = new Random(20261202L);
        double[] ps = {0, 0.1, 0.25, 0.5, 0.9, 0.99, 1};
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(60);
            long[] values = new long[n];
            for (int i = 0; i < n; i++) {
                // Few distinct values, so ties are common.
                values[i] = random.nextInt(trial % 2 == 0 ? 5 : 1_000_000);
            }
            double[] sorted = Arrays.stream(values).asDoubleStream().sorted().toArray();
            for (double p : ps) {
                double expected = QuantileEstimator.TYPE_7.quantileOfSorted(sorted, p);
                assertThat(Quantiles.quantile(values.clone(), 0, n, p))
                        .as("n=%d p=%s", n, p).isCloseTo(expected, within(1e-9));
            }
        }
    }

    @Test
    void typeSevenOfOneToTenAtNinetyPercentIsNinePointOne() {
        long[] values = {10, 3, 7, 1, 9, 2, 8, 5, 4, 6};
        assertThat(Quantiles.quantile(values, 0, values.length, 0.9)).isCloseTo(9.1, within(1e-12));
    }
}
