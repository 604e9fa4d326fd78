package io.cxkit.metrics.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.metrics.stat.Normal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The formula n = (z_{1−α/2} + z_{1−β})² (σ₀² + σ₁²) / Δ² (Chow, Shao &amp; Wang 2008, §4.2.1) with the NPS
 * trinomial variance p_P + p_D − (p_P − p_D)², checked by a seeded simulation of the two-sample z-test it plans.
 */
class PowerAnalysisTest {

    @Test
    void npsSampleSizeFollowsTheFormula() {
        PowerAnalysis.Result r = PowerAnalysis.sampleSize(new PowerAnalysis.NpsModel(0.3), 0.30, 0.05, 0.05, 0.8,
                true);
        double v0 = 0.7 - 0.09;
        double v1 = 0.7 - 0.35 * 0.35;
        double z = 1.959963984540054 + 0.8416212335729143;
        assertThat(r.nPerGroup()).isEqualTo((long) Math.ceil(z * z * (v0 + v1) / 0.0025));
        assertThat(r.varianceBaseline()).isCloseTo(v0, within(1e-12));
    }

    @Test
    void simulatedPowerAtThePlannedNIsTheAskedPower() {
        PowerAnalysis.NpsModel model = new PowerAnalysis.NpsModel(0.3);
        PowerAnalysis.Result r = PowerAnalysis.sampleSize(model, 0.20, 0.10, 0.05, 0.8, true);
        long n = r.nPerGroup();
        SplittableRandom rnd = new SplittableRandom(42);
        int trials = 2000;
        int rejected = 0;
        for (int t = 0; t < trials; t++) {
            double[] a = draw(rnd, n, 0.20, 0.3);
            double[] b = draw(rnd, n, 0.30, 0.3);
            double se = Math.sqrt(a[1] / n + b[1] / n);
            if (Math.abs(b[0] - a[0]) / se > Normal.quantile(0.975)) {
                rejected++;
            }
        }
        // Binomial SE of the simulated power at 2000 trials is 0.009; allow 3.5 of them.
        assertThat((double) rejected / trials).isCloseTo(0.8, within(0.032));
    }

    /** {mean, variance} of n NPS answers drawn with the given NPS and passive share. */
    private static double[] draw(SplittableRandom rnd, long n, double nps, double passives) {
        double pp = (1 - passives + nps) / 2;
        double pd = (1 - passives - nps) / 2;
        double sum = 0;
        double sq = 0;
        for (long i = 0; i < n; i++) {
            double u = rnd.nextDouble();
            double v = u < pp ? 1 : u < pp + pd ? -1 : 0;
            sum += v;
            sq += v * v;
        }
        double mean = sum / n;
        return new double[] {mean, sq / n - mean * mean};
    }

    @Test
    void minimumDetectableDifferenceInvertsTheSampleSize() {
        PowerAnalysis.ShareModel csat = new PowerAnalysis.ShareModel("csat");
        PowerAnalysis.Result mdd = PowerAnalysis.minimumDetectable(csat, 0.80, 400, 0.05, 0.8, true);
        PowerAnalysis.Result back = PowerAnalysis.sampleSize(csat, 0.80, mdd.difference(), 0.05, 0.8, true);
        assertThat(back.nPerGroup()).isBetween(399L, 401L);
        assertThat(PowerAnalysis.power(csat, 0.80, mdd.difference(), 400, 0.05, true)).isCloseTo(0.8, within(1e-6));
    }

    @Test
    void impossibleAsksAreRefused() {
        assertThatThrownBy(() -> PowerAnalysis.sampleSize(new PowerAnalysis.NpsModel(0), 0.95, 0.1, 0.05, 0.8, true))
                .hasMessageContaining("leaves the range of nps");
        assertThatThrownBy(() -> PowerAnalysis.sampleSize(new PowerAnalysis.ShareModel("csat"), 0.5, 0.1, 0, 0.8,
                true)).hasMessageContaining("alpha");
    }
}
