package io.cxkit.metrics.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.metrics.Comparison;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.Interval;
import io.cxkit.metrics.testdata.RandomInteractions;
import io.cxkit.metrics.MetricOptions;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NpsTest {

    @Test
    void theColumnarPathCountsExactlyAsOneScoreAtATimeForEveryLengthAndOffset() {
        Random random = new Random(3);
        for (int trial = 0; trial < 300; trial++) {
            byte[] scores = new byte[random.nextInt(80)];
            for (int i = 0; i < scores.length; i++) {
                scores[i] = (byte) random.nextInt(11);
            }
            int from = scores.length == 0 ? 0 : random.nextInt(scores.length);
            int to = from + random.nextInt(scores.length - from + 1);
            NpsAccumulator bulk = Nps.standard().newAccumulator();
            bulk.addScores(scores, from, to);
            NpsAccumulator single = Nps.standard().newAccumulator();
            for (int i = from; i < to; i++) {
                single.addScore(scores[i]);
            }
            assertThat(bulk.detractors()).isEqualTo(single.detractors());
            assertThat(bulk.passives()).isEqualTo(single.passives());
            assertThat(bulk.promoters()).isEqualTo(single.promoters());
        }
    }

    @Test
    void aColumnWithAScoreOffTheScaleIsRejectedWholeNamingTheScoreAndIndex() {
        NpsAccumulator acc = Nps.standard().newAccumulator();
        byte[] scores = {9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 11, 9};
        assertThatThrownBy(() -> acc.addScores(scores, 0, scores.length))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("nps score must be within 0..10, was 11 at index 10");
        byte[] negative = {9, 9, 9, 9, 9, 9, 9, -1, 9};
        assertThatThrownBy(() -> acc.addScores(negative, 0, negative.length))
                .hasMessage("nps score must be within 0..10, was -1 at index 7");
        assertThat(acc.count()).isZero();
        acc.addScores(scores, 0, 10);
        assertThat(acc.promoters()).isEqualTo(10);
    }

    @Test
    void everyByteValueOutsideTheScaleIsCaughtInEveryLaneOfTheFastPath() {
        for (int bad = -128; bad <= 127; bad++) {
            if (bad >= 0 && bad <= 10) {
                continue;
            }
            for (int lane = 0; lane < 8; lane++) {
                byte[] scores = new byte[16];
                scores[lane] = (byte) bad;
                NpsAccumulator acc = Nps.standard().newAccumulator();
                assertThatThrownBy(() -> acc.addScores(scores, 0, 16)).as("byte %d in lane %d", bad, lane)
                        .isInstanceOf(IllegalArgumentException.class);
            }
        }
    }

    @Test
    void aScaleStartingAboveZeroRejectsLowScoresInTheFastPathAndCountsTheRest() {
        Nps oneToFifteen = new Nps(NpsBreaks.parse("1,6,8,15"), NpsInterval.ADJUSTED_WALD, 0.95);
        Random random = new Random(8);
        byte[] scores = new byte[100];
        NpsAccumulator single = oneToFifteen.newAccumulator();
        for (int i = 0; i < scores.length; i++) {
            scores[i] = (byte) (1 + random.nextInt(15));
            single.addScore(scores[i]);
        }
        NpsAccumulator bulk = oneToFifteen.newAccumulator();
        bulk.addScores(scores, 0, scores.length);
        assertThat(bulk.result()).isEqualTo(single.result());
        scores[37] = 0;
        assertThatThrownBy(() -> bulk.addScores(scores, 0, scores.length))
                .hasMessage("nps score must be within 1..15, was 0 at index 37");
        assertThat(bulk.count()).isEqualTo(100);
    }

    @Test
    void groupedColumnsCountEachRowIntoItsGroup() {
        Random random = new Random(5);
        int rows = 1000;
        byte[] scores = new byte[rows];
        int[] groups = new int[rows];
        NpsAccumulator[] expected = new NpsAccumulator[4];
        NpsAccumulator[] grouped = new NpsAccumulator[4];
        for (int g = 0; g < 4; g++) {
            expected[g] = Nps.standard().newAccumulator();
            grouped[g] = Nps.standard().newAccumulator();
        }
        for (int i = 0; i < rows; i++) {
            scores[i] = (byte) random.nextInt(11);
            groups[i] = random.nextInt(4);
            expected[groups[i]].addScore(scores[i]);
        }
        NpsAccumulator.addScoresGrouped(scores, groups, 0, rows, grouped);
        for (int g = 0; g < 4; g++) {
            assertThat(grouped[g].result()).isEqualTo(expected[g].result());
        }
    }

    @Test
    void groupedColumnsMatchANaiveLoopOverManySeedsScalesAndRanges() {
        NpsBreaks[] scales = {NpsBreaks.STANDARD, new NpsBreaks(1, 2, 3, 5), new NpsBreaks(0, 60, 80, 100)};
        for (long seed = 0; seed < 30; seed++) {
            Random random = new Random(seed);
            NpsBreaks breaks = scales[(int) (seed % scales.length)];
            Nps nps = new Nps(breaks, NpsInterval.ADJUSTED_WALD, 0.95);
            int rows = random.nextInt(300);
            int k = 1 + random.nextInt(12);
            byte[] scores = new byte[rows];
            int[] groups = new int[rows];
            for (int i = 0; i < rows; i++) {
                scores[i] = (byte) (breaks.lowest() + random.nextInt(breaks.highest() - breaks.lowest() + 1));
                // Long runs of one key are the case the independent histograms exist for.
                groups[i] = random.nextInt(4) == 0 || i == 0 ? random.nextInt(k) : groups[i - 1];
            }
            int from = rows == 0 ? 0 : random.nextInt(rows);
            int to = from + random.nextInt(rows - from + 1);
            NpsAccumulator[] grouped = new NpsAccumulator[k];
            long[][] naive = new long[k][3];
            for (int g = 0; g < k; g++) {
                grouped[g] = nps.newAccumulator();
            }
            for (int i = from; i < to; i++) {
                int s = scores[i];
                naive[groups[i]][s <= breaks.detractorMax() ? 0 : s <= breaks.passiveMax() ? 1 : 2]++;
            }
            // Twice, so the second call runs on the scratch histograms the first one left behind.
            NpsAccumulator.addScoresGrouped(scores, groups, from, to, grouped);
            NpsAccumulator.addScoresGrouped(scores, groups, from, to, grouped);
            for (int g = 0; g < k; g++) {
                assertThat(grouped[g].counts).as("seed %d group %d", seed, g)
                        .containsExactly(2 * naive[g][0], 2 * naive[g][1], 2 * naive[g][2]);
            }
        }
    }

    @Test
    void groupedColumnsRejectABadGroupIndexOrScoreBeforeCountingAnything() {
        NpsAccumulator[] grouped = {Nps.standard().newAccumulator(), Nps.standard().newAccumulator()};
        assertThatThrownBy(() -> NpsAccumulator.addScoresGrouped(new byte[] {1, 2, 3}, new int[] {0, 1, 2}, 0, 3,
                grouped)).hasMessage("group index 2 at index 2 is outside 0..1");
        assertThatThrownBy(() -> NpsAccumulator.addScoresGrouped(new byte[] {1, 12, 3}, new int[] {0, 1, 1}, 0, 3,
                grouped)).hasMessage("nps score must be within 0..10, was 12 at index 1");
        assertThat(grouped[0].count() + grouped[1].count()).isZero();
        // A rejected call leaves no trace in the scratch histograms either: the next call counts only its rows.
        assertThatThrownBy(() -> NpsAccumulator.addScoresGrouped(new byte[] {9, 9, 9, 9, 9},
                new int[] {0, 1, 0, 1, -1}, 0, 5, grouped)).hasMessage("group index -1 at index 4 is outside 0..1");
        NpsAccumulator.addScoresGrouped(new byte[] {0, 7, 10}, new int[] {0, 1, 1}, 0, 3, grouped);
        assertThat(grouped[0].counts).containsExactly(1L, 0L, 0L);
        assertThat(grouped[1].counts).containsExactly(0L, 1L, 1L);
    }

    @Test
    void interactionsWithoutAnNpsAnswerAreIgnored() {
        NpsAccumulator acc = Nps.standard().newAccumulator();
        acc.add(RandomInteractions.base(new Random(1)).feedback(new Feedback.Csat(4, 5)).build());
        acc.add(RandomInteractions.base(new Random(2)).feedback(new Feedback.Nps(10)).build());
        assertThat(acc.count()).isEqualTo(1);
        assertThat(acc.result().value()).isEqualTo(1);
    }

    @Test
    void anEmptyStateHasNoValueAndNoInterval() {
        Estimate e = Nps.standard().newAccumulator().result();
        assertThat(e.value()).isNaN();
        assertThat(e.n()).isZero();
        assertThat(e.interval()).isEmpty();
    }

    @Test
    void weightsOfOneGiveTheUnweightedFigure() {
        NpsAccumulator plain = Nps.standard().newAccumulator();
        NpsAccumulator weighted = Nps.standard().newAccumulator();
        int[] scores = {0, 3, 7, 8, 9, 10, 10, 6, 9};
        for (int s : scores) {
            plain.addScore(s);
            weighted.addWeightedScore(s, 1.0);
        }
        assertThat(weighted.result().value()).isCloseTo(plain.result().value(), within(1e-15));
        assertThat(weighted.effectiveN()).isCloseTo(9, within(1e-12));
        assertThat(weighted.result().interval().orElseThrow().lower())
                .isCloseTo(plain.result().interval().orElseThrow().lower(), within(1e-12));
    }

    /** Kish (1965): n_eff = (Σw)²/Σw²; weights (1, 3) on one promoter and one detractor give n_eff 1.6. */
    @Test
    void weightedNpsUsesTheWeightedSharesAndTheKishEffectiveN() {
        NpsAccumulator acc = Nps.standard().newAccumulator();
        acc.addWeightedScore(10, 3);
        acc.addWeightedScore(0, 1);
        Estimate e = acc.result();
        assertThat(e.value()).isCloseTo((3 - 1) / 4.0, within(1e-15));
        assertThat(e.n()).isEqualTo(2);
        assertThat(e.details().get("effective_n")).isCloseTo(16.0 / 10, within(1e-15));
        Interval expected = NpsStatistics.adjustedWald(0.25 * 1.6, 0, 0.75 * 1.6, 0.95);
        assertThat(e.interval()).contains(expected);
    }

    @Test
    void aNegativeOrNonFiniteWeightIsRejected() {
        NpsAccumulator acc = Nps.standard().newAccumulator();
        assertThatThrownBy(() -> acc.addWeightedScore(9, -1)).hasMessage("weight must be 0 or within 1.0E-100..1.0E100, was -1.0");
        assertThatThrownBy(() -> acc.addWeightedScore(9, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> acc.addWeightedScore(9, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void weightsSoLargeOrSmallThatTheirSquaresLeaveTheDoublesAreRefusedNamingTheWeight() {
        NpsAccumulator acc = Nps.standard().newAccumulator();
        assertThatThrownBy(() -> acc.addWeightedScore(9, 1e154)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("weight");
        assertThatThrownBy(() -> acc.addWeightedScore(9, 1e-300)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("weight");
        acc.addWeightedScore(9, 1e99);
        acc.addWeightedScore(3, 1e-99);
        assertThat(acc.result().value()).isFinite();
        assertThat(acc.result().n()).isPositive();
    }

    @Test
    void aMergeWhoseCountWouldPassTwoToThe53IsRefusedRatherThanWrapping() throws Exception {
        Nps nps = Nps.standard();
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        java.io.DataOutputStream out = new java.io.DataOutputStream(b);
        out.writeByte(0);
        out.writeByte(6);
        out.writeByte(8);
        out.writeByte(10);
        out.writeLong(1L << 52);
        out.writeLong(0);
        out.writeLong((1L << 52) - 1);
        out.writeLong(0);
        for (int i = 0; i < 4; i++) {
            out.writeDouble(0);
        }
        NpsAccumulator big = nps.codec().read(new java.io.DataInputStream(new java.io.ByteArrayInputStream(
                b.toByteArray())), 1);
        NpsAccumulator other = nps.newAccumulator();
        other.addScore(9);
        other.addScore(9);
        assertThatThrownBy(() -> big.merge(other)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("answers");
        assertThat(big.count()).isEqualTo((1L << 53) - 1);
        java.io.ByteArrayOutputStream c = new java.io.ByteArrayOutputStream();
        java.io.DataOutputStream o2 = new java.io.DataOutputStream(c);
        o2.writeByte(0);
        o2.writeByte(6);
        o2.writeByte(8);
        o2.writeByte(10);
        o2.writeLong(Long.MAX_VALUE / 2);
        o2.writeLong(Long.MAX_VALUE / 2);
        o2.writeLong(0);
        o2.writeLong(0);
        for (int i = 0; i < 4; i++) {
            o2.writeDouble(0);
        }
        assertThatThrownBy(() -> nps.codec().read(new java.io.DataInputStream(new java.io.ByteArrayInputStream(
                c.toByteArray())), 1)).isInstanceOf(io.cxkit.metrics.StateFormatException.class);
    }

    @Test
    void optionsChooseTheIntervalTheConfidenceAndTheBreaks() {
        Nps nps = Nps.from(MetricOptions.defaults().withConfidence(0.9).withIntervalMethod("score")
                .withSetting("nps.breaks", "0,6,8,10"));
        assertThat(nps.interval()).isEqualTo(NpsInterval.SCORE);
        assertThat(nps.confidence()).isEqualTo(0.9);
        assertThatThrownBy(() -> Nps.from(MetricOptions.defaults().withIntervalMethod("bootstrap")))
                .hasMessage("nps interval method must be one of wald, adjusted-wald, score; was 'bootstrap'");
        assertThatThrownBy(() -> NpsBreaks.parse("0,8,6,10")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(0, 8, 6, 10)");
    }

    @Test
    void mergingStatesOfDifferentScalesIsRefused() {
        NpsAccumulator a = Nps.standard().newAccumulator();
        NpsAccumulator b = new Nps(NpsBreaks.parse("0,6,8,15"), NpsInterval.WALD, 0.95).newAccumulator();
        assertThatThrownBy(() -> a.merge(b)).hasMessageContaining("different scales");
    }

    @Test
    void scoreIntervalContainsTheEstimateStaysInRangeAndNarrowsWithN() {
        Random random = new Random(9);
        for (int trial = 0; trial < 200; trial++) {
            int d = random.nextInt(30);
            int o = random.nextInt(30);
            int p = random.nextInt(30);
            if (d + o + p == 0) {
                continue;
            }
            Interval ci = NpsStatistics.score(d, o, p, 0.95);
            double est = NpsStatistics.nps(d, o, p);
            assertThat(ci.lower()).isBetween(-1.0, est + 1e-12);
            assertThat(ci.upper()).isBetween(est - 1e-12, 1.0);
            Interval wider = NpsStatistics.score(d, o, p, 0.99);
            assertThat(wider.lower()).isLessThanOrEqualTo(ci.lower() + 1e-12);
            Interval bigger = NpsStatistics.score(10 * d, 10 * o, 10 * p, 0.95);
            assertThat(bigger.upper() - bigger.lower()).isLessThan(ci.upper() - ci.lower() + 1e-12);
        }
    }

    @Test
    void forLargeSamplesTheScoreIntervalApproachesWald() {
        Interval score = NpsStatistics.score(25_000, 35_000, 40_000, 0.95);
        Interval wald = NpsStatistics.wald(25_000, 35_000, 40_000, 0.95);
        assertThat(score.lower()).isCloseTo(wald.lower(), within(1e-4));
        assertThat(score.upper()).isCloseTo(wald.upper(), within(1e-4));
    }

    @Test
    void comparisonOfCurrentAgainstBaselineIsSigned() {
        Nps nps = Nps.standard();
        NpsAccumulator before = nps.newAccumulator();
        NpsAccumulator after = nps.newAccumulator();
        for (int i = 0; i < 100; i++) {
            before.addScore(i < 40 ? 0 : 9);
            after.addScore(i < 20 ? 0 : 9);
        }
        Comparison c = nps.compare(before, after, 0.95);
        assertThat(c.difference()).isCloseTo(0.4, within(1e-12));
        assertThat(c.statistic()).isPositive();
        assertThat(c.significantAt(0.05)).isTrue();
        assertThat(c.method()).isEqualTo("adjusted-wald-difference");
        Comparison empty = nps.compare(nps.newAccumulator(), after, 0.95);
        assertThat(empty.pValue()).isNaN();
        assertThat(empty.significantAt(0.05)).isFalse();
    }

    @Test
    void interactionsThroughTheInteractionPathMatchTheColumn() {
        Random random = new Random(12);
        NpsAccumulator viaInteractions = Nps.standard().newAccumulator();
        byte[] column = new byte[200];
        for (int i = 0; i < 200; i++) {
            column[i] = (byte) random.nextInt(11);
            Interaction x = RandomInteractions.base(random).feedback(new Feedback.Nps(column[i])).build();
            viaInteractions.add(x);
        }
        NpsAccumulator viaColumn = Nps.standard().newAccumulator();
        viaColumn.addScores(column, 0, 200);
        assertThat(viaInteractions.result()).isEqualTo(viaColumn.result());
    }

    @Test
    void theTypedEstimateCarriesTheCategorySharesWithoutReadingDetailsBack() {
        NpsAccumulator acc = Nps.standard().newAccumulator();
        for (int i = 0; i < 25; i++) {
            acc.addScore(3);
        }
        for (int i = 0; i < 35; i++) {
            acc.addScore(8);
        }
        for (int i = 0; i < 40; i++) {
            acc.addScore(10);
        }
        NpsEstimate e = acc.estimate();
        assertThat(e.promoterShare()).isEqualTo(0.40);
        assertThat(e.passiveShare()).isEqualTo(0.35);
        assertThat(e.detractorShare()).isEqualTo(0.25);
        assertThat(e.points()).isCloseTo(15.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(e.promoters()).isEqualTo(40.0);
        assertThat(e.effectiveN()).isEmpty();
        assertThat(e.estimate()).isEqualTo(acc.result());
        assertThat(Nps.standard().newAccumulator().estimate().promoterShare()).isNaN();
    }
}
