package io.cxkit.journey.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.Channel;
import io.cxkit.core.CustomerId;
import io.cxkit.core.Interaction;
import io.cxkit.core.Money;
import io.cxkit.core.Outcome;
import io.cxkit.core.Touchpoint;
import io.cxkit.journey.Journey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JourneyPathsTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    /** A journey through the given channels; a channel written "web!" converts there, "web!50" worth 50 EUR. */
    private static Journey journey(String id, String... steps) {
        CustomerId c = new CustomerId("c-" + id);
        List<Interaction> is = new ArrayList<>();
        for (int k = 0; k < steps.length; k++) {
            String s = steps[k];
            String ch = s.contains("!") ? s.substring(0, s.indexOf('!')) : s;
            Interaction.Builder b = Interaction.builder(id + "-" + k, c, Touchpoint.of(ch + "-page", Channel.of(ch)),
                    T0.plusSeconds(k));
            if (s.contains("!")) {
                b.outcome(Outcome.CONVERTED);
                String v = s.substring(s.indexOf('!') + 1);
                if (!v.isEmpty()) {
                    b.value(Money.of(v, "EUR"));
                }
            }
            is.add(b.build());
        }
        return new Journey(id, c, is);
    }

    @Test
    void aJourneyConvertsAtItsFirstConversionAndLaterTouchesAreDropped() {
        List<ConversionPath> paths = JourneyPaths.aggregate(List.of(
                journey("1", "web", "email", "web!30", "phone"),
                journey("2", "web", "email", "web!10"),
                journey("3", "web", "email")), Outcome.CONVERTED);
        assertThat(paths).containsExactly(
                new ConversionPath(List.of("web", "email", "web"), 2, 40, 0),
                new ConversionPath(List.of("web", "email"), 0, 0, 1));
    }

    @Test
    void theKeyCanBeTheTouchpoint() {
        List<ConversionPath> paths = JourneyPaths.aggregate(List.of(journey("1", "web", "app!")),
                Outcome.CONVERTED, i -> i.touchpoint().id());
        assertThat(paths).containsExactly(new ConversionPath(List.of("web-page", "app-page"), 1, 0, 0));
    }

    @Test
    void valuesInTwoCurrenciesAreRefused() {
        Journey eur = journey("1", "web!5");
        CustomerId c = new CustomerId("c-usd");
        Journey usd = new Journey("2", c, List.of(Interaction.builder("u", c, Touchpoint.of("p", Channel.of("web")),
                T0).outcome(Outcome.CONVERTED).value(Money.of("5", "USD")).build()));
        assertThatThrownBy(() -> JourneyPaths.aggregate(List.of(eur, usd), Outcome.CONVERTED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("conversion values must be in one currency, found EUR and USD (interaction u)");
    }
}
