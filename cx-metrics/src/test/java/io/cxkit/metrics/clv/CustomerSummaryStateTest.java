package io.cxkit.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.metrics.MergeableState;
import io.cxkit.metrics.StateFormatException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CustomerSummaryStateTest {

    @Test
    void cdnowSummariesFromShuffledPartitionsEqualTheSummarizersExactly() {
        List<Transaction> tx = new ArrayList<>(Cdnow.transactions());
        List<CustomerSummary> expected = new ArrayList<>(new CustomerSummarizer(PeriodUnit.WEEK,
                Cdnow.CALIBRATION_END).summarize(tx));
        expected.sort(Comparator.comparing(CustomerSummary::customer));
        Collections.shuffle(tx, new Random(3));
        CustomerSummaryState[] parts = new CustomerSummaryState[5];
        for (int p = 0; p < parts.length; p++) {
            parts[p] = new CustomerSummaryState(PeriodUnit.WEEK, Cdnow.CALIBRATION_END);
        }
        for (int k = 0; k < tx.size(); k++) {
            parts[k % parts.length].add(tx.get(k));
        }
        CustomerSummaryState merged = MergeableState.decode(parts[0].empty(), MergeableState.encode(parts[4]));
        for (int p = 0; p < 4; p++) {
            merged.merge(MergeableState.copy(parts[p]));
        }
        assertThat(merged.count()).isEqualTo(tx.size());
        assertThat(merged.summaries()).isEqualTo(expected);
    }

    @Test
    void sameDayPurchasesAreSummedExactlySoTheirOrderDoesNotMatter() {
        LocalDate d0 = LocalDate.of(2025, 1, 1);
        LocalDate d1 = LocalDate.of(2025, 1, 8);
        // 0.1 + 0.2 + 0.3 rounds differently from 0.3 + 0.2 + 0.1 in doubles.
        List<Transaction> forward = List.of(new Transaction("a", d0, 5), new Transaction("a", d1, 0.1),
                new Transaction("a", d1, 0.2), new Transaction("a", d1, 0.3));
        List<Transaction> backward = new ArrayList<>(forward);
        Collections.reverse(backward);
        CustomerSummarizer rules = new CustomerSummarizer(PeriodUnit.WEEK, LocalDate.of(2025, 2, 1));
        assertThat(rules.summarize(forward)).isEqualTo(rules.summarize(backward));
        CustomerSummary s = rules.summarize(forward).get(0);
        assertThat(s.frequency()).isEqualTo(1);
        assertThat(s.recency()).isEqualTo(1.0);
        assertThat(s.monetary()).isEqualTo(0.6);
    }

    @Test
    void aStateOfAnotherUnitIsRefusedNamingTheSetting() {
        CustomerSummaryState weeks = new CustomerSummaryState(PeriodUnit.WEEK, LocalDate.of(2025, 2, 1));
        CustomerSummaryState days = new CustomerSummaryState(PeriodUnit.DAY, LocalDate.of(2025, 2, 1));
        assertThatThrownBy(() -> MergeableState.decode(days, MergeableState.encode(weeks)))
                .isInstanceOf(StateFormatException.class).hasMessageContaining("unit 'week'")
                .hasMessageContaining("'day'");
        assertThatThrownBy(() -> weeks.merge(days)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unit");
    }
}
