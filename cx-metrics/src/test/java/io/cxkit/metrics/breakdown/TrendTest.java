package io.cxkit.metrics.breakdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.Feedback;
import io.cxkit.metrics.Comparison;
import io.cxkit.metrics.testdata.RandomInteractions;
import io.cxkit.metrics.testdata.StarRatingMetric;
import io.cxkit.metrics.survey.Ces;
import io.cxkit.metrics.survey.Csat;
import io.cxkit.metrics.survey.Nps;
import io.cxkit.metrics.survey.NpsAccumulator;
import io.cxkit.metrics.survey.NpsStatistics;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TrendTest {
    private static final ZoneId UTC = ZoneId.of("UTC");

    private static void answers(Breakdown b, String month, int detractors, int passives, int promoters) {
        String when = month + "-10T10:00:00Z";
        for (int i = 0; i < detractors; i++) {
            b.add(BreakdownTest.answer("web", when, 2));
        }
        for (int i = 0; i < passives; i++) {
            b.add(BreakdownTest.answer("web", when, 7));
        }
        for (int i = 0; i < promoters; i++) {
            b.add(BreakdownTest.answer("web", when, 10));
        }
    }

    @Test
    void eachMonthIsComparedWithThePreviousByTheAdjustedWaldDifferenceAndSignificantChangesAreFlagged() {
        Breakdown b = Breakdown.of(List.of(Nps.standard()), List.of(Dimension.time(TimeBucket.MONTH, UTC)));
        answers(b, "2026-01", 25, 35, 40);
        answers(b, "2026-02", 24, 35, 41);
        answers(b, "2026-04", 10, 30, 60);
        List<TrendPoint> t = Trend.of(b, "month", 0.95);
        assertThat(t).extracting(TrendPoint::period).containsExactly("2026-01", "2026-02", "2026-04");
        assertThat(t.get(0).change()).isEmpty();
        assertThat(t.get(0).significant()).isFalse();
        assertThat(t.get(1).previousPeriod()).contains("2026-01");
        assertThat(t.get(1).significant()).isFalse();
        Comparison april = t.get(2).change().orElseThrow();
        assertThat(t.get(2).previousPeriod()).as("the previous period with data").contains("2026-02");
        assertThat(april.difference()).isCloseTo(0.50 - 0.17, within(1e-12));
        assertThat(april.statistic()).isCloseTo(NpsStatistics.compare(24, 35, 41, 10, 30, 60, 0.95).statistic(),
                within(1e-12));
        assertThat(t.get(2).significant()).isTrue();
    }

    @Test
    void trendsRunPerSeriesOfTheOtherDimensions() {
        Breakdown b = Breakdown.of(List.of(Nps.standard()),
                List.of(Dimension.channel(), Dimension.time(TimeBucket.MONTH, UTC)));
        b.add(BreakdownTest.answer("web", "2026-01-05T00:00:00Z", 9));
        b.add(BreakdownTest.answer("phone", "2026-02-05T00:00:00Z", 9));
        b.add(BreakdownTest.answer("web", "2026-02-05T00:00:00Z", 9));
        List<TrendPoint> t = Trend.of(b, "month", 0.95);
        assertThat(t).extracting(p -> p.series().get("channel") + " " + p.period() + " " + p.previousPeriod()
                .orElse("-")).containsExactly("phone 2026-02 -", "web 2026-01 -", "web 2026-02 2026-01");
    }

    @Test
    void proportionsUseTheTwoProportionTestMeansWelchAndMetricsWithoutATestGetNone() {
        Breakdown b = Breakdown.of(List.of(Csat.standard(), Ces.standard(), new StarRatingMetric()),
                List.of(Dimension.time(TimeBucket.MONTH, UTC)));
        Random r = new Random(3);
        for (int i = 0; i < 40; i++) {
            b.add(RandomInteractions.base(r).timestamp(Instant.parse("2026-01-03T00:00:00Z"))
                    .feedback(new Feedback.Csat(1 + i % 5, 5)).feedback(new Feedback.Ces(1 + i % 7))
                    .feedback(new Feedback.Rating(1 + i % 5, 5)).build());
            b.add(RandomInteractions.base(r).timestamp(Instant.parse("2026-02-03T00:00:00Z"))
                    .feedback(new Feedback.Csat(5, 5)).feedback(new Feedback.Ces(2 + i % 6))
                    .feedback(new Feedback.Rating(5, 5)).build());
        }
        List<TrendPoint> feb = Trend.of(b, "month", 0.95).stream().filter(p -> p.period().equals("2026-02")).toList();
        assertThat(feb).extracting(TrendPoint::metric).containsExactly("csat", "ces", "stars");
        assertThat(feb.get(0).change().orElseThrow().method()).isEqualTo("two-proportion-z");
        assertThat(feb.get(0).significant()).isTrue();
        assertThat(feb.get(1).change().orElseThrow().method()).isEqualTo("welch-t");
        assertThat(feb.get(2).change()).isEmpty();
        assertThat(feb.get(2).significant()).isFalse();
    }

    @Test
    void aTrendNeedsTheNamedTimeDimension() {
        Breakdown b = Breakdown.of(List.of(Nps.standard()), List.of(Dimension.channel()));
        assertThatThrownBy(() -> Trend.of(b, "month", 0.95))
                .hasMessage("the breakdown has no dimension 'month'; it has [channel]");
    }

    @Test
    void beforeAfterAroundADateUsesTheMetricsTest() {
        TwoGroupComparison<NpsAccumulator> c = TwoGroupComparison.splitAt(Nps.standard(),
                Instant.parse("2026-03-01T00:00:00Z"));
        for (int i = 0; i < 100; i++) {
            c.add(BreakdownTest.answer("web", "2026-02-10T00:00:00Z", i < 40 ? 0 : 9));
            c.add(BreakdownTest.answer("web", "2026-03-01T00:00:00Z", i < 20 ? 0 : 9));
        }
        Comparison r = c.compare(0.95);
        assertThat(c.baseline().count()).isEqualTo(100);
        assertThat(c.current().count()).isEqualTo(100);
        assertThat(r.difference()).isCloseTo(0.40, within(1e-12));
        assertThat(r.significantAt(0.05)).isTrue();
    }

    @Test
    void twoValuesOfADimensionCompareAndOthersAreIgnored() {
        TwoGroupComparison<NpsAccumulator> c = TwoGroupComparison.between(Nps.standard(), Dimension.channel(),
                "web", "phone");
        c.add(BreakdownTest.answer("web", "2026-02-10T00:00:00Z", 0));
        c.add(BreakdownTest.answer("phone", "2026-02-10T00:00:00Z", 10));
        c.add(BreakdownTest.answer("chat", "2026-02-10T00:00:00Z", 10));
        assertThat(c.compare(0.95).difference()).isEqualTo(2.0);
        assertThat(c.baseline().count() + c.current().count()).isEqualTo(2);
        assertThatThrownBy(() -> TwoGroupComparison.between(Nps.standard(), Dimension.channel(), "web", "web"))
                .hasMessage("the two groups must differ, both were 'web'");
    }
}
