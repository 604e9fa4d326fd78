package io.cxkit.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.core.Outcome;
import io.cxkit.journey.Journey;
import io.cxkit.journey.JourneyCutter;
import io.cxkit.metrics.Estimate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonasAndSignalsTest {
    static final List<Interaction> SAMPLE = FeatureTableTest.SAMPLE;

    @Test
    void personaCardsAccountForEveryScoredCustomerAndQuoteTheirFigures() {
        FeatureTable t = FeatureTable.utc();
        t.addAll(SAMPLE);
        List<CustomerFeatures> fs = t.features(FeatureTableTest.AS_OF);
        Rfm.Result rfm = Rfm.standard().score(fs);
        List<Journey> journeys = JourneyCutter.byJourneyId().cut(SAMPLE);
        List<PersonaCard> cards = Personas.build(fs, rfm.segmentOf(), SAMPLE, journeys, Set.of());
        assertThat(cards.stream().mapToInt(PersonaCard::customers).sum()).isEqualTo(rfm.scores().size());
        assertThat(cards.stream().mapToDouble(PersonaCard::revenueShare).sum())
                .isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
        PersonaCard first = cards.get(0);
        assertThat(first.customers()).isGreaterThanOrEqualTo(cards.get(cards.size() - 1).customers());
        assertThat(first.description()).startsWith(first.segment() + ": " + first.customers() + " customers");
        for (PersonaCard c : cards) {
            assertThat(c.topVariants()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
            assertThat(c.topVariants()).allSatisfy(v -> assertThat(v.share()).isBetween(0.0, 1.0));
            for (int k = 1; k < c.topVariants().size(); k++) {
                assertThat(c.topVariants().get(k).share()).isLessThanOrEqualTo(c.topVariants().get(k - 1).share());
            }
            if (!c.topTopics().isEmpty()) {
                assertThat(c.description()).contains("mention \"" + c.topTopics().get(0).name() + "\"");
            }
        }
        // The segment's NPS counts exactly its customers' NPS answers.
        Set<String> members = rfm.segmentOf().entrySet().stream().filter(e -> e.getValue().equals(first.segment()))
                .map(Map.Entry::getKey).collect(java.util.stream.Collectors.toSet());
        long answers = SAMPLE.stream().filter(i -> members.contains(i.customerId().value()))
                .filter(i -> i.feedback(Feedback.Nps.class).isPresent()).count();
        Estimate nps = first.metrics().get("nps");
        if (answers == 0) {
            assertThat(nps).isNull();
            assertThat(first.description()).contains("No NPS answers");
        } else {
            assertThat(nps.n()).isEqualTo(answers);
            assertThat(first.description()).contains("(n " + answers + ")");
        }
    }

    @Test
    void experienceAndSentimentAreJoinedAsTheMeansOfTheCustomersJourneysAndComments() {
        FeatureTable t = FeatureTable.utc();
        t.addAll(SAMPLE);
        List<Journey> journeys = JourneyCutter.byJourneyId().cut(SAMPLE);
        List<CustomerFeatures> fs = JourneyAndTextScores.join(t.features(FeatureTableTest.AS_OF), journeys, SAMPLE);
        CustomerFeatures first = fs.get(0);
        io.cxkit.journey.scoring.ExperienceScorer scorer = io.cxkit.journey.scoring.ExperienceScorer.withDefaults();
        double expected = journeys.stream().filter(j -> j.customer().value().equals(first.customer()))
                .mapToDouble(j -> scorer.score(j).score()).average().orElseThrow();
        assertThat(first.scores().get("experience")).isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(fs).anySatisfy(c -> assertThat(c.scores().get("sentiment")).isBetween(-1.0, 1.0));
    }

    @Test
    void signalsGiveEveryCustomerAPreferredChannelAndABestTimeWithTheirSource() {
        FeatureTable t = FeatureTable.utc();
        t.addAll(SAMPLE);
        List<Journey> journeys = JourneyCutter.byJourneyId().cut(SAMPLE);
        NextBestTouchpoint chain = NextBestTouchpoint.fit(journeys, Outcome.CONVERTED, 5);
        Signals signals = new Signals(t, Map.of(), java.util.Optional.of(chain),
                Signals.openJourneys(journeys, Outcome.CONVERTED), Set.of(), 3, 5);
        List<CustomerSignals> all = signals.all();
        assertThat(all).hasSize(t.size());
        for (CustomerSignals s : all) {
            CustomerSignals.ChannelPreference p = s.preferredChannel().orElseThrow();
            assertThat(p.usedShare()).isBetween(0.0, 1.0);
            assertThat(s.bestTime()).isPresent();
            assertThat(s.bestTime().get().source()).isIn("customer", "all customers");
            assertThat(s.bestTime().get().dayOfWeek()).isBetween(1, 7);
            s.nextBestTouchpoint().ifPresent(r -> {
                assertThat(r.support()).isGreaterThanOrEqualTo(5);
                assertThat(r.uplift()).isEqualTo(r.probability() - r.baseline());
            });
        }
        assertThat(all).anySatisfy(s -> assertThat(s.nextBestTouchpoint()).isPresent());
        assertThatThrownBy(() -> signals.of("nobody")).hasMessageContaining("'nobody' is not in the data");
    }
}
