package io.cxkit.journey.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.Channel;
import io.cxkit.core.CustomerId;
import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.core.Money;
import io.cxkit.core.Outcome;
import io.cxkit.core.Touchpoint;
import io.cxkit.journey.EventLog;
import io.cxkit.journey.Journey;
import io.cxkit.journey.attribution.PathCounts;
import io.cxkit.journey.map.JourneyMapState;
import io.cxkit.journey.map.VariantCounts;
import io.cxkit.metrics.MergeableState;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Version-1 encodings of the journey states, kept in {@code src/test/resources/io/cxkit/journey/state/golden}: a
 * codec change that cannot read them any more, or writes other bytes for the same state without a new version,
 * fails here. Keep old files when a version is added.
 */
class GoldenJourneyStatesTest {
    static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    static Interaction at(String id, String touchpoint, Channel channel, long seconds) {
        return Interaction.builder(id, CustomerId.of("c1"), Touchpoint.of(touchpoint, channel), T0.plusSeconds(seconds))
                .build();
    }

    static List<Journey> journeys() {
        Interaction buy = Interaction.builder("i5", CustomerId.of("c1"), Touchpoint.of("checkout", Channel.WEB),
                T0.plusSeconds(90)).outcome(Outcome.CONVERTED).value(Money.of("49.90", "EUR"))
                .feedback(new Feedback.Nps(9)).build();
        return List.of(new Journey("j1", CustomerId.of("c1"), List.of(at("i1", "home", Channel.EMAIL, 0),
                        at("i2", "product", Channel.WEB, 10), buy)),
                new Journey("j2", CustomerId.of("c1"), List.of(at("i3", "home", Channel.EMAIL, 1000),
                        at("i4", "product", Channel.WEB, 1030))));
    }

    static EventLog log() {
        return EventLog.ofJourneys(journeys(), i -> i.touchpoint().id());
    }

    @Test
    void journeyMapVersion1StaysReadable() throws IOException {
        JourneyMapState s = JourneyMapState.of("touchpoint");
        s.add(log());
        assertGolden("journey-map-v1.hex", s);
    }

    @Test
    void variantCountsVersion1StaysReadable() throws IOException {
        VariantCounts s = new VariantCounts("touchpoint");
        s.add(log());
        assertGolden("journey-variants-v1.hex", s);
    }

    @Test
    void pathCountsVersion1StaysReadable() throws IOException {
        PathCounts s = PathCounts.byChannel(Outcome.CONVERTED);
        journeys().forEach(s::add);
        assertGolden("conversion-paths-v1.hex", s);
        assertThat(MergeableState.decode(s.empty(), golden("conversion-paths-v1.hex")).paths())
                .isEqualTo(s.paths());
    }

    private static <S extends MergeableState<S>> void assertGolden(String file, S state) throws IOException {
        byte[] golden = golden(file);
        S decoded = MergeableState.decode(state.empty(), golden);
        assertThat(decoded.count()).isEqualTo(state.count());
        assertThat(MergeableState.encode(decoded)).as("re-encoded golden " + file).isEqualTo(golden);
        assertThat(MergeableState.encode(state)).as("today's encoding of " + file).isEqualTo(golden);
    }

    private static byte[] golden(String file) throws IOException {
        try (InputStream in = GoldenJourneyStatesTest.class.getResourceAsStream("golden/" + file)) {
            assertThat(in).as("golden file " + file).isNotNull();
            return HexFormat.of().parseHex(new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip());
        }
    }
}
