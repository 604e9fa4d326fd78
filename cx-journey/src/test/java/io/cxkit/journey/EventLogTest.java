package io.cxkit.journey;

import static io.cxkit.journey.Interactions.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventLogTest {

    private static List<String> rows(EventLog log) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < log.caseCount(); c++) {
            for (int e = log.caseStart(c); e < log.caseEnd(c); e++) {
                out.add(log.caseId(c) + ":" + log.activityName(log.activity(e)) + "@" + log.timestampMicros(e));
            }
        }
        return out;
    }

    @Test
    void groupsByCaseInOrderOfFirstAppearanceAndSortsByTimeThenInput() {
        EventLog log = EventLog.builder().add("b", "x", 5L).add("a", "y", 3L).add("b", "z", 1L).add("b", "w", 5L)
                .add("a", "v", 3L).build();
        assertThat(rows(log)).containsExactly("b:z@1", "b:x@5", "b:w@5", "a:y@3", "a:v@3");
        assertThat(log.activityCount()).isEqualTo(5);
        assertThat(log.activityIndex("z")).hasValue(2);
        assertThat(log.activityIndex("nope")).isEmpty();
    }

    @Test
    void sortsLongUnsortedCasesStably() {
        EventLog.Builder b = EventLog.builder();
        for (int k = 0; k < 200; k++) {
            b.add("c", "a" + k, (199 - k) / 2);
        }
        EventLog log = b.build();
        for (int e = 1; e < 200; e++) {
            assertThat(log.timestampMicros(e)).isGreaterThanOrEqualTo(log.timestampMicros(e - 1));
        }
        // Events 0 and 1 of the input share timestamp 99 and must stay in input order.
        assertThat(log.activityName(log.activity(198))).isEqualTo("a0");
        assertThat(log.activityName(log.activity(199))).isEqualTo("a1");
    }

    @Test
    void filteringKeepsActivityIndicesAndFeedback() {
        List<Interaction> in = List.of(at("c1", "home", 0).build(),
                at("c2", "home", 0).build(), at("c2", "survey", 1).feedback(new Feedback.Nps(9)).build());
        EventLog log = EventLog.ofInteractions(in, i -> i.customerId().value(), i -> i.touchpoint().id());
        EventLog kept = log.filterCases(c -> log.caseId(c).equals("c2"));
        assertThat(kept.caseCount()).isEqualTo(1);
        assertThat(kept.activityIndex("survey")).isEqualTo(log.activityIndex("survey"));
        assertThat(kept.nps(1)).isEqualTo(9);
        assertThat(kept.nps(0)).isNaN();
        assertThat(kept.csat(1)).isNaN();
    }

    @Test
    void journeysOfTwoCustomersWithOneJourneyIdStayApart() {
        List<Journey> js = JourneyCutter.byJourneyId().cut(List.of(at("a", "x", 0).journeyId("J").build(),
                at("b", "y", 0).journeyId("J").build()));
        EventLog log = EventLog.ofJourneys(js, i -> i.touchpoint().id());
        assertThat(log.caseCount()).isEqualTo(2);
        assertThat(log.caseId(0)).isEqualTo("J");
        assertThat(log.caseId(1)).isEqualTo("b/J");
    }

    @Test
    void timestampsAreMicrosecondsSinceTheEpoch() {
        assertThat(EventLog.micros(Instant.parse("1970-01-01T00:00:01.000002999Z"))).isEqualTo(1_000_002L);
        assertThat(EventLog.micros(Instant.parse("1969-12-31T23:59:59Z"))).isEqualTo(-1_000_000L);
    }
}
