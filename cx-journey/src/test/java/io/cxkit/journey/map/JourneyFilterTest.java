package io.cxkit.journey.map;

import static io.cxkit.journey.Interactions.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.Outcome;
import io.cxkit.journey.Journey;
import io.cxkit.journey.JourneyCutter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JourneyFilterTest {

    private final List<Journey> journeys = JourneyCutter.byJourneyId().cut(List.of(
            at("a", "home", 0).journeyId("j1").attribute("segment", "smb").build(),
            at("a", "buy", 5).journeyId("j1").outcome(Outcome.CONVERTED).build(),
            at("b", "home", 60).journeyId("j2").attribute("segment", "enterprise").build(),
            at("c", "home", 120).journeyId("j3").build(),
            at("c", "help", 121).journeyId("j3").attribute("segment", "smb").outcome(Outcome.ABANDONED).build()));

    @Test
    void keepsJourneysBySegmentTimeRangeAndOutcome() {
        assertThat(JourneyFilter.ALL.withSegment("smb").apply(journeys)).extracting(Journey::id)
                .containsExactly("j1", "j3");
        assertThat(JourneyFilter.ALL.withTimeRange(Instant.parse("2024-01-01T00:00:00Z"),
                Instant.parse("2024-01-01T02:00:00Z")).apply(journeys)).extracting(Journey::id)
                .containsExactly("j1", "j2");
        assertThat(JourneyFilter.ALL.withOutcome(Outcome.CONVERTED).withSegment("smb").apply(journeys))
                .extracting(Journey::id).containsExactly("j1");
        assertThat(JourneyFilter.ALL.apply(journeys)).hasSize(3);
    }

    @Test
    void anEmptyTimeRangeIsRefused() {
        Instant t = Instant.parse("2024-01-01T00:00:00Z");
        assertThatThrownBy(() -> JourneyFilter.ALL.withTimeRange(t, t))
                .hasMessage("time range end must be after its start, was 2024-01-01T00:00:00Z .. 2024-01-01T00:00:00Z");
    }
}
