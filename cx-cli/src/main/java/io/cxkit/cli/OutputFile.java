package io.cxkit.cli;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * Every file the {@code cx} command writes ({@code --out}, {@code --rejects}) goes through here, so that no
 * command can destroy data:
 * <ul>
 *   <li>an output that is one of the command's inputs (the same file, a symbolic or hard link to it, compared by
 *       real path and file key) is refused before anything is opened;</li>
 *   <li>the content is written to a temporary file in the target's directory and moved into place only by
 *       {@link #commit()}, atomically where the file system allows it; a command that fails or is killed before
 *       that leaves the previous file untouched and removes its temporary file.</li>
 * </ul>
 * A target that is a symbolic link is written through: the file it points to is replaced.
 */
public final class OutputFile implements Closeable {
    private final Path target;
    private final Path temporary;
    private final OutputStream stream;
    private boolean committed;

    private OutputFile(Path target, Path temporary, OutputStream stream) {
        this.target = target;
        this.temporary = temporary;
        this.stream = stream;
    }

    /**
     * Opens a temporary file beside {@code target}.
     *
     * @param option the option that named the target, for messages (e.g. {@code --out})
     * @param target the file to create or replace
     * @param inputs the files the command reads; the target must be none of them
     * @throws UsageException if the target is one of the inputs or is a directory
     * @throws InputException if the target's directory does not exist or is not writable
     */
    public static OutputFile create(String option, Path target, Collection<Path> inputs) {
        Objects.requireNonNull(target, "target");
        Path resolved = target.toAbsolutePath();
        try {
            if (Files.isSymbolicLink(resolved) && Files.exists(resolved)) {
                resolved = resolved.toRealPath();
            }
        } catch (IOException e) {
            throw new InputException(target + ": cannot resolve " + option + ": " + InputException.reason(e), e);
        }
        if (Files.isDirectory(resolved)) {
            throw new UsageException(option + " " + target + " is a directory; name a file");
        }
        for (Path in : inputs) {
            if (in != null && sameFile(resolved, in)) {
                throw new UsageException(option + " " + target + " is the input file " + in
                        + "; writing it would destroy the input: name another file");
            }
        }
        Path dir = resolved.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new InputException(target + ": cannot write " + option + ", directory " + dir + " does not exist");
        }
        try {
            Path tmp = Files.createTempFile(dir, "." + resolved.getFileName() + ".", ".tmp");
            return new OutputFile(resolved, tmp, new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16));
        } catch (IOException e) {
            throw new InputException(target + ": cannot write " + option + ": " + InputException.reason(e), e);
        }
    }

    /** True if the two paths name one existing file (by real path, or by file key for hard links). */
    static boolean sameFile(Path a, Path b) {
        if (!Files.exists(a) || !Files.exists(b)) {
            return false;
        }
        try {
            if (a.toRealPath().equals(b.toRealPath()) || Files.isSameFile(a, b)) {
                return true;
            }
            Object ka = Files.readAttributes(a, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
            Object kb = Files.readAttributes(b, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
            return ka != null && ka.equals(kb);
        } catch (IOException e) {
            return false;
        }
    }

    /** The stream to write the new content to; {@link #commit()} or {@link #close()} closes it. */
    public OutputStream stream() {
        return stream;
    }

    /** The file that {@link #commit()} replaces (the real file when the target named a symbolic link). */
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
