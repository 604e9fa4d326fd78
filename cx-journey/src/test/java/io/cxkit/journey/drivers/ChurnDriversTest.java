package io.cxkit.journey.drivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.Channel;
import io.cxkit.core.CustomerId;
import io.cxkit.core.Interaction;
import io.cxkit.core.Outcome;
import io.cxkit.core.Touchpoint;
import io.cxkit.journey.Journey;
import io.cxkit.metrics.drivers.Coefficient;
import io.cxkit.metrics.drivers.LogisticRegression;
import io.cxkit.metrics.retention.ChurnRate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Churn after a journey, as the churn metric defines a lost customer, on seeded synthetic customers: a support
 * journey in January; a long wait in it raises the chance of leaving from 0.2 to 0.6 (an odds ratio of 6); those
 * who leave either cancel in February or simply stop (no interaction in February); those who stay come back in
 * February and March. A fixed interaction on 31 March makes March the last complete month.
 */
class ChurnDriversTest {
    static final Instant JAN = Instant.parse("2026-01-05T09:00:00Z");
    static final Instant FEB = Instant.parse("2026-02-10T09:00:00Z");
    static final Instant MAR = Instant.parse("2026-03-12T09:00:00Z");

    record World(List<Journey> journeys, int[] churned) {
    }

    static World world(int customers, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Journey> out = new ArrayList<>();
        List<Journey> later = new ArrayList<>();
        int[] churned = new int[customers];
        for (int c = 0; c < customers; c++) {
            CustomerId id = new CustomerId("C" + c);
            boolean longWait = r.nextDouble() < 0.4;
            Instant at = JAN.plus(Duration.ofMinutes(7L * c));
            List<Interaction> in = new ArrayList<>();
            in.add(Interaction.builder("C" + c + "-0", id, Touchpoint.of("help_center", Channel.of("web")), at)
                    .build());
            int contacts = 1 + r.nextInt(3);
            for (int k = 1; k <= contacts; k++) {
                in.add(Interaction.builder("C" + c + "-" + k, id, Touchpoint.of("support_call", Channel.of("phone")),
                        at.plus(Duration.ofMinutes(20L * k))).kind("contact").outcome(Outcome.RESOLVED)
                        .attribute("wait_seconds", longWait && k == 1 ? "900" : "60").build());
            }
            out.add(new Journey("J" + c, id, in));
            boolean leaves = r.nextDouble() < (longWait ? 0.6 : 0.2);
            churned[c] = leaves ? 1 : 0;
            if (leaves) {
                if (r.nextBoolean()) {
                    later.add(new Journey("K" + c, id, List.of(Interaction.builder("C" + c + "-x", id,
                            Touchpoint.of("cancel_subscription", Channel.of("web")), FEB.plus(Duration.ofMinutes(c)))
                            .kind("cancellation").outcome(Outcome.of("cancelled")).build())));
                }
            } else {
                later.add(new Journey("F" + c, id, List.of(Interaction.builder("C" + c + "-f", id,
                        Touchpoint.of("app_home", Channel.of("app")), FEB.plus(Duration.ofMinutes(c))).build())));
                later.add(new Journey("M" + c, id, List.of(Interaction.builder("C" + c + "-m", id,
                        Touchpoint.of("app_home", Channel.of("app")), MAR.plus(Duration.ofMinutes(c))).build())));
            }
        }
        out.addAll(later);
        CustomerId last = new CustomerId("Z");
        out.add(new Journey("Z", last, List.of(Interaction.builder("Z-0", last,
                Touchpoint.of("app_home", Channel.of("app")), Instant.parse("2026-03-31T12:00:00Z")).build())));
        return new World(out, churned);
    }

    @Test
    void everyJanuaryJourneyIsLabelledAsTheChurnMetricWouldCountItsCustomer() {
        World w = world(300, 3);
        JourneyOutcomeTable t = JourneyFeatures.defaults().churnTable(w.journeys(),
                ChurnRate.DEFAULT_CHURN_OUTCOMES, ZoneOffset.UTC);
        // February's journeys are followed (March is complete); March's are censored (April is not in the data);
        // a cancellation journey starts with the churn outcome and has nothing before it.
        long januaryChurn = 0;
        for (int v : w.churned()) {
            januaryChurn += v;
        }
        long stayers = w.churned().length - januaryChurn;
        long cancellations = w.journeys().stream().filter(j -> j.id().startsWith("K")).count();
        assertThat(t.skipped()).isEqualTo(cancellations);
        assertThat(t.censored()).isEqualTo(stayers + 1);
        assertThat(t.journeys()).isEqualTo(300 + stayers);
        // January rows come first, in the customers' order: their label is the simulated decision.
        for (int c = 0; c < 300; c++) {
            assertThat(t.y()[c]).isEqualTo(w.churned()[c]);
        }
        // Stayers are active in March, so their February journey is not churn.
        assertThat(t.events()).isEqualTo(januaryChurn);
        assertThat(t.definition()).contains("cancelled").contains("2026-03");
    }

    @Test
    void aLongWaitShowsUpAsTheDriverOfChurnWithItsOddsRatio() {
        World w = world(6000, 11);
        // The January journeys only: one per customer, as the simulation decided them.
        List<Journey> all = w.journeys();
        JourneyOutcomeTable t = JourneyFeatures.defaults().churnTable(all, ChurnRate.DEFAULT_CHURN_OUTCOMES,
                ZoneOffset.UTC);
        int jan = 6000;
        double[][] cols = new double[t.columns().length][];
        for (int j = 0; j < cols.length; j++) {
            cols[j] = java.util.Arrays.copyOf(t.columns()[j], jan);
        }
        JourneyOutcomeTable january = new JourneyOutcomeTable("churn", t.features(), cols,
                java.util.Arrays.copyOf(t.y(), jan), jan, 0, 0, t.definition());
        BehaviourDrivers.Result r = BehaviourDrivers.churn(january, LogisticRegression.Settings.defaults());
        Coefficient wait = r.fit().coefficients().stream().filter(c -> c.name().equals("long_wait")).findFirst()
                .orElseThrow();
        assertThat(Math.log(wait.oddsRatio())).isCloseTo(Math.log(6), within(0.25));
        assertThat(wait.oddsRatioInterval().lower()).isGreaterThan(1);
        assertThat(r.fit().outcome()).isEqualTo("churn");
    }

    @Test
    void aJourneyThatContainsTheCancellationIsChurnWithTheFeaturesBeforeIt() {
        CustomerId id = new CustomerId("A");
        Instant at = Instant.parse("2026-01-10T10:00:00Z");
        Journey j = new Journey("J", id, List.of(
                Interaction.builder("1", id, Touchpoint.of("support_call", Channel.of("phone")), at).kind("contact")
                        .outcome(Outcome.UNRESOLVED).build(),
                Interaction.builder("2", id, Touchpoint.of("support_call", Channel.of("phone")),
                        at.plus(Duration.ofMinutes(5))).kind("contact").outcome(Outcome.UNRESOLVED).build(),
                Interaction.builder("3", id, Touchpoint.of("cancel_subscription", Channel.of("web")),
                        at.plus(Duration.ofMinutes(9))).kind("cancellation").outcome(Outcome.of("cancelled")).build()));
        JourneyOutcomeTable t = JourneyFeatures.defaults().churnTable(List.of(j),
                ChurnRate.DEFAULT_CHURN_OUTCOMES, ZoneOffset.UTC);
        assertThat(t.journeys()).isEqualTo(1);
        assertThat(t.y()[0]).isEqualTo(1);
        int length = t.features().indexOf("length");
        assertThat(t.columns()[length][0]).isEqualTo(2);
        assertThat(t.censored()).isZero();
    }
}
