package io.cxkit.metrics.clv;

import java.io.IOException;

/**
 * A fail-fast read stopped at a bad line. It carries the report up to that line (the bad line counted as
 * rejected) and the rejection; the message names file, line, field and value.
 */
public final class TransactionReadException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient TransactionReadReport report;
    private final transient TransactionRejection rejection;

    /** A failure at the given rejection. */
    public TransactionReadException(TransactionReadReport report, TransactionRejection rejection) {
        super(rejection.message());
        this.report = report;
        this.rejection = rejection;
    }

    /** The report up to and including the bad line. */
    public TransactionReadReport report() {
        return report;
    }

    /** The bad line. */
    public TransactionRejection rejection() {
        return rejection;
    }
}
