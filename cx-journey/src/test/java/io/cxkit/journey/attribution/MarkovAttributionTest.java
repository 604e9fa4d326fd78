package io.cxkit.journey.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MarkovAttributionTest {
    private static ConversionPath path(String p, double conv, double nulls, double value) {
        return new ConversionPath(ConversionPath.split(p, ">"), conv, value, nulls);
    }

    private static MarkovCredit credit(MarkovResult r, String channel) {
        return r.channels().stream().filter(c -> c.channel().equals(channel)).findFirst().orElseThrow();
    }

    @Test
    void orderTwoRemembersWhereTheCustomerCameFromWhereOrderOneForgets() {
        // Hand-computed. Order 1: start→A .5, start→C .5, A→B 1, C→B 1, B→conv .5, B→null .5; P = .5;
        // without A or without C P = .25 (memoryless B), so both have effect .5. Order 2 keeps (A,B)→conv and
        // (C,B)→null apart: C never leads to a conversion and gets nothing.
        List<ConversionPath> paths = List.of(path("A > B", 1, 0, 0), path("C > B", 0, 1, 0));
        MarkovResult first = MarkovAttribution.ofOrder(1).attribute(paths);
        assertThat(credit(first, "A").removalEffect()).isCloseTo(0.5, within(1e-12));
        assertThat(credit(first, "C").removalEffect()).isCloseTo(0.5, within(1e-12));
        assertThat(credit(first, "B").removalEffect()).isCloseTo(1.0, within(1e-12));

        MarkovResult second = MarkovAttribution.ofOrder(2).attribute(paths);
        assertThat(second.conversionProbability()).isCloseTo(0.5, within(1e-12));
        assertThat(credit(second, "A").removalEffect()).isCloseTo(1.0, within(1e-12));
        assertThat(credit(second, "C").removalEffect()).isZero();
        assertThat(credit(second, "A").conversions()).isCloseTo(0.5, within(1e-12));
        assertThat(credit(second, "B").conversions()).isCloseTo(0.5, within(1e-12));
        assertThat(credit(second, "C").conversions()).isZero();
        assertThat(second.transitionMatrix().probability("A,B", "(conversion)")).isEqualTo(1.0);
        assertThat(second.transitionMatrix().probability("C,B", "(null)")).isEqualTo(1.0);
    }

    @Test
    void aPathShorterThanTheOrderIsOneStateOfTheWholePath() {
        MarkovResult r = MarkovAttribution.ofOrder(3).attribute(List.of(
                path("A > B", 1, 1, 0), path("A > B > C > D", 1, 0, 0)));
        assertThat(r.transitionMatrix().states()).containsExactly("(start)", "A,B", "A,B,C", "B,C,D");
        TransitionMatrix m = r.transitionMatrix();
        assertThat(m.probability("(start)", "A,B")).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(m.probability("A,B,C", "B,C,D")).isEqualTo(1.0);
        assertThat(m.probability("A,B", "(conversion)")).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void consecutiveRepeatsCollapseBeforeTransitionsAreCounted() {
        MarkovResult repeated = MarkovAttribution.ofOrder(2).attribute(List.of(
                path("A > B > B > C", 1, 0, 10), path("A > A > C", 0, 1, 0)));
        MarkovResult collapsed = MarkovAttribution.ofOrder(2).attribute(List.of(
                path("A > B > C", 1, 0, 10), path("A > C", 0, 1, 0)));
        assertThat(repeated.transitionMatrix().transitions())
                .isEqualTo(collapsed.transitionMatrix().transitions());
        assertThat(repeated.channels()).isEqualTo(collapsed.channels());
    }

    @Test
    void withoutANullColumnEveryPathConvertsAndEveryChannelOnAPathIsNeeded() {
        MarkovResult r = MarkovAttribution.ofOrder(1).attribute(List.of(
                ConversionPath.converting(List.of("A", "B"), 3, 30),
                ConversionPath.converting(List.of("B"), 1, 10)));
        assertThat(r.conversionProbability()).isCloseTo(1.0, within(1e-12));
        // Without A: start→B .25 then conv; P = .25 → RE .75. Without B: nothing converts → RE 1.
        assertThat(credit(r, "A").removalEffect()).isCloseTo(0.75, within(1e-12));
        assertThat(credit(r, "B").removalEffect()).isCloseTo(1.0, within(1e-12));
        assertThat(credit(r, "A").conversions()).isCloseTo(4 * 0.75 / 1.75, within(1e-12));
    }

    @Test
    void valueGoesByTheMeanValueOfConversionsEndingInTheSameChannel() {
        // Hand-computed: v̄(B) = 100, v̄(C) = 20. Order 1: start→A 1; A→B .5, A→C .5; B,C → conv.
        // E[V] = .5·100 + .5·20 = 60. Without B: 10 → REv = 5/6; without C: 50 → REv = 1/6; without A: 0 → 1.
        MarkovResult r = MarkovAttribution.ofOrder(1).attribute(List.of(
                path("A > B", 1, 0, 100), path("A > C", 1, 0, 20)));
        assertThat(r.expectedValue()).isCloseTo(60, within(1e-9));
        assertThat(credit(r, "B").valueRemovalEffect()).isCloseTo(5.0 / 6, within(1e-12));
        assertThat(credit(r, "C").valueRemovalEffect()).isCloseTo(1.0 / 6, within(1e-12));
        assertThat(credit(r, "A").valueRemovalEffect()).isCloseTo(1.0, within(1e-12));
        double sum = 1 + 5.0 / 6 + 1.0 / 6;
        assertThat(credit(r, "B").value()).isCloseTo(120 * (5.0 / 6) / sum, within(1e-9));
        assertThat(credit(r, "A").value() + credit(r, "B").value() + credit(r, "C").value())
                .isCloseTo(120, within(1e-9));
    }

    @Test
    void noConversionsGiveZeroEffectsAndCredits() {
        MarkovResult r = MarkovAttribution.ofOrder(1).attribute(List.of(path("A > B", 0, 3, 0)));
        assertThat(r.conversionProbability()).isZero();
        assertThat(r.channels()).allSatisfy(c -> {
            assertThat(c.removalEffect()).isZero();
            assertThat(c.conversions()).isZero();
        });
    }

    @Test
    void noPathsGiveAnEmptyResult() {
        MarkovResult r = MarkovAttribution.ofOrder(2).attribute(List.of());
        assertThat(r.channels()).isEmpty();
        assertThat(r.conversionProbability()).isZero();
        assertThat(r.transitionMatrix().transitions()).isEmpty();
    }

    @Test
    void rejectsAnOrderOutsideOneToFour() {
        assertThatThrownBy(() -> MarkovAttribution.ofOrder(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("order must be within 1..4, was 0");
        assertThatThrownBy(() -> MarkovAttribution.ofOrder(5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("order must be within 1..4, was 5");
    }

    // ---- seeded property tests ----

    @Test
    void attributedConversionsAndValueSumToTheTotalsForEveryOrder() {
        for (long seed = 1; seed <= 12; seed++) {
            List<ConversionPath> paths = RandomPaths.generate(seed, 200, 6, 7, true);
            double conv = paths.stream().mapToDouble(ConversionPath::conversions).sum();
            double value = paths.stream().mapToDouble(ConversionPath::value).sum();
            for (int order = 1; order <= 4; order++) {
                MarkovResult r = MarkovAttribution.ofOrder(order).attribute(paths);
                assertThat(r.channels().stream().mapToDouble(MarkovCredit::conversions).sum())
                        .as("seed %d order %d", seed, order).isCloseTo(conv, within(1e-9 * conv));
                assertThat(r.channels().stream().mapToDouble(MarkovCredit::value).sum())
                        .as("seed %d order %d", seed, order).isCloseTo(value, within(1e-9 * value));
                assertThat(r.channels()).allSatisfy(c -> assertThat(c.removalEffect()).isBetween(0.0, 1.0));
            }
        }
    }

    @Test
    void theFittedChainConvertsAtTheObservedRateForEveryOrder() {
        // Flow conservation: a chain fitted to whole trajectories visits each state, in expectation, as often per
        // journey as the data did, so P(conversion) is exactly conversions / journeys.
        for (long seed = 20; seed < 30; seed++) {
            List<ConversionPath> paths = RandomPaths.generate(seed, 300, 8, 9, true);
            double conv = paths.stream().mapToDouble(ConversionPath::conversions).sum();
            double journeys = paths.stream().mapToDouble(ConversionPath::journeys).sum();
            for (int order = 1; order <= 4; order++) {
                assertThat(MarkovAttribution.ofOrder(order).attribute(paths).conversionProbability())
                        .as("seed %d order %d", seed, order).isCloseTo(conv / journeys, within(1e-10));
            }
        }
    }

    @Test
    void withAnOrderAsLongAsEveryPathRemovalEffectsAreTheObservedShareOfConversionsThroughTheChannel() {
        // Paths without repeats, at most 4 long, order 4: every path is one state, so removing c removes exactly
        // the paths through c: RE(c) = conversions on paths with c / all conversions.
        for (long seed = 40; seed < 48; seed++) {
            List<ConversionPath> paths = RandomPaths.generate(seed, 150, 7, 4, false);
            double conv = paths.stream().mapToDouble(ConversionPath::conversions).sum();
            Map<String, Double> through = new HashMap<>();
            for (ConversionPath p : paths) {
                p.channels().stream().distinct().forEach(c -> through.merge(c, p.conversions(), Double::sum));
            }
            MarkovResult r = MarkovAttribution.ofOrder(4).attribute(paths);
            for (MarkovCredit c : r.channels()) {
                assertThat(c.removalEffect()).as("seed %d channel %s", seed, c.channel())
                        .isCloseTo(through.get(c.channel()) / conv, within(1e-10));
            }
        }
    }

    @Test
    void theResultDoesNotDependOnTheOrderOfTheRows() {
        List<ConversionPath> paths = RandomPaths.generate(7, 300, 6, 6, true);
        List<ConversionPath> shuffled = new ArrayList<>(paths);
        Collections.shuffle(shuffled, new Random(99));
        for (int order = 1; order <= 3; order++) {
            Map<String, MarkovCredit> a = byChannel(MarkovAttribution.ofOrder(order).attribute(paths));
            Map<String, MarkovCredit> b = byChannel(MarkovAttribution.ofOrder(order).attribute(shuffled));
            assertThat(b.keySet()).isEqualTo(a.keySet());
            for (String c : a.keySet()) {
                assertThat(b.get(c).removalEffect()).isCloseTo(a.get(c).removalEffect(), within(1e-10));
                assertThat(b.get(c).value()).isCloseTo(a.get(c).value(), within(1e-8));
            }
        }
    }

    private static Map<String, MarkovCredit> byChannel(MarkovResult r) {
        Map<String, MarkovCredit> m = new HashMap<>();
        r.channels().forEach(c -> m.put(c.channel(), c));
        return m;
    }
}
