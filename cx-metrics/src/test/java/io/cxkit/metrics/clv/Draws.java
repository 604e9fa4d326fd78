package io.cxkit.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

/** Seeded draws for the simulation tests, and the recovery check they share. */
final class Draws {
    private Draws() {
    }

    /** Gamma(shape, rate) by Marsaglia &amp; Tsang (2000), with the shape &lt; 1 boost. */
    static double gamma(SplittableRandom rng, double shape, double rate) {
        if (shape < 1) {
            return gamma(rng, shape + 1, rate) * Math.pow(rng.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double z = normal(rng);
            double v = 1 + c * z;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = rng.nextDouble();
            if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
                return d * v / rate;
            }
        }
    }

    static double beta(SplittableRandom rng, double a, double b) {
        double x = gamma(rng, a, 1);
        return x / (x + gamma(rng, b, 1));
    }

    static double exponential(SplittableRandom rng, double rate) {
        return -Math.log(1 - rng.nextDouble()) / rate;
    }

    static double normal(SplittableRandom rng) {
        double u = 1 - rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
    }

    /**
     * The stated tolerance of every simulation test: each estimate within four of its own standard errors of the
     * true value (a false alarm about once in 16,000 parameters), and the fit converged.
     */
    static void assertRecovered(ModelFit<?> fit, double[] truth) {
        assertThat(fit.converged()).as("converged: %s", fit.convergence()).isTrue();
        int i = 0;
        for (var e : fit.params().entrySet()) {
            double se = fit.standardErrors().get(e.getKey());
            assertThat(se).as("se of %s", e.getKey()).isPositive().isFinite();
            assertThat(Math.abs(e.getValue() - truth[i])).as("%s = %s, true %s, se %s", e.getKey(), e.getValue(),
                    truth[i], se).isLessThan(4 * se);
            i++;
        }
    }
}
