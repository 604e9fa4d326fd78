package io.cxkit.metrics.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Reference: an independent computation with statsmodels 0.14 ({@code OLS(y, [1, T, A, T·A]).fit(cov_type=
 * "cluster", cov_kwds={"groups": customer}, use_t=True)}, whose CR1 correction and t(G − 1) reference follow
 * Cameron &amp; Miller 2015) on the deterministic panel built below: DiD 0.340333333, SE 0.0619512140, 95% CI
 * [0.2150252, 0.4656415]; the pre-period slope difference 0.019000, SE 0.0627203, p 0.76355.
 */
class DifferenceInDifferencesTest {

    static DifferenceInDifferences panel() {
        DifferenceInDifferences d = DifferenceInDifferences.create();
        for (int c = 0; c < 40; c++) {
            for (int j = 0; j < 6; j++) {
                boolean tr = c % 2 == 0;
                boolean af = j >= 3;
                double noise = ((c * 7919 + j * 104729 + c * j * 31) % 1000) / 1000.0 - 0.5;
                double cust = ((c * 613) % 97) / 97.0 - 0.5;
                double v = 0.1 * (tr ? 1 : 0) + 0.05 * j + 0.3 * (tr && af ? 1 : 0) + noise + cust;
                d.add("c" + c, tr, af, j, v);
            }
        }
        return d;
    }

    @Test
    void estimateAndClusterRobustErrorMatchStatsmodels() {
        DifferenceInDifferences.Result r = panel().result(0.95);
        assertThat(r.estimate()).isCloseTo(0.340333333, within(1e-8));
        assertThat(r.stdError()).isCloseTo(0.0619512140, within(1e-9));
        assertThat(r.interval().lower()).isCloseTo(0.2150252, within(1e-6));
        assertThat(r.interval().upper()).isCloseTo(0.4656415, within(1e-6));
        assertThat(r.clusters()).isEqualTo(40);
        assertThat(r.n()).isEqualTo(240);
        assertThat(r.counts()).containsEntry("treated_before", 60L).containsEntry("control_after", 60L);
        DifferenceInDifferences.PreTrend pre = r.parallelTrends().orElseThrow();
        assertThat(pre.slopeDifference()).isCloseTo(0.019, within(1e-9));
        assertThat(pre.stdError()).isCloseTo(0.0627203243, within(1e-8));
        assertThat(pre.pValue()).isCloseTo(0.76355, within(1e-4));
    }

    @Test
    void splitStatesMergeToTheSameResultAndSurviveTheCodec() {
        DifferenceInDifferences a = DifferenceInDifferences.create();
        DifferenceInDifferences b = DifferenceInDifferences.create();
        DifferenceInDifferences whole = panel();
        // Re-add the same panel split by observation parity, into two states.
        for (int c = 0; c < 40; c++) {
            for (int j = 0; j < 6; j++) {
                boolean tr = c % 2 == 0;
                boolean af = j >= 3;
                double noise = ((c * 7919 + j * 104729 + c * j * 31) % 1000) / 1000.0 - 0.5;
                double cust = ((c * 613) % 97) / 97.0 - 0.5;
                double v = 0.1 * (tr ? 1 : 0) + 0.05 * j + 0.3 * (tr && af ? 1 : 0) + noise + cust;
                (j % 2 == 0 ? a : b).add("c" + c, tr, af, j, v);
            }
        }
        DifferenceInDifferences merged = DifferenceInDifferences.decode(a.encode());
        merged.merge(DifferenceInDifferences.decode(b.encode()));
        assertThat(merged.result(0.95).stdError()).isCloseTo(whole.result(0.95).stdError(), within(1e-12));
    }

    @Test
    void aGroupWithNoDataBeforeTheChangeIsRefusedByName() {
        DifferenceInDifferences d = DifferenceInDifferences.create();
        d.add("a", true, true, 3, 1);
        d.add("b", false, false, 1, 0);
        d.add("c", false, true, 4, 1);
        assertThatThrownBy(() -> d.result(0.95)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the treated group has no data before the change");
    }
}
