package io.cxkit.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Each model recovers known parameters from data drawn from it with a seeded generator; the tolerance is stated in
 * {@link Draws#assertRecovered}: within four standard errors.
 */
class SimulationRecoveryTest {
    private static final int CUSTOMERS = 20_000;
    private static final int PARETO_CUSTOMERS = 8_000;

    /** BG/NBD (k = 0) or MBG/NBD (k = 1) histories over ages uniform in [20, 40] weeks. */
    static SummaryTable betaGeometric(long seed, int k, double r, double alpha, double a, double b, int n) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[n];
        double[] tx = new double[n];
        double[] age = new double[n];
        for (int i = 0; i < n; i++) {
            double lambda = Draws.gamma(rng, r, alpha);
            double p = Draws.beta(rng, a, b);
            age[i] = 20 + 20 * rng.nextDouble();
            boolean alive = k == 0 || rng.nextDouble() >= p;
            double t = 0;
            while (alive) {
                t += Draws.exponential(rng, lambda);
                if (t > age[i]) {
                    break;
                }
                x[i]++;
                tx[i] = t;
                alive = rng.nextDouble() >= p;
            }
        }
        return SummaryTable.of(x, tx, age, new double[n], ones(n));
    }

    static double[] ones(int n) {
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1);
        return w;
    }

    @Test
    void bgnbdRecoversItsParameters() {
        Draws.assertRecovered(BgNbd.fit(betaGeometric(1, 0, 0.25, 4, 0.8, 2.5, CUSTOMERS)),
                new double[] {0.25, 4, 0.8, 2.5});
    }

    @Test
    void mbgnbdRecoversItsParameters() {
        Draws.assertRecovered(MbgNbd.fit(betaGeometric(2, 1, 0.5, 6, 0.9, 1.6, CUSTOMERS)),
                new double[] {0.5, 6, 0.9, 1.6});
    }

    @Test
    void paretoNbdRecoversItsParameters() {
        SplittableRandom rng = new SplittableRandom(3);
        int n = PARETO_CUSTOMERS;
        double[] x = new double[n];
        double[] tx = new double[n];
        double[] age = new double[n];
        for (int i = 0; i < n; i++) {
            double lambda = Draws.gamma(rng, 0.55, 10.5);
            double mu = Draws.gamma(rng, 0.6, 11.7);
            age[i] = 20 + 20 * rng.nextDouble();
            double end = Math.min(age[i], Draws.exponential(rng, mu));
            double t = Draws.exponential(rng, lambda);
            while (t <= end) {
                x[i]++;
                tx[i] = t;
                t += Draws.exponential(rng, lambda);
            }
        }
        ModelFit<ParetoNbd> fit = ParetoNbd.fit(SummaryTable.of(x, tx, age, new double[n], ones(n)).compress());
        Draws.assertRecovered(fit, new double[] {0.55, 10.5, 0.6, 11.7});
    }

    @Test
    void gammaGammaRecoversItsParameters() {
        SplittableRandom rng = new SplittableRandom(4);
        int n = CUSTOMERS;
        double[] x = new double[n];
        double[] m = new double[n];
        for (int i = 0; i < n; i++) {
            double nu = Draws.gamma(rng, 3.7, 15.4);
            x[i] = 1 + (int) Draws.exponential(rng, 0.4);
            double sum = 0;
            for (int j = 0; j < x[i]; j++) {
                sum += Draws.gamma(rng, 6.25, nu);
            }
            m[i] = sum / x[i];
        }
        // The spend model ignores t_x and T; any valid times do (t_x > 0 for a repeat buyer).
        SummaryTable table = SummaryTable.of(x, ones(n), ones(n), m, ones(n));
        ModelFit<GammaGamma> fit = GammaGamma.fit(table);
        Draws.assertRecovered(fit, new double[] {6.25, 3.7, 15.4});
        assertThat(Math.abs(GammaGamma.frequencySpendCorrelation(table))).isLessThan(0.05);
    }

    @Test
    void bgbbRecoversItsParametersFromWeightedRows() {
        SplittableRandom rng = new SplittableRandom(5);
        int opportunities = 6;
        // Count histories into weighted (x, t_x, n) rows, as FHS 2010 tabulate them.
        java.util.Map<java.util.List<Integer>, Integer> counts = new java.util.TreeMap<>(
                java.util.Comparator.comparing(Object::toString));
        for (int i = 0; i < 50_000; i++) {
            double p = Draws.beta(rng, 1.2, 0.75);
            double theta = Draws.beta(rng, 0.66, 2.8);
            int x = 0;
            int tx = 0;
            for (int o = 1; o <= opportunities; o++) {
                if (rng.nextDouble() < theta) {
                    break;
                }
                if (rng.nextDouble() < p) {
                    x++;
                    tx = o;
                }
            }
            counts.merge(java.util.List.of(x, tx), 1, Integer::sum);
        }
        int k = counts.size();
        int[] xs = new int[k];
        int[] txs = new int[k];
        int[] ns = new int[k];
        double[] ws = new double[k];
        int j = 0;
        for (var e : counts.entrySet()) {
            xs[j] = e.getKey().get(0);
            txs[j] = e.getKey().get(1);
            ns[j] = opportunities;
            ws[j] = e.getValue();
            j++;
        }
        ModelFit<BgBb> fit = BgBb.fit(OpportunityTable.of(xs, txs, ns, ws));
        Draws.assertRecovered(fit, new double[] {1.2, 0.75, 0.66, 2.8});
    }
}
