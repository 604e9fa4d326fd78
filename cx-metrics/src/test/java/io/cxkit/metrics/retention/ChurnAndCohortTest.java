package io.cxkit.metrics.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.Channel;
import io.cxkit.core.CustomerId;
import io.cxkit.core.Interaction;
import io.cxkit.core.Outcome;
import io.cxkit.core.Touchpoint;
import io.cxkit.metrics.Estimate;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChurnAndCohortTest {
    private static int ids;

    private static Interaction visit(String customer, String when) {
        return Interaction.builder("v" + ids++, CustomerId.of(customer), Touchpoint.of("home", Channel.WEB),
                Instant.parse(when)).build();
    }

    private static ChurnRate february() {
        return ChurnRate.of(ZoneId.of("UTC"), Optional.of(YearMonth.of(2026, 2)), ChurnRate.DEFAULT_CHURN_OUTCOMES,
                0.95);
    }

    private static Estimate churn(ChurnRate metric, List<Interaction> in) {
        ChurnRate.State s = metric.newAccumulator();
        in.forEach(s::add);
        return s.result();
    }

    @Test
    void churnOfASetMonthComparesItWithTheOneBefore() {
        List<Interaction> in = new ArrayList<>();
        for (int c = 0; c < 10; c++) {
            in.add(visit("c" + c, "2026-01-15T10:00:00Z"));
        }
        for (int c = 0; c < 7; c++) {                        // 7 of the 10 come back in February
            in.add(visit("c" + c, "2026-02-03T10:00:00Z"));
        }
        in.add(visit("new1", "2026-02-10T10:00:00Z"));
        in.add(visit("new2", "2026-02-11T10:00:00Z"));
        Estimate e = churn(february(), in);
        assertThat(e.value()).isCloseTo(0.3, within(1e-12));
        assertThat(e.n()).isEqualTo(10);
        assertThat(e.details()).containsEntry("period", 202602.0).containsEntry("customers_at_start", 10.0)
                .containsEntry("customers_at_end", 9.0).containsEntry("new_customers", 2.0)
                .containsEntry("customers_lost", 3.0).containsEntry("retention_rate", 0.7);
        // The same figures through the survey.md formulas.
        PeriodRates r = new PeriodRates(10, 9, 2);
        assertThat(r.churnRate()).isEqualTo(e.value());
        assertThat(r.retentionRate()).isEqualTo(e.details().get("retention_rate"));
    }

    @Test
    void aCancelledOutcomeInThePeriodCountsAsLostAndMonthsAreCutInTheZone() {
        List<Interaction> in = List.of(
                visit("a", "2026-01-10T10:00:00Z"), visit("b", "2026-01-10T10:00:00Z"),
                visit("a", "2026-02-05T10:00:00Z"),
                visit("b", "2026-02-05T10:00:00Z").toBuilder().outcome(Outcome.of("cancelled")).build(),
                visit("c", "2026-02-01T03:00:00Z"));         // still January in New York
        ChurnRate m = ChurnRate.of(ZoneId.of("America/New_York"), Optional.of(YearMonth.of(2026, 2)),
                ChurnRate.DEFAULT_CHURN_OUTCOMES, 0.95);
        Estimate e = churn(m, in);
        assertThat(e.details()).containsEntry("customers_at_start", 3.0).containsEntry("customers_lost", 2.0);
        assertThat(e.value()).isCloseTo(2.0 / 3, within(1e-12));
    }

    /** A visit read without a customer id: unresolved, known only by its email. */
    private static Interaction unresolvedVisit(String email, String when) {
        Interaction v = visit("placeholder", when).toBuilder().identifier("email", email).build();
        return v.toBuilder().customerId(CustomerId.unresolved(v.id())).build();
    }

    @Test
    void eachUnresolvedRecordCountsAsACustomerOfItsOwnUntilStitched() {
        List<Interaction> in = List.of(
                visit("a", "2026-01-10T10:00:00Z"), visit("a", "2026-02-10T10:00:00Z"),
                unresolvedVisit("ann@example.com", "2026-01-11T10:00:00Z"),
                unresolvedVisit("ann@example.com", "2026-01-12T10:00:00Z"),
                unresolvedVisit("ann@example.com", "2026-02-12T10:00:00Z"));

        Estimate e = churn(february(), in);

        // Lumped together, the unresolved records would be one retained customer (churn 0); each is its own.
        assertThat(e.details()).containsEntry("customers_at_start", 3.0).containsEntry("customers_lost", 2.0)
                .containsEntry("new_customers", 1.0);
        CohortMatrix m = CohortRetention.inZone(ZoneId.of("UTC")).of(in);
        assertThat(m.rows().get(0).activeByMonth()).containsExactly(3, 1);
        assertThat(m.rows().get(1).activeByMonth()).containsExactly(1);
    }

    @Test
    void noCustomersAtTheStartGiveNaN() {
        Estimate e = churn(ChurnRate.defaults(), List.of(visit("a", "2026-01-10T10:00:00Z")));
        assertThat(e.value()).isNaN();
        assertThat(e.n()).isZero();
        assertThat(e.interval()).isEmpty();
    }

    @Test
    void theCohortMatrixCountsMembersActiveInEachMonthAfterTheirFirst() {
        List<Interaction> in = List.of(
                visit("a", "2026-01-03T00:00:00Z"), visit("a", "2026-01-20T00:00:00Z"), visit("a", "2026-03-01T00:00:00Z"),
                visit("b", "2026-01-31T23:00:00Z"), visit("b", "2026-02-02T00:00:00Z"),
                visit("c", "2026-02-14T00:00:00Z"), visit("c", "2026-03-14T00:00:00Z"),
                visit("d", "2026-02-20T00:00:00Z"));
        CohortMatrix m = CohortRetention.inZone(ZoneId.of("UTC")).of(in);
        assertThat(m.rows()).hasSize(2);
        CohortMatrix.Row jan = m.rows().get(0);
        assertThat(jan.cohort()).isEqualTo(YearMonth.of(2026, 1));
        assertThat(jan.activeByMonth()).containsExactly(2, 1, 1);
        assertThat(jan.retention(1)).isEqualTo(0.5);
        CohortMatrix.Row feb = m.rows().get(1);
        assertThat(feb.activeByMonth()).containsExactly(2, 1);
        // In Tokyo, b's 23:00 UTC on 31 January is already February: b joins the February cohort.
        CohortMatrix tokyo = CohortRetention.inZone(ZoneId.of("Asia/Tokyo")).of(in);
        assertThat(tokyo.rows().get(0).size()).isEqualTo(1);
        assertThat(tokyo.rows().get(1).activeByMonth()).containsExactly(3, 1);
    }

    @Test
    void theCohortStateMergesAndRoundTrips() throws Exception {
        CohortRetention c = CohortRetention.inZone(ZoneId.of("UTC"));
        CohortRetention.State a = c.newState();
        CohortRetention.State b = c.newState();
        a.add(visit("a", "2026-01-03T00:00:00Z"));
        b.add(visit("a", "2026-02-03T00:00:00Z"));
        b.add(visit("b", "2026-02-03T00:00:00Z"));
        a.merge(b);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        a.write(new java.io.DataOutputStream(bytes));
        CohortRetention.State back = c.read(new java.io.DataInputStream(
                new java.io.ByteArrayInputStream(bytes.toByteArray())));
        assertThat(back.matrix()).isEqualTo(a.matrix());
        assertThat(back.count()).isEqualTo(3);
        assertThat(a.matrix().rows().get(0).activeByMonth()).containsExactly(1, 1);
    }
}
