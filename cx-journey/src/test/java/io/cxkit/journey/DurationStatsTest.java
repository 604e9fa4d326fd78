package io.cxkit.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DurationStatsTest {

    /** R: quantile(c(1, 2, 3, 4), c(0.5, 0.9)) = 2.5, 3.7 (type 7, R's and NumPy's default). */
    @Test
    void quantilesInterpolateLikeRAndNumPyByDefault() {
        DurationStats s = DurationStats.ofMicros(new long[] {4_000_000, 1_000_000, 3_000_000, 2_000_000}, 0, 4);
        assertThat(s.medianSeconds()).isEqualTo(2.5);
        assertThat(s.p90Seconds()).isCloseTo(3.7, within(1e-12));
        assertThat(s.meanSeconds()).isEqualTo(2.5);
        // Sample standard deviation: sqrt(5/3).
        assertThat(s.stdevSeconds()).isCloseTo(Math.sqrt(5.0 / 3), within(1e-12));
        assertThat(s.minSeconds()).isEqualTo(1);
        assertThat(s.maxSeconds()).isEqualTo(4);
    }

    @Test
    void selectionAgreesWithSortingOnRandomSamples() {
        Random random = new Random(17);
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(60);
            long[] a = new long[n];
            for (int k = 0; k < n; k++) {
                a[k] = random.nextInt(20) * 1_000_000L;
            }
            long[] sorted = a.clone();
            Arrays.sort(sorted);
            DurationStats s = DurationStats.ofMicros(a, 0, n);
            double h = (n - 1) * 0.9;
            int lo = (int) Math.floor(h);
            double p90 = sorted[lo] + (lo + 1 < n ? (h - lo) * (sorted[lo + 1] - sorted[lo]) : 0);
            assertThat(s.p90Seconds()).isCloseTo(p90 / 1e6, within(1e-9));
            double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
            assertThat(s.medianSeconds()).isCloseTo(median / 1e6, within(1e-9));
        }
    }

    @Test
    void refusesAnEmptyRunAndInconsistentValues() {
        assertThatThrownBy(() -> DurationStats.ofMicros(new long[0], 0, 0))
                .hasMessage("duration stats need at least one duration, had 0");
        assertThatThrownBy(() -> new DurationStats(1, 1, 1, 1, 2, 1, 0))
                .hasMessageContaining("need min <= max");
        assertThatThrownBy(() -> new DurationStats(0, 1, 1, 1, 1, 1, 0))
                .hasMessage("duration stats n must be at least 1, was 0");
    }
}
