package io.cxkit.metrics.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * PELT (Killick, Fearnhead &amp; Eckley 2012) is exact: its segmentation must minimise the penalised cost, which
 * a brute-force optimal partitioning (Jackson et al. 2005, the O(n²) recursion PELT prunes) checks on seeded
 * series.
 */
class ChangePointsTest {

    @Test
    void findsAKnownShiftWithItsLevelsBeforeAndAfter() {
        Random rnd = new Random(5);
        double[] y = new double[300];
        for (int i = 0; i < y.length; i++) {
            y[i] = (i < 180 ? 0.32 : 0.18) + 0.03 * rnd.nextGaussian();
        }
        // Segments of at least 5 periods: two low noise draws in a row are not a "change".
        ChangePoints.Result r = ChangePoints.detect(y, new ChangePoints.Settings(Double.NaN, 5));
        assertThat(r.changes()).hasSize(1);
        assertThat(r.changes().get(0).index()).isBetween(178, 182);
        assertThat(r.changes().get(0).before()).isCloseTo(0.32, within(0.01));
        assertThat(r.changes().get(0).after()).isCloseTo(0.18, within(0.01));
        assertThat(r.penalty()).isCloseTo(2 * Math.log(300), within(1e-12));
    }

    @Test
    void pureNoiseHasNoChange() {
        Random rnd = new Random(9);
        double[] y = new double[500];
        for (int i = 0; i < y.length; i++) {
            y[i] = rnd.nextGaussian();
        }
        assertThat(ChangePoints.detect(y, ChangePoints.Settings.defaults()).changes()).isEmpty();
    }

    @Test
    void prunedSearchEqualsBruteForceOptimalPartitioning() {
        Random rnd = new Random(21);
        for (int run = 0; run < 20; run++) {
            int n = 20 + rnd.nextInt(60);
            double[] y = new double[n];
            double level = 0;
            for (int i = 0; i < n; i++) {
                if (rnd.nextInt(15) == 0) {
                    level += rnd.nextGaussian() * 2;
                }
                y[i] = level + rnd.nextGaussian();
            }
            double beta = 1 + rnd.nextDouble() * 8;
            int min = 1 + rnd.nextInt(3);
            ChangePoints.Result r = ChangePoints.detect(y, new ChangePoints.Settings(beta, min));
            double sigma = r.sigma();
            double got = penalised(y, r, beta, sigma);
            double best = bruteForce(y, beta, min, sigma);
            assertThat(got).as("run " + run).isCloseTo(best, within(1e-9));
        }
    }

    private static double penalised(double[] y, ChangePoints.Result r, double beta, double sigma) {
        int from = 0;
        double total = 0;
        for (ChangePoints.Change c : r.changes()) {
            total += cost(y, from, c.index()) / (sigma * sigma) + beta;
            from = c.index();
        }
        return total + cost(y, from, y.length) / (sigma * sigma);
    }

    private static double bruteForce(double[] y, double beta, int min, double sigma) {
        int n = y.length;
        double[] f = new double[n + 1];
        java.util.Arrays.fill(f, Double.POSITIVE_INFINITY);
        f[0] = -beta;
        for (int t = min; t <= n; t++) {
            for (int s = 0; s <= t - min; s++) {
                if (s != 0 && s < min) {
                    continue;
                }
                f[t] = Math.min(f[t], f[s] + cost(y, s, t) / (sigma * sigma) + beta);
            }
        }
        return f[n];
    }

    private static double cost(double[] y, int s, int t) {
        double m = 0;
        for (int i = s; i < t; i++) {
            m += y[i];
        }
        m /= t - s;
        double c = 0;
        for (int i = s; i < t; i++) {
            c += (y[i] - m) * (y[i] - m);
        }
        return c;
    }

    @Test
    void tooShortAndConstantSeriesGiveAReasonOrNoChange() {
        assertThatThrownBy(() -> ChangePoints.detect(new double[] {1, 2, 3}, ChangePoints.Settings.defaults()))
                .hasMessageContaining("too short");
        assertThat(ChangePoints.detect(new double[] {4, 4, 4, 4, 4, 4}, ChangePoints.Settings.defaults()).changes())
                .isEmpty();
    }
}
