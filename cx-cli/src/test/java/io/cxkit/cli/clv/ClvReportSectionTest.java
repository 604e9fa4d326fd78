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
}
