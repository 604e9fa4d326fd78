package io.cxkit.core.io;

/** What an {@link InteractionReader} does when it rejects a record. */
public enum ReadPolicy {
    /**
     * Stop at the first rejected record: the reader hands the rejection to the sink, then throws
     * {@link ReadFailedException} carrying it and the report of what was read up to and including it.
     */
    FAIL_FAST,
    /** Hand every rejection to the sink, go on with the next record, and return the full report. */
    SKIP_AND_REPORT
}
