package io.cxkit.metrics.clv;

import io.cxkit.core.Interaction;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * One purchase: who, on which day, for how much (in the data's currency; no conversion is made).
 *
 * @param customer the customer key, not blank
 * @param date the calendar day of the purchase
 * @param amount the purchase value, finite (zero and negative values are kept: the spend model leaves out a
 *        customer whose mean repeat value is not positive)
 */
public record Transaction(String customer, LocalDate date, double amount) {

    /**
     * @param customer the customer key, not blank
     * @param date the calendar day of the purchase
     * @param amount the purchase value, finite (zero and negative values are kept: the spend model leaves out a
     *        customer whose mean repeat value is not positive)
     * @throws IllegalArgumentException if the customer is blank or the amount not finite
     * @throws NullPointerException if a component is null
     */
    public Transaction {
        Objects.requireNonNull(customer, "customer must not be null");
        Objects.requireNonNull(date, "date must not be null");
        if (customer.isBlank()) {
            throw new IllegalArgumentException("customer must not be blank");
        }
        if (!Double.isFinite(amount)) {
            throw new IllegalArgumentException("amount of customer " + customer + " on " + date
                    + " must be finite, was " + amount);
        }
    }

    /**
     * The transaction an interaction represents, if any. An interaction is a transaction when it carries a
     * monetary {@code value}, whatever its kind ({@code purchase}, {@code renewal}, {@code order}, ...): the value
     * is the evidence of a purchase. Its day is the timestamp's calendar day in {@code zone}; its amount is the
     * value's amount. Currencies are not converted; {@link CustomerSummarizer#transactionsOf} rejects a mix.
     *
     * @param interaction the interaction to add
     * @param zone the zone in which calendar periods are cut
     * @return the transaction an interaction represents, if any
     */
    public static Optional<Transaction> of(Interaction interaction, ZoneId zone) {
        return interaction.value().map(v -> new Transaction(interaction.customerId().value(),
                interaction.timestamp().atZone(zone).toLocalDate(), v.amount().doubleValue()));
    }
}
