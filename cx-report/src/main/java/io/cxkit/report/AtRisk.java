package io.cxkit.report;

import io.cxkit.journey.scoring.AtRiskAlert;
import java.time.Instant;
import java.util.List;

/**
 * Customers at risk under the library's default rules.
 *
 * @param asOf the time the rules were evaluated at (the latest interaction)
 * @param customers customers evaluated
 * @param atRisk customers at risk
 * @param alerts the first alerts, in the detector's order
 */
public record AtRisk(Instant asOf, long customers, long atRisk, List<AtRiskAlert> alerts) {
    /**
     * Copies the list.
     *
     * @param asOf the time the rules were evaluated at (the latest interaction)
     * @param customers customers evaluated
     * @param atRisk customers at risk
     * @param alerts the first alerts, in the detector's order
     */
    public AtRisk {
        alerts = List.copyOf(alerts);
    }
}
