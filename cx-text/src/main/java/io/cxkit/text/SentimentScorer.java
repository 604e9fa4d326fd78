package io.cxkit.text;

/**
 * Scores the sentiment of one text. {@link Vader} is the built-in implementation; a user may plug in another
 * (an ONNX model, a cloud API) and everything downstream (metrics, tone, topics, the CLI) works unchanged.
 *
 * <p>Implementations must be thread-safe and must not throw on any {@link CharSequence}: empty text, control
 * characters, unpaired surrogates and very long texts each get a defined score.
 */
@FunctionalInterface
public interface SentimentScorer {

    /**
     * The sentiment of {@code text}.
     *
     * @param text the text to score
     * @return the sentiment of {@code text}
     * @throws NullPointerException if text is null
     */
    SentimentScore score(CharSequence text);
}
