package io.cxkit.journey.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.Interaction;
import io.cxkit.core.Outcome;
import io.cxkit.core.sample.SampleGenerator;
import io.cxkit.journey.DurationStats;
import io.cxkit.journey.EventLog;
import io.cxkit.journey.Journey;
import io.cxkit.journey.JourneyCutter;
import io.cxkit.journey.attribution.JourneyPaths;
import io.cxkit.journey.attribution.MarkovAttribution;
import io.cxkit.journey.attribution.MarkovCredit;
import io.cxkit.journey.attribution.MarkovResult;
import io.cxkit.journey.attribution.PathCounts;
import io.cxkit.journey.map.DirectlyFollowsGraph;
import io.cxkit.journey.map.Edge;
import io.cxkit.journey.map.JourneyMapState;
import io.cxkit.journey.map.VariantCounts;
import io.cxkit.journey.map.Variants;
import io.cxkit.metrics.MergeableState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The journey states built over the generated sample's journeys, spread at random over five parts, encoded,
 * decoded and merged, give the single-JVM journey map, variants and Markov attribution.
 */
class MergedStatesEqualOnePassTest {
    static final List<Interaction> SAMPLE = SampleGenerator.builder().customers(120).seed(7L).build()
            .generateList();
    static final List<Journey> JOURNEYS = JourneyCutter.byJourneyId().cut(SAMPLE);

    @Test
    void theMergedJourneyMapEqualsTheOnePassMapWithMediansWithinTheSketchError() {
        EventLog log = EventLog.ofJourneys(JOURNEYS, i -> i.touchpoint().id());
        DirectlyFollowsGraph expected = DirectlyFollowsGraph.of(log);
        List<Journey> shuffled = new ArrayList<>(JOURNEYS);
        Collections.shuffle(shuffled, new Random(11));
        JourneyMapState merged = JourneyMapState.of("touchpoint");
        for (int p = 0; p < 5; p++) {
            JourneyMapState part = JourneyMapState.of("touchpoint");
            List<Journey> slice = new ArrayList<>();
            for (int k = p; k < shuffled.size(); k += 5) {
                slice.add(shuffled.get(k));
            }
            part.add(EventLog.ofJourneys(slice, i -> i.touchpoint().id()));
            merged.merge(MergeableState.decode(merged.empty(), MergeableState.encode(part)));
        }
        assertSameMap(expected, merged.graph(), merged.relativeAccuracy(), EdgeDurations.of(log));
    }

    /** Asserts everything but the edge quantiles equal, and the quantiles within the sketch's documented error. */
    static void assertSameMap(DirectlyFollowsGraph expected, DirectlyFollowsGraph actual, double alpha,
            EdgeDurations exact) {
        assertThat(actual.cases()).isEqualTo(expected.cases());
        assertThat(actual.events()).isEqualTo(expected.events());
        assertThat(actual.start()).containsExactlyEntriesOf(expected.start());
        assertThat(actual.end()).containsExactlyEntriesOf(expected.end());
        assertThat(actual.nodes()).isEqualTo(expected.nodes());
        assertThat(actual.edges()).hasSameSizeAs(expected.edges());
        for (int k = 0; k < expected.edges().size(); k++) {
            Edge e = expected.edges().get(k);
            Edge a = actual.edges().get(k);
            assertThat(a.from() + ">" + a.to() + ":" + a.count()).isEqualTo(e.from() + ">" + e.to() + ":" + e.count());
            DurationStats et = e.timing();
            DurationStats at = a.timing();
            assertThat(at.meanSeconds()).isEqualTo(et.meanSeconds());
            assertThat(at.stdevSeconds()).isEqualTo(et.stdevSeconds());
            assertThat(at.minSeconds()).isEqualTo(et.minSeconds());
            assertThat(at.maxSeconds()).isEqualTo(et.maxSeconds());
            double[][] checks = {{0.5, at.medianSeconds(), et.medianSeconds()}, {0.9, at.p90Seconds(), et.p90Seconds()}};
            for (double[] q : checks) {
                // The documented bound: within alpha of the exact quantile, whose order statistics bracket it.
                assertThat(q[1]).as("p%.0f of %s > %s", 100 * q[0], e.from(), e.to())
                        .isCloseTo(q[2], within(alpha * q[2] + 1e-9));
                double[] sorted = exact.sortedSeconds(e.from(), e.to());
                double h = (sorted.length - 1) * q[0];
                assertThat(q[2]).isBetween(sorted[(int) Math.floor(h)], sorted[(int) Math.ceil(h)]);
                if (sorted.length <= 2) {
                    assertThat(q[1]).as("an edge seen once or twice is exact").isEqualTo(q[2]);
                }
            }
        }
    }

    @Test
    void theMergedVariantsEqualTheOnePassVariantsExactly() {
        EventLog log = EventLog.ofJourneys(JOURNEYS, i -> i.touchpoint().id());
        Variants expected = Variants.of(log);
        List<Journey> shuffled = new ArrayList<>(JOURNEYS);
        Collections.shuffle(shuffled, new Random(12));
        VariantCounts merged = new VariantCounts("touchpoint");
        for (int p = 0; p < 4; p++) {
            VariantCounts part = new VariantCounts("touchpoint");
            part.add(EventLog.ofJourneys(shuffled.subList(p * shuffled.size() / 4, (p + 1) * shuffled.size() / 4),
                    i -> i.touchpoint().id()));
            merged.merge(MergeableState.copy(part));
        }
        assertThat(merged.count()).isEqualTo(expected.cases());
        assertThat(merged.events()).isEqualTo(expected.events());
        assertThat(merged.all()).isEqualTo(expected.all());
        assertThat(merged.top(5)).isEqualTo(expected.top(5));
        assertThat(merged.byCoverage(0.8)).isEqualTo(expected.byCoverage(0.8));
    }

    @Test
    void markovAttributionOfTheMergedPathsEqualsTheOnePassResultTo1eMinus12() {
        List<Journey> shuffled = new ArrayList<>(JOURNEYS);
        Collections.shuffle(shuffled, new Random(13));
        PathCounts merged = PathCounts.byChannel(Outcome.CONVERTED);
        for (int p = 0; p < 3; p++) {
            PathCounts part = PathCounts.byChannel(Outcome.CONVERTED);
            for (int k = p; k < shuffled.size(); k += 3) {
                part.add(shuffled.get(k));
            }
            merged.merge(MergeableState.copy(part));
        }
        for (int order = 1; order <= 3; order++) {
            MarkovResult expected = MarkovAttribution.ofOrder(order).attribute(
                    JourneyPaths.aggregate(JOURNEYS, Outcome.CONVERTED));
            assertSameMarkov(expected, merged.markov(order));
        }
    }

    /** Asserts two Markov results equal to 1e-12 relative, channel by channel. */
    static void assertSameMarkov(MarkovResult expected, MarkovResult actual) {
        assertThat(expected.totalConversions()).isPositive();
        assertThat(actual.totalConversions()).isEqualTo(expected.totalConversions());
        assertThat(actual.totalValue()).isCloseTo(expected.totalValue(), within(1e-12 * expected.totalValue()));
        assertThat(actual.conversionProbability()).isCloseTo(expected.conversionProbability(), within(1e-12));
        assertThat(actual.channels()).extracting(MarkovCredit::channel).containsExactlyInAnyOrderElementsOf(
                expected.channels().stream().map(MarkovCredit::channel).toList());
        for (MarkovCredit e : expected.channels()) {
            MarkovCredit a = actual.channels().stream().filter(c -> c.channel().equals(e.channel())).findFirst()
                    .orElseThrow();
            assertThat(a.removalEffect()).as(e.channel()).isCloseTo(e.removalEffect(), within(1e-12));
            assertThat(a.valueRemovalEffect()).as(e.channel()).isCloseTo(e.valueRemovalEffect(), within(1e-12));
            assertThat(a.conversions()).as(e.channel()).isCloseTo(e.conversions(),
                    within(1e-12 * Math.max(1, e.conversions())));
            assertThat(a.value()).as(e.channel()).isCloseTo(e.value(), within(1e-12 * Math.max(1, e.value())));
        }
    }
}
