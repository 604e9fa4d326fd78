package io.cxkit.metrics.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The grouped column entry points of the share and mean accumulators (what a columnar read hands over: a group
 * number and a score per row) give each group the state of adding its own rows alone, and are all or nothing.
 */
class GroupedColumnsTest {
    private static final int ROWS = 10_000;
    private static final int GROUPS = 5;

    @Test
    void groupedCsatAndCesAgreeEqualEachGroupsOwnColumn() {
        SplittableRandom random = new SplittableRandom(11);
        for (ShareMetric metric : new ShareMetric[] {Csat.standard(), CesAgree.standard()}) {
            int scale = metric instanceof Csat ? 5 : 7;
            byte[] scores = new byte[ROWS];
            int[] groups = new int[ROWS];
            ShareAccumulator[] grouped = new ShareAccumulator[GROUPS];
            ShareAccumulator[] alone = new ShareAccumulator[GROUPS];
            for (int g = 0; g < GROUPS; g++) {
                grouped[g] = metric.newAccumulator();
                alone[g] = metric.newAccumulator();
            }
            for (int i = 0; i < ROWS; i++) {
                scores[i] = (byte) (1 + random.nextInt(scale));
                groups[i] = random.nextInt(GROUPS);
                alone[groups[i]].addScores(scores, scale, i, i + 1);
            }
            ShareAccumulator.addScoresGrouped(scores, scale, groups, 0, ROWS, grouped);
            for (int g = 0; g < GROUPS; g++) {
                assertThat(grouped[g].count()).isEqualTo(alone[g].count()).isPositive();
                assertThat(grouped[g].result()).isEqualTo(alone[g].result());
            }
        }
    }

    @Test
    void groupedCesAndCsatMeanEqualEachGroupsOwnColumn() {
        SplittableRandom random = new SplittableRandom(12);
        for (MeanMetric metric : new MeanMetric[] {Ces.standard(), CsatMean.standard()}) {
            int scale = metric instanceof Ces ? 7 : 5;
            byte[] scores = new byte[ROWS];
            int[] groups = new int[ROWS];
            MeanAccumulator[] grouped = new MeanAccumulator[GROUPS];
            MeanAccumulator[] alone = new MeanAccumulator[GROUPS];
            for (int g = 0; g < GROUPS; g++) {
                grouped[g] = metric.newAccumulator();
                alone[g] = metric.newAccumulator();
            }
            for (int i = 0; i < ROWS; i++) {
                scores[i] = (byte) (1 + random.nextInt(scale));
                groups[i] = random.nextInt(GROUPS);
                alone[groups[i]].addScore(scores[i], scale);
            }
            MeanAccumulator.addScoresGrouped(scores, scale, groups, 0, ROWS, grouped);
            for (int g = 0; g < GROUPS; g++) {
                assertThat(grouped[g].count()).isEqualTo(alone[g].count()).isPositive();
                assertThat(grouped[g].result()).isEqualTo(alone[g].result());
            }
        }
    }

    @Test
    void aScoreOffTheScaleOrAGroupOutOfRangeAddsNothing() {
        ShareAccumulator[] csat = {Csat.standard().newAccumulator(), Csat.standard().newAccumulator()};
        assertThatThrownBy(() -> ShareAccumulator.addScoresGrouped(new byte[] {3, 6}, 5, new int[] {0, 1}, 0, 2,
                csat)).hasMessage("csat score must be within 1..5, was 6 at index 1");
        assertThatThrownBy(() -> ShareAccumulator.addScoresGrouped(new byte[] {3, 4}, 5, new int[] {0, 2}, 0, 2,
                csat)).hasMessage("group index 2 at index 1 is outside 0..1");
        MeanAccumulator[] ces = {Ces.standard().newAccumulator()};
        assertThatThrownBy(() -> MeanAccumulator.addScoresGrouped(new byte[] {0}, 7, new int[] {0}, 0, 1, ces))
                .hasMessage("ces score must be within 1..7, was 0 at index 0");
        assertThat(csat[0].count() + csat[1].count() + ces[0].count()).isZero();
    }
}
