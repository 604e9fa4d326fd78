package io.cxkit.cli.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.sample.SampleGenerator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClvReportSectionTest {

    @Test
    @SuppressWarnings("unchecked")
    void computesFitsAndTopCustomersForTheSample() {
        var interactions = SampleGenerator.builder().customers(300).seed(42L).build().generateList();
        ClvReportSection section = new ClvReportSection();
        Map<String, Object> m = (Map<String, Object>) section.compute(interactions);
        assertThat(section.key()).isEqualTo("clv");
        assertThat(m).containsKeys("unit", "customers", "transaction_model", "spend_model", "clv");
        Map<String, Object> clv = (Map<String, Object>) m.get("clv");
        assertThat(clv.get("unit")).isEqualTo("week");
        assertThat((List<?>) clv.get("top_customers")).hasSize(5);
        assertThat((Double) clv.get("total")).isPositive();
        StringWriter text = new StringWriter();
        section.printText(m, new PrintWriter(text));
        assertThat(text.toString()).contains("BG/NBD").contains("CLV over 52 weeks");
    }

    @Test
    void refusesInteractionsWithoutPurchases() {
        var visits = SampleGenerator.builder().customers(20).seed(1L).build().generateList().stream()
                .filter(i -> i.value().isEmpty()).toList();
        assertThatThrownBy(() -> new ClvReportSection().compute(visits))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("monetary value");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFitThatIsNotAResultGivesNoClvAndSaysWhy() {
        // Forty customers with the same two purchases, a week apart: no heterogeneity for BG/NBD to estimate.
        List<io.cxkit.core.Interaction> same = new java.util.ArrayList<>();
        java.time.Instant start = java.time.Instant.parse("2025-01-06T10:00:00Z");
        for (int c = 0; c < 40; c++) {
            for (int k = 0; k < 2; k++) {
                same.add(io.cxkit.core.Interaction.builder("i" + c + "-" + k, io.cxkit.core.CustomerId.of("c" + c),
                        io.cxkit.core.Touchpoint.of("shop", io.cxkit.core.Channel.WEB),
                        start.plus(java.time.Duration.ofDays(7L * k))).kind("purchase")
                        .value(io.cxkit.core.Money.of("20", "EUR")).build());
            }
        }
        ClvReportSection section = new ClvReportSection();
        Map<String, Object> m = (Map<String, Object>) section.compute(same);
        assertThat(m).doesNotContainKey("clv");
        assertThat((String) m.get("note")).startsWith("no CLV: the BG/NBD fit is not a result");
        assertThat(((Map<String, Object>) m.get("transaction_model")).get("converged")).isEqualTo(false);
        StringWriter text = new StringWriter();
        section.printText(m, new PrintWriter(text));
        assertThat(text.toString()).contains("BG/NBD       no result: not converged").doesNotContain("CLV over");
    }
}
