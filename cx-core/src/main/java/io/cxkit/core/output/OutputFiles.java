package io.cxkit.core.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes output files whole or not at all: the content goes to a temporary file in the target's folder, which
 * is then moved over the target atomically (or, where the file system cannot, replaced in one move). A failure
 * part-way leaves any earlier file untouched and no temporary file behind.
 *
 * <p>An existing target is replaced only when the caller allows it (the CLI's {@code --force}); a target whose
 * folder does not exist is refused with a message naming the folder, rather than creating folders a typo named.
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
         * @param out a buffered UTF-8 writer on the temporary file; flushed and closed by {@link OutputFiles}
         * @throws IOException if writing fails
         */
        void writeTo(Writer out) throws IOException;
    }

    /**
     * Checks that {@code target} can be written: its folder exists and it is not an existing file unless
     * {@code replace}. Commands call it before long work, so a typo fails at once.
     *
     * @param target the file to write
     * @param replace whether an existing file may be replaced
     * @throws OutputFileException naming the path and the remedy
     */
    public static void check(Path target, boolean replace) {
        Path abs = target.toAbsolutePath();
        Path folder = abs.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new OutputFileException(target, "cannot write " + target + ": folder " + folder
                    + " does not exist", null);
        }
        if (Files.isDirectory(abs)) {
            throw new OutputFileException(target, "cannot write " + target + ": it is a folder", null);
        }
        if (!replace && Files.exists(abs)) {
            throw new OutputFileException(target, target + " exists; use --force to replace it", null);
        }
    }

    /**
     * Writes text (UTF-8) to {@code target} through a temporary file and an atomic move.
     *
     * @param target the file to write
     * @param replace whether an existing file may be replaced
     * @param content writes the content
     * @throws OutputFileException if the target cannot be written (see {@link #check}) or writing fails
     */
    public static void writeText(Path target, boolean replace, TextContent content) {
        write(target, replace, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
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
     * @throws OutputFileException if the target cannot be written (see {@link #check}) or writing fails
     */
    public static void write(Path target, boolean replace, ByteContent content) {
        check(target, replace);
        Path abs = target.toAbsolutePath();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName() + ".", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            // Checked again just before the move: another process may have created the file meanwhile.
            if (!replace && Files.exists(abs)) {
                throw new OutputFileException(target, target + " exists; use --force to replace it", null);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException | UncheckedIOException e) {
            throw new OutputFileException(target, "cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // The temporary file is hidden and named after the target; nothing more can be done here.
                }
            }
        }
    }
}
