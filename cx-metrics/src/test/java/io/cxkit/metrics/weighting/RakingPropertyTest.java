package io.cxkit.metrics.weighting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded random samples and margins: whatever raking reports, it is true. */
class RakingPropertyTest {

    @Test
    void aConvergedResultMeetsEveryMarginAndAnUnconvergedOneSaysHowFarOffItIs() {
        Random rnd = new Random(2026);
        for (int run = 0; run < 60; run++) {
            int dims = 1 + rnd.nextInt(3);
            int[] cats = new int[dims];
            List<MarginTarget> targets = new ArrayList<>();
            double[][] shares = new double[dims][];
            for (int d = 0; d < dims; d++) {
                cats[d] = 2 + rnd.nextInt(4);
                shares[d] = new double[cats[d]];
                double sum = 0;
                for (int c = 0; c < cats[d]; c++) {
                    shares[d][c] = 0.2 + rnd.nextDouble();
                    sum += shares[d][c];
                }
                for (int c = 0; c < cats[d]; c++) {
                    shares[d][c] /= sum;
                    targets.add(new MarginTarget("d" + d, "c" + c, shares[d][c] * 1000));
                }
            }
            int n = 50 + rnd.nextInt(300);
            int[][] codes = new int[dims][n];
            for (int i = 0; i < n; i++) {
                for (int d = 0; d < dims; d++) {
                    codes[d][i] = i < cats[d] ? i : rnd.nextInt(cats[d]);   // every category has someone
                }
            }
            double[] base = new double[n];
            for (int i = 0; i < n; i++) {
                base[i] = 0.5 + rnd.nextDouble();
            }
            Raking raking = Raking.of(targets).withMaxIterations(1 + rnd.nextInt(60));
            if (rnd.nextBoolean()) {
                raking = raking.withTrimming(new WeightBounds(0.2, 4));
            }
            RakingResult r = raking.rake(codes, base);
            double worst = 0;
            for (int d = 0; d < dims; d++) {
                double[] got = new double[cats[d]];
                for (int i = 0; i < n; i++) {
                    got[codes[d][i]] += r.weight(i);
                }
                for (int c = 0; c < cats[d]; c++) {
                    worst = Math.max(worst, Math.abs(got[c] - shares[d][c] * 1000) / 1000);
                }
            }
            assertThat(r.maxMarginError()).as("run %d reported error", run).isCloseTo(worst,
                    org.assertj.core.data.Offset.offset(1e-12));
            assertThat(r.converged()).as("run %d converged flag", run).isEqualTo(worst <= Raking.DEFAULT_TOLERANCE);
            assertThat(r.effectiveN()).isLessThanOrEqualTo(n * (1 + 1e-12));
            for (double w : r.weights()) {
                assertThat(w).isFinite().isNotNegative();
            }
        }
    }
}
