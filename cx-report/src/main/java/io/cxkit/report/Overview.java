package io.cxkit.report;

import io.cxkit.core.io.ReadReport;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the input holds and how it was read.
 *
 * @param interactions accepted interactions
 * @param customers distinct customer ids
 * @param from the earliest timestamp
 * @param to the latest timestamp
 * @param byChannel interactions per channel, largest first, ties by name
 * @param byTouchpoint interactions per touchpoint id, largest first, ties by name
 * @param feedback answers by kind
 * @param read one read report per source (read = accepted + rejected)
 */
public record Overview(long interactions, long customers, Optional<Instant> from, Optional<Instant> to,
        List<Count> byChannel, List<Count> byTouchpoint, FeedbackCounts feedback, List<ReadReport> read) {
    /**
     * Copies the lists.
     *
     * @param interactions accepted interactions
     * @param customers distinct customer ids
     * @param from the earliest timestamp
     * @param to the latest timestamp
     * @param byChannel interactions per channel, largest first, ties by name
     * @param byTouchpoint interactions per touchpoint id, largest first, ties by name
     * @param feedback answers by kind
     * @param read one read report per source (read = accepted + rejected)
     */
    public Overview {
        byChannel = List.copyOf(byChannel);
        byTouchpoint = List.copyOf(byTouchpoint);
        read = List.copyOf(read);
    }

    /**
     * A count with its share of the total.
     *
     * @param name what is counted
     * @param count how many
     * @param share count / total, 0..1
     */
    public record Count(String name, long count, double share) {
    }

    /**
     * Feedback answers by kind.
     *
     * @param nps NPS answers
     * @param csat CSAT answers
     * @param ces CES answers
     * @param rating other ratings
     * @param comment free-text comments
     * @param interactionsWithFeedback interactions that carry any feedback
     */
    public record FeedbackCounts(long nps, long csat, long ces, long rating, long comment,
            long interactionsWithFeedback) {
    }
}
