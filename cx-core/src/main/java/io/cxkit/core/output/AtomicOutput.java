package io.cxkit.core.output;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * One output file written whole or not at all, so that no writer can destroy data:
 * <ul>
 *   <li>a target that is one of the caller's inputs (the same file, or a symbolic or hard link to it, compared by
 *       real path and file key) is refused before anything is opened;</li>
 *   <li>an existing target is refused unless replacing was allowed; a missing folder is named, never created;</li>
 *   <li>the content goes to a temporary file in the target's folder and is moved into place only by
 *       {@link #commit()}, atomically where the file system allows it; closing without a commit leaves the
 *       previous file untouched and removes the temporary file.</li>
 * </ul>
 * A target that is a symbolic link is written through: the file it points to is replaced.
 */
public final class AtomicOutput implements Closeable {
    private final Path target;
    private final Path temporary;
    private final OutputStream stream;
    private boolean committed;

    private AtomicOutput(Path target, Path temporary, OutputStream stream) {
        this.target = target;
        this.temporary = temporary;
        this.stream = stream;
    }

    /**
     * Opens a temporary file beside {@code target}.
     *
     * @param target the file to create or replace
     * @param replace whether an existing target may be replaced
     * @param inputs the files the caller reads; the target must be none of them
     * @return the open output; commit it when the content is complete
     * @throws OutputFileException naming the target and the rule that refused it
     */
    public static AtomicOutput open(Path target, boolean replace, Collection<Path> inputs) {
        Objects.requireNonNull(target, "target");
        Path resolved = target.toAbsolutePath();
        try {
            if (Files.isSymbolicLink(resolved) && Files.exists(resolved)) {
                resolved = resolved.toRealPath();
            }
        } catch (IOException e) {
            throw new OutputFileException(target, OutputFileException.Reason.IO, "cannot resolve " + target + ": "
                    + e.getMessage(), e);
        }
        if (Files.isDirectory(resolved)) {
            throw new OutputFileException(target, OutputFileException.Reason.IS_FOLDER, target
                    + " is a folder; name a file", null);
        }
        for (Path in : inputs) {
            if (in != null && sameFile(resolved, in)) {
                throw new OutputFileException(target, OutputFileException.Reason.SAME_AS_INPUT, target
                        + " is the input file " + in + "; writing it would destroy the input: name another file",
                        null);
            }
        }
        Path folder = resolved.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new OutputFileException(target, OutputFileException.Reason.FOLDER_MISSING, "cannot write " + target
                    + ": folder " + folder + " does not exist", null);
        }
        if (!replace && Files.exists(resolved)) {
            throw new OutputFileException(target, OutputFileException.Reason.EXISTS, target
                    + " exists; use --force to replace it", null);
        }
        try {
            Path tmp = Files.createTempFile(folder, "." + resolved.getFileName() + ".", ".tmp");
            return new AtomicOutput(resolved, tmp, new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16));
        } catch (IOException e) {
            throw new OutputFileException(target, OutputFileException.Reason.IO, "cannot write " + target + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Whether two paths name one existing file (by real path, or by file key for hard links).
     *
     * @param a a path
     * @param b another path
     * @return true if both exist and are the same file
     */
    public static boolean sameFile(Path a, Path b) {
        if (!Files.exists(a) || !Files.exists(b)) {
            return false;
        }
        try {
            if (a.toRealPath().equals(b.toRealPath()) || Files.isSameFile(a, b)) {
                return true;
            }
            Object ka = Files.readAttributes(a, BasicFileAttributes.class).fileKey();
            Object kb = Files.readAttributes(b, BasicFileAttributes.class).fileKey();
            return ka != null && ka.equals(kb);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The stream to write the new content to; {@link #commit()} or {@link #close()} closes it.
     *
     * @return the temporary file's buffered stream
     */
    public OutputStream stream() {
        return stream;
    }

    /**
     * The file that {@link #commit()} replaces (the real file when the target named a symbolic link).
     *
     * @return the target
     */
    public Path target() {
        return target;
    }

    /**
     * Closes the stream and moves the temporary file onto the target, atomically where the file system supports
     * it.
     *
     * @throws IOException if closing or moving fails; the target is then unchanged
     */
    public void commit() throws IOException {
        stream.close();
        keepPermissions();
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    /**
     * A temporary file is created readable by its owner only; the file that replaces the target gets the
     * target's permissions, or, for a new file, those of a file created the ordinary way (rw-r--r--).
     */
    private void keepPermissions() throws IOException {
        if (!Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target) : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temporary, permissions);
    }

    /** Without a {@link #commit()}, drops the temporary file and leaves the target as it was. */
    @Override
    public void close() {
        if (committed) {
            return;
        }
        try {
            stream.close();
        } catch (IOException ignored) {
            // The content is being discarded; a failing close changes nothing.
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // Best effort: a left-over hidden .tmp file is harmless and named after the target.
        }
    }
}
