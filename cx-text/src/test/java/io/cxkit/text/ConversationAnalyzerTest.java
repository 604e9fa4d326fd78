package io.cxkit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationAnalyzerTest {
    private final ConversationAnalyzer a = ConversationAnalyzer.standard();

    @Test
    void aWorseningConversationWithAngerAndARequestForAPersonIsHighRisk() {
        List<Message> m = List.of(
                Message.customer("Hi, my order hasn't arrived yet, could you check please?"),
                Message.agent("Sorry about that, let me look."),
                Message.customer("It's been two weeks, this is the third time I'm asking"),
                Message.agent("I understand, it is on its way."),
                Message.customer("This is RIDICULOUS. I want to speak to a manager NOW!"));
        ConversationTone t = a.analyze(m);
        assertThat(t.customerMessages()).hasSize(3);
        assertThat(t.trajectory()).isEqualTo(ConversationTone.Trajectory.WORSENING);
        assertThat(t.escalationRisk()).isEqualTo(ConversationTone.EscalationRisk.HIGH);
        ReplyGuidance g = a.guide(m);
        assertThat(g.stances()).contains(Stance.ACKNOWLEDGE_AND_APOLOGISE, Stance.BE_BRIEF,
                Stance.HAND_OVER_TO_HUMAN);
        assertThat(g.reasons()).anySatisfy(r -> assertThat(r).contains("ridiculous"));
    }

    @Test
    void confusionAsksForStepByStepAndAThankfulCustomerForNothingSpecial() {
        assertThat(a.guide(List.of(Message.customer("I'm confused, how do I change my address?"))).stances())
                .containsExactly(Stance.EXPLAIN_STEP_BY_STEP);
        ReplyGuidance thanks = a.guide(List.of(Message.customer("Great, thank you so much!")));
        assertThat(thanks.stances()).isEmpty();
        assertThat(thanks.conversation().escalationRisk()).isEqualTo(ConversationTone.EscalationRisk.LOW);
    }

    @Test
    void anImprovingConversation() {
        ConversationTone t = a.analyze(List.of(Message.customer("This is terrible, nothing works"),
                Message.agent("Let me fix that."), Message.customer("Ok that helped"),
                Message.customer("Perfect, thanks a lot, great service!")));
        assertThat(t.trajectory()).isEqualTo(ConversationTone.Trajectory.IMPROVING);
        assertThat(t.slope()).isPositive();
    }

    @Test
    void noCustomerMessageIsStableAndLowRisk() {
        ConversationTone t = a.analyze(List.of(Message.agent("Hello?")));
        assertThat(t.trajectory()).isEqualTo(ConversationTone.Trajectory.STABLE);
        assertThat(t.escalationRisk()).isEqualTo(ConversationTone.EscalationRisk.LOW);
        assertThat(a.guide(List.of()).stances()).isEmpty();
    }
}
