package io.cxkit.cli;

import io.cxkit.core.output.AtomicOutput;
import io.cxkit.core.output.OutputFileException;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Collection;

/**
 * Every file the {@code cx} command writes ({@code --out}, {@code --rejects}, {@code --html}) goes through the
 * library's {@link AtomicOutput} (refuses an input as output, writes a temporary file and moves it into place on
 * {@link #commit()}); this adapter only turns its refusals into the CLI's exit codes: a bad path is bad usage
 * (exit 1), a failing write bad input (exit 2).
 */
public final class OutputFile implements Closeable {
    private final AtomicOutput output;

    private OutputFile(AtomicOutput output) {
        this.output = output;
    }

    /**
     * Opens a temporary file beside {@code target}, replacing an existing target on commit (commands document
     * that {@code --out} and {@code --rejects} replace their file).
     *
     * @param option the option that named the target, for messages (e.g. {@code --out})
     * @param target the file to create or replace
     * @param inputs the files the command reads; the target must be none of them
     * @return the open temporary file, to be committed or discarded
     * @throws UsageException if the target is one of the inputs, is a directory or its directory does not exist
     * @throws InputException if the temporary file cannot be created
     */
    public static OutputFile create(String option, Path target, Collection<Path> inputs) {
        return create(option, target, inputs, true);
    }

    /**
     * As {@link #create(String, Path, Collection)}, refusing an existing target unless {@code replace}.
     *
     * @param option the option that named the target
     * @param target the file to create or replace
     * @param inputs the files the command reads
     * @param replace whether an existing target may be replaced ({@code --force})
     * @return the open output
     * @throws UsageException if the path cannot be used as asked
     * @throws InputException if the temporary file cannot be created
     */
    public static OutputFile create(String option, Path target, Collection<Path> inputs, boolean replace) {
        try {
            return new OutputFile(AtomicOutput.open(target, replace, inputs));
        } catch (OutputFileException e) {
            throw translate(option, e);
        }
    }

    /**
     * The CLI's exception for a library refusal: {@link UsageException} for a path that cannot be used,
     * {@link InputException} for a failing write.
     *
     * @param option the option that named the file
     * @param e the refusal
     * @return the exception to throw
     */
    static RuntimeException translate(String option, OutputFileException e) {
        String message = option + ": " + e.getMessage();
        return e.reason() == OutputFileException.Reason.IO ? new InputException(message, e)
                : new UsageException(message);
    }

    /**
     * Whether two paths name one existing file (by real path, or by file key for hard links).
     *
     * @param a a path
     * @param b another path
     * @return true if both exist and are the same file
     */
    static boolean sameFile(Path a, Path b) {
        return AtomicOutput.sameFile(a, b);
    }

    /**
     * The stream to write the new content to; {@link #commit()} or {@link #close()} closes it.
     *
     * @return the stream
     */
    public OutputStream stream() {
        return output.stream();
    }

    /**
     * The file that {@link #commit()} replaces.
     *
     * @return the target
     */
    public Path target() {
        return output.target();
    }

    /**
     * Moves the temporary file onto the target.
     *
     * @throws IOException if closing or moving fails; the target is then unchanged
     */
    public void commit() throws IOException {
        output.commit();
    }

    /** Without a {@link #commit()}, drops the temporary file and leaves the target as it was. */
    @Override
    public void close() {
        output.close();
    }
}
