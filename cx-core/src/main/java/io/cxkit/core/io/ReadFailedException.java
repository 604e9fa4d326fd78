package io.cxkit.core.io;

import java.io.IOException;
import java.util.Objects;

/**
 * Thrown by a {@link ReadPolicy#FAIL_FAST} read at the first rejected record, and by any read whose input
 * cannot be interpreted at all (a CSV header that is not valid). It carries where the read failed and what it
 * had accepted up to then.
 */
public final class ReadFailedException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient ReadReport report;
    private final transient Rejection rejection;

    /**
     * @param report the report of the read up to and including the failing record
     * @param rejection the failing record
     */
    public ReadFailedException(ReadReport report, Rejection rejection) {
        super(Objects.requireNonNull(rejection, "rejection").toString());
        this.report = Objects.requireNonNull(report, "report");
        this.rejection = rejection;
    }

    /**
     * The report of the read up to and including the failing record.
     *
     * @return the report of the read up to and including the failing record
     */
    public ReadReport report() {
        return report;
    }

    /**
     * The record the read failed on.
     *
     * @return the record the read failed on
     */
    public Rejection rejection() {
        return rejection;
    }
}
