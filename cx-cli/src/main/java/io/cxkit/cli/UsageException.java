package io.cxkit.cli;

/**
 * Bad usage found after option parsing: an unknown metric, dimension or model name, a contradictory set of
 * options. The CLI prints the message to stderr and exits with code 1.
 */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * A failure whose message says what was wrong and what is allowed.
     *
     * @param message what is wrong
     */
    public UsageException(String message) {
        super(message);
    }
}
