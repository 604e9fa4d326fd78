package io.cxkit.cli.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.Channel;
import io.cxkit.core.CustomerId;
import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.core.Outcome;
import io.cxkit.core.Touchpoint;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExperienceReportSectionTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void listsTopPainPointsAndTheAtRiskCount() {
        // 12 journeys home → checkout. 6 abandon with NPS 2: moments abandoned −0.5 → −1 and NPS 2 → −0.6 → −1.2
        // (λ = 2), peak = end = −1.2, score 50 − 50·1.2/2 = 20, below 40, so those 6 customers are at risk.
        // 6 convert with NPS 10: peak = end = +1, score 100. Mean (6·20 + 6·100)/12 = 60.
        List<Interaction> in = new ArrayList<>();
        for (int k = 0; k < 12; k++) {
            CustomerId c = CustomerId.of("c" + k);
            boolean bad = k % 2 == 0;
            in.add(Interaction.builder("h" + k, c, Touchpoint.of("home", Channel.WEB), T0.plusSeconds(k))
                    .journeyId("j" + k).build());
            in.add(Interaction.builder("x" + k, c, Touchpoint.of("checkout", Channel.WEB), T0.plusSeconds(60 + k))
                    .journeyId("j" + k).outcome(bad ? Outcome.ABANDONED : Outcome.CONVERTED)
                    .feedback(new Feedback.Nps(bad ? 2 : 10)).build());
        }
        ExperienceReportSection section = new ExperienceReportSection();
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = (Map<String, Object>) section.compute(in);
        assertThat(tree).containsEntry("journeys", 12).containsEntry("customers", 12L).containsEntry("at_risk", 6);
        assertThat((double) tree.get("mean_experience_score")).isEqualTo(60.0);
        assertThat((List<?>) tree.get("top_pain_points")).hasSize(3);
        StringWriter text = new StringWriter();
        section.printText(tree, new PrintWriter(text));
        assertThat(text.toString()).contains("6 of 12 customers at risk").contains("home -> checkout");
        assertThat(section.key()).isEqualTo("experience");
    }
}
