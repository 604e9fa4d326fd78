package io.cxkit.core;

/**
 * What an interaction ended with. Open: the constants are the common outcomes, and any other name is an
 * outcome too. Names are normalised to trimmed lower case.
 *
 * @param name the normalised name
 */
public record Outcome(String name) {
    /** The customer's issue was resolved. */
    public static final Outcome RESOLVED = new Outcome("resolved");
    /** The contact ended without resolving the issue. */
    public static final Outcome UNRESOLVED = new Outcome("unresolved");
    /** The customer converted (bought, signed up, renewed). */
    public static final Outcome CONVERTED = new Outcome("converted");
    /** The customer gave up part-way. */
    public static final Outcome ABANDONED = new Outcome("abandoned");
    /** The contact was passed to a higher tier. */
    public static final Outcome ESCALATED = new Outcome("escalated");

    /**
     * @param name the normalised name
     * @throws IllegalArgumentException if the name is blank, longer than 200 characters or holds control
     *         characters
     */
    public Outcome {
        name = OpenValues.normalise("outcome", name);
    }

    /**
     * The outcome with this name, normalised.
     *
     * @param name the normalised name
     * @return the outcome with this name, normalised
     */
    public static Outcome of(String name) {
        return new Outcome(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
