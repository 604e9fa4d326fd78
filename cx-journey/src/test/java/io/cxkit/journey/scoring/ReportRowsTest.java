package io.cxkit.journey.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.CustomerId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ReportRowsTest {
    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void atRiskRowsAreOnePerAlertAndReasonInOrder() {
        AtRiskAlert ann = new AtRiskAlert(CustomerId.of("ann"), OptionalDouble.of(12.5), T, List.of(
                new AtRiskReason(AtRiskReason.Rule.ROLLING_SCORE, "score 12.5", T),
                new AtRiskReason(AtRiskReason.Rule.REPEAT_UNRESOLVED, "2 unresolved", T.minusSeconds(60))));
        AtRiskAlert bob = new AtRiskAlert(CustomerId.of("bob"), OptionalDouble.empty(), T, List.of(
                new AtRiskReason(AtRiskReason.Rule.DETRACTOR_AFTER_WAIT, "NPS 2", T)));
        List<AtRiskRow> rows = AtRiskRow.of(List.of(ann, bob));
        assertThat(rows).extracting(r -> r.customer().value()).containsExactly("ann", "ann", "bob");
        assertThat(rows).extracting(AtRiskRow::rule).containsExactly(AtRiskReason.Rule.ROLLING_SCORE,
                AtRiskReason.Rule.REPEAT_UNRESOLVED, AtRiskReason.Rule.DETRACTOR_AFTER_WAIT);
        assertThat(rows.get(1).at()).isEqualTo(T.minusSeconds(60));
        assertThat(rows.get(1).rollingScore()).hasValue(12.5);
        assertThat(rows.get(2).rollingScore()).isEmpty();
    }

    @Test
    void topKeepsTheFirstPainPointsAndEveryCount() {
        PainPoint a = point("a", 5);
        PainPoint b = point("b", 3);
        PainPointReport r = new PainPointReport(10, 4, 0.25, PainPoints.RankBy.DROP_OFF, List.of(a, b));
        PainPointReport one = r.top(1);
        assertThat(one.painPoints()).containsExactly(a);
        assertThat(one.journeys()).isEqualTo(10);
        assertThat(one.baselineDetractorRate()).isEqualTo(0.25);
        assertThat(r.top(5)).isSameAs(r);
        assertThat(r.top(0).painPoints()).isEmpty();
        assertThatThrownBy(() -> r.top(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }

    private static PainPoint point(String from, long journeys) {
        return new PainPoint(PainPoint.Kind.TOUCHPOINT, from, Optional.empty(), journeys, 1, 1.0 / journeys, 0, 0,
                Double.NaN, Double.NaN, Double.NaN, false, 60, 60.0 / journeys);
    }
}
