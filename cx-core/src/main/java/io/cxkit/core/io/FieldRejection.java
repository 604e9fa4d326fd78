package io.cxkit.core.io;

/**
 * Internal signal that a record is rejected, thrown from deep in parsing and caught by the reader, which turns
 * it into a {@link Rejection}. It has no stack trace: it is control flow for bad data, not a bug, and bad
 * files can hold millions of bad lines.
 */
final class FieldRejection extends Exception {
    private static final long serialVersionUID = 1L;

    final String field;
    final String value;

    FieldRejection(String field, String value, String reason) {
        super(reason, null, false, false);
        this.field = field;
        this.value = value == null ? "" : value;
    }

    String reason() {
        return getMessage();
    }
}
