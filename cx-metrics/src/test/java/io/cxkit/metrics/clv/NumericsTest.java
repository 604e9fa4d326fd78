package io.cxkit.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.metrics.clv.internal.Bfgs;
import io.cxkit.metrics.clv.internal.Hessian;
import io.cxkit.metrics.clv.internal.Minimum;
import io.cxkit.metrics.clv.internal.Objective;
import io.cxkit.metrics.stat.internal.SpecialFunctions;
import org.junit.jupiter.api.Test;

class NumericsTest {
    @Test
    void aTrialPointOutsideTheObjectivesDomainIsBackedOffInsteadOfEndingTheFit() {
        // e^θ keeps falling as θ → −∞; like lnGamma at a log-parameter whose exp underflows, it refuses θ < −20.
        Objective f = (theta, gradient) -> {
            if (theta[0] < -20) {
                throw new IllegalArgumentException("lnGamma argument must be positive and finite, was 0.0");
            }
            gradient[0] = Math.exp(theta[0]);
            return Math.exp(theta[0]);
        };
        Minimum m = new Bfgs(1e-12, 500).minimise(f, new double[] {0});
        assertThat(m.theta()[0]).isBetween(-20.0, 0.0);
        assertThat(m.value()).isBetween(0.0, 1.0);
        assertThat(m.reason()).isNotBlank();
    }


    @Test
    void lnGammaMatchesKnownValues() {
        // ln Γ(0.5) = ln √π; Γ(10) = 9!; ln Γ(1e-8) ≈ −ln(1e-8) − γ·1e-8; Stirling region value from mpmath.
        assertThat(SpecialFunctions.lnGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-14));
        assertThat(SpecialFunctions.lnGamma(10)).isCloseTo(Math.log(362880), within(1e-13));
        assertThat(SpecialFunctions.lnGamma(1)).isCloseTo(0, within(1e-13));
        assertThat(SpecialFunctions.lnGamma(1e-8)).isCloseTo(18.420680738180209, within(1e-9));
        assertThat(SpecialFunctions.lnGamma(1e6)).isCloseTo(12815504.569147612, within(1e-6));
        assertThatThrownBy(() -> SpecialFunctions.lnGamma(0)).hasMessageContaining("positive");
    }

    @Test
    void lnGammaRatioStaysAccurateForHugeArguments() {
        // mpmath: loggamma(1e18 + 3.5) − loggamma(1e18) = 3.5·ln(1e18) + O(1e-18).
        assertThat(SpecialFunctions.lnGammaRatio(1e18, 3.5)).isCloseTo(3.5 * Math.log(1e18), within(1e-12));
        assertThat(SpecialFunctions.lnGammaRatio(2e5, 0.7)).isCloseTo(SpecialFunctions.lnGamma(2e5 + 0.7)
                - SpecialFunctions.lnGamma(2e5), within(1e-8));
        assertThat(SpecialFunctions.lnGammaRatio(1e5, 2.5)).isCloseTo(28.782332412300572, within(1e-9));
    }

    @Test
    void digammaMatchesKnownValues() {
        // ψ(1) = −γ (Euler–Mascheroni); ψ(0.5) = −γ − 2 ln 2.
        assertThat(SpecialFunctions.digamma(1)).isCloseTo(-0.5772156649015329, within(1e-13));
        assertThat(SpecialFunctions.digamma(0.5)).isCloseTo(-0.5772156649015329 - 2 * Math.log(2), within(1e-13));
        assertThat(SpecialFunctions.digammaDifference(0.3, 40)).isCloseTo(SpecialFunctions.digamma(40.3)
                - SpecialFunctions.digamma(0.3), within(1e-12));
    }

    @Test
    void hypergeometricMatchesClosedForms() {
        // ₂F₁(1, 1; 2; z) = −ln(1 − z)/z; ₂F₁(a, b; b; z) = (1 − z)^−a.
        assertThat(SpecialFunctions.hyp2f1(1, 1, 2, 0.9)).isCloseTo(-Math.log(0.1) / 0.9, within(1e-12));
        assertThat(SpecialFunctions.hyp2f1(2.5, 3, 3, 0.5)).isCloseTo(Math.pow(0.5, -2.5), within(1e-12));
        assertThatThrownBy(() -> SpecialFunctions.hyp2f1(1, 1, -2, 0.5)).hasMessageContaining("negative integer");
        assertThatThrownBy(() -> SpecialFunctions.hyp2f1(1, 1, 2, 1)).hasMessageContaining("[0, 1)");
    }

    @Test
    void bfgsFindsTheRosenbrockMinimum() {
        Objective rosenbrock = (t, g) -> {
            double a = 1 - t[0];
            double b = t[1] - t[0] * t[0];
            g[0] = -2 * a - 400 * t[0] * b;
            g[1] = 200 * b;
            return a * a + 100 * b * b;
        };
        Minimum m = new Bfgs(1e-10, 1000).minimise(rosenbrock, new double[] {-1.2, 1});
        assertThat(m.converged()).isTrue();
        assertThat(m.theta()[0]).isCloseTo(1, within(1e-8));
        assertThat(m.theta()[1]).isCloseTo(1, within(1e-8));
        assertThat(m.reason()).isNotBlank();
    }

    @Test
    void bfgsReportsTheIterationLimitAsNotConverged() {
        Objective rosenbrock = Objective.numericalGradient(t -> Math.pow(1 - t[0], 2)
                + 100 * Math.pow(t[1] - t[0] * t[0], 2));
        Minimum m = new Bfgs(1e-12, 3).minimise(rosenbrock, new double[] {-1.2, 1});
        assertThat(m.converged()).isFalse();
        assertThat(m.reason()).startsWith("iteration limit 3 reached");
    }

    @Test
    void hessianFromGradientsAgreesWithHessianFromValues() {
        SummaryTable d = Cdnow.calibration();
        ModelFit<BgNbd> fit = BgNbd.fit(d);
        BgNbd m = fit.fitted();
        double[] theta = {Math.log(m.r()), Math.log(m.alpha()), Math.log(m.a()), Math.log(m.b())};
        double[] fromValues = Hessian.standardErrorsOfExp(
                t -> BetaGeometricNbd.negLogLik(0, t, d, new double[0]), theta);
        assertThat(fit.standardErrors().get("r")).isCloseTo(fromValues[0], within(1e-3 * fromValues[0]));
        assertThat(fit.standardErrors().get("b")).isCloseTo(fromValues[3], within(1e-3 * fromValues[3]));
    }

    @Test
    void paretoAnalyticGradientMatchesCentralDifferences() {
        SummaryTable d = Cdnow.calibration().compress();
        double[][] points = {{0.55, 10.6, 0.61, 11.7}, {0.3, 3, 1.5, 40}, {1.2, 30, 0.2, 2}, {0.5, 5, 0.5, 5}};
        for (double[] p : points) {
            double[] theta = new double[4];
            for (int k = 0; k < 4; k++) {
                theta[k] = Math.log(p[k]);
            }
            double[] analytic = new double[4];
            double value = ParetoNbdGradient.negLogLik(theta, d, analytic);
            assertThat(value).isCloseTo(-ParetoNbd.logLikelihood(p[0], p[1], p[2], p[3], d), within(1e-8));
            double[] numeric = new double[4];
            Objective.numericalGradient(t -> ParetoNbdGradient.negLogLik(t, d, new double[0])).evaluate(theta, numeric);
            for (int k = 0; k < 4; k++) {
                assertThat(analytic[k]).as("d/dtheta%d at %s", k, java.util.Arrays.toString(p))
                        .isCloseTo(numeric[k], within(1e-4 * Math.max(1, Math.abs(numeric[k]))));
            }
        }
    }
}
