package io.cxkit.text;

import java.util.Objects;

/**
 * Why a tone was detected: the cue that fired.
 *
 * @param tone the tone
 * @param cue the words of the message that fired it, in lower case (or a rule's name in angle brackets, e.g.
 *        {@code <shouting>})
 */
public record ToneEvidence(Tone tone, String cue) {
    /**
     * @param tone the tone
     * @param cue the words of the message that fired it, in lower case (or a rule's name in angle brackets, e.g. {@code
     *        <shouting>})
     * @throws NullPointerException if a component is null
     */
    public ToneEvidence {
        Objects.requireNonNull(tone, "tone");
        Objects.requireNonNull(cue, "cue");
    }

    @Override
    public String toString() {
        return tone.id() + ":" + cue;
    }
}
