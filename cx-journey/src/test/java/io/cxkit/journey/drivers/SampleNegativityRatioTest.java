package io.cxkit.journey.drivers;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.sample.SampleGenerator;
import io.cxkit.core.sample.SampleSchema;
import io.cxkit.journey.Journey;
import io.cxkit.journey.JourneyCutter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sample generator embeds a negativity ratio ({@link SampleSchema#NEGATIVITY_RATIO} = 3) in the NPS answers of
 * support surveys; the journey drivers' estimate must find it inside its bootstrap interval. The embedded sample
 * (400 customers) has too few answered support journeys for a useful interval, so a larger seeded sample is used.
 */
class SampleNegativityRatioTest {
    @Test
    void theNegativityRatioOfASeededSampleCoversTheEmbeddedOne() {
        List<Journey> journeys = JourneyCutter.byJourneyId().cut(
                SampleGenerator.builder().customers(6000).seed(11L).build().generateList());
        JourneyFeatureTable t = JourneyFeatures.defaults().table(journeys);
        NegativityRatio.Estimate e = NegativityRatio.estimate(t, 400, 5, 0.95);
        // Measured when written: 3,562 answered journeys, ratio 3.15, interval [2.42, 4.27]. The rounding and the
        // 0..10 clamp of the answers shrink both slopes (−1.46 and 0.46 NPS points against the embedded −1.8 and
        // 0.6), about equally, so the ratio survives.
        assertThat(e.defined()).isTrue();
        assertThat(e.n()).isGreaterThan(3000);
        assertThat(e.betaNegative()).isNegative();
        assertThat(e.betaPositive()).isPositive();
        assertThat(e.interval().orElseThrow().lower()).isLessThanOrEqualTo(SampleSchema.NEGATIVITY_RATIO);
        assertThat(e.interval().orElseThrow().upper()).isGreaterThanOrEqualTo(SampleSchema.NEGATIVITY_RATIO);
    }
}
