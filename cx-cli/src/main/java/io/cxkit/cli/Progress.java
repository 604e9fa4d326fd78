package io.cxkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The progress line on standard error: shown only when standard error is a terminal (whatever standard output
 * is, so {@code cx report --format json > out.json} still shows it) and never with {@code --quiet}. A redirected
 * standard error (a log, a CI run) stays free of it.
 */
public final class Progress {
    private final PrintWriter err;
    private final long started = System.nanoTime();

    private Progress(PrintWriter err) {
        this.err = err;
    }

    /**
     * The progress writer for a command, or empty when progress must not be shown.
     *
     * @param err the command's standard error
     * @param quiet the command's {@code --quiet}
     * @return the progress line's writer
     */
    public static Optional<Progress> on(PrintWriter err, boolean quiet) {
        return !quiet && stderrIsTerminal() ? Optional.of(new Progress(err)) : Optional.empty();
    }

    /**
     * Whether the process's standard error is a terminal. On Linux file descriptor 2 is asked directly (a
     * terminal is a {@code /dev/pts/*} or {@code /dev/tty*} device); elsewhere, a console means a terminal.
     *
     * @return true if standard error is a terminal
     */
    public static boolean stderrIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.exists(fd, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return System.console() != null;
    }

    /**
     * The writer for {@link LoadedInput}'s per-file record counts.
     *
     * @return standard error
     */
    public PrintWriter writer() {
        return err;
    }

    /**
     * Shows the current phase after reading, with the time since the command started.
     *
     * @param phase what is being computed, e.g. {@code Journeys}
     */
    public void phase(String phase) {
        err.printf(Locale.ROOT, "\r\u001b[Kcx: %s (%.1f s)", phase, (System.nanoTime() - started) / 1e9);
        err.flush();
    }

    /** Clears the progress line. */
    public void done() {
        err.print("\r\u001b[K");
        err.flush();
    }
}
