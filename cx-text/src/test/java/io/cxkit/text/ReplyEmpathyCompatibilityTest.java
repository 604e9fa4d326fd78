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

}
