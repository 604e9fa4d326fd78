package io.cxkit.metrics.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HealthScoreTest {

    @Test
    void reproducesTheCertiniaWorkedCaseOfTenPoints() {
        // vectors/survey.md "Retention and health", Certinia (FinancialForce) piecewise-linear rule:
        // lower 10, upper 20, weight 50, value 12 gives 10 points.
        assertThat(HealthRule.of("logins", 10, 20, 50).points(12)).isCloseTo(10, within(1e-12));
    }

    @Test
    void earnsNothingAtOrBelowTheLowerBoundAndTheFullWeightAtOrAboveTheUpper() {
        HealthRule r = HealthRule.of("logins", 10, 20, 50);
        assertThat(r.points(10)).isZero();
        assertThat(r.points(-3)).isZero();
        assertThat(r.points(20)).isEqualTo(50);
        assertThat(r.points(99)).isEqualTo(50);
        assertThat(r.points(15)).isEqualTo(25);
    }

    @Test
    void aLowerIsBetterRuleRunsTheOtherWay() {
        HealthRule tickets = HealthRule.lowerIsBetter("open_tickets", 0, 5, 20);
        assertThat(tickets.points(0)).isEqualTo(20);
        assertThat(tickets.points(1)).isCloseTo(16, within(1e-12));
        assertThat(tickets.points(7)).isZero();
    }

    @Test
    void theScoreSumsTheRulesAndReportsMissingMeasuresAsZero() {
        HealthScore score = new HealthScore(List.of(HealthRule.of("logins", 10, 20, 50), HealthRule.of("nps", -1, 1, 30),
                HealthRule.lowerIsBetter("open_tickets", 0, 5, 20)));
        HealthScore.Result r = score.score(Map.of("logins", 12.0, "nps", 0.5));
        assertThat(r.score()).isCloseTo(10 + 22.5, within(1e-12));
        assertThat(r.maximum()).isEqualTo(100);
        assertThat(r.share()).isCloseTo(0.325, within(1e-12));
        assertThat(r.points()).containsEntry("open_tickets", 0.0);
        assertThat(r.missing()).containsExactly("open_tickets");
    }

    @Test
    void rejectsBadBoundsWeightsDuplicatesAndNaN() {
        assertThatThrownBy(() -> HealthRule.of("x", 20, 10, 50)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lower < upper, were 20.0 and 10.0");
        assertThatThrownBy(() -> HealthRule.of("x", 0, 10, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HealthRule.of(" ", 0, 10, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HealthScore(List.of(HealthRule.of("x", 0, 1, 1), HealthRule.of("x", 0, 2, 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two rules for measure 'x'");
        assertThatThrownBy(() -> new HealthScore(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HealthRule.of("x", 0, 1, 1).points(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
