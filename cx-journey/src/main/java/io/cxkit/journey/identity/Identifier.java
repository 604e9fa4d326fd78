package io.cxkit.journey.identity;

import java.util.Objects;

/**
 * One customer identifier as seen on a record: a type ({@code email}, {@code device}, {@code crm}, or
 * {@code customer} for the record's customer id) and a normalised value.
 *
 * @param type the identifier type, as named in the {@link StitchSettings}
 * @param value the value, stripped (and lower-cased for case-insensitive types)
 */
public record Identifier(String type, String value) {
    /**
     * @param type the identifier type, as named in the {@link StitchSettings}
     * @param value the value, stripped (and lower-cased for case-insensitive types)
     * @throws IllegalArgumentException if the type or value is blank
     */
    public Identifier {
        Objects.requireNonNull(type, "identifier type must not be null");
        Objects.requireNonNull(value, "identifier value must not be null");
        if (type.isBlank()) {
            throw new IllegalArgumentException("identifier type must not be blank");
        }
    }

    @Override
    public String toString() {
        return type + "=" + value;
    }
}
