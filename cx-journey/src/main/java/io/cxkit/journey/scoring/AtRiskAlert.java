package io.cxkit.journey.scoring;

import io.cxkit.core.CustomerId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A customer at risk, with every reason found.
 *
 * @param customer the customer
 * @param rollingScore the mean experience score of the customer's latest journeys within the lookback, if any
 * @param lastInteraction the customer's latest interaction
 * @param reasons at least one reason, in rule order
 */
public record AtRiskAlert(CustomerId customer, OptionalDouble rollingScore, Instant lastInteraction,
        List<AtRiskReason> reasons) {
    /**
     * @param customer the customer
     * @param rollingScore the mean experience score of the customer's latest journeys within the lookback, if any
     * @param lastInteraction the customer's latest interaction
     * @param reasons at least one reason, in rule order
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if there is no reason
     */
    public AtRiskAlert {
        Objects.requireNonNull(customer, "customer must not be null");
        Objects.requireNonNull(rollingScore, "rollingScore must not be null");
        Objects.requireNonNull(lastInteraction, "lastInteraction must not be null");
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("an alert needs at least one reason for customer " + customer);
        }
    }
}
