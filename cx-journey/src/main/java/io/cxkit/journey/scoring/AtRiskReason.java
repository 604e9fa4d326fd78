package io.cxkit.journey.scoring;

import java.time.Instant;
import java.util.Objects;

/**
 * Why a customer is at risk: the rule that fired, in words a team can act on, and when.
 *
 * @param rule the rule
 * @param detail what happened, e.g. {@code 3 unresolved contacts within 30 days}
 * @param at the latest interaction the reason rests on
 */
public record AtRiskReason(Rule rule, String detail, Instant at) {

    /** The at-risk rules. */
    public enum Rule {
        /** The rolling experience score fell below the threshold. */
        ROLLING_SCORE,
        /** Repeat contacts ended unresolved. */
        REPEAT_UNRESOLVED,
        /** A detractor answer came after a long wait. */
        DETRACTOR_AFTER_WAIT,
        /** A strongly negative comment (needs a {@link CommentValence}); the detail quotes it with its valence. */
        NEGATIVE_COMMENT
    }

    /**
     * @param rule the rule
     * @param detail what happened, e.g. {@code 3 unresolved contacts within 30 days}
     * @param at the latest interaction the reason rests on
     * @throws NullPointerException if a component is null
     */
    public AtRiskReason {
        Objects.requireNonNull(rule, "rule must not be null");
        Objects.requireNonNull(detail, "detail must not be null");
        Objects.requireNonNull(at, "at must not be null");
    }
}
