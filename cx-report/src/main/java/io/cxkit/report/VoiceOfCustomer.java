package io.cxkit.report;

import io.cxkit.metrics.Estimate;
import io.cxkit.text.PhraseLift;
import java.time.YearMonth;
import java.util.List;

/**
 * The voice-of-the-customer section: what the comments say. Sentiment by VADER (Hutto &amp; Gilbert 2014) with
 * the CX layer, tone by the rule-based detector of cx-text, key phrases by lift among detractors; see
 * docs/text.md.
 *
 * @param comments interactions with a comment
 * @param sentiment the mean compound in [−1, 1] with its t interval
 * @param negativeShare the share of comments with compound ≤ −0.05, with its interval
 * @param trend the mean compound per calendar month (in the report's zone), oldest first
 * @param detractorTopics the phrases detractors use more than promoters (at most five, each in at least five
 *        detractor or promoter comments)
 * @param tones per tone, the share of comments showing it
 */
public record VoiceOfCustomer(long comments, Estimate sentiment, Estimate negativeShare, List<Month> trend,
                              List<PhraseLift> detractorTopics, List<ToneShare> tones) {
    /**
     * Copies the lists.
     *
     * @param comments interactions with a comment
     * @param sentiment the mean compound in [−1, 1] with its t interval
     * @param negativeShare the share of comments with compound ≤ −0.05, with its interval
     * @param trend the mean compound per calendar month (in the report's zone), oldest first
     * @param detractorTopics the phrases detractors use more than promoters (at most five, each in at least five
     *        detractor or promoter comments)
     * @param tones per tone, the share of comments showing it
     */
    public VoiceOfCustomer {
        trend = List.copyOf(trend);
        detractorTopics = List.copyOf(detractorTopics);
        tones = List.copyOf(tones);
    }

    /**
     * One month of the sentiment trend.
     *
     * @param month the month
     * @param comments comments in it
     * @param meanCompound their mean compound
     * @param lower the t interval's lower bound (NaN with fewer than two comments)
     * @param upper its upper bound
     */
    public record Month(YearMonth month, long comments, double meanCompound, double lower, double upper) {
    }

    /**
     * One tone's share of comments.
     *
     * @param tone the tone
     * @param comments comments showing it
     * @param share their share
     * @param lower the adjusted-Wald interval's lower bound
     * @param upper its upper bound
     */
    public record ToneShare(String tone, long comments, double share, double lower, double upper) {
    }
}
