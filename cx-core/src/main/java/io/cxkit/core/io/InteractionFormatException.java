package io.cxkit.core.io;

/**
 * Bytes that are not an encoded interaction of a version this codec reads: truncated, corrupted, newer, or
 * holding a value the schema refuses. The message says which field and why.
 */
public final class InteractionFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * A format error.
     *
     * @param message what is wrong
     */
    public InteractionFormatException(String message) {
        super(message);
    }

    /**
     * A format error with its cause.
     *
     * @param message what is wrong
     * @param cause the domain's refusal
     */
    public InteractionFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
