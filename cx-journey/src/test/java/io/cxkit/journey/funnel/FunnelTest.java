package io.cxkit.journey.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.journey.EventLog;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class FunnelTest {

    private static final List<String> STEPS = List.of("sign up", "play movie", "buy");

    /**
     * PostHog's worked funnel case (PostHog funnel documentation and test suite, as quoted in
     * shared/vectors/journey.md "Funnels"): window 7 days, steps [sign up, play movie, buy].
     */
    static EventLog postHogCase() {
        return EventLog.builder()
                .add("p1", "sign up", Instant.parse("2020-01-01T12:00:00Z"))
                .add("p1", "play movie", Instant.parse("2020-01-01T13:00:00Z"))
                .add("p1", "buy", Instant.parse("2020-01-01T15:00:00Z"))
                .add("p2", "sign up", Instant.parse("2020-01-02T14:00:00Z"))
                .add("p2", "play movie", Instant.parse("2020-01-02T16:00:00Z"))
                .add("p3", "sign up", Instant.parse("2020-01-02T14:00:00Z"))
                .add("p3", "play movie", Instant.parse("2020-01-02T16:00:00Z"))
                .add("p3", "buy", Instant.parse("2020-01-02T17:00:00Z"))
                .build();
    }

    @Test
    void reproducesPostHogsWorkedCaseCountsAndConversionTimes() {
        FunnelResult r = Funnel.builder(STEPS).window(Duration.ofDays(7)).build().run(postHogCase());
        assertThat(r.counts()).containsExactly(3, 3, 2);
        assertThat(r.steps()).extracting(FunnelStepResult::averageConversionSeconds)
                .containsExactly(OptionalDouble.empty(), OptionalDouble.of(6000), OptionalDouble.of(5400));
        assertThat(r.steps()).extracting(FunnelStepResult::medianConversionSeconds)
                .containsExactly(OptionalDouble.empty(), OptionalDouble.of(7200), OptionalDouble.of(5400));
        assertThat(r.steps()).extracting(FunnelStepResult::conversionFromStart).containsExactly(1.0, 1.0, 2.0 / 3);
        assertThat(r.steps()).extracting(FunnelStepResult::conversionFromPrevious).containsExactly(1.0, 1.0, 2.0 / 3);
        assertThat(r.steps()).extracting(FunnelStepResult::dropOff).containsExactly(0L, 0L, 1L);
        // p1 took 3 h and p3 took 3 h from sign up to buy.
        assertThat(r.timeToConvert().meanSeconds()).hasValue(10800);
    }

    /** PostHog's time-to-convert binning, worked case of shared/vectors/journey.md "Funnels". */
    @Test
    void reproducesPostHogsTimeToConvertHistogram() {
        TimeToConvert h = TimeToConvert.of(new double[] {3600, 2220, 82800}, 3);
        assertThat(h.bins()).containsExactly(new TimeToConvert.Bin(2220, 2), new TimeToConvert.Bin(42510, 0),
                new TimeToConvert.Bin(82800, 1));
        assertThat(h.meanSeconds()).hasValue(29540);
    }

    @Test
    void theHistogramOfOneSampleOrEqualSamplesUsesAOneSecondWidth() {
        assertThat(TimeToConvert.of(new double[] {60, 60}, 2).bins())
                .containsExactly(new TimeToConvert.Bin(60, 2), new TimeToConvert.Bin(61, 0),
                        new TimeToConvert.Bin(62, 0));
        assertThat(TimeToConvert.of(new double[0], 0)).isEqualTo(TimeToConvert.EMPTY);
    }

    @Test
    void theWindowRunsFromStepZeroInclusive() {
        EventLog log = EventLog.builder()
                .add("a", "s0", 0L).add("a", "s1", 3_000_000L).add("a", "s2", 10_000_000L)
                .add("b", "s0", 0L).add("b", "s1", 3_000_000L).add("b", "s2", 10_000_001L)
                .build();
        FunnelResult r = Funnel.builder(List.of("s0", "s1", "s2")).window(Duration.ofSeconds(10)).build().run(log);
        assertThat(r.counts()).containsExactly(2, 2, 1);
    }

    @Test
    void aLaterAttemptCanReachFurtherThanAnExpiredOne() {
        EventLog log = EventLog.builder()
                .add("a", "s0", 0L).add("a", "s1", 1_000_000L)
                .add("a", "s0", 100_000_000L).add("a", "s1", 101_000_000L).add("a", "s2", 105_000_000L)
                .build();
        FunnelResult r = Funnel.builder(List.of("s0", "s1", "s2")).window(Duration.ofSeconds(10)).build().run(log);
        assertThat(r.counts()).containsExactly(1, 1, 1);
        assertThat(r.steps().get(2).averageConversionSeconds()).hasValue(4);
    }

    @Test
    void orderedAllowsEventsInBetweenButStrictDoesNot() {
        EventLog log = EventLog.builder()
                .add("a", "home", 0L).add("a", "faq", 1L).add("a", "cart", 2L).add("a", "pay", 3L)
                .add("b", "home", 0L).add("b", "cart", 1L).add("b", "pay", 2L)
                .build();
        List<String> steps = List.of("home", "cart", "pay");
        assertThat(Funnel.builder(steps).build().run(log).counts()).containsExactly(2, 2, 2);
        assertThat(Funnel.builder(steps).order(FunnelOrder.STRICT).build().run(log).counts())
                .containsExactly(2, 1, 1);
    }

    @Test
    void stepsOutOfOrderCountOnlyInAnyOrder() {
        EventLog log = EventLog.builder()
                .add("a", "pay", 0L).add("a", "cart", 1L).add("a", "home", 2L)
                .add("b", "home", 0L).add("b", "cart", 1L)
                .build();
        List<String> steps = List.of("home", "cart", "pay");
        assertThat(Funnel.builder(steps).build().run(log).counts()).containsExactly(2, 1, 0);
        FunnelResult any = Funnel.builder(steps).order(FunnelOrder.ANY).build().run(log);
        assertThat(any.counts()).containsExactly(2, 2, 1);
        assertThat(any.steps().get(1).averageConversionSeconds()).as("a: 1 us, b: 1 us").hasValue(1e-6);
    }

    @Test
    void oneEventNeverServesTwoStepsAndEqualTimestampsFollowInputOrder() {
        EventLog log = EventLog.builder().add("a", "view", 5L).add("a", "view", 5L)
                .add("b", "view", 5L).build();
        FunnelResult r = Funnel.builder(List.of("view", "view")).build().run(log);
        assertThat(r.counts()).containsExactly(2, 1);
    }

    @Test
    void anExclusionBetweenStepsDiscardsTheAttemptAndThePersonIfNoneRemains() {
        EventLog log = EventLog.builder()
                .add("a", "cart", 0L).add("a", "coupon_error", 1L).add("a", "pay", 2L)
                .add("b", "cart", 0L).add("b", "pay", 2L)
                .add("c", "cart", 0L).add("c", "coupon_error", 1L).add("c", "cart", 3L).add("c", "pay", 4L)
                .build();
        FunnelResult r = Funnel.builder(List.of("cart", "pay")).exclude(new Exclusion("coupon_error", 0, 1))
                .build().run(log);
        assertThat(r.counts()).containsExactly(2, 2);
        assertThat(r.excluded()).isEqualTo(1);
    }

    @Test
    void breakdownRunsTheFunnelPerValueLargestFirst() {
        Map<String, FunnelResult> by = Funnel.builder(STEPS).window(Duration.ofDays(7)).build()
                .breakdown(postHogCase(), c -> c == 1 ? "mobile" : "web");
        assertThat(by.keySet()).containsExactly("web", "mobile");
        assertThat(by.get("web").counts()).containsExactly(2, 2, 2);
        assertThat(by.get("mobile").counts()).containsExactly(1, 1, 0);
    }

    @Test
    void aStepNobodyReachedHasNoTimesAndZeroConversion() {
        FunnelResult r = Funnel.builder(List.of("sign up", "teleport")).build().run(postHogCase());
        assertThat(r.counts()).containsExactly(3, 0);
        assertThat(r.steps().get(1).averageConversionSeconds()).isEmpty();
        assertThat(r.timeToConvert()).isEqualTo(TimeToConvert.EMPTY);
        FunnelResult none = Funnel.builder(List.of("teleport")).build().run(postHogCase());
        assertThat(none.steps().get(0).conversionFromStart()).isZero();
    }

    @Test
    void badSettingsAreRefusedWithTheirValues() {
        assertThatThrownBy(() -> Funnel.builder(List.of())).hasMessage("a funnel needs at least one step, had 0");
        assertThatThrownBy(() -> Funnel.builder(STEPS).window(Duration.ofDays(-1)))
                .hasMessage("funnel window must not be negative, was PT-24H");
        assertThatThrownBy(() -> Funnel.builder(STEPS).exclude(new Exclusion("x", 1, 5)).build())
                .hasMessage("exclusion x to step 5 must be within 1..2");
        assertThatThrownBy(() -> Funnel.builder(STEPS).order(FunnelOrder.ANY).exclude(new Exclusion("x", 0, 1))
                .build()).hasMessageContaining("not any");
        assertThatThrownBy(() -> FunnelOrder.parse("random"))
                .hasMessage("funnel order must be ordered, strict or any, was 'random'");
        assertThatThrownBy(() -> new Exclusion("x", 2, 2)).hasMessageContaining("0 <= from < to");
    }
}
