package io.cxkit.journey;

/**
 * The effort a journey cost the customer, as counts of interactions. The rules that classify an interaction
 * are those of {@link Journey#effort()}: a <em>contact</em> is an assisted-service interaction, a
 * <em>transfer</em> is a contact passed on to another agent or tier, a <em>repeat</em> is a contact after the
 * first one in the same journey.
 *
 * @param contacts the number of contacts in the journey, at least 0
 * @param transfers the number of transfers in the journey, at least 0
 * @param repeats the number of repeat contacts, {@code max(0, contacts - 1)}
 */
public record Effort(int contacts, int transfers, int repeats) {
    /** No contact, no transfer, no repeat. */
    public static final Effort NONE = new Effort(0, 0, 0);

    /**
     * @param contacts the number of contacts in the journey, at least 0
     * @param transfers the number of transfers in the journey, at least 0
     * @param repeats the number of repeat contacts, {@code max(0, contacts - 1)}
     * @throws IllegalArgumentException if a count is negative or repeats is not below contacts
     */
    public Effort {
        if (contacts < 0) {
            throw new IllegalArgumentException("contacts must be at least 0, was " + contacts);
        }
        if (transfers < 0) {
            throw new IllegalArgumentException("transfers must be at least 0, was " + transfers);
        }
        if (repeats < 0 || (contacts > 0 && repeats >= contacts) || (contacts == 0 && repeats != 0)) {
            throw new IllegalArgumentException("repeats must be within 0..max(0, contacts - 1) = "
                    + Math.max(0, contacts - 1) + ", was " + repeats);
        }
    }
}
