package io.cxkit.journey.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every attribution figure of {@code shared/vectors/journey.md} ("Markov-chain attribution with removal
 * effects"), with the source each comes from.
 */
class ReferenceAttributionTest {
    private static final double EPS = 1e-12;

    private static ConversionPath path(String p, double conv, double nulls, double value) {
        return new ConversionPath(ConversionPath.split(p, ">"), conv, value, nulls);
    }

    private static ChannelCredit credit(AttributionResult r, String channel) {
        return r.channels().stream().filter(c -> c.channel().equals(channel)).findFirst().orElseThrow();
    }

    /** Worked case A: Puzyrov (2019), as reproduced in journey.md. */
    @Nested
    class PuzyrovCaseA {
        final List<ConversionPath> paths = List.of(
                path("google ads", 2, 0, 0),
                path("mailing", 1, 0, 0),
                path("google ads > mailing", 1, 0, 0),
                path("google ads", 0, 1, 0));
        final AttributionResult r = Attribution.compute(paths, 1);

        @Test
        void transitionProbabilitiesAreTheWeightedTransitionShares() {
            TransitionMatrix m = r.transitionMatrix();
            assertThat(m.probability("(start)", "google ads")).isCloseTo(0.8, within(EPS));
            assertThat(m.probability("(start)", "mailing")).isCloseTo(0.2, within(EPS));
            assertThat(m.probability("google ads", "(conversion)")).isCloseTo(0.5, within(EPS));
            assertThat(m.probability("google ads", "mailing")).isCloseTo(0.25, within(EPS));
            assertThat(m.probability("google ads", "(null)")).isCloseTo(0.25, within(EPS));
            assertThat(m.probability("mailing", "(conversion)")).isCloseTo(1.0, within(EPS));
            assertThat(m.probability("mailing", "(null)")).isZero();
        }

        @Test
        void conversionProbabilityIsPointEight() {
            assertThat(r.pConversion()).isCloseTo(0.8, within(EPS));
        }

        @Test
        void withoutAdsOnlyTheMailingStartConvertsAndWithoutMailingOnlyTheDirectAdsConversion() {
            // P(without ads) = 0.2 (start → mailing → conv); P(without mailing) = 0.8 · 0.5 = 0.4.
            MarkovResult m = MarkovAttribution.ofOrder(1).attribute(paths);
            assertThat(m.channels().get(0).channel()).isEqualTo("google ads");
            assertThat(m.channels().get(0).conversionProbabilityWithout()).isCloseTo(0.2, within(EPS));
            assertThat(m.channels().get(1).conversionProbabilityWithout()).isCloseTo(0.4, within(EPS));
        }

        @Test
        void removalEffectsAreThreeQuartersAndOneHalf() {
            assertThat(credit(r, "google ads").removalEffect()).isCloseTo(0.75, within(EPS));
            assertThat(credit(r, "mailing").removalEffect()).isCloseTo(0.5, within(EPS));
        }

        @Test
        void attributedConversionsAreTwoPointFourAndOnePointSix() {
            assertThat(credit(r, "google ads").markovConversions()).isCloseTo(2.4, within(EPS));
            assertThat(credit(r, "mailing").markovConversions()).isCloseTo(1.6, within(EPS));
        }

        @Test
        void heuristicsGiveFirstThreeOneLastTwoTwoLinearTwoAndAHalfOneAndAHalf() {
            ChannelCredit ads = credit(r, "google ads");
            ChannelCredit mailing = credit(r, "mailing");
            assertThat(ads.first()).isEqualTo(3);
            assertThat(mailing.first()).isEqualTo(1);
            assertThat(ads.last()).isEqualTo(2);
            assertThat(mailing.last()).isEqualTo(2);
            assertThat(ads.linear()).isCloseTo(2.5, within(EPS));
            assertThat(mailing.linear()).isCloseTo(1.5, within(EPS));
        }
    }

    /** Worked case B: Bryl (2016), analyzecore.com, as reproduced in journey.md. */
    @Nested
    class BrylCaseB {
        final List<ConversionPath> paths = List.of(
                path("C1 > C2 > C3", 1, 0, 1000),
                path("C1", 0, 1, 0),
                path("C2 > C3", 0, 1, 0));
        final AttributionResult r = Attribution.compute(paths, 1);

        @Test
        void conversionProbabilityIsOneThird() {
            assertThat(r.pConversion()).isCloseTo(1.0 / 3, within(EPS));
        }

        @Test
        void withoutC1ConversionProbabilityIsOneSixth() {
            MarkovResult m = MarkovAttribution.ofOrder(1).attribute(paths);
            MarkovCredit c1 = m.channels().stream().filter(c -> c.channel().equals("C1")).findFirst().orElseThrow();
            assertThat(c1.conversionProbabilityWithout()).isCloseTo(1.0 / 6, within(EPS));
            // and consistently: RE = 1 − P(without C1)/P
            assertThat(r.pConversion() * (1 - credit(r, "C1").removalEffect())).isCloseTo(1.0 / 6, within(EPS));
        }

        @Test
        void removalEffectsAreHalfOneOne() {
            assertThat(credit(r, "C1").removalEffect()).isCloseTo(0.5, within(EPS));
            assertThat(credit(r, "C2").removalEffect()).isCloseTo(1.0, within(EPS));
            assertThat(credit(r, "C3").removalEffect()).isCloseTo(1.0, within(EPS));
        }

        @Test
        void creditWeightsAreTwoFourFourTenths() {
            double sum = r.channels().stream().mapToDouble(ChannelCredit::removalEffect).sum();
            assertThat(credit(r, "C1").removalEffect() / sum).isCloseTo(0.2, within(EPS));
            assertThat(credit(r, "C2").removalEffect() / sum).isCloseTo(0.4, within(EPS));
            assertThat(credit(r, "C3").removalEffect() / sum).isCloseTo(0.4, within(EPS));
        }

        @Test
        void attributedValueIsTwoHundredFourHundredFourHundred() {
            assertThat(credit(r, "C1").markovValue()).isCloseTo(200, within(1e-9));
            assertThat(credit(r, "C2").markovValue()).isCloseTo(400, within(1e-9));
            assertThat(credit(r, "C3").markovValue()).isCloseTo(400, within(1e-9));
        }
    }

    /** The linear-touch case of journey.md, in ChannelAttribution's definition (credit by occurrences). */
    @Nested
    class LinearTouchByOccurrence {
        final List<HeuristicCredit> h = HeuristicAttribution.compute(List.of(
                path("A > A > B", 1, 0, 30),
                path("B > A", 1, 0, 10)));

        HeuristicCredit of(String channel) {
            return h.stream().filter(c -> c.channel().equals(channel)).findFirst().orElseThrow();
        }

        @Test
        void linearCountsEveryOccurrence() {
            assertThat(of("A").linear()).isCloseTo(1.1666667, within(1e-7));
            assertThat(of("B").linear()).isCloseTo(0.8333333, within(1e-7));
        }

        @Test
        void linearValueIsTwentyFiveAndFifteen() {
            assertThat(of("A").linearValue()).isCloseTo(25, within(EPS));
            assertThat(of("B").linearValue()).isCloseTo(15, within(EPS));
        }

        @Test
        void firstAndLastTouch() {
            assertThat(of("A").first()).isEqualTo(1);
            assertThat(of("B").first()).isEqualTo(1);
            assertThat(of("A").firstValue()).isEqualTo(30);
            assertThat(of("B").firstValue()).isEqualTo(10);
            assertThat(of("A").last()).isEqualTo(1);
            assertThat(of("B").last()).isEqualTo(1);
            assertThat(of("A").lastValue()).isEqualTo(10);
            assertThat(of("B").lastValue()).isEqualTo(30);
        }
    }
}
