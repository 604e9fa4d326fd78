package io.cxkit.text;

import java.util.Locale;

/** The recommended stance of the next reply to a customer. */
public enum Stance {
    /** Acknowledge the problem and apologise. */
    ACKNOWLEDGE_AND_APOLOGISE,
    /** Reassure: say what will happen and when. */
    REASSURE,
    /** Be brief: no small talk, the answer first. */
    BE_BRIEF,
    /** Explain step by step. */
    EXPLAIN_STEP_BY_STEP,
    /** Hand the conversation over to a human. */
    HAND_OVER_TO_HUMAN;

    /**
     * The stance in lower case, as written in JSON and CSV ({@code acknowledge_and_apologise}, ...).
     *
     * @return the stance in lower case, as written in JSON and CSV ({@code acknowledge_and_apologise}, ...)
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
