package io.cxkit.text;

import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.metrics.Metric;
import io.cxkit.metrics.tck.MetricCompatibilityKit;
import io.cxkit.metrics.survey.ProportionInterval;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;

/** The empathy-of-replies metric passes the compatibility kit. */
class ReplyEmpathyCompatibilityTest extends MetricCompatibilityKit<ReplyEmpathy.State> {
    private static final List<String> REPLIES = List.of("I'm so sorry about that, let me fix it now.",
            "Please restart the app.", "Your refund has been issued.", "Noted.", "I understand how annoying this is.");

    @Override
    protected Metric<ReplyEmpathy.State> metric() {
        return new ReplyEmpathy(0.95, ProportionInterval.AGRESTI_COULL);
    }

    @Override
    protected Interaction randomInteraction(Random random) {
        Interaction.Builder b = Resources.randomBase(random);
        b.feedback(new Feedback.Verbatim(SentimentMetricCompatibilityTest.COMMENTS.get(
                random.nextInt(SentimentMetricCompatibilityTest.COMMENTS.size()))));
        if (random.nextInt(4) > 0) {
            b.attribute(ReplyEmpathy.REPLY_ATTRIBUTE, REPLIES.get(random.nextInt(REPLIES.size())));
        }
        return b.build();
    }

    @Override
    protected Map<String, Consumer<ReplyEmpathy.State>> invalidInputs() {
        return Map.of();
    }

    @Override
    protected Optional<Metric<ReplyEmpathy.State>> differentlyConfigured() {
        return Optional.of(new ReplyEmpathy(0.9, ProportionInterval.AGRESTI_COULL));
    }

    /** A random interaction without feedback, as the kit's former {@code randomBase} made it. */
    static Interaction.Builder randomBase(Random random) {
        io.cxkit.core.Channel[] channels = {io.cxkit.core.Channel.WEB, io.cxkit.core.Channel.PHONE,
            io.cxkit.core.Channel.CHAT, io.cxkit.core.Channel.EMAIL};
        io.cxkit.core.Channel ch = channels[random.nextInt(channels.length)];
        io.cxkit.core.Touchpoint tp = random.nextBoolean()
                ? io.cxkit.core.Touchpoint.of(ch.name() + "-support", ch, io.cxkit.core.JourneyStage.SUPPORT)
                : io.cxkit.core.Touchpoint.of(ch.name() + "-" + (random.nextInt(2) == 0 ? "checkout" : "home"), ch);
        java.time.Instant ts = java.time.Instant.parse("2026-01-01T00:00:00Z").plusSeconds(random.nextInt(365 * 86_400));
        return Interaction.builder("i" + Long.toHexString(random.nextLong()),
                        io.cxkit.core.CustomerId.of("c" + random.nextInt(200)), tp, ts)
                .attribute("segment", random.nextBoolean() ? "consumer" : "business");
    }
}
