package io.cxkit.text;

/**
 * The sentiment of one text in VADER's four figures (Hutto &amp; Gilbert 2014). Values are not rounded (the
 * reference implementation rounds neg/neu/pos to 3 and compound to 4 decimals only when it prints them).
 *
 * @param neg the share of the text's sentiment-weighted tokens that is negative, in [0, 1]
 * @param neu the neutral share, in [0, 1]
 * @param pos the positive share, in [0, 1]; neg + neu + pos = 1 unless the text has no token (then all 0)
 * @param compound the normalised sum of valences, x / √(x² + 15), in [−1, 1]
 */
public record SentimentScore(double neg, double neu, double pos, double compound) {

    /** The score of a text without tokens (empty or whitespace only), as the reference gives it. */
    public static final SentimentScore EMPTY = new SentimentScore(0, 0, 0, 0);

    /**
     * @param neg the share of the text's sentiment-weighted tokens that is negative, in [0, 1]
     * @param neu the neutral share, in [0, 1]
     * @param pos the positive share, in [0, 1]; neg + neu + pos = 1 unless the text has no token (then all 0)
     * @param compound the normalised sum of valences, x / √(x² + 15), in [−1, 1]
     * @throws IllegalArgumentException if a share is outside [0, 1] or the compound outside [−1, 1]
     */
    public SentimentScore {
        if (!(neg >= 0 && neg <= 1) || !(neu >= 0 && neu <= 1) || !(pos >= 0 && pos <= 1)) {
            throw new IllegalArgumentException("sentiment shares must be within [0, 1], were neg=" + neg
                    + " neu=" + neu + " pos=" + pos);
        }
        if (!(compound >= -1 && compound <= 1)) {
            throw new IllegalArgumentException("compound must be within [-1, 1], was " + compound);
        }
    }

    /**
     * The three-class label at ±{@value SentimentLabel#THRESHOLD}.
     *
     * @return the three-class label at ±{@value SentimentLabel#THRESHOLD}
     */
    public SentimentLabel label() {
        return SentimentLabel.of(compound);
    }
}
