package io.cxkit.journey.scoring;

import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.journey.Effort;
import io.cxkit.journey.Journey;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Scores a journey's experience from 0 (worst) to 100 (best), combining the feedback and the events inside it.
 *
 * <p>The formula, with λ the {@link ScoringSettings#negativityWeight() negativity weight}:
 * <ol>
 *   <li><b>Moments.</b> In interaction order, each interaction contributes its outcome's valence (if the outcome
 *       has one in {@link ScoringSettings#outcomeValence()}) and then, in answer order, each feedback answer's
 *       valence ({@link FeedbackValence}) and each <b>negative comment</b>, each in [−1, 1]. A comment (a
 *       verbatim) is a moment only when a {@link CommentValence} is plugged in ({@link #withComments}; off by
 *       default) and its valence {@code c} is at most {@link CommentValence#NEGATIVE −0.05}; the moment's
 *       valence is {@code c} itself (VADER's compound), not a fixed −1, so that a mild complaint ("took a
 *       while", c ≈ −0.2) stays a mild moment on the answers' scale while "nobody helped me" (c ≈ −0.74)
 *       counts as a detractor answer of NPS 1–2 would. Neutral and positive comments are not moments: comments
 *       are mostly written to complain, and the answer they come with already carries the praise, whereas a
 *       complaint beside a passive or even a promoter score is news the score hides.</li>
 *   <li><b>Negativity.</b> A moment's weighted valence is {@code w = λ·v} if {@code v < 0}, else {@code v}
 *       (Baumeister et al. 2001: bad weighs more than good).</li>
 *   <li><b>Peak-end.</b> The peak is the moment with the largest {@code |w|} (the later one on a tie), the end is
 *       the last moment; the remembered value is {@code R = (w_peak + w_end) / 2} (Kahneman, Fredrickson,
 *       Schreiber &amp; Redelmeier 1993; Redelmeier &amp; Kahneman 1996: a remembered experience is close to
 *       the average of its most intense moment and its end). Without moments, {@code R = 0}.</li>
 *   <li><b>Base score.</b> {@code S = 50 + 50·R} for {@code R ≥ 0}, {@code S = 50 + 50·R/λ} for {@code R < 0},
 *       so S runs from 0 (R = −λ) through 50 (neutral) to 100 (R = 1).</li>
 *   <li><b>Effort penalty.</b> {@code P = min(maxPenalty, repeatPenalty·repeats + transferPenalty·transfers +
 *       switchPenalty·channelSwitches + waitPenaltyPerMinute·Σ max(0, wait − allowance)/60 s)}, the waits being
 *       each interaction's {@link ScoringSettings#waitAttribute() wait attribute} and repeats and transfers as
 *       {@link Journey#effort()} counts them.</li>
 *   <li><b>Score.</b> {@code clamp(S − P, 0, 100)}.</li>
 * </ol>
 * Instances are immutable and thread-safe.
 */
public final class ExperienceScorer {
    private final ScoringSettings settings;
    private final CommentValence comments;

    /**
     * A scorer with the given settings that takes no comment as a moment.
     *
     * @param settings the settings
     * @throws NullPointerException if settings is null
     */
    public ExperienceScorer(ScoringSettings settings) {
        this(settings, CommentValence.NONE);
    }

    /**
     * A scorer with the given settings that takes negative comments, as {@code comments} scores them, as moments.
     *
     * @param settings the settings
     * @param comments the valence of a comment; {@link CommentValence#NONE} for none
     * @throws NullPointerException if an argument is null
     */
    public ExperienceScorer(ScoringSettings settings, CommentValence comments) {
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.comments = Objects.requireNonNull(comments, "comments must not be null");
    }

    /**
     * This scorer with negative comments as moments, scored by {@code comments}.
     *
     * @param comments the valence of a comment, for example the VADER compound of cx-text
     * @return a new scorer with the same settings
     * @throws NullPointerException if comments is null
     */
    public ExperienceScorer withComments(CommentValence comments) {
        return new ExperienceScorer(settings, comments);
    }

    /**
     * The valence of comments; {@link CommentValence#NONE} unless one was plugged in.
     *
     * @return the comment valence this scorer uses
     */
    public CommentValence comments() {
        return comments;
    }

    /**
     * A scorer with {@link ScoringSettings#DEFAULTS}.
     *
     * @return a scorer with {@link ScoringSettings#DEFAULTS}
     */
    public static ExperienceScorer withDefaults() {
        return new ExperienceScorer(ScoringSettings.DEFAULTS);
    }

    /**
     * The settings.
     *
     * @return the settings
     */
    public ScoringSettings settings() {
        return settings;
    }

    /**
     * Scores one journey.
     *
     * @param journey the journey
     * @return the journey's score and its parts
     * @throws NullPointerException if the journey is null
     */
    public JourneyScore score(Journey journey) {
        Objects.requireNonNull(journey, "journey must not be null");
        double lambda = settings.negativityWeight();
        double peak = 0;
        double last = 0;
        int moments = 0;
        double waitSeconds = 0;
        double waitPenaltyMinutes = 0;
        double allowance = settings.waitAllowance().toMillis() / 1000.0;
        for (Interaction i : journey.interactions()) {
            Double outcomeValence = i.outcome().map(settings.outcomeValence()::get).orElse(null);
            if (outcomeValence != null) {
                double w = weighted(outcomeValence, lambda);
                if (moments == 0 || Math.abs(w) >= Math.abs(peak)) {
                    peak = w;
                }
                last = w;
                moments++;
            }
            List<Feedback> feedback = i.feedback();
            for (int k = 0; k < feedback.size(); k++) {
                OptionalDouble v = valence(feedback.get(k));
                if (v.isPresent()) {
                    double w = weighted(v.getAsDouble(), lambda);
                    if (moments == 0 || Math.abs(w) >= Math.abs(peak)) {
                        peak = w;
                    }
                    last = w;
                    moments++;
                }
            }
            double wait = waitSeconds(i, settings.waitAttribute());
            waitSeconds += wait;
            waitPenaltyMinutes += Math.max(0, wait - allowance) / 60.0;
        }
        double remembered = moments == 0 ? 0 : (peak + last) / 2;
        double base = remembered >= 0 ? 50 + 50 * remembered : 50 + 50 * remembered / lambda;
        Effort effort = journey.effort();
        int switches = journey.channelSwitches();
        double penalty = Math.min(settings.maxPenalty(), settings.repeatPenalty() * effort.repeats()
                + settings.transferPenalty() * effort.transfers() + settings.switchPenalty() * switches
                + settings.waitPenaltyPerMinute() * waitPenaltyMinutes);
        double score = Math.max(0, Math.min(100, base - penalty));
        return new JourneyScore(journey.id(), journey.customer(), journey.end(), score, remembered, peak, last,
                moments, penalty, effort, switches, waitSeconds);
    }

    /**
     * The valence of one answer as a moment: {@link FeedbackValence} for a scored answer; for a comment its
     * {@link CommentValence} if that is at most {@link CommentValence#NEGATIVE}, else none.
     *
     * @param f the answer
     * @return the moment's valence in [−1, 1], or empty if the answer is no moment
     * @throws NullPointerException if the answer is null
     */
    public OptionalDouble valence(Feedback f) {
        if (f instanceof Feedback.Verbatim v) {
            if (comments == CommentValence.NONE) {
                return OptionalDouble.empty();
            }
            double c = CommentValence.safely(comments, v.text());
            return c <= CommentValence.NEGATIVE ? OptionalDouble.of(c) : OptionalDouble.empty();
        }
        return FeedbackValence.of(f);
    }

    /**
     * The waiting time of an interaction in seconds: its wait attribute if that is a finite number ≥ 0, else 0.
     */
    static double waitSeconds(Interaction i, String attribute) {
        String s = i.attributes().get(attribute);
        if (s == null) {
            return 0;
        }
        try {
            double v = Double.parseDouble(s.strip());
            return Double.isFinite(v) && v > 0 ? v : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static double weighted(double v, double lambda) {
        return v < 0 ? lambda * v : v;
    }
}
