package io.cxkit.metrics.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.Interval;
import io.cxkit.metrics.stat.TwoSampleResult;
import org.junit.jupiter.api.Test;

/**
 * Every NPS figure of {@code shared/vectors/survey.md}, section NPS. Sources: the unit tests of the R
 * {@code NPS} package (Brendan Rocks), Rocks (2016) "Interval estimation for the net promoter score", The
 * American Statistician 70(4), and MeasuringU (2021) on the adjusted-Wald interval and comparing two NPS.
 */
class NpsReferenceFiguresTest {

    private static Estimate fromCounts(Nps nps, int detractors, int passives, int promoters) {
        NpsAccumulator acc = nps.newAccumulator();
        for (int i = 0; i < detractors; i++) {
            acc.addScore(nps.breaks().lowest());
        }
        for (int i = 0; i < passives; i++) {
            acc.addScore(nps.breaks().passiveMax());
        }
        for (int i = 0; i < promoters; i++) {
            acc.addScore(nps.breaks().highest());
        }
        return acc.result();
    }

    /** R NPS package tests: raw scores 0,7,7,9,9,9 are counts (1,2,3): NPS 1/3, Var 5/9, SE 0.304. */
    @Test
    void rawScores0_7_7_9_9_9GiveOneThirdWithVarianceFiveNinths() {
        NpsAccumulator acc = Nps.standard().newAccumulator();
        byte[] scores = {0, 7, 7, 9, 9, 9};
        acc.addScores(scores, 0, scores.length);
        Estimate e = acc.result();
        assertThat(e.value()).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(e.n()).isEqualTo(6);
        assertThat(e.details().get("variance")).isCloseTo(5.0 / 9, within(1e-15));
        assertThat(e.details().get("standard_error")).isCloseTo(0.304, within(0.0005));
        assertThat(e.details()).containsEntry("detractors", 1.0).containsEntry("passives", 2.0)
                .containsEntry("promoters", 3.0);
    }

    /** R NPS package tests: (1,0,1) → 0, Var 1, SE 0.707; (0,1,1) → 0.5, 0.25, 0.354; (1,1,1) → 0, 2/3, 0.471. */
    @Test
    void smallCountTablesMatchTheRPackage() {
        Nps nps = Nps.standard();
        Estimate a = fromCounts(nps, 1, 0, 1);
        assertThat(a.value()).isZero();
        assertThat(a.details().get("variance")).isCloseTo(1, within(1e-15));
        assertThat(a.details().get("standard_error")).isCloseTo(0.707, within(0.0005));
        Estimate b = fromCounts(nps, 0, 1, 1);
        assertThat(b.value()).isCloseTo(0.5, within(1e-15));
        assertThat(b.details().get("variance")).isCloseTo(0.25, within(1e-15));
        assertThat(b.details().get("standard_error")).isCloseTo(0.354, within(0.0005));
        Estimate c = fromCounts(nps, 1, 1, 1);
        assertThat(c.value()).isCloseTo(0, within(1e-15));
        assertThat(c.details().get("variance")).isCloseTo(2.0 / 3, within(1e-15));
        assertThat(c.details().get("standard_error")).isCloseTo(0.471, within(0.0005));
    }

    /** R NPS package tests: a single category gives −1, 0 or 1 with variance 0. */
    @Test
    void aSingleCategoryGivesMinusOneZeroOrOneWithNoVariance() {
        Nps nps = Nps.standard();
        assertThat(fromCounts(nps, 1, 0, 0).value()).isEqualTo(-1);
        assertThat(fromCounts(nps, 0, 1, 0).value()).isEqualTo(0);
        assertThat(fromCounts(nps, 0, 0, 1).value()).isEqualTo(1);
        assertThat(fromCounts(nps, 1, 0, 0).details().get("variance")).isZero();
        assertThat(fromCounts(nps, 0, 1, 0).details().get("variance")).isZero();
        assertThat(fromCounts(nps, 0, 0, 1).details().get("standard_error")).isZero();
    }

    /** R NPS package tests, custom breaks: scores 1..15 with breaks (0, 6, 8, 15) give 2/30, Var 0.8622. */
    @Test
    void customBreaksOnAFifteenPointScale() {
        Nps nps = new Nps(NpsBreaks.parse("0,6,8,15"), NpsInterval.ADJUSTED_WALD, 0.95);
        NpsAccumulator acc = nps.newAccumulator();
        byte[] scores = new byte[15];
        for (int i = 0; i < 15; i++) {
            scores[i] = (byte) (i + 1);
        }
        acc.addScores(scores, 0, 15);
        Estimate e = acc.result();
        assertThat(e.value()).isCloseTo(2.0 / 30, within(1e-15));
        assertThat(e.details().get("variance")).isCloseTo(0.8622, within(0.002));
        NpsAccumulator one = nps.newAccumulator();
        for (int s = 1; s <= 15; s++) {
            one.addScore(s);
        }
        assertThat(one.result()).isEqualTo(e);
    }

    /** survey.md worked case (Rocks 2016; MeasuringU): counts (25, 35, 40), n 100, 95%, Wald. */
    @Test
    void waldIntervalOfTheWorkedCase() {
        Estimate e = fromCounts(new Nps(NpsBreaks.STANDARD, NpsInterval.WALD, 0.95), 25, 35, 40);
        assertThat(e.value()).isCloseTo(0.15, within(1e-15));
        assertThat(e.details().get("standard_error")).isCloseTo(0.079215, within(5e-7));
        Interval ci = e.interval().orElseThrow();
        assertThat(ci.lower()).isCloseTo(-0.005258, within(5e-7));
        assertThat(ci.upper()).isCloseTo(0.305258, within(5e-7));
        assertThat(ci.method()).isEqualTo("wald");
        assertThat(ci.clamped()).isFalse();
    }

    /** survey.md worked case: adjusted-Wald (3,T): adjNPS 0.145631, SE 0.077861, CI [−0.006974, 0.298236]. */
    @Test
    void adjustedWaldIntervalOfTheWorkedCase() {
        Estimate e = fromCounts(Nps.standard(), 25, 35, 40);
        assertThat(e.value()).as("the reported value stays the observed NPS").isCloseTo(0.15, within(1e-15));
        assertThat(NpsStatistics.adjustedNps(25, 35, 40)).isCloseTo(0.145631, within(5e-7));
        assertThat(Math.sqrt(NpsStatistics.adjustedVariance(25, 35, 40) / 103)).isCloseTo(0.077861, within(5e-7));
        Interval ci = e.interval().orElseThrow();
        assertThat(ci.lower()).isCloseTo(-0.006974, within(5e-7));
        assertThat(ci.upper()).isCloseTo(0.298236, within(5e-7));
        assertThat(ci.method()).isEqualTo("adjusted-wald");
        assertThat(ci.confidence()).isEqualTo(0.95);
        assertThat(e.method()).isEqualTo("adjusted-wald");
    }

    /** survey.md: z is the two-sided quantile, 1.959964 at 95%, not the one-sided 1.645. */
    @Test
    void theIntervalUsesTheTwoSidedCriticalValue() {
        Interval ci = NpsStatistics.wald(25, 35, 40, 0.95);
        assertThat((ci.upper() - ci.lower()) / 2 / 0.079215).isCloseTo(1.959964, within(1e-5));
    }

    /** survey.md: bounds are clamped to [−1, 1], and the output says so. */
    @Test
    void boundsBeyondTheScaleAreClampedAndReported() {
        Interval wald = NpsStatistics.wald(0, 1, 9, 0.95);
        assertThat(wald.upper()).isEqualTo(1);
        assertThat(wald.clamped()).isTrue();
        Interval adj = NpsStatistics.adjustedWald(0, 0, 3, 0.95);
        assertThat(adj.upper()).isLessThanOrEqualTo(1);
        Interval adjDown = NpsStatistics.adjustedWald(2, 0, 0, 0.99);
        assertThat(adjDown.lower()).isEqualTo(-1);
        assertThat(adjDown.clamped()).isTrue();
    }

    /** MeasuringU, "How to Statistically Compare Two Net Promoter Scores": adjust each group, then z. */
    @Test
    void twoSampleComparisonFollowsMeasuringUsAdjustedMethod() {
        TwoSampleResult r = NpsStatistics.compare(25, 35, 40, 15, 30, 55, 0.95);
        double adj1 = (40 - 25) / 103.0;
        double adj2 = (55 - 15) / 103.0;
        double v1 = (40.75 + 25.75) / 103 - adj1 * adj1;
        double v2 = (55.75 + 15.75) / 103 - adj2 * adj2;
        double se = Math.sqrt(v1 / 103 + v2 / 103);
        assertThat(r.difference()).as("signed observed difference").isCloseTo(0.40 - 0.15, within(1e-15));
        assertThat(r.statistic()).isCloseTo((adj2 - adj1) / se, within(1e-12));
        assertThat(r.pValue()).isCloseTo(2 * (1 - io.cxkit.metrics.stat.Normal.cdf(r.statistic())), within(1e-12));
        assertThat(r.lower()).isCloseTo(adj2 - adj1 - 1.959963984540054 * se, within(1e-12));
        assertThat(r.upper()).isCloseTo(adj2 - adj1 + 1.959963984540054 * se, within(1e-12));
        TwoSampleResult back = NpsStatistics.compare(15, 30, 55, 25, 35, 40, 0.95);
        assertThat(back.difference()).isCloseTo(-r.difference(), within(1e-15));
        assertThat(back.statistic()).isCloseTo(-r.statistic(), within(1e-12));
        assertThat(back.pValue()).isCloseTo(r.pValue(), within(1e-15));
    }
}
