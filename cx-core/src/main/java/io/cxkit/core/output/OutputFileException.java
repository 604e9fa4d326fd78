package io.cxkit.core.output;

import java.nio.file.Path;

/**
 * An output file that cannot be written as asked: its folder does not exist, it exists and replacing it was not
 * allowed, or writing failed. The message names the path and what to do. Callers such as the CLI treat it as a
 * usage error.
 */
public final class OutputFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path path;

    /**
     * An output failure.
     *
     * @param path the file asked for
     * @param message what went wrong, naming the path
     * @param cause the underlying failure, or {@code null}
     */
    public OutputFileException(Path path, String message, Throwable cause) {
        super(message, cause);
        this.path = path;
    }

    /**
     * The file asked for.
     *
     * @return the path
     */
    public Path path() {
        return path;
    }
}
