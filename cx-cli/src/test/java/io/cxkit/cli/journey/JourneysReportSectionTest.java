package io.cxkit.cli.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.Channel;
import io.cxkit.core.CustomerId;
import io.cxkit.core.Interaction;
import io.cxkit.core.Touchpoint;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JourneysReportSectionTest {

    private static Interaction at(String customer, String journey, String touchpoint, int minute) {
        return Interaction.builder(customer + touchpoint + minute, CustomerId.of(customer),
                Touchpoint.of(touchpoint, Channel.WEB), Instant.parse("2025-01-01T00:00:00Z").plusSeconds(60L * minute))
                .journeyId(journey).build();
    }

    @Test
    void listsTopVariantsAndThePurchaseFunnel() {
        List<Interaction> in = new ArrayList<>();
        String[] full = {"home", "product_page", "cart", "checkout", "purchase"};
        for (int k = 0; k < full.length; k++) {
            in.add(at("a", "ja", full[k], k));
            in.add(at("b", "jb", full[k], k));
        }
        in.add(at("c", "jc", "home", 0));
        in.add(at("c", "jc", "product_page", 1));
        JourneysReportSection section = new JourneysReportSection();
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = (Map<String, Object>) section.compute(in);
        assertThat(tree).containsEntry("journeys", 3L).containsEntry("events", 12L).containsEntry("variant_count", 2);
        assertThat((List<?>) tree.get("top_variants")).hasSize(2);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> steps = (List<Map<String, Object>>) ((Map<String, Object>) tree.get("funnel"))
                .get("steps");
        assertThat(steps).extracting(s -> s.get("count")).containsExactly(3L, 3L, 2L, 2L, 2L);
        StringWriter text = new StringWriter();
        section.printText(tree, new PrintWriter(text));
        assertThat(text.toString()).contains("home > product_page > cart > checkout > purchase")
                .contains("Purchase funnel");
        assertThat(section.key()).isEqualTo("journeys");
    }
}
