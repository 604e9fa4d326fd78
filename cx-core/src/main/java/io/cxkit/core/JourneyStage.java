package io.cxkit.core;

/**
 * The stage of the customer life cycle a touchpoint serves. Open: the constants are the usual stages, and any
 * other name is a stage too. Names are normalised to trimmed lower case.
 *
 * @param name the normalised name
 */
public record JourneyStage(String name) {
    /** The customer learns of the offer. */
    public static final JourneyStage AWARENESS = new JourneyStage("awareness");
    /** The customer compares and evaluates. */
    public static final JourneyStage CONSIDERATION = new JourneyStage("consideration");
    /** The customer buys. */
    public static final JourneyStage PURCHASE = new JourneyStage("purchase");
    /** The customer starts using what they bought. */
    public static final JourneyStage ONBOARDING = new JourneyStage("onboarding");
    /** Everyday use. */
    public static final JourneyStage USAGE = new JourneyStage("usage");
    /** The customer asks for help. */
    public static final JourneyStage SUPPORT = new JourneyStage("support");
    /** The customer renews, upgrades or leaves. */
    public static final JourneyStage RENEWAL = new JourneyStage("renewal");
    /** The customer recommends. */
    public static final JourneyStage ADVOCACY = new JourneyStage("advocacy");

    /**
     * @param name the normalised name
     * @throws IllegalArgumentException if the name is blank, longer than 200 characters or holds control
     *         characters
     */
    public JourneyStage {
        name = OpenValues.normalise("stage", name);
    }

    /**
     * The stage with this name, normalised.
     *
     * @param name the normalised name
     * @return the stage with this name, normalised
     */
    public static JourneyStage of(String name) {
        return new JourneyStage(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
