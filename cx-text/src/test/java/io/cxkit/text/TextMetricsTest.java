package io.cxkit.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.MetricOptions;
import io.cxkit.metrics.MetricRegistry;
import io.cxkit.metrics.survey.ProportionInterval;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextMetricsTest {

    @Test
    void theTextMetricsAreFoundThroughTheServiceLoader() {
        MetricRegistry r = MetricRegistry.discover(getClass().getClassLoader());
        assertThat(r.providers()).extracting(p -> p.name()).contains("sentiment", "sentiment_negative",
                "reply_empathy");
    }

    @Test
    void meanCompoundWithATIntervalByHand() {
        SentimentMetric m = new SentimentMetric(SentimentMetric.MEAN, false, 0.95, ProportionInterval.WILSON);
        SentimentMetric.State s = m.newAccumulator();
        double[] x = {0.5, -0.2, 0.1, 0.9};
        for (double v : x) {
            s.addCompound(v);
        }
        Estimate e = s.result();
        double mean = 0.325;
        double sd = Math.sqrt(((0.5 - mean) * (0.5 - mean) + (-0.2 - mean) * (-0.2 - mean)
                + (0.1 - mean) * (0.1 - mean) + (0.9 - mean) * (0.9 - mean)) / 3);
        // t(0.975, 3) = 3.182446 (any t table)
        assertThat(e.value()).isCloseTo(mean, within(1e-12));
        assertThat(e.n()).isEqualTo(4);
        assertThat(e.interval().orElseThrow().upper()).isCloseTo(Math.min(1, mean + 3.182446 * sd / 2), within(1e-5));
        assertThat(e.details().get("share_negative")).isEqualTo(0.25);
    }

    @Test
    void negativeShareOfScoredComments() {
        SentimentMetric m = (SentimentMetric) new SentimentMetric.NegativeShareProvider()
                .create(MetricOptions.defaults().withSetting("sentiment.cx", "true"));
        SentimentMetric.State s = m.newAccumulator();
        s.addText("I waited 45 minutes on hold and nobody helped me");
        s.addText("Lovely staff, thanks!");
        s.addText("ok");
        assertThat(s.result().value()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(s.result().method()).isEqualTo("share-negative:vader-3.3.2+cx");
    }

    @Test
    void empathyOfRepliesInAConversation() {
        ReplyEmpathy m = new ReplyEmpathy(0.95, ProportionInterval.AGRESTI_COULL);
        ReplyEmpathy.State s = m.newAccumulator();
        s.addConversation(List.of(
                Message.customer("This is ridiculous, third time I'm asking"),
                new Message(Speaker.BOT, "Your message has been received."),
                Message.agent("I'm sorry for the trouble, I've sent a replacement today."),
                Message.customer("Still not working. Useless."),
                Message.agent("Please restart the device."),
                Message.customer("Thanks")));
        assertThat(s.count()).isEqualTo(2);
        assertThat(s.result().value()).isEqualTo(0.5);
        assertThat(s.result().interval()).isPresent();
    }
}
