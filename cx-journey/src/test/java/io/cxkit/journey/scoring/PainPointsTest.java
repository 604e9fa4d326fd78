package io.cxkit.journey.scoring;

import static io.cxkit.journey.scoring.Journeys.journey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.Feedback;
import io.cxkit.core.Outcome;
import io.cxkit.journey.Journey;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PainPointsTest {
    /**
     * Six purchase journeys, one minute between steps. Five have an NPS answer (J5 none); J1, J2 and J6 end with
     * a detractor, so the baseline detractor rate is 3/5 = 0.6.
     */
    private static List<Journey> shop() {
        return List.of(
                journey("J1", "c1").step("home", "web", 0).step("cart", "web", 1).step("checkout", "web", 1)
                        .ending(Outcome.ABANDONED).answer(new Feedback.Nps(2)).build(),
                journey("J2", "c2").step("home", "web", 0).step("cart", "web", 1).step("checkout", "web", 1)
                        .ending(Outcome.ABANDONED).answer(new Feedback.Nps(5)).build(),
                journey("J3", "c3").step("home", "web", 0).step("cart", "web", 1).step("checkout", "web", 1)
                        .step("purchase", "web", 1).ending(Outcome.CONVERTED).answer(new Feedback.Nps(9)).build(),
                journey("J4", "c4").timed("home", "web", 0, Duration.ofSeconds(30), 120)
                        .step("purchase", "web", 1).ending(Outcome.CONVERTED).answer(new Feedback.Nps(10)).build(),
                journey("J5", "c5").step("home", "web", 0).step("cart", "web", 1).ending(Outcome.ABANDONED).build(),
                journey("J6", "c6").step("home", "web", 0).step("cart", "web", 1).step("checkout", "web", 1)
                        .step("purchase", "web", 1).ending(Outcome.CONVERTED).answer(new Feedback.Nps(4)).build());
    }

    private static PainPoint find(PainPointReport r, String label) {
        return r.painPoints().stream().filter(p -> p.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void measuresDropOffDetractorLiftAndItsSignificanceByHand() {
        PainPointReport r = PainPoints.withDefaults().minJourneys(1).analyze(shop());
        assertThat(r.journeys()).isEqualTo(6);
        assertThat(r.feedbackJourneys()).isEqualTo(5);
        assertThat(r.baselineDetractorRate()).isCloseTo(0.6, within(1e-12));
        PainPoint checkout = find(r, "checkout");
        assertThat(checkout.kind()).isEqualTo(PainPoint.Kind.TOUCHPOINT);
        assertThat(checkout.journeys()).isEqualTo(4);
        assertThat(checkout.dropOffs()).isEqualTo(2);
        assertThat(checkout.dropOffRate()).isEqualTo(0.5);
        assertThat(checkout.feedbackJourneys()).isEqualTo(4);
        assertThat(checkout.detractorJourneys()).isEqualTo(3);
        assertThat(checkout.detractorRate()).isEqualTo(0.75);
        assertThat(checkout.detractorLift()).isCloseTo(1.25, within(1e-12));
        // z = 0.75 / sqrt(0.6·0.4·(1/4 + 1/1)) = 1.36931 against the one other journey with feedback (J4),
        // two-sided p = erfc(z/√2) = 0.1709035.
        assertThat(checkout.pValue()).isCloseTo(0.1709035202307975, within(1e-6));
        assertThat(checkout.significant()).isFalse();
    }

    @Test
    void ranksByDetractorLiftThenJourneysThenLabel() {
        PainPointReport r = PainPoints.withDefaults().minJourneys(1).analyze(shop());
        assertThat(r.painPoints()).extracting(PainPoint::label).startsWith("cart", "home -> cart",
                "cart -> checkout", "checkout");
        PainPoint home = find(r, "home");
        assertThat(home.detractorLift()).isCloseTo(1.0, within(1e-12));
        assertThat(home.pValue()).isNaN();
    }

    @Test
    void ranksByDropOff() {
        PainPointReport r = PainPoints.withDefaults().minJourneys(1).rankBy(PainPoints.RankBy.DROP_OFF)
                .analyze(shop());
        assertThat(r.painPoints()).extracting(PainPoint::label).startsWith("cart -> checkout", "checkout");
        assertThat(find(r, "cart").dropOffRate()).isCloseTo(0.2, within(1e-12));
        assertThat(find(r, "cart -> checkout").dropOffs()).isEqualTo(2);
    }

    @Test
    void timeLostIsWaitPlusHandleTimeAtTouchpointsAndTheGapOnTransitions() {
        PainPointReport r = PainPoints.withDefaults().minJourneys(1).rankBy(PainPoints.RankBy.TIME_LOST)
                .analyze(shop());
        assertThat(find(r, "home").timeLostSeconds()).isEqualTo(150);
        assertThat(find(r, "home").meanTimeLostSeconds()).isEqualTo(25);
        PainPoint homeToCart = find(r, "home -> cart");
        assertThat(homeToCart.timeLostSeconds()).isEqualTo(300);
        assertThat(homeToCart.meanTimeLostSeconds()).isEqualTo(60);
        assertThat(r.painPoints().get(0).timeLostSeconds()).isGreaterThanOrEqualTo(300);
    }

    @Test
    void elementsWithFewJourneysAreLeftOut() {
        PainPointReport r = PainPoints.withDefaults().minJourneys(5).analyze(shop());
        assertThat(r.painPoints()).extracting(PainPoint::label)
                .containsExactlyInAnyOrder("home", "cart", "home -> cart");
    }

    @Test
    void badSettingsAreRefused() {
        assertThatThrownBy(() -> PainPoints.withDefaults().minJourneys(0))
                .hasMessage("minJourneys must be at least 1, was 0");
        assertThatThrownBy(() -> PainPoints.withDefaults().significance(1))
                .hasMessage("significance must be within (0, 1), was 1.0");
    }

    @Test
    void noJourneysGiveAnEmptyReport() {
        PainPointReport r = PainPoints.withDefaults().analyze(List.of());
        assertThat(r.painPoints()).isEmpty();
        assertThat(r.baselineDetractorRate()).isNaN();
    }
}
