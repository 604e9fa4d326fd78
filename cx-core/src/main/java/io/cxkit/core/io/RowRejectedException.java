package io.cxkit.core.io;

import java.util.Objects;

/**
 * Thrown by a {@link RowMapper} (and by the typed accessors of {@link Row}) to reject the row it is mapping, and
 * by a {@link RowBinder} (and {@link Header}) to refuse a header it cannot map. The {@link TabularSource} turns
 * it into a {@link Rejection} with the source and line; it never escapes a read. It has no stack trace: bad
 * rows are data, not bugs, and a bad file can hold millions of them.
 */
public final class RowRejectedException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The column at fault, by its header name, or {@link Rejection#RECORD}. */
    private final String column;
    /** The offending value, empty when missing. */
    private final String value;

    /**
     * @param column the column at fault, by its header name, or {@link Rejection#RECORD} for the row as a whole
     * @param value the offending value (empty when missing)
     * @param reason what is wrong and what is allowed: {@code csat must be a whole number, was '3.5'}
     */
    public RowRejectedException(String column, String value, String reason) {
        super(Objects.requireNonNull(reason, "reason"), null, false, false);
        this.column = Objects.requireNonNull(column, "column");
        this.value = value == null ? "" : value;
    }

    /**
     * The column at fault, by its header name, or {@link Rejection#RECORD}.
     *
     * @return the column at fault, by its header name, or {@link Rejection#RECORD}
     */
    public String column() {
        return column;
    }

    /**
     * The offending value; empty when missing.
     *
     * @return the offending value; empty when missing
     */
    public String value() {
        return value;
    }

    /**
     * What is wrong and what is allowed.
     *
     * @return what is wrong and what is allowed
     */
    public String reason() {
        return getMessage();
    }
}
