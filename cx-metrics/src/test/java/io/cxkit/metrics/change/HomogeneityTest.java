package io.cxkit.metrics.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * References: SciPy 1.x {@code chi2_contingency([[120,80,200],[90,60,100],[40,30,90]], correction=False)}: χ² =
 * 11.577991, df 4, p = 0.0207815; R's {@code p.adjust(c(.01,.04,.03,.005,.2,.049), "holm")} = .05 .12 .12 .03
 * .2 .12 and {@code "BH"} = .03 .0588 .0588 .03 .2 .0588 (also statsmodels {@code multipletests}).
 */
class HomogeneityTest {

    @Test
    void chiSquareAndCramersVOfAChannelsByCategoryTable() {
        Homogeneity.Result r = Homogeneity.test(List.of("web", "phone", "store"),
                List.of("detractor", "passive", "promoter"),
                new long[][] {{120, 80, 200}, {90, 60, 100}, {40, 30, 90}}, MultipleComparisons.Method.HOLM);
        assertThat(r.chiSquare()).isCloseTo(11.577991, within(1e-6));
        assertThat(r.df()).isEqualTo(4);
        assertThat(r.pValue()).isCloseTo(0.0207815, within(1e-7));
        assertThat(r.cramersV()).isCloseTo(Math.sqrt(11.577990950226246 / (810 * 2)), within(1e-12));
        assertThat(r.groups()).hasSize(3);
        assertThat(r.groups().get(1).adjustedPValue()).isGreaterThanOrEqualTo(r.groups().get(1).pValue());
    }

    @Test
    void holmAndBenjaminiHochbergMatchRsPAdjust() {
        double[] p = {0.01, 0.04, 0.03, 0.005, 0.20, 0.049};
        assertThat(MultipleComparisons.adjust(p, MultipleComparisons.Method.HOLM))
                .containsExactly(new double[] {0.05, 0.12, 0.12, 0.03, 0.2, 0.12}, within(1e-12));
        assertThat(MultipleComparisons.adjust(p, MultipleComparisons.Method.BENJAMINI_HOCHBERG))
                .containsExactly(new double[] {0.03, 0.0588, 0.0588, 0.03, 0.2, 0.0588}, within(1e-12));
    }

    @Test
    void aTableWithOneLiveGroupIsRefused() {
        assertThatThrownBy(() -> Homogeneity.test(List.of("web", "phone"), List.of("a", "b"),
                new long[][] {{3, 4}, {0, 0}}, MultipleComparisons.Method.HOLM))
                .hasMessageContaining("at least two groups");
    }
}
