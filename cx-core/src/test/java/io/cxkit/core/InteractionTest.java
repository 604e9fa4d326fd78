package io.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InteractionTest {
    private static final Touchpoint HOME = Touchpoint.of("home", Channel.WEB);
    private static final Instant T = Instant.parse("2024-03-01T09:30:00Z");

    private static Interaction.Builder base() {
        return Interaction.builder("i1", CustomerId.of("c1"), HOME, T);
    }

    @Test
    void anInteractionWithAnIdentifierMayLeaveItsCustomerUnresolved() {
        Interaction i = Interaction.builder("i1", CustomerId.unresolved("i1"), HOME, T)
                .identifier("email", "ann@example.com").build();

        assertThat(i.customerId().isResolved()).isFalse();
    }

    @Test
    void anUnresolvedCustomerNeedsAnIdentifier() {
        assertThatThrownBy(() -> Interaction.builder("i1", CustomerId.unresolved("i1"), HOME, T)
                .identifier("email", " ").build())
                .hasMessage("customer_id of interaction i1 may be unresolved only when the interaction carries an "
                        + "identifier, had none");
    }

    @Test
    void anUnresolvedCustomerMustBeTheInteractionsOwn() {
        assertThatThrownBy(() -> Interaction.builder("i1", CustomerId.unresolved("i2"), HOME, T)
                .identifier("email", "ann@example.com").build())
                .hasMessage("customer_id of interaction i1 must be resolved or ~unresolved:i1, was ~unresolved:i2");
    }

    @Test
    void changingTheIdOfAnInteractionWithAnUnresolvedCustomerRekeysIt() {
        Interaction i = Interaction.builder("i1", CustomerId.unresolved("i1"), HOME, T)
                .identifier("email", "ann@example.com").build();

        assertThat(i.toBuilder().id("i2").build().customerId()).isEqualTo(CustomerId.unresolved("i2"));
    }

    @Test
    void interactionsAreEqualByValue() {
        Interaction a = base().kind("visit").feedback(new Feedback.Nps(9)).attribute("plan", "gold").build();
        Interaction b = base().kind("visit").feedback(new Feedback.Nps(9)).attribute("plan", "gold").build();

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(b.toBuilder().kind("purchase").build());
    }

    @Test
    void toBuilderCopiesEveryField() {
        Interaction a = base().journeyId("j").kind("contact").direction(Direction.INBOUND).automated(true)
                .duration(Duration.ofSeconds(30)).outcome(Outcome.RESOLVED).value(Money.of("5", "EUR"))
                .feedback(new Feedback.Ces(6)).attribute("a", "b").identifier("email", "e").build();

        assertThat(a.toBuilder().build()).isEqualTo(a);
    }

    @Test
    void theRecordCopiesItsCollections() {
        List<Feedback> feedback = new ArrayList<>(List.of(new Feedback.Nps(1)));
        Map<String, String> attrs = new HashMap<>(Map.of("a", "b"));
        Interaction i = new Interaction("i1", CustomerId.of("c1"), HOME, T, Optional.empty(), Optional.empty(),
                Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), feedback, attrs,
                Map.of());
        feedback.clear();
        attrs.clear();

        assertThat(i.feedback()).hasSize(1);
        assertThat(i.attributes()).hasSize(1);
        assertThatThrownBy(() -> i.feedback().add(new Feedback.Nps(2)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aNegativeDurationFailsNamingTheField() {
        assertThatThrownBy(() -> base().duration(Duration.ofMillis(-1500)).build())
                .hasMessage("duration_seconds must not be negative, was -1.5");
    }

    @Test
    void aBlankIdFails() {
        assertThatThrownBy(() -> base().id(" ").build()).hasMessage("interaction_id must not be blank, was ' '");
    }

    @Test
    void nullsAreRefusedNamingTheComponent() {
        assertThatThrownBy(() -> new Interaction("i1", CustomerId.of("c1"), HOME, T, null, Optional.empty(),
                Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Map.of(),
                Map.of())).isInstanceOf(NullPointerException.class)
                .hasMessage("journey_id must not be null (use Optional.empty())");
    }

    @Test
    void aBlankAttributeOrIdentifierNameFails() {
        assertThatThrownBy(() -> base().attribute(" ", "x").build()).hasMessage("attributes names must not be blank");
        assertThatThrownBy(() -> base().identifier("", "x").build()).hasMessage("identifiers names must not be blank");
    }

    @Test
    void theFirstFeedbackOfAKindIsFoundAndTheChannelComesFromTheTouchpoint() {
        Interaction i = base().feedback(new Feedback.Csat(4, 5)).feedback(new Feedback.Nps(7))
                .feedback(new Feedback.Nps(8)).build();

        assertThat(i.feedback(Feedback.Nps.class)).contains(new Feedback.Nps(7));
        assertThat(i.feedback(Feedback.Ces.class)).isEmpty();
        assertThat(i.channel()).isEqualTo(Channel.WEB);
    }
}
