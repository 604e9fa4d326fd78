package io.cxkit.metrics.drivers;

/** How respondents who left some drivers (or the outcome) unanswered enter a key-driver analysis. */
public enum MissingAnswers {
    /**
     * Listwise deletion: only respondents who answered the outcome and every driver count. The default: every
     * figure then rests on one set of people, and the correlation matrix is positive semi-definite.
     */
    COMPLETE_CASES,
    /**
     * Each correlation from the respondents who answered both of its two questions. Uses more answers, but the
     * matrix may not be positive definite, and n differs by pair (the smallest is reported).
     */
    PAIRWISE
}
