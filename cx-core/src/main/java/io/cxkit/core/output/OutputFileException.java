package io.cxkit.core.output;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An output file that cannot be written as asked. The message names the path and what to do; {@link #reason()}
 * says which rule refused it, so a caller can map it (the CLI exits 1 for all but {@link Reason#IO}).
 */
public final class OutputFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the file cannot be written. */
    public enum Reason {
        /** The target's folder does not exist. */
        FOLDER_MISSING,
        /** The target is a folder. */
        IS_FOLDER,
        /** The target exists and replacing it was not allowed. */
        EXISTS,
        /** The target is one of the command's inputs (the same file, or a link to it). */
        SAME_AS_INPUT,
        /** Writing or moving failed. */
        IO
    }

    private final transient Path path;
    /** Which rule refused the target. */
    private final Reason reason;

    /**
     * An output failure.
     *
     * @param path the file asked for
     * @param reason which rule refused it
     * @param message what went wrong, naming the path
     * @param cause the underlying failure, or {@code null}
     */
    public OutputFileException(Path path, Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.path = path;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * The file asked for.
     *
     * @return the path
     */
    public Path path() {
        return path;
    }

    /**
     * Which rule refused the file.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }
}
