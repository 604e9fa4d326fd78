package io.cxkit.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ShiftedBetaGeometricTest {
    /**
     * Fader &amp; Hardie (2007), "How to Project Customer Retention", Journal of Interactive Marketing 21(1):76–90:
     * the worked example's two segments, customers still active of a 1,000-strong cohort in years 0–7, and the
     * maximum-likelihood estimates the paper reports for them: regular α = 0.704, β = 1.182; high end α = 0.668,
     * β = 3.806.
     */
    private static final long[] REGULAR = {1000, 631, 468, 382, 326, 289, 262, 241};
    private static final long[] HIGH_END = {1000, 869, 743, 653, 593, 551, 517, 491};

    @Test
    void reproducesThePapersRegularSegmentEstimates() {
        ModelFit<ShiftedBetaGeometric> fit = ShiftedBetaGeometric.fit(REGULAR);
        assertThat(fit.converged()).isTrue();
        assertThat(fit.fitted().alpha()).isCloseTo(0.704, within(5e-4));
        assertThat(fit.fitted().beta()).isCloseTo(1.182, within(5e-4));
        assertThat(fit.logLikelihood()).isCloseTo(-1680.2652, within(0.01));
        assertThat(fit.params()).containsOnlyKeys("alpha", "beta");
    }

    @Test
    void reproducesThePapersHighEndSegmentEstimates() {
        ModelFit<ShiftedBetaGeometric> fit = ShiftedBetaGeometric.fit(HIGH_END);
        assertThat(fit.fitted().alpha()).isCloseTo(0.668, within(5e-4));
        assertThat(fit.fitted().beta()).isCloseTo(3.806, within(5e-4));
        assertThat(fit.logLikelihood()).isCloseTo(-1611.1581, within(0.01));
    }

    @Test
    void survivalRetentionAndChurnAreConsistent() {
        ShiftedBetaGeometric m = new ShiftedBetaGeometric(0.704, 1.182);
        assertThat(m.survival(0)).isEqualTo(1);
        double s = 1;
        for (int t = 1; t <= 12; t++) {
            assertThat(m.survival(t)).isCloseTo(s - m.churnProbability(t), within(1e-12));
            assertThat(m.survival(t) / m.survival(t - 1)).isCloseTo(m.retentionRate(t), within(1e-12));
            s = m.survival(t);
        }
        // Retention rises with tenure under heterogeneity (FH 2007, eq. 5).
        assertThat(m.retentionRate(2)).isGreaterThan(m.retentionRate(1));
        // Discounted expected lifetime equals the discounted sum of survival.
        double del = 0;
        for (int t = 0; t < 5000; t++) {
            del += m.survival(t) / Math.pow(1.1, t);
        }
        assertThat(m.discountedExpectedLifetime(0.1)).isCloseTo(del, within(1e-9));
    }

    @Test
    void recoversKnownParametersFromSimulatedCohort() {
        SplittableRandom rng = new SplittableRandom(7);
        double alpha = 1.2;
        double beta = 2.5;
        int periods = 10;
        long[] survivors = new long[periods + 1];
        int cohort = 20_000;
        for (int i = 0; i < cohort; i++) {
            double theta = Draws.beta(rng, alpha, beta);
            survivors[0]++;
            for (int t = 1; t <= periods; t++) {
                if (rng.nextDouble() < theta) {
                    break;
                }
                survivors[t]++;
            }
        }
        ModelFit<ShiftedBetaGeometric> fit = ShiftedBetaGeometric.fit(survivors);
        Draws.assertRecovered(fit, new double[] {alpha, beta});
    }

    @Test
    void rejectsIncreasingOrShortCounts() {
        assertThatThrownBy(() -> ShiftedBetaGeometric.fit(new long[] {100, 90, 95}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("period 2 has 95 after 90");
        assertThatThrownBy(() -> ShiftedBetaGeometric.fit(new long[] {100}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one more period");
        assertThatThrownBy(() -> ShiftedBetaGeometric.fit(new long[] {0, 0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be positive, was 0");
        assertThatThrownBy(() -> new ShiftedBetaGeometric(0, 1)).hasMessageContaining("alpha must be positive");
    }
}
