package io.cxkit.journey;

import static io.cxkit.journey.Interactions.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.CustomerId;
import io.cxkit.core.Interaction;
import io.cxkit.core.Outcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JourneyCutterTest {

    private static List<List<String>> touchpoints(List<Journey> journeys) {
        List<List<String>> out = new ArrayList<>();
        journeys.forEach(j -> out.add(j.touchpointIds()));
        return out;
    }

    @Test
    void inactivityGapStartsANewJourneyOnlyWhenStrictlyLonger() {
        List<Interaction> in = List.of(at("c1", "a", 0).build(), at("c1", "b", 30).build(),
                at("c1", "c", 61).build(), at("c1", "d", 62).build());
        List<Journey> js = JourneyCutter.byInactivityGap(Duration.ofMinutes(30)).cut(in);
        assertThat(touchpoints(js)).containsExactly(List.of("a", "b"), List.of("c", "d"));
        assertThat(js).extracting(Journey::id).containsExactly("c1/1", "c1/2");
    }

    @Test
    void equalTimestampsKeepInputOrderAndUnsortedInputIsSorted() {
        List<Interaction> in = List.of(at("c1", "late", 10).build(), at("c1", "first", 0).build(),
                at("c1", "second", 0).build(), at("c1", "third", 0).build());
        List<Journey> js = JourneyCutter.byInactivityGap(Duration.ofDays(1)).cut(in);
        assertThat(touchpoints(js)).containsExactly(List.of("first", "second", "third", "late"));
    }

    @Test
    void eachUnresolvedRecordIsAJourneyOfItsOwnCustomerUntilStitched() {
        List<Interaction> in = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            Interaction i = at("placeholder", "p" + k, k).identifier("email", "ann@example.com").build();
            in.add(i.toBuilder().customerId(CustomerId.unresolved(i.id())).build());
        }
        in.add(at("c1", "home", 1).build());

        List<Journey> js = JourneyCutter.byInactivityGap(Duration.ofMinutes(30)).cut(in);

        // Not one lumped "unresolved" customer with a three-step journey: the shared email is stitching's business.
        assertThat(js).hasSize(4);
        assertThat(touchpoints(js)).containsExactlyInAnyOrder(List.of("p0"), List.of("p1"), List.of("p2"),
                List.of("home"));
        assertThat(js).filteredOn(j -> !j.customer().isResolved()).hasSize(3);
    }

    @Test
    void journeysAreOrderedByCustomerThenStart() {
        List<Interaction> in = List.of(at("b", "x", 100).build(), at("a", "y", 500).build(),
                at("b", "z", 0).build(), at("a", "w", 0).build());
        List<Journey> js = JourneyCutter.byInactivityGap(Duration.ofMinutes(1)).cut(in);
        assertThat(js).extracting(Journey::id).containsExactly("a/1", "a/2", "b/1", "b/2");
        assertThat(touchpoints(js)).containsExactly(List.of("w"), List.of("y"), List.of("z"), List.of("x"));
    }

    @Test
    void explicitJourneyIdsGroupAcrossTimeAndMissingIdsFormTheirOwnJourney() {
        List<Interaction> in = List.of(at("c1", "a", 0).journeyId("J1").build(),
                at("c1", "b", 1).journeyId("J2").build(), at("c1", "c", 2).journeyId("J1").build(),
                at("c1", "d", 3).build());
        List<Journey> js = JourneyCutter.byJourneyId().cut(in);
        assertThat(js).extracting(Journey::id).containsExactly("J1", "J2", "c1/-");
        assertThat(touchpoints(js)).containsExactly(List.of("a", "c"), List.of("b"), List.of("d"));
    }

    @Test
    void startAndEndEventsBoundJourneysInclusivelyAndDropWhatIsOutside() {
        List<Interaction> in = List.of(at("c1", "browse", 0).build(),
                at("c1", "call", 1).kind("contact").build(),
                at("c1", "call", 2).kind("contact").build(),
                at("c1", "chat", 3).kind("contact").outcome(Outcome.RESOLVED).build(),
                at("c1", "browse", 4).build(),
                at("c1", "call", 5).kind("contact").build());
        List<Journey> js = JourneyCutter.byStartAndEnd(i -> Journey.isContact(i),
                i -> i.outcome().equals(java.util.Optional.of(Outcome.RESOLVED))).cut(in);
        assertThat(touchpoints(js)).containsExactly(List.of("call", "call", "chat"), List.of("call"));
        assertThat(js.get(0).outcome()).contains(Outcome.RESOLVED);
        assertThat(js.get(1).outcome()).as("still open").isEmpty();
    }

    @Test
    void theResultDoesNotDependOnTheOrderOfDistinctTimestampsInTheInput() {
        Random random = new Random(42);
        List<Interaction> in = new ArrayList<>();
        for (int k = 0; k < 500; k++) {
            in.add(at("c" + random.nextInt(20), "t" + random.nextInt(6), k * 7L + random.nextInt(5)).build());
        }
        JourneyCutter cutter = JourneyCutter.byInactivityGap(Duration.ofMinutes(40));
        List<Journey> expected = cutter.cut(in);
        for (int round = 0; round < 5; round++) {
            List<Interaction> shuffled = new ArrayList<>(in);
            Collections.shuffle(shuffled, random);
            assertThat(cutter.cut(shuffled)).isEqualTo(expected);
        }
        assertThat(expected.stream().mapToInt(Journey::size).sum()).isEqualTo(500);
    }

    @Test
    void anEmptyInputGivesNoJourneysAndANegativeGapIsRefused() {
        assertThat(JourneyCutter.byJourneyId().cut(List.of())).isEmpty();
        assertThatThrownBy(() -> JourneyCutter.byInactivityGap(Duration.ofSeconds(-1)))
                .hasMessage("gap must not be negative, was PT-1S");
    }
}
