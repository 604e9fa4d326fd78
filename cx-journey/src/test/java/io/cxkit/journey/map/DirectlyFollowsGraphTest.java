package io.cxkit.journey.map;

import static io.cxkit.journey.Interactions.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.journey.DurationStats;
import io.cxkit.journey.EventLog;
import io.cxkit.journey.Journey;
import io.cxkit.journey.JourneyCutter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The directly-follows graph as process mining defines it (van der Aalst 2016 §6.2; PM4Py's DFG and performance
 * DFG; shared/vectors/journey.md "Journey maps"): every direct succession within a case counts once, events
 * sorted by (case, timestamp, input order).
 */
class DirectlyFollowsGraphTest {

    static EventLog sample() {
        return EventLog.builder()
                .add("1", "a", 0L).add("1", "b", 10_000_000L).add("1", "c", 40_000_000L)
                .add("2", "a", 0L).add("2", "b", 20_000_000L).add("2", "c", 30_000_000L)
                .add("3", "a", 0L).add("3", "c", 60_000_000L)
                .add("4", "a", 5_000_000L).add("4", "b", 5_000_000L)
                .build();
    }

    @Test
    void countsEveryDirectSuccessionWithStartAndEndCounts() {
        DirectlyFollowsGraph g = DirectlyFollowsGraph.of(sample());
        assertThat(g.cases()).isEqualTo(4);
        assertThat(g.events()).isEqualTo(10);
        assertThat(g.start()).containsExactly(Map.entry("a", 4L));
        assertThat(g.end()).containsExactly(Map.entry("c", 3L), Map.entry("b", 1L));
        assertThat(g.edges()).extracting(e -> e.from() + ">" + e.to() + ":" + e.count())
                .containsExactly("a>b:3", "b>c:2", "a>c:1");
    }

    @Test
    void edgeTimingIsMeanMedianP90MinMaxAndSampleStdevInSeconds() {
        DirectlyFollowsGraph g = DirectlyFollowsGraph.of(sample());
        // a>b: 10, 20 and 0 seconds. p90 by linear interpolation: h = 2 * 0.9 = 1.8 -> 10 + 0.8 * 10 = 18.
        assertThat(g.edge("a", "b").orElseThrow().timing()).isEqualTo(new DurationStats(3, 10, 10, 18, 0, 20, 10));
        DurationStats bc = g.edge("b", "c").orElseThrow().timing();
        assertThat(bc.meanSeconds()).isEqualTo(20);
        assertThat(bc.medianSeconds()).isEqualTo(20);
        assertThat(bc.p90Seconds()).isCloseTo(28, within(1e-9));
        assertThat(bc.stdevSeconds()).isCloseTo(Math.sqrt(200), within(1e-9));
        assertThat(g.edge("a", "c").orElseThrow().timing()).isEqualTo(new DurationStats(1, 60, 60, 60, 60, 60, 0));
    }

    @Test
    void equalTimestampsFollowInputOrder() {
        EventLog log = EventLog.builder()
                .add("1", "y", 5L).add("1", "x", 5L)
                .add("2", "x", 5L).add("2", "y", 5L)
                .add("3", "z", 9L).add("3", "x", 5L).add("3", "y", 5L)
                .build();
        DirectlyFollowsGraph g = DirectlyFollowsGraph.of(log);
        assertThat(g.edges()).extracting(e -> e.from() + ">" + e.to() + ":" + e.count())
                .containsExactly("x>y:2", "y>x:1", "y>z:1");
    }

    @Test
    void nodesCarryMeanFeedbackAndTheShareOfJourneysEndingThere() {
        List<Interaction> in = List.of(
                at("c1", "home", 0).build(),
                at("c1", "support", 1).feedback(new Feedback.Nps(2)).feedback(new Feedback.Ces(3)).build(),
                at("c2", "home", 0).build(),
                at("c2", "support", 1).feedback(new Feedback.Nps(7)).feedback(new Feedback.Csat(3, 3)).build(),
                at("c3", "home", 0).build());
        List<Journey> journeys = JourneyCutter.byJourneyId().cut(in);
        DirectlyFollowsGraph g = DirectlyFollowsGraph.of(EventLog.ofJourneys(journeys, i -> i.touchpoint().id()));
        Node support = g.node("support").orElseThrow();
        assertThat(support.meanNps()).hasValue(4.5);
        assertThat(support.meanCsat()).as("3 of 3 rescaled onto 1..5").hasValue(5.0);
        assertThat(support.meanCes()).hasValue(3.0);
        assertThat(support.endShare()).isEqualTo(2.0 / 3);
        assertThat(g.node("home").orElseThrow().meanNps()).isEmpty();
        assertThat(g.node("home").orElseThrow().endShare()).isEqualTo(1.0 / 3);
    }

    @Test
    void minimumEdgeFrequencyDropsRareEdgesOnly() {
        DirectlyFollowsGraph g = DirectlyFollowsGraph.of(sample()).withMinEdgeCount(2);
        assertThat(g.edges()).extracting(Edge::count).containsExactly(3L, 2L);
        assertThat(g.nodes()).hasSize(3);
        assertThatThrownBy(() -> g.withMinEdgeCount(0))
                .hasMessage("minimum edge count must be at least 1, was 0");
    }

    @Test
    void anEmptyLogGivesAnEmptyMap() {
        DirectlyFollowsGraph g = DirectlyFollowsGraph.of(EventLog.builder().build());
        assertThat(g.cases()).isZero();
        assertThat(g.edges()).isEmpty();
        assertThat(g.start()).isEmpty();
    }

    @Test
    void edgeCountsSumToEventsMinusCasesAndDoNotDependOnCaseOrder() {
        Random random = new Random(7);
        List<String[]> rows = new ArrayList<>();
        for (int k = 0; k < 2000; k++) {
            rows.add(new String[] {"c" + random.nextInt(150), "t" + random.nextInt(8),
                    Long.toString(random.nextInt(50) * 1_000_000L)});
        }
        DirectlyFollowsGraph first = DirectlyFollowsGraph.of(log(rows));
        assertThat(first.edges().stream().mapToLong(Edge::count).sum()).isEqualTo(first.events() - first.cases());
        // Moving whole cases around (keeping each case's own order) changes nothing.
        Map<String, List<String[]>> byCase = new java.util.LinkedHashMap<>();
        rows.forEach(r -> byCase.computeIfAbsent(r[0], x -> new ArrayList<>()).add(r));
        List<List<String[]>> cases = new ArrayList<>(byCase.values());
        Collections.shuffle(cases, random);
        List<String[]> reordered = new ArrayList<>();
        cases.forEach(reordered::addAll);
        assertThat(DirectlyFollowsGraph.of(log(reordered))).isEqualTo(first);
    }

    private static EventLog log(List<String[]> rows) {
        EventLog.Builder b = EventLog.builder();
        rows.forEach(r -> b.add(r[0], r[1], Long.parseLong(r[2])));
        return b.build();
    }
}
