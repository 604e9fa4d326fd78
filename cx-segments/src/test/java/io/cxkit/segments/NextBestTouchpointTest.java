package io.cxkit.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.Channel;
import io.cxkit.core.CustomerId;
import io.cxkit.core.Interaction;
import io.cxkit.core.Outcome;
import io.cxkit.core.Touchpoint;
import io.cxkit.journey.Journey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NextBestTouchpointTest {
    private static int seq;

    private static Journey journey(boolean converts, String... touchpoints) {
        List<Interaction> is = new ArrayList<>();
        String c = "c" + (seq++);
        for (int k = 0; k < touchpoints.length; k++) {
            Interaction.Builder b = Interaction.builder(c + "-" + k, CustomerId.of(c),
                    Touchpoint.of(touchpoints[k], Channel.of("web")), Instant.ofEpochSecond(1_700_000_000L + k));
            if (converts && k == touchpoints.length - 1) {
                b.outcome(Outcome.CONVERTED);
            }
            is.add(b.build());
        }
        return new Journey(c + "/j", CustomerId.of(c), is);
    }

    /**
     * A small chain solved by hand. Paths: home→cart→buy (converts) ×2, home→cart (null) ×1, home→search (null)
     * ×2, home→search→cart→buy (converts) ×1. Transitions out of cart: buy 3, null 1 → p(cart→conv via buy);
     * buy always converts, so p(buy) = 1, p(cart) = 3/4; search: cart 1, null 2 → p(search) = 1/3 · 3/4 = 1/4;
     * home: cart 3, search 3 → p(home) = ½ · ¾ + ½ · ¼ = ½.
     */
    @Test
    void recommendsTheObservedNextTouchpointOfHighestConversionProbability() {
        List<Journey> js = List.of(journey(true, "home", "cart", "buy"), journey(true, "home", "cart", "buy"),
                journey(false, "home", "cart"), journey(false, "home", "search"), journey(false, "home", "search"),
                journey(true, "home", "search", "cart", "buy"));
        NextBestTouchpoint nbt = NextBestTouchpoint.fit(js, Outcome.CONVERTED, 1);
        assertThat(nbt.conversionProbability("cart").orElseThrow()).isCloseTo(0.75, within(1e-9));
        assertThat(nbt.conversionProbability("search").orElseThrow()).isCloseTo(0.25, within(1e-9));
        assertThat(nbt.conversionProbability("home").orElseThrow()).isCloseTo(0.5, within(1e-9));
        NextBestTouchpoint.Recommendation r = nbt.after("home").orElseThrow();
        assertThat(r.touchpoint()).isEqualTo("cart");
        assertThat(r.probability()).isCloseTo(0.75, within(1e-9));
        assertThat(r.baseline()).isCloseTo(0.5, within(1e-9));
        assertThat(r.uplift()).isCloseTo(0.25, within(1e-9));
        assertThat(r.support()).isEqualTo(3);
    }

    @Test
    void aTransitionBelowTheMinimumSupportIsNoCandidate() {
        List<Journey> js = List.of(journey(true, "home", "cart", "buy"), journey(false, "home", "search"),
                journey(false, "home", "search"));
        NextBestTouchpoint nbt = NextBestTouchpoint.fit(js, Outcome.CONVERTED, 2);
        assertThat(nbt.after("home").orElseThrow().touchpoint()).isEqualTo("search");
        assertThat(nbt.after("nowhere")).isEmpty();
    }
}
