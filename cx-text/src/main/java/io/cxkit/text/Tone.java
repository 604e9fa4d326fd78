package io.cxkit.text;

import java.util.Locale;

/** A tone or emotion of a customer's message that a service reply should respond to. */
public enum Tone {
    /** Anger and annoyance: hostile words, swearing, shouting (capitals with negative sentiment). */
    ANGER,
    /** Frustration: blocked effort, waiting, repeat contact, things that still do not work. */
    FRUSTRATION,
    /** Confusion: not understanding, questions about how or why. */
    CONFUSION,
    /** Urgency: a need for speed or a deadline. */
    URGENCY,
    /** Sadness and disappointment. */
    SADNESS,
    /** Gratitude: thanks and appreciation. */
    GRATITUDE,
    /** Politeness: please, indirect requests, greetings and courtesy. */
    POLITENESS;

    /**
     * The tone in lower case, as written in CSV column names and JSON ({@code anger}, ...).
     *
     * @return the tone in lower case, as written in CSV column names and JSON ({@code anger}, ...)
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
