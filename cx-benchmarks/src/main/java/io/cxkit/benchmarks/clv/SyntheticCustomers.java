package io.cxkit.benchmarks.clv;

import io.cxkit.metrics.clv.SummaryTable;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Seeded BG/NBD customer histories drawn from known parameters, for the benchmarks: λ ~ Gamma(r, α), p ~ Beta(a,
 * b), first purchases spread over 12 weeks before a 39-week calibration end, spend Gamma(6, ν) with ν ~ Gamma(3.7,
 * 15). Times are cut to a grid of {@code gridDays} days before conversion to weeks, as dates cut them in real data:
 * the coarser the grid, the fewer distinct (x, t_x, T) rows.
 */
final class SyntheticCustomers {
    static final double R = 0.25;
    static final double ALPHA = 4.0;
    static final double A = 0.8;
    static final double B = 2.5;

    private SyntheticCustomers() {
    }

    static SummaryTable draw(int customers, int gridDays, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[customers];
        double[] tx = new double[customers];
        double[] age = new double[customers];
        double[] m = new double[customers];
        double grid = gridDays / 7.0;
        for (int i = 0; i < customers; i++) {
            double lambda = gamma(rng, R, ALPHA);
            double p = beta(rng, A, B);
            double t = grid * Math.floor((27 + 12 * rng.nextDouble()) / grid);
            age[i] = t;
            double clock = 0;
            while (true) {
                clock += -Math.log(1 - rng.nextDouble()) / lambda;
                if (clock > t) {
                    break;
                }
                double cut = Math.min(t, grid * Math.floor(clock / grid));
                if (cut == 0) {
                    // On the first purchase's day (grid cell): one transaction with it, as real dates count it.
                    continue;
                }
                x[i]++;
                tx[i] = cut;
                if (rng.nextDouble() < p) {
                    break;
                }
            }
            if (x[i] > 0) {
                double nu = gamma(rng, 3.7, 15);
                double sum = 0;
                for (int j = 0; j < x[i]; j++) {
                    sum += gamma(rng, 6, nu);
                }
                m[i] = sum / x[i];
            }
        }
        double[] w = new double[customers];
        Arrays.fill(w, 1);
        return SummaryTable.of(x, tx, age, m, w);
    }

    /** Gamma(shape, rate), Marsaglia &amp; Tsang (2000). */
    static double gamma(SplittableRandom rng, double shape, double rate) {
        if (shape < 1) {
            return gamma(rng, shape + 1, rate) * Math.pow(rng.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double u1 = 1 - rng.nextDouble();
            double z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * rng.nextDouble());
            double v = 1 + c * z;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            if (Math.log(rng.nextDouble()) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
                return d * v / rate;
            }
        }
    }

    static double beta(SplittableRandom rng, double a, double b) {
        double g = gamma(rng, a, 1);
        return g / (g + gamma(rng, b, 1));
    }
}
