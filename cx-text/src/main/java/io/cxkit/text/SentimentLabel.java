package io.cxkit.text;

/**
 * The three-class label of a compound score, at the thresholds Hutto &amp; Gilbert recommend for VADER
 * (vaderSentiment README, "about the scoring"): positive at compound ≥ 0.05, negative at ≤ −0.05, neutral
 * between.
 */
public enum SentimentLabel {
    /** compound ≥ 0.05. */
    POSITIVE,
    /** −0.05 &lt; compound &lt; 0.05. */
    NEUTRAL,
    /** compound ≤ −0.05. */
    NEGATIVE;

    /** The threshold on |compound| at and above which a text is labelled positive or negative. */
    public static final double THRESHOLD = 0.05;

    /**
     * The label of a compound score; NaN is neutral.
     *
     * @param compound the normalised sum of valences, x / √(x² + 15), in [−1, 1]
     * @return the label of a compound score; NaN is neutral
     */
    public static SentimentLabel of(double compound) {
        if (compound >= THRESHOLD) {
            return POSITIVE;
        }
        return compound <= -THRESHOLD ? NEGATIVE : NEUTRAL;
    }

    /**
     * The label in lower case, as written in CSV and JSON ({@code positive}, ...).
     *
     * @return the label in lower case, as written in CSV and JSON ({@code positive}, ...)
     */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
