package io.cxkit.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RfmTest {
    private static CustomerFeatures buyer(String id, double recencyDays, long purchases, double spend) {
        Instant t = Instant.parse("2025-01-01T00:00:00Z");
        return new CustomerFeatures(id, t, t, 100, OptionalDouble.of(recencyDays), purchases, purchases, spend,
                Map.of("web", 1.0), 1, 0, 0, 0, OptionalInt.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalInt.empty(),
                OptionalDouble.empty(), Map.of());
    }

    @Test
    void quintilesOfTenDistinctValuesGiveTwoCustomersPerScore() {
        int[] s = Rfm.quintiles(new double[] {10, 1, 9, 2, 8, 3, 7, 4, 6, 5});
        assertThat(s).containsExactly(5, 1, 5, 1, 4, 2, 4, 2, 3, 3);
    }

    @Test
    void tiedValuesShareTheScoreOfTheFirstPlaceOfTheirBlock() {
        // 6 of 10 customers bought once: all get F = 1 although they span three quintiles; the next value starts
        // at place 6 of 10, so 1 + floor(5 * 6 / 10) = 4.
        int[] s = Rfm.quintiles(new double[] {1, 1, 1, 1, 1, 1, 2, 2, 3, 9});
        assertThat(s).containsExactly(1, 1, 1, 1, 1, 1, 4, 4, 5, 5);
    }

    @Test
    void theMostRecentBuyersGetTheHighestRecencyScore() {
        List<CustomerFeatures> cs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            cs.add(buyer("c" + i, 10 * i, 1, 10));
        }
        Rfm.Result r = Rfm.standard().score(cs);
        assertThat(r.scores()).extracting(RfmScore::r).containsExactly(5, 4, 3, 2, 1);
        assertThat(r.scores()).extracting(RfmScore::f).containsOnly(1);
    }

    @Test
    void theStandardMapNamesTheGridAsDocumented() {
        RfmSegmentMap m = RfmSegmentMap.standard();
        assertThat(m.name(5, 5, 1)).isEqualTo("Champions");
        assertThat(m.name(4, 4, 3)).isEqualTo("Loyal");
        assertThat(m.name(3, 5, 5)).isEqualTo("Loyal");
        assertThat(m.name(5, 2, 2)).isEqualTo("Potential Loyalists");
        assertThat(m.name(5, 1, 1)).isEqualTo("New");
        assertThat(m.name(4, 1, 5)).isEqualTo("Promising");
        assertThat(m.name(3, 3, 3)).isEqualTo("Need Attention");
        assertThat(m.name(3, 2, 1)).isEqualTo("About to Sleep");
        assertThat(m.name(1, 5, 5)).isEqualTo("Can't Lose Them");
        assertThat(m.name(2, 3, 2)).isEqualTo("At Risk");
        assertThat(m.name(1, 1, 4)).isEqualTo("Lost");
        assertThat(m.name(2, 1, 1)).isEqualTo("Hibernating");
        assertThat(m.name(1, 2, 1)).isEqualTo("Hibernating");
        assertThat(m.names()).hasSize(11);
    }

    @Test
    void aUserMapThatLeavesACombinationUnnamedIsRefused() {
        assertThatThrownBy(() -> new RfmSegmentMap(List.of(RfmSegmentMap.Rule.rf("Top", 4, 5, 1, 5))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("R=1, F=1, M=1");
    }

    @Test
    void customersWithoutAPurchaseAreCountedAndLeftOut() {
        Instant t = Instant.parse("2025-01-01T00:00:00Z");
        CustomerFeatures browser = new CustomerFeatures("b", t, t, 5, OptionalDouble.empty(), 3, 0, 0,
                Map.of("web", 1.0), 1, 0, 0, 0, OptionalInt.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalInt.empty(),
                OptionalDouble.empty(), Map.of());
        Rfm.Result r = Rfm.standard().score(List.of(browser, buyer("a", 1, 2, 30)));
        assertThat(r.withoutPurchase()).isEqualTo(1);
        assertThat(r.scores()).extracting(RfmScore::customer).containsExactly("a");
        assertThatThrownBy(() -> Rfm.standard().score(List.of(browser)))
                .hasMessageContaining("no customer of 1 has a purchase");
    }
}
