package io.cxkit.cli;

/**
 * Bad input: an unreadable file, rejected records, an unusable column. The CLI prints the message (which names
 * the file, line and field) to stderr, with no stack trace, and exits with code 2.
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A failure with a message naming the file, line, field and value where known. */
    public InputException(String message) {
        super(message);
    }

    /** A failure with a message and its cause. */
    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
