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
 * support surveys; the journey drivers' estimate must find it inside its bootstrap interval.
 */
class SampleNegativityRatioTest {
    @Test
    void theNegativityRatioOfASeededSampleCoversTheEmbeddedOne() {
        int customers = Integer.getInteger("probe.customers", 6000);
        List<Journey> journeys = JourneyCutter.byJourneyId().cut(
                SampleGenerator.builder().customers(customers).seed(Long.getLong("probe.seed", 11L)).build()
                        .generateList());
        JourneyFeatureTable t = JourneyFeatures.defaults().table(journeys);
        NegativityRatio.Estimate e = NegativityRatio.estimate(t, 400, 5, 0.95);
        System.out.println("n=" + e.n() + " ratio=" + e.ratio() + " neg=" + e.betaNegative() + " pos="
                + e.betaPositive() + " len=" + e.betaLength() + " iv=" + e.interval());
        assertThat(e.defined()).isTrue();
        assertThat(e.interval().orElseThrow().lower()).isLessThanOrEqualTo(SampleSchema.NEGATIVITY_RATIO);
        assertThat(e.interval().orElseThrow().upper()).isGreaterThanOrEqualTo(SampleSchema.NEGATIVITY_RATIO);
    }
}
