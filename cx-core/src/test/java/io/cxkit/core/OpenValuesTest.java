package io.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Channel, JourneyStage and Outcome: open values normalised to trimmed lower case. */
class OpenValuesTest {
    @Test
    void aChannelNameIsNormalisedSoSpellingsMeetTheConstant() {
        assertThat(Channel.of(" Web ")).isEqualTo(Channel.WEB).hasSameHashCodeAs(Channel.WEB);
        assertThat(Channel.of("MOBILE_APP")).isEqualTo(Channel.MOBILE_APP);
        assertThat(Channel.of("kiosk").name()).isEqualTo("kiosk");
    }

    @Test
    void theWellKnownConstantsHaveTheDocumentedNames() {
        assertThat(java.util.List.of(Channel.WEB, Channel.MOBILE_APP, Channel.EMAIL, Channel.PHONE, Channel.CHAT,
                Channel.SOCIAL, Channel.STORE, Channel.SMS)).extracting(Channel::name)
                .containsExactly("web", "mobile_app", "email", "phone", "chat", "social", "store", "sms");
        assertThat(java.util.List.of(JourneyStage.AWARENESS, JourneyStage.CONSIDERATION, JourneyStage.PURCHASE,
                JourneyStage.ONBOARDING, JourneyStage.USAGE, JourneyStage.SUPPORT, JourneyStage.RENEWAL,
                JourneyStage.ADVOCACY)).extracting(JourneyStage::name)
                .containsExactly("awareness", "consideration", "purchase", "onboarding", "usage", "support",
                        "renewal", "advocacy");
        assertThat(java.util.List.of(Outcome.RESOLVED, Outcome.UNRESOLVED, Outcome.CONVERTED, Outcome.ABANDONED,
                Outcome.ESCALATED)).extracting(Outcome::name)
                .containsExactly("resolved", "unresolved", "converted", "abandoned", "escalated");
    }

    @Test
    void aBlankNameFailsNamingTheField() {
        assertThatThrownBy(() -> Channel.of("  ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("channel must not be blank, was '  '");
        assertThatThrownBy(() -> JourneyStage.of("")).hasMessage("stage must not be blank, was ''");
        assertThatThrownBy(() -> Outcome.of("\t")).hasMessage("outcome must not be blank, was '\t'");
    }

    @Test
    void aNameLongerThan200CharactersFails() {
        assertThatThrownBy(() -> Channel.of("c".repeat(201)))
                .hasMessage("channel must be at most 200 characters, was 201");
    }

    @Test
    void aNameWithControlCharactersFails() {
        assertThatThrownBy(() -> Outcome.of("re\nsolved"))
                .hasMessage("outcome must not contain control characters, was 're\nsolved'");
    }

    @Test
    void aNullNameFails() {
        assertThatThrownBy(() -> Channel.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("channel must not be null");
    }

    @Test
    void directionParsesItsWireNamesIgnoringCase() {
        assertThat(Direction.parse(" Inbound ")).isEqualTo(Direction.INBOUND);
        assertThat(Direction.OUTBOUND.wireName()).isEqualTo("outbound");
        assertThatThrownBy(() -> Direction.parse("up"))
                .hasMessage("direction must be inbound or outbound, was 'up'");
    }
}
