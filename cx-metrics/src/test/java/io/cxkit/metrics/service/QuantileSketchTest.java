package io.cxkit.metrics.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.metrics.StateFormatException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuantileSketchTest {

    private static double[] logNormal(Random rnd, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.exp(4 + 1.5 * rnd.nextGaussian());
        }
        return x;
    }

    @Test
    void everyQuantileIsWithinTheRelativeAccuracyOfTheLowerOrderStatistic() {
        // The DDSketch guarantee (Masson et al. 2019, Theorem 2): |q̃ − x| ≤ α·x for x of rank ⌊p(n−1)⌋.
        Random rnd = new Random(11);
        for (double alpha : new double[] {0.01, 0.05}) {
            double[] x = logNormal(rnd, 20_000);
            QuantileSketch s = new QuantileSketch(alpha);
            for (double v : x) {
                s.add(v);
            }
            double[] sorted = x.clone();
            Arrays.sort(sorted);
            for (double p = 0; p <= 1.0; p += 0.01) {
                double exact = sorted[(int) Math.floor(p * (x.length - 1))];
                assertThat(Math.abs(s.quantile(p) - exact)).as("alpha %s p %s", alpha, p)
                        .isLessThanOrEqualTo(alpha * exact * (1 + 1e-12));
            }
            assertThat(s.quantile(0)).isEqualTo(sorted[0]);
            assertThat(s.quantile(1)).isEqualTo(sorted[x.length - 1]);
        }
    }

    @Test
    void mergingSketchesOfAnySplitEqualsTheSketchOfTheWholeStream() {
        Random rnd = new Random(3);
        for (int run = 0; run < 50; run++) {
            double[] x = logNormal(rnd, 1 + rnd.nextInt(500));
            QuantileSketch whole = new QuantileSketch();
            QuantileSketch a = new QuantileSketch();
            QuantileSketch b = new QuantileSketch();
            int cut = rnd.nextInt(x.length + 1);
            for (int i = 0; i < x.length; i++) {
                whole.add(x[i]);
                (i < cut ? a : b).add(x[i]);
            }
            b.merge(a);
            assertThat(b).isEqualTo(whole);
            assertThat(b.quantile(0.9)).isEqualTo(whole.quantile(0.9));
        }
    }

    @Test
    void zeroAndTinyValuesCountAsZero() {
        QuantileSketch s = new QuantileSketch();
        s.add(0);
        s.add(1e-9);
        s.add(10);
        assertThat(s.quantile(0.5)).isEqualTo(0);
        assertThat(s.min()).isEqualTo(0);
        assertThat(s.quantile(1)).isEqualTo(10);
    }

    @Test
    void theEncodingRoundTrips() throws IOException {
        QuantileSketch s = new QuantileSketch(0.02);
        for (double v : logNormal(new Random(5), 1000)) {
            s.add(v);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        s.write(new DataOutputStream(bytes));
        QuantileSketch back = QuantileSketch.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertThat(back).isEqualTo(s);
        assertThat(back.quantile(0.5)).isEqualTo(s.quantile(0.5));
    }

    @Test
    void decodingInconsistentCountsFails() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeDouble(0.01);
        out.writeLong(5);
        out.writeLong(0);
        out.writeDouble(1);
        out.writeDouble(2);
        out.writeInt(0);
        assertThatThrownBy(() -> QuantileSketch.read(new DataInputStream(
                new ByteArrayInputStream(bytes.toByteArray())))).isInstanceOf(StateFormatException.class);
    }

    @Test
    void rejectsNegativeNaNAndHugeValuesAndQuantilesOfAnEmptySketch() {
        QuantileSketch s = new QuantileSketch();
        assertThatThrownBy(() -> s.add(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was -1.0");
        assertThatThrownBy(() -> s.add(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.add(1e13)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.quantile(0.5)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new QuantileSketch(0.9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.merge(new QuantileSketch(0.05))).isInstanceOf(IllegalArgumentException.class);
    }
}
