package io.cxkit.journey.scoring;

import io.cxkit.core.CustomerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One reason of one alert as a flat row, for a table or a CSV file with one line per customer and reason: the
 * alert's customer, rolling score and last interaction, then the reason.
 *
 * @param customer the customer at risk
 * @param rollingScore the alert's rolling experience score (0..100), if any
 * @param lastInteraction the customer's latest interaction
 * @param rule the rule that fired
 * @param detail what the rule saw, for people
 * @param at when it happened
 */
public record AtRiskRow(CustomerId customer, OptionalDouble rollingScore, Instant lastInteraction,
        AtRiskReason.Rule rule, String detail, Instant at) {
    /**
     * @param customer the customer at risk
     * @param rollingScore the alert's rolling experience score (0..100), if any
     * @param lastInteraction the customer's latest interaction
     * @param rule the rule that fired
     * @param detail what the rule saw, for people
     * @param at when it happened
     * @throws NullPointerException if a component is null
     */
    public AtRiskRow {
        Objects.requireNonNull(customer, "customer must not be null");
        Objects.requireNonNull(rollingScore, "rollingScore must not be null");
        Objects.requireNonNull(lastInteraction, "lastInteraction must not be null");
        Objects.requireNonNull(rule, "rule must not be null");
        Objects.requireNonNull(detail, "detail must not be null");
        Objects.requireNonNull(at, "at must not be null");
    }

    /**
     * The rows of some alerts: each alert's reasons in rule order, alerts in the order given.
     *
     * @param alerts the alerts, e.g. {@link AtRiskReport#alerts()}
     * @return one row per alert and reason
     */
    public static List<AtRiskRow> of(List<AtRiskAlert> alerts) {
        List<AtRiskRow> rows = new ArrayList<>();
        for (AtRiskAlert a : alerts) {
            for (AtRiskReason r : a.reasons()) {
                rows.add(new AtRiskRow(a.customer(), a.rollingScore(), a.lastInteraction(), r.rule(), r.detail(),
                        r.at()));
            }
        }
        return List.copyOf(rows);
    }
}
