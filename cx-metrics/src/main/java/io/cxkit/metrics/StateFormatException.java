package io.cxkit.metrics;

/** Thrown when bytes are not a valid encoded state: wrong magic, metric, version, checksum or content. */
public final class StateFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception with a message that says what was wrong. */
    public StateFormatException(String message) {
        super(message);
    }

    /** An exception with a message and its cause. */
    public StateFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
