package io.cxkit.metrics.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NpsBreaksTest {
    @Test
    void standardBreaksMakeZeroToSixDetractorsAndNineToTenPromoters() {
        int[] detractors = IntStream.rangeClosed(0, 10).filter(NpsBreaks.STANDARD::isDetractor).toArray();
        int[] promoters = IntStream.rangeClosed(0, 10).filter(NpsBreaks.STANDARD::isPromoter).toArray();
        assertThat(detractors).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(promoters).containsExactly(9, 10);
    }

    @Test
    void customBreaksMoveBothCutPointsAndScoresOffTheScaleAreNeither() {
        NpsBreaks b = NpsBreaks.parse("0,6,8,15");
        assertThat(b.isDetractor(6)).isTrue();
        assertThat(b.isDetractor(7)).isFalse();
        assertThat(b.isPromoter(8)).isFalse();
        assertThat(b.isPromoter(15)).isTrue();
        assertThat(b.isPromoter(16)).isFalse();
        assertThat(b.isDetractor(-1)).isFalse();
    }
}
