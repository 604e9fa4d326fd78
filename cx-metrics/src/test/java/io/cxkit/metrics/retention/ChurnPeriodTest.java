package io.cxkit.metrics.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.Channel;
import io.cxkit.core.CustomerId;
import io.cxkit.core.Interaction;
import io.cxkit.core.Touchpoint;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.StateEncoding;
import io.cxkit.metrics.StateFormatException;
import io.cxkit.metrics.breakdown.Breakdown;
import io.cxkit.metrics.breakdown.Dimension;
import io.cxkit.metrics.breakdown.Group;
import io.cxkit.metrics.breakdown.TimeBucket;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Which month churn is for, by default and by bucket, and what it says when a month has nobody at its start. */
class ChurnPeriodTest {
    private static int ids;

    private static Interaction visit(String customer, String when) {
        return Interaction.builder("v" + ids++, CustomerId.of(customer), Touchpoint.of("home", Channel.WEB),
                Instant.parse(when)).build();
    }

    /** 10 customers in January, 7 back in February and 2 new; 5 of the 9 back in March (to the 20th). */
    private static List<Interaction> threeMonths(String lastDayOfMarch) {
        List<Interaction> in = new ArrayList<>();
        for (int c = 0; c < 10; c++) {
            in.add(visit("c" + c, "2026-01-15T10:00:00Z"));
        }
        for (int c = 0; c < 7; c++) {
            in.add(visit("c" + c, "2026-02-03T10:00:00Z"));
        }
        in.add(visit("new1", "2026-02-10T10:00:00Z"));
        in.add(visit("new2", "2026-02-11T10:00:00Z"));
        for (int c = 0; c < 5; c++) {
            in.add(visit("c" + c, "2026-03-05T10:00:00Z"));
        }
        in.add(visit("c0", lastDayOfMarch));
        return in;
    }

    private static ChurnRate.State state(ChurnRate m, List<Interaction> in) {
        ChurnRate.State s = m.newAccumulator();
        in.forEach(s::add);
        return s;
    }

    @Test
    void plainChurnUsesTheLastCompleteMonthAndSaysWhichWhenTheLatestMonthIsStillRunning() {
        ChurnEstimate c = state(ChurnRate.defaults(), threeMonths("2026-03-20T10:00:00Z")).churn();
        assertThat(c.period()).isEqualTo(YearMonth.of(2026, 2));
        assertThat(c.periodRule()).isEqualTo("last-complete-month");
        assertThat(c.customersAtStart()).isEqualTo(10);
        assertThat(c.customersLost()).isEqualTo(3);
        assertThat(c.estimate().value()).isCloseTo(0.3, within(1e-12));
        assertThat(c.estimate().details()).containsEntry("period", 202602.0);
    }

    @Test
    void aLatestInteractionOnTheMonthsLastDayMakesThatMonthComplete() {
        ChurnEstimate c = state(ChurnRate.defaults(), threeMonths("2026-03-31T22:00:00Z")).churn();
        assertThat(c.period()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(c.customersAtStart()).isEqualTo(9);
        assertThat(c.customersLost()).isEqualTo(4);
    }

    @Test
    void theLastDayIsLocalToTheZoneTheMonthsAreCutIn() {
        // 2026-04-01T02:00Z is still March 31 in New York: March is complete there.
        ChurnRate ny = ChurnRate.of(ZoneId.of("America/New_York"), Optional.empty(),
                ChurnRate.DEFAULT_CHURN_OUTCOMES, 0.95);
        assertThat(state(ny, threeMonths("2026-04-01T02:00:00Z")).churn().period()).isEqualTo(YearMonth.of(2026, 3));
    }

    @Test
    void aBreakdownByMonthGivesEachMonthsChurnInsteadOfNoCustomers() {
        Breakdown b = Breakdown.of(List.of(ChurnRate.defaults()), List.of(Dimension.time(TimeBucket.MONTH,
                ZoneId.of("UTC"))));
        threeMonths("2026-03-20T10:00:00Z").forEach(b::add);
        List<Group> groups = b.groups();
        assertThat(groups).extracting(g -> g.key().get("month")).containsExactly("2026-01", "2026-02", "2026-03");
        Estimate feb = groups.get(1).estimates().get("churn");
        assertThat(feb.n()).isEqualTo(10);
        assertThat(feb.value()).isCloseTo(0.3, within(1e-12));
        assertThat(feb.details()).containsEntry("period", 202602.0);
        Estimate mar = groups.get(2).estimates().get("churn");
        assertThat(mar.n()).isEqualTo(9);
        assertThat(mar.value()).isCloseTo(4.0 / 9, within(1e-12));
        assertThat(groups.get(0).estimates().get("churn").n()).isZero();
    }

    @Test
    void aPeriodWithNoCustomersAtItsStartSaysSoAndHowToChooseAnother() {
        ChurnRate jan = ChurnRate.of(ZoneId.of("UTC"), Optional.of(YearMonth.of(2026, 1)),
                ChurnRate.DEFAULT_CHURN_OUTCOMES, 0.95);
        ChurnRate.State s = state(jan, threeMonths("2026-03-20T10:00:00Z"));
        assertThat(s.result().n()).isZero();
        assertThat(s.emptyReason()).get().asString().contains("2026-01").contains("no customers at its start")
                .contains("churn.period");
        assertThat(state(ChurnRate.defaults(), threeMonths("2026-03-20T10:00:00Z")).emptyReason()).isEmpty();
    }

    @Test
    void churnStatesCutInDifferentZonesNeitherMergeNorDecode() {
        ChurnRate utc = ChurnRate.defaults();
        ChurnRate paris = ChurnRate.of(ZoneId.of("Europe/Paris"), Optional.empty(), ChurnRate.DEFAULT_CHURN_OUTCOMES,
                0.95);
        ChurnRate.State a = state(utc, threeMonths("2026-03-20T10:00:00Z"));
        ChurnRate.State b = state(paris, threeMonths("2026-03-20T10:00:00Z"));
        assertThatThrownBy(() -> a.merge(b)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zone 'UTC' (this state) vs 'Europe/Paris' (the other state)");
        byte[] bytes = StateEncoding.encode(utc, a);
        assertThatThrownBy(() -> StateEncoding.decode(paris, bytes)).isInstanceOf(StateFormatException.class)
                .hasMessageContaining("zone 'UTC' (state) vs 'Europe/Paris' (this metric)");
        ChurnRate march = ChurnRate.of(ZoneId.of("UTC"), Optional.of(YearMonth.of(2026, 3)),
                ChurnRate.DEFAULT_CHURN_OUTCOMES, 0.95);
        assertThatThrownBy(() -> StateEncoding.decode(march, bytes)).isInstanceOf(StateFormatException.class)
                .hasMessageContaining("period 'last-complete-month' (state) vs '2026-03' (this metric)");
    }

    @Test
    void aCohortStateIsFramedWithAChecksumAndRefusesEveryFlippedBit() throws Exception {
        CohortRetention cohorts = CohortRetention.inZone(ZoneId.of("UTC"));
        CohortRetention.State s = cohorts.newState();
        threeMonths("2026-03-20T10:00:00Z").forEach(s::add);
        byte[] bytes = s.encode();
        assertThat(StateEncoding.metricName(bytes)).isEqualTo("cohort");
        assertThat(cohorts.decode(bytes).matrix()).isEqualTo(s.matrix());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.write(new DataOutputStream(out));
        assertThat(cohorts.read(new DataInputStream(new ByteArrayInputStream(out.toByteArray()))).matrix())
                .isEqualTo(s.matrix());
        for (int bit = 0; bit < bytes.length * 8; bit++) {
            byte[] bad = bytes.clone();
            bad[bit / 8] ^= (byte) (1 << (bit % 8));
            assertThatThrownBy(() -> cohorts.decode(bad)).isInstanceOf(StateFormatException.class);
        }
        assertThatThrownBy(() -> CohortRetention.inZone(ZoneId.of("Asia/Tokyo")).decode(bytes))
                .isInstanceOf(StateFormatException.class).hasMessageContaining("zone");
        CohortRetention.State other = CohortRetention.inZone(ZoneId.of("Asia/Tokyo")).newState();
        assertThatThrownBy(() -> s.merge(other)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCohortPayloadWhoseMatrixCannotBeBuiltIsRefusedWhenRead() {
        CohortRetention cohorts = CohortRetention.inZone(ZoneId.of("UTC"));
        CohortRetention.State s = cohorts.newState();
        threeMonths("2026-03-20T10:00:00Z").forEach(s::add);
        byte[] real = s.encode();
        Random random = new Random(7);
        // Well-framed payloads with random changes: each decodes to a state whose matrix builds, or is refused.
        for (int trial = 0; trial < 3000; trial++) {
            StateEncoding.Unframed u = StateEncoding.unframe(real, "cohort", 2, java.util.Map.of("zone", "UTC"));
            byte[] payload = u.payload();
            for (int k = 0; k < 1 + random.nextInt(3); k++) {
                payload[random.nextInt(payload.length)] = (byte) random.nextInt(256);
            }
            byte[] framed = StateEncoding.frame("cohort", 2, java.util.Map.of("zone", "UTC"), payload);
            try {
                cohorts.decode(framed).matrix();
            } catch (StateFormatException expected) {
                // refused cleanly
            }
        }
    }
}
