package io.cxkit.journey.scoring;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The result of {@link AtRiskDetector#detect}.
 *
 * @param asOf the evaluation instant
 * @param customers the customers evaluated
 * @param alerts the customers at risk: most reasons first, then lowest rolling score, then customer id
 */
public record AtRiskReport(Instant asOf, long customers, List<AtRiskAlert> alerts) {
    /**
     * @param asOf the evaluation instant
     * @param customers the customers evaluated
     * @param alerts the customers at risk: most reasons first, then lowest rolling score, then customer id
     * @throws NullPointerException if a component is null
     */
    public AtRiskReport {
        Objects.requireNonNull(asOf, "asOf must not be null");
        alerts = List.copyOf(alerts);
    }
}
