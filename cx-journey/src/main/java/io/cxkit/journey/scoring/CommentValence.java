package io.cxkit.journey.scoring;

/**
 * The valence of a free-text comment (a {@link io.cxkit.core.Feedback.Verbatim verbatim}), so that a negative
 * comment becomes a negative moment of the journey ({@link ExperienceScorer}) and a reason to act
 * ({@link AtRiskDetector}). cx-journey knows nothing of text: the caller plugs a sentiment scorer in, for example
 * the VADER compound of cx-text:
 *
 * <pre>{@code
 * Vader vader = Vader.cx();
 * ExperienceScorer scorer = ExperienceScorer.withDefaults().withComments(text -> vader.score(text).compound());
 * }</pre>
 *
 * <p>The value is on VADER's compound scale, [−1, +1], with −0.05 and below negative (Hutto &amp; Gilbert 2014's
 * convention, {@link #NEGATIVE}). {@link #NONE}, the default of every scorer, gives 0 to every text, so comments
 * are not moments unless a valence is plugged in. Implementations must be thread-safe and must not throw on
 * any text (empty, control characters, very long).
 */
@FunctionalInterface
public interface CommentValence {
    /** The compound at or below which a comment is negative: −0.05, VADER's threshold. */
    double NEGATIVE = -0.05;

    /** The default: every comment is neutral (0), so comments make no moments. */
    CommentValence NONE = text -> 0;

    /**
     * The comment's valence in [−1, +1] (values outside are clamped by the callers; NaN counts as 0).
     *
     * @param text the comment, never null
     * @return the valence, negative for a complaint
     */
    double of(String text);

    /**
     * The valence of {@code text} made safe: clamped to [−1, +1], NaN as 0.
     *
     * @param valence the valence to ask
     * @param text the comment
     * @return the comment's valence, within [−1, +1]
     * @throws NullPointerException if the valence or the text is null
     */
    static double safely(CommentValence valence, String text) {
        double v = valence.of(text);
        return Double.isNaN(v) ? 0 : Math.max(-1, Math.min(1, v));
    }
}
