package io.cxkit.core;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in a currency. Amounts may be negative (refunds). A value with no stated currency uses
 * ISO 4217 {@code XXX}, "no currency".
 *
 * @param amount the amount, exact
 * @param currency the ISO 4217 currency
 */
public record Money(BigDecimal amount, Currency currency) {
    /** ISO 4217 "no currency involved", used when a source gives a value without a currency. */
    public static final Currency NO_CURRENCY = Currency.getInstance("XXX");

    /** Largest magnitude accepted: beyond it a value is a data error, not a sale. */
    public static final BigDecimal MAX_MAGNITUDE = new BigDecimal("1e15");

    /**
     * @param amount the amount, exact
     * @param currency the ISO 4217 currency
     * @throws IllegalArgumentException if the magnitude exceeds 10^15
     * @throws NullPointerException if a component is null
     */
    public Money {
        Objects.requireNonNull(amount, "value must not be null");
        Objects.requireNonNull(currency, "currency must not be null");
        if (amount.abs().compareTo(MAX_MAGNITUDE) > 0) {
            // toString, not toPlainString: 1e999999999 would expand to a billion digits.
            throw new IllegalArgumentException("value must be within -1e15..1e15, was " + amount);
        }
    }

    /**
     * Parses an amount and an ISO 4217 code.
     *
     * @param amount the amount, a decimal number
     * @param currencyCode the ISO 4217 currency code, e.g. {@code EUR}
     * @return the amount in that currency
     * @throws IllegalArgumentException if the amount is not a number or the code is not a known currency
     */
    public static Money of(String amount, String currencyCode) {
        BigDecimal a;
        try {
            a = new BigDecimal(amount.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("value must be a decimal number, was '" + amount + "'");
        }
        return new Money(a, currency(currencyCode));
    }

    /**
     * The currency for an ISO 4217 code, case-insensitive.
     *
     * @param code the ISO 4217 currency code
     * @return the currency for an ISO 4217 code, case-insensitive
     * @throws IllegalArgumentException naming the code if it is unknown
     */
    public static Currency currency(String code) {
        try {
            return Currency.getInstance(code.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code, was '" + code + "'");
        }
    }
}
