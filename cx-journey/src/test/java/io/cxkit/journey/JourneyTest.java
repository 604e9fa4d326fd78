package io.cxkit.journey;

import static io.cxkit.journey.Interactions.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.Channel;
import io.cxkit.core.CustomerId;
import io.cxkit.core.Direction;
import io.cxkit.core.Feedback;
import io.cxkit.core.Outcome;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class JourneyTest {

    private static final CustomerId C = CustomerId.of("c1");

    @Test
    void factsAreDerivedFromTheInteractionsInOrder() {
        Journey j = new Journey("j", C, List.of(
                at("c1", "home", Channel.WEB, 0).build(),
                at("c1", "faq", Channel.WEB, 5).feedback(new Feedback.Ces(3)).build(),
                at("c1", "hotline", Channel.PHONE, 20).outcome(Outcome.ESCALATED).build(),
                at("c1", "tier2", Channel.PHONE, 30).outcome(Outcome.RESOLVED).feedback(new Feedback.Nps(4)).build(),
                at("c1", "survey", Channel.EMAIL, 90).direction(Direction.OUTBOUND).build()));

        assertThat(j.touchpointIds()).containsExactly("home", "faq", "hotline", "tier2", "survey");
        assertThat(j.channels()).containsExactly(Channel.WEB, Channel.PHONE, Channel.EMAIL);
        assertThat(j.channelSwitches()).isEqualTo(2);
        assertThat(j.duration()).isEqualTo(Duration.ofMinutes(90));
        assertThat(j.outcome()).contains(Outcome.RESOLVED);
        assertThat(j.feedback()).containsExactly(new Feedback.Ces(3), new Feedback.Nps(4));
        // hotline and tier2 are phone contacts; the outbound email survey is not a contact.
        assertThat(j.effort()).isEqualTo(new Effort(2, 1, 1));
    }

    @Test
    void channelSwitchesCountEveryChangeIncludingReturns() {
        Journey j = new Journey("j", C, List.of(at("c1", "a", Channel.WEB, 0).build(),
                at("c1", "b", Channel.WEB, 1).build(), at("c1", "c", Channel.PHONE, 2).build(),
                at("c1", "d", Channel.WEB, 3).build()));
        assertThat(j.channelSwitches()).isEqualTo(2);
        assertThat(j.channels()).containsExactly(Channel.WEB, Channel.PHONE);
    }

    @Test
    void kindDecidesWhetherAnInteractionIsAContact() {
        assertThat(Journey.isContact(at("c1", "x", Channel.WEB, 0).kind("Contact").build())).isTrue();
        assertThat(Journey.isContact(at("c1", "x", Channel.PHONE, 0).kind("visit").build())).isFalse();
        assertThat(Journey.isContact(at("c1", "x", Channel.CHAT, 0).automated(true).build())).isFalse();
        assertThat(Journey.isContact(at("c1", "x", Channel.CHAT, 0).build())).isTrue();
        assertThat(Journey.isTransfer(at("c1", "x", Channel.CHAT, 0).kind("transfer").build())).isTrue();
    }

    @Test
    void aJourneyOfOneInteractionHasZeroDurationAndNoOutcome() {
        Journey j = new Journey("j", C, List.of(at("c1", "home", 0).build()));
        assertThat(j.duration()).isZero();
        assertThat(j.outcome()).isEmpty();
        assertThat(j.effort()).isEqualTo(Effort.NONE);
    }

    @Test
    void rejectsEmptyForeignOrBackwardInteractions() {
        assertThatThrownBy(() -> new Journey("j", C, List.of()))
                .hasMessage("journey j must have at least one interaction, had 0");
        assertThatThrownBy(() -> new Journey("j", C, List.of(at("c2", "a", 0).build())))
                .hasMessageContaining("must hold only that customer's interactions");
        assertThatThrownBy(() -> new Journey("j", C, List.of(at("c1", "a", 5).build(), at("c1", "b", 1).build())))
                .hasMessageContaining("must be in time order");
        assertThatThrownBy(() -> new Journey(" ", C, List.of(at("c1", "a", 0).build())))
                .hasMessageContaining("journey id must not be blank");
    }

    @Test
    void effortRejectsInconsistentCounts() {
        assertThatThrownBy(() -> new Effort(2, 0, 2)).hasMessage("repeats must be within 0..max(0, contacts - 1) = 1, was 2");
        assertThatThrownBy(() -> new Effort(-1, 0, 0)).hasMessage("contacts must be at least 0, was -1");
    }
}
