package io.cxkit.metrics.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuantileEstimatorTest {
    private static final double[] ONE_TO_TEN = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

    @Test
    void type7OfOneToTenAtNinetyPercentIs9point1() {
        // vectors/survey.md "Quantiles": data 1..10 at p = 0.9 gives 9.1 (Hyndman-Fan type 7, R/numpy default,
        // Excel PERCENTILE.INC).
        assertThat(QuantileEstimator.defaultEstimator().quantile(ONE_TO_TEN, 0.9)).isCloseTo(9.1, within(1e-12));
    }

    @Test
    void everyHyndmanFanTypeMatchesRQuantileOfOneToTenAtNinetyPercent() {
        // R 4.x: quantile(1:10, 0.9, type = k) for k = 1..9 (Hyndman and Fan 1996, Table 1 definitions).
        double[] r = {9, 9.5, 9, 9, 9.5, 9.9, 9.1, 9.633333333333333, 9.6};
        for (int type = 1; type <= 9; type++) {
            assertThat(QuantileEstimator.ofType(type).quantile(ONE_TO_TEN, 0.9)).as("type %d", type)
                    .isCloseTo(r[type - 1], within(1e-12));
        }
    }

    @Test
    void everyTypeOfTheMedianOfOneToTenMatchesR() {
        // R: quantile(1:10, 0.5, type = k): types 1 and 3 give 5, the others 5.5.
        double[] r = {5, 5.5, 5, 5, 5.5, 5.5, 5.5, 5.5, 5.5};
        for (int type = 1; type <= 9; type++) {
            assertThat(QuantileEstimator.ofType(type).quantile(ONE_TO_TEN, 0.5)).as("type %d", type)
                    .isCloseTo(r[type - 1], within(1e-12));
        }
    }

    @Test
    void extremesAreTheMinimumAndMaximumForType7() {
        assertThat(QuantileEstimator.TYPE_7.quantile(new double[] {3, 1, 2}, 0)).isEqualTo(1);
        assertThat(QuantileEstimator.TYPE_7.quantile(new double[] {3, 1, 2}, 1)).isEqualTo(3);
        assertThat(QuantileEstimator.TYPE_7.quantile(new double[] {42}, 0.37)).isEqualTo(42);
    }

    @Test
    void type7FollowsTheZeroBasedFormulaOnSeededRandomSamples() {
        // vectors/survey.md: h = (n−1)p, then x[floor h] + (h − floor h)(x[floor h + 1] − x[floor h]).
        Random rnd = new Random(7);
        for (int run = 0; run < 200; run++) {
            double[] x = new double[1 + rnd.nextInt(50)];
            for (int i = 0; i < x.length; i++) {
                x[i] = rnd.nextGaussian() * 100;
            }
            double p = rnd.nextDouble();
            double[] s = x.clone();
            Arrays.sort(s);
            double h = (s.length - 1) * p;
            int lo = (int) Math.floor(h);
            double expected = lo + 1 < s.length ? s[lo] + (h - lo) * (s[lo + 1] - s[lo]) : s[lo];
            assertThat(QuantileEstimator.TYPE_7.quantile(x, p)).isCloseTo(expected, within(1e-9));
        }
    }

    @Test
    void quantileDoesNotChangeItsInput() {
        double[] x = {3, 1, 2};
        QuantileEstimator.TYPE_7.quantile(x, 0.5);
        assertThat(x).containsExactly(3, 1, 2);
    }

    @Test
    void rejectsAnEmptySampleAProbabilityOutsideZeroToOneNaNAndAnUnknownType() {
        assertThatThrownBy(() -> QuantileEstimator.TYPE_7.quantile(new double[0], 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> QuantileEstimator.TYPE_7.quantile(ONE_TO_TEN, 1.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("within [0, 1], was 1.1");
        assertThatThrownBy(() -> QuantileEstimator.TYPE_7.quantile(new double[] {1, Double.NaN}, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
        assertThatThrownBy(() -> QuantileEstimator.ofType(10))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("quantile type must be within 1..9, was 10");
    }
}
