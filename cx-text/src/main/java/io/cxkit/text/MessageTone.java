package io.cxkit.text;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The tones of one message, with the evidence for each and the message's sentiment.
 *
 * @param tones the tones detected; may be empty
 * @param evidence the cues that fired, in text order
 * @param sentiment the message's sentiment score
 * @param humanRequested true if the customer asked for a person ("speak to a human", "real person")
 */
public record MessageTone(Set<Tone> tones, List<ToneEvidence> evidence, SentimentScore sentiment,
                          boolean humanRequested) {
    /**
     * @param tones the tones detected; may be empty
     * @param evidence the cues that fired, in text order
     * @param sentiment the message's sentiment score
     * @param humanRequested true if the customer asked for a person ("speak to a human", "real person")
     * @throws NullPointerException if a component is null
     */
    public MessageTone {
        tones = tones.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(tones));
        evidence = List.copyOf(evidence);
        java.util.Objects.requireNonNull(sentiment, "sentiment");
    }

    /**
     * True if the message shows {@code tone}.
     *
     * @param tone the tone
     * @return true if the message shows {@code tone}
     */
    public boolean has(Tone tone) {
        return tones.contains(tone);
    }

    /**
     * The cues of one tone, joined by {@code ;} (empty if none): the CLI's evidence column.
     *
     * @param tone the tone
     * @return the cues of one tone, joined by {@code ;} (empty if none): the CLI's evidence column
     */
    public String evidenceOf(Tone tone) {
        StringBuilder b = new StringBuilder();
        for (ToneEvidence e : evidence) {
            if (e.tone() == tone) {
                if (b.length() > 0) {
                    b.append(';');
                }
                b.append(e.cue());
            }
        }
        return b.toString();
    }
}
