package io.cxkit.core;

import java.util.Objects;

/**
 * The identifier of one customer, as the source system writes it. Identifiers are opaque: case and inner
 * spacing are kept, surrounding white space is removed.
 *
 * <p><b>Unresolved ids.</b> A record that carries only identifiers ({@code id.email}, {@code id.device}, ...)
 * may leave its customer unnamed until identity stitching resolves it. Such a record holds
 * {@link #unresolved(String) CustomerId.unresolved(interactionId)}: the reserved form
 * {@value #UNRESOLVED_PREFIX}{@code <interaction id>}. Because it is keyed by the interaction, every unresolved
 * record is a customer of its own until stitched: anything that groups by customer (journeys, retention,
 * lifetime value) never lumps unresolved records together. Ids from a source go through {@link #of(String)},
 * which refuses the reserved prefix, so a real customer can never be mistaken for an unresolved one; writers
 * write an unresolved id as an empty {@code customer_id}.
 *
 * @param value the identifier, not blank, at most 200 characters; or the reserved unresolved form
 *        {@value #UNRESOLVED_PREFIX} followed by such an identifier
 */
public record CustomerId(String value) implements Comparable<CustomerId> {
    /**
     * The prefix reserved for unresolved ids. A tilde rarely starts a real id; {@link #of(String)} refuses it
     * anyway, so the two can never collide.
     */
    public static final String UNRESOLVED_PREFIX = "~unresolved:";

    /**
     * The canonical constructor: accepts an ordinary identifier or the reserved unresolved form. Prefer
     * {@link #of(String)} for ids from a source and {@link #unresolved(String)} for records without one.
     *
     * @param value the identifier, or the reserved unresolved form {@value #UNRESOLVED_PREFIX} followed by one
     * @throws IllegalArgumentException if the value (or, in the unresolved form, the part after the prefix) is
     *         blank, longer than 200 characters or holds control characters
     * @throws NullPointerException if the value is null
     */
    public CustomerId {
        Objects.requireNonNull(value, "customer_id must not be null");
        String stripped = value.strip();
        // The key of an unresolved id is an interaction id, which may itself be 200 characters long.
        value = stripped.startsWith(UNRESOLVED_PREFIX)
                ? UNRESOLVED_PREFIX + OpenValues.identifier("unresolved customer_id key",
                        stripped.substring(UNRESOLVED_PREFIX.length()))
                : OpenValues.identifier("customer_id", value);
    }

    /**
     * The id a source gives a customer.
     *
     * @param value the identifier, not blank, at most 200 characters; or the reserved unresolved form {@value
     *        #UNRESOLVED_PREFIX} followed by such an identifier
     * @return the id a source gives a customer
     * @throws IllegalArgumentException if the value is blank, longer than 200 characters, holds control
     *         characters, or starts with the reserved prefix {@value #UNRESOLVED_PREFIX}
     * @throws NullPointerException if the value is null
     */
    public static CustomerId of(String value) {
        CustomerId id = new CustomerId(value);
        if (!id.isResolved()) {
            throw new IllegalArgumentException("customer_id must not start with the reserved prefix '"
                    + UNRESOLVED_PREFIX + "' (leave it empty on a record that only carries identifiers), was '"
                    + value + "'");
        }
        return id;
    }

    /**
     * The not-yet-resolved customer of one interaction that carries identifiers but no customer id; identity
     * stitching replaces it. Distinct for distinct interactions, so each such record counts as its own customer.
     *
     * @param interactionId the id of the interaction it stands for
     * @return the not-yet-resolved customer of one interaction that carries identifiers but no customer id; identity
     *         stitching replaces it
     * @throws IllegalArgumentException if the interaction id is blank, longer than 200 characters or holds
     *         control characters
     * @throws NullPointerException if the interaction id is null
     */
    public static CustomerId unresolved(String interactionId) {
        return new CustomerId(UNRESOLVED_PREFIX + OpenValues.identifier("interaction_id", interactionId));
    }

    /**
     * False for an {@link #unresolved(String) unresolved} id, which stitching has yet to name.
     *
     * @return false for an {@link #unresolved(String) unresolved} id, which stitching has yet to name
     */
    public boolean isResolved() {
        return !value.startsWith(UNRESOLVED_PREFIX);
    }

    @Override
    public int compareTo(CustomerId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
