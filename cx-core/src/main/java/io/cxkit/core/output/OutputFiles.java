package io.cxkit.core.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes whole output files in one call, through {@link AtomicOutput}: a temporary file in the target's folder
 * and an atomic move, so a reader never sees half a file and a failure leaves any earlier file untouched. An
 * existing target is replaced only when the caller allows it (the CLI's {@code --force}); a missing folder is
 * named rather than created.
 */
public final class OutputFiles {
    private OutputFiles() {
    }

    /** Writes a file's content as bytes. */
    @FunctionalInterface
    public interface ByteContent {
        /**
         * Writes the content.
         *
         * @param out the temporary file's stream; closed by {@link OutputFiles}
         * @throws IOException if writing fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes a file's content as text. */
    @FunctionalInterface
    public interface TextContent {
        /**
         * Writes the content.
         *
         * @param out a UTF-8 writer on the temporary file; flushed and closed by {@link OutputFiles}
         * @throws IOException if writing fails
         */
        void writeTo(Writer out) throws IOException;
    }

    /**
     * Checks that {@code target} could be written now, without writing it; commands call it before long work
     * so that a typo fails at once.
     *
     * @param target the file to write
     * @param replace whether an existing file may be replaced
     * @param inputs the caller's inputs, which the target must not be
     * @throws OutputFileException naming the path and the rule that refuses it
     */
    public static void check(Path target, boolean replace, List<Path> inputs) {
        AtomicOutput.open(target, replace, inputs).close();
    }

    /**
     * Writes text (UTF-8) to {@code target} through a temporary file and an atomic move.
     *
     * @param target the file to write
     * @param replace whether an existing file may be replaced
     * @param content writes the content
     * @throws OutputFileException if the target cannot be written or writing fails
     */
    public static void writeText(Path target, boolean replace, TextContent content) {
        write(target, replace, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            content.writeTo(w);
            w.flush();
        });
    }

    /**
     * Writes bytes to {@code target} through a temporary file and an atomic move.
     *
     * @param target the file to write
     * @param replace whether an existing file may be replaced
     * @param content writes the content
     * @throws OutputFileException if the target cannot be written or writing fails
     */
    public static void write(Path target, boolean replace, ByteContent content) {
        try (AtomicOutput out = AtomicOutput.open(target, replace, List.of())) {
            content.writeTo(out.stream());
            out.commit();
        } catch (IOException | UncheckedIOException e) {
            throw new OutputFileException(target, OutputFileException.Reason.IO, "cannot write " + target + ": "
                    + e.getMessage(), e);
        }
    }
}
