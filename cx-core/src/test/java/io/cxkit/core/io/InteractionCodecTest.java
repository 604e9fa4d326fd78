package io.cxkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.Channel;
import io.cxkit.core.CustomerId;
import io.cxkit.core.Direction;
import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.core.JourneyStage;
import io.cxkit.core.Money;
import io.cxkit.core.Outcome;
import io.cxkit.core.Touchpoint;
import io.cxkit.core.sample.SampleGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InteractionCodecTest {
    static Interaction everyField() {
        return Interaction.builder("i-1", CustomerId.of("Ünïcødé 客户 😀"),
                        Touchpoint.of("support_chat", Channel.CHAT, JourneyStage.SUPPORT),
                        Instant.parse("2025-03-01T12:34:56.123456789Z"))
                .journeyId("j-9").kind("contact").direction(Direction.INBOUND).automated(true)
                .duration(Duration.ofSeconds(754, 5)).outcome(Outcome.RESOLVED)
                .value(new Money(new BigDecimal("-12345.6789"), Money.currency("EUR")))
                .feedback(new Feedback.Nps(0)).feedback(new Feedback.Csat(5, 5)).feedback(new Feedback.Ces(7))
                .feedback(new Feedback.Rating(3, 10)).feedback(new Feedback.Verbatim("x".repeat(70_000) + " é"))
                .attribute("issue", "ISS-1").attribute("wait_seconds", "30")
                .identifier("email", "a@b.c").identifier("phone", "+331").build();
    }

    @Test
    void everyFieldRoundTripsExactly() {
        InteractionCodec c = new InteractionCodec();
        Interaction i = everyField();
        assertThat(c.decode(c.encode(i))).isEqualTo(i);
        Interaction minimal = Interaction.builder("m", CustomerId.of("c"), Touchpoint.of("home", Channel.WEB),
                Instant.ofEpochSecond(-5_000_000_000L, 7)).build();
        assertThat(c.decode(c.encode(minimal))).isEqualTo(minimal);
    }

    @Test
    void theWholeGeneratedSampleRoundTripsAndEqualInteractionsEncodeAlike() {
        InteractionCodec c = new InteractionCodec();
        for (Interaction i : SampleGenerator.builder().customers(60).seed(5L).build().generateList()) {
            byte[] b = c.encode(i);
            Interaction back = c.decode(b);
            assertThat(back).isEqualTo(i);
            assertThat(c.encode(back)).isEqualTo(b);
        }
    }

    /**
     * The version-1 bytes of {@link #everyField()} with a short comment, captured when version 1 was written:
     * decoding them must keep giving the same interaction in every later version.
     */
    @Test
    void versionOneGoldenBytesStayReadable() throws IOException {
        byte[] golden;
        try (InputStream in = getClass().getResourceAsStream("/codec/interaction-v1.b64")) {
            golden = Base64.getMimeDecoder().decode(in.readAllBytes());
        }
        Interaction expected = everyField().toBuilder().build();
        Interaction shortComment = Interaction.builder(expected.id(), expected.customerId(), expected.touchpoint(),
                        expected.timestamp()).journeyId("j-9").kind("contact").direction(Direction.INBOUND)
                .automated(true).duration(Duration.ofSeconds(754, 5)).outcome(Outcome.RESOLVED)
                .value(new Money(new BigDecimal("-12345.6789"), Money.currency("EUR")))
                .feedback(new Feedback.Nps(0)).feedback(new Feedback.Csat(5, 5)).feedback(new Feedback.Ces(7))
                .feedback(new Feedback.Rating(3, 10)).feedback(new Feedback.Verbatim("golden é"))
                .attribute("issue", "ISS-1").attribute("wait_seconds", "30")
                .identifier("email", "a@b.c").identifier("phone", "+331").build();
        assertThat(new InteractionCodec().decode(golden)).isEqualTo(shortComment);
    }

    @Test
    void truncatedCorruptedOrNewerBytesAreRefusedWithAFormatError() {
        InteractionCodec c = new InteractionCodec();
        byte[] b = c.encode(SampleGenerator.builder().customers(3).seed(1L).build().generateList().get(0));
        for (int len = 0; len < b.length; len++) {
            byte[] cut = java.util.Arrays.copyOf(b, len);
            assertThatThrownBy(() -> c.decode(cut)).isInstanceOf(InteractionFormatException.class);
        }
        byte[] newer = b.clone();
        newer[0] = 2;
        assertThatThrownBy(() -> c.decode(newer)).hasMessageContaining("version 2");
        SplittableRandom rng = new SplittableRandom(17);
        List<Interaction> sample = SampleGenerator.builder().customers(20).seed(2L).build().generateList();
        for (int k = 0; k < 20_000; k++) {
            byte[] m = c.encode(sample.get(rng.nextInt(sample.size())));
            int flips = 1 + rng.nextInt(3);
            for (int f = 0; f < flips; f++) {
                m[rng.nextInt(m.length)] ^= (byte) (1 + rng.nextInt(255));
            }
            try {
                Interaction decoded = c.decode(m);
                assertThat(c.decode(c.encode(decoded))).isEqualTo(decoded);
            } catch (InteractionFormatException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        }
    }

    @Test
    void anUnpairedSurrogateCannotBeEncoded() {
        Interaction bad = Interaction.builder("s", CustomerId.of("c"), Touchpoint.of("home", Channel.WEB),
                Instant.EPOCH).attribute("note", "a\uD800b").build();
        assertThatThrownBy(() -> new InteractionCodec().encode(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unpaired surrogate");
    }
}
