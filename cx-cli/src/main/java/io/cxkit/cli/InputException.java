package io.cxkit.cli;

/**
 * Bad input: an unreadable file, rejected records, an unusable column. The CLI prints the message (which names
 * the file, line and field) to stderr, with no stack trace, and exits with code 2.
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * A failure with a message naming the file, line, field and value where known.
     *
     * @param message what is wrong
     */
    public InputException(String message) {
        super(message);
    }

    /**
     * A failure with a message and its cause.
     *
     * @param message what is wrong
     * @param cause the underlying failure, or {@code null}
     */
    public InputException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Why reading or writing failed, in words, for a message: the exception's own message, or for exceptions
     * that carry none (an empty or truncated gzip file ends in an {@link java.io.EOFException} without one) a
     * description of what it means, so that no message ends in {@code null}.
     *
     * @param e the underlying failure
     * @return why reading or writing failed, in words, for a message: the exception's own message, or for exceptions
     *         that carry none (an empty or truncated gzip file ends in an {@link java.io.EOFException} without one) a
     *         description of what it means, so that no message ends in {@code null}
     */
    public static String reason(Throwable e) {
        String m = e.getMessage();
        if (e instanceof java.io.EOFException) {
            return "unexpected end of file: the file is empty or truncated (a .gz file must hold a complete gzip "
                    + "stream)" + (m == null || m.isBlank() ? "" : " (" + m + ")");
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (m == null || m.isBlank()) {
            return e.getCause() != null && e.getCause() != e ? reason(e.getCause()) : e.getClass().getSimpleName();
        }
        return m;
    }
}
