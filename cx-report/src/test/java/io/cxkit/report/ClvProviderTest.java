package io.cxkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.Channel;
import io.cxkit.core.CustomerId;
import io.cxkit.core.Interaction;
import io.cxkit.core.Money;
import io.cxkit.core.Touchpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClvProviderTest {

    private static List<Interaction> purchases(int customers, String secondValue) {
        List<Interaction> out = new ArrayList<>();
        Instant start = Instant.parse("2025-01-06T10:00:00Z");
        for (int c = 0; c < customers; c++) {
            for (int k = 0; k < 2; k++) {
                out.add(Interaction.builder("i" + c + "-" + k, CustomerId.of("c" + c), Touchpoint.of("shop",
                        Channel.WEB), start.plus(Duration.ofDays(7L * k))).kind("purchase")
                        .value(Money.of(k == 0 ? "20" : secondValue, "EUR")).build());
            }
        }
        return out;
    }

    @Test
    void aBgnbdFitThatIsNotAResultLeavesTheSectionWithItsReason() {
        // Forty customers with the same two purchases a week apart: no heterogeneity for BG/NBD to estimate, so
        // its parameters run to a boundary. The section must say so rather than show figures from that fit.
        Report report = CxReport.withDefaults().compute(purchases(40, "20"), List.of());
        Section<?> clv = report.sections().get("clv");
        assertThat(clv.content()).isEmpty();
        assertThat(clv.skipped()).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("no CLV: the BG/NBD fit is not a result (not converged: "));
    }
}
