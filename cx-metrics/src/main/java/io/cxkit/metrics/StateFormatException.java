package io.cxkit.metrics;

/** Thrown when bytes are not a valid encoded state: wrong magic, metric, version, checksum or content. */
public final class StateFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message that says what was wrong.
     *
     * @param message what is wrong
     */
    public StateFormatException(String message) {
        super(message);
    }

    /**
     * An exception with a message and its cause.
     *
     * @param message what is wrong
     * @param cause the underlying failure, or {@code null}
     */
    public StateFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
