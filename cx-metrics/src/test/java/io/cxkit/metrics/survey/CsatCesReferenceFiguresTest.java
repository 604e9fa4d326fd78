package io.cxkit.metrics.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.Feedback;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.Interval;
import io.cxkit.metrics.testdata.RandomInteractions;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The CSAT, CES and proportion figures of {@code shared/vectors/survey.md}, section "CSAT, CES, proportions". */
class CsatCesReferenceFiguresTest {

    /** Delighted help centre: 74 of 107 answers are 4 or 5 on 1–5, so CSAT = 69 (69.16%). */
    @Test
    void delightedWorkedCase74Of107Is69Percent() {
        ShareAccumulator acc = Csat.standard().newAccumulator();
        byte[] answers = new byte[107];
        for (int i = 0; i < 107; i++) {
            answers[i] = (byte) (i < 40 ? 5 : i < 74 ? 4 : i < 90 ? 3 : i < 100 ? 2 : 1);
        }
        acc.addScores(answers, 5, 0, answers.length);
        Estimate e = acc.result();
        assertThat(e.value()).isCloseTo(0.6916, within(0.00005));
        assertThat(Math.round(e.value() * 100)).isEqualTo(69);
        assertThat(e.n()).isEqualTo(107);
        assertThat(e.details()).containsEntry("hits", 74.0).containsEntry("answers", 107.0);
    }

    /** CSAT is the top-box share, not the mean: the same answers through interactions. */
    @Test
    void theInteractionPathCountsTopBoxesPerScale() {
        ShareAccumulator acc = Csat.standard().newAccumulator();
        Random r = new Random(1);
        int[][] answers = {{4, 5}, {5, 5}, {3, 5}, {2, 3}, {3, 3}, {8, 10}, {7, 10}, {6, 7}, {5, 7}};
        for (int[] a : answers) {
            acc.add(RandomInteractions.base(r).feedback(new Feedback.Csat(a[0], a[1])).build());
        }
        // satisfied: 4/5, 5/5, 3/3, 8/10, 6/7 = 5 of 9
        assertThat(acc.result().details()).containsEntry("hits", 5.0).containsEntry("answers", 9.0);
    }

    /** The documented mapping: scale 3 → top 1, 4–7 → top 2, 10 → top 3 (8–10). */
    @Test
    void theDefaultMappingIsTheDocumentedOne() {
        CsatMapping m = CsatMapping.DEFAULT;
        assertThat(m.lowestSatisfied(3)).isEqualTo(3);
        assertThat(m.lowestSatisfied(4)).isEqualTo(3);
        assertThat(m.lowestSatisfied(5)).isEqualTo(4);
        assertThat(m.lowestSatisfied(7)).isEqualTo(6);
        assertThat(m.lowestSatisfied(10)).isEqualTo(8);
        assertThat(CsatMapping.parse("5:1").lowestSatisfied(5)).isEqualTo(5);
    }

    @Test
    void anAnswerOnAScaleTheMappingLacksIsRejectedNamingTheScale() {
        Csat fiveOnly = new Csat(new CsatMapping(java.util.Map.of(5, 2)), ProportionInterval.WILSON, 0.95);
        ShareAccumulator acc = fiveOnly.newAccumulator();
        var x = RandomInteractions.base(new Random(3)).feedback(new Feedback.Csat(6, 7)).build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> acc.add(x))
                .hasMessage("csat mapping has no entry for csat_scale 7; mapped: [5]");
        assertThat(acc.count()).isZero();
    }

    /** Sauro (MeasuringU, "Quantifying the User Experience", ch. 3): 4 of 5 gives the adjusted-Wald 36%–98%. */
    @Test
    void sauroWorkedCaseFourOfFiveGives36To98Percent() {
        Interval ci = ProportionStatistics.agrestiCoull(4, 5, 0.95);
        assertThat(ci.lower()).isCloseTo(0.36, within(0.005));
        assertThat(ci.upper()).isCloseTo(0.98, within(0.005));
        assertThat(ci.lower()).isCloseTo(0.35963115242381166, within(1e-12));
        assertThat(ci.upper()).isCloseTo(0.9796793687062835, within(1e-12));
        assertThat(ci.method()).isEqualTo("agresti-coull");
    }

    /** Wilson (1927) for 4 of 5, as R's binom.confint(4, 5, method = "wilson"): [0.3755, 0.9638]. */
    @Test
    void wilsonIntervalOfFourOfFive() {
        Interval ci = ProportionStatistics.wilson(4, 5, 0.95);
        assertThat(ci.lower()).isCloseTo(0.3755346297625253, within(1e-12));
        assertThat(ci.upper()).isCloseTo(0.9637758913675698, within(1e-12));
        assertThat(ci.clamped()).isFalse();
    }

    @Test
    void impossibleCountsAreRejected() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProportionStatistics.wilson(6, 5, 0.95))
                .hasMessage("a share needs n > 0 and 0 <= x <= n, had x 6.0, n 5.0");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProportionStatistics.agrestiCoull(0, 0, 0.95))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProportionStatistics.wald(1, 2, 1.5))
                .hasMessage("confidence must be within (0, 1), was 1.5");
    }

    @Test
    void agrestiCoullBoundsAreClampedToTheUnitIntervalAndSaySo() {
        Interval ci = ProportionStatistics.agrestiCoull(5, 5, 0.95);
        assertThat(ci.upper()).isEqualTo(1);
        assertThat(ci.clamped()).isTrue();
    }

    /**
     * CES 2.0 on 1–7: mean with a t interval. Answers 5,6,7,4,6,5,7,3: mean 5.375, s 1.407886, and with
     * t(0.975, 7) = 2.364624 the interval [4.197978, 6.552022] (R: t.test(x)$conf.int).
     */
    @Test
    void cesMeanHasAStudentTInterval() {
        MeanAccumulator acc = Ces.standard().newAccumulator();
        byte[] answers = {5, 6, 7, 4, 6, 5, 7, 3};
        acc.addScores(answers, 7, 0, answers.length);
        Estimate e = acc.result();
        assertThat(e.value()).isCloseTo(5.375, within(1e-12));
        assertThat(e.details().get("standard_deviation")).isCloseTo(1.407885953173359, within(1e-12));
        Interval ci = e.interval().orElseThrow();
        assertThat(ci.lower()).isCloseTo(4.197977887878484, within(1e-9));
        assertThat(ci.upper()).isCloseTo(6.552022112121516, within(1e-9));
        assertThat(ci.method()).isEqualTo("t");
    }

    /** CES 2.0: the share that agrees is the share of 5, 6 and 7. */
    @Test
    void cesAgreementIsTheShareOfFiveToSeven() {
        ShareAccumulator acc = CesAgree.standard().newAccumulator();
        byte[] answers = {5, 6, 7, 4, 6, 5, 7, 3};
        acc.addScores(answers, 7, 0, answers.length);
        assertThat(acc.result().value()).isCloseTo(6 / 8.0, within(1e-15));
    }

    /** The mean rating is its own metric: 4, 5, 3, 5 on 1–5 average 4.25, while CSAT is 3 of 4. */
    @Test
    void theMeanRatingIsSeparateFromTheTopBoxShare() {
        MeanAccumulator mean = CsatMean.standard().newAccumulator();
        ShareAccumulator share = Csat.standard().newAccumulator();
        Random r = new Random(2);
        for (int s : new int[] {4, 5, 3, 5}) {
            var x = RandomInteractions.base(r).feedback(new Feedback.Csat(s, 5)).build();
            mean.add(x);
            share.add(x);
        }
        assertThat(mean.result().value()).isCloseTo(4.25, within(1e-15));
        assertThat(share.result().value()).isCloseTo(0.75, within(1e-15));
    }

    @Test
    void meanRatingsOnOtherScalesAreMappedLinearlyOntoTheMetricsScale() {
        MeanAccumulator mean = CsatMean.standard().newAccumulator();
        mean.addScore(10, 10);
        mean.addScore(1, 10);
        mean.addScore(3, 5);
        assertThat(mean.result().value()).isCloseTo((5 + 1 + 3) / 3.0, within(1e-12));
    }
}
