package io.cxkit.cli;

import io.cxkit.core.Interaction;
import io.cxkit.core.io.InteractionFormat;
import io.cxkit.core.io.InteractionReader;
import io.cxkit.core.io.ReadReport;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The progress line on standard error of a long command: while reading, the records read and the rate, and when
 * the input's size is known the share done and the time left; after reading, the phase being computed
 * ({@code computing breakdowns}, {@code fitting}, {@code writing}). The line is redrawn in place (carriage return
 * and erase-line) at most every {@value #REDRAW_MILLIS} ms and cleared when the command ends, so nothing of it
 * stays in a terminal's scrollback.
 *
 * <p><b>When it shows.</b> Only when standard error is a terminal, whatever standard output is: {@code cx metrics
 * --format json > out.json} still shows it, {@code cx metrics 2> log.txt} and a CI run stay free of it. Java cannot
 * ask {@code isatty(2)} directly, and {@link System#console()} answers for standard input and output, not error,
 * so the decision is, in order:
 * <ol>
 *   <li>{@code --quiet} (or {@code -q}) on any command: never; {@code --progress}: always;</li>
 *   <li>the environment variable {@value #ENV}: {@code never}, {@code always} or {@code auto};</li>
 *   <li>{@code auto}: on Linux, where the target of {@code /proc/self/fd/2} is a terminal device
 *       ({@code /dev/pts/*}, {@code /dev/tty*}); elsewhere, where {@link System#console()} exists (a terminal
 *       on both ends; a redirected standard output then hides progress too, which {@code --progress} overrides).</li>
 * </ol>
 * {@code auto} applies only to the process's own standard error ({@link Cx#main}); a command run inside a program
 * with its own error writer shows progress only when asked with {@code --progress}.
 *
 * <p>A command reaches the progress of its run with {@link #current()}; outside a run it is {@link #silent()}.
 * Every method is cheap when silent, and a {@link Reading} may be advanced from several threads.
 */
public final class Progress {
    /** The environment variable that sets the default: {@code auto}, {@code always} or {@code never}. */
    public static final String ENV = "CX_PROGRESS";
    /** The shortest time between two redraws. */
    static final long REDRAW_MILLIS = 250;
    /** Erases the current line: carriage return, then ANSI "erase in line". */
    private static final String CLEAR = "\r\u001b[K";

    private static final ThreadLocal<Progress> CURRENT = new ThreadLocal<>();
    private static final Progress SILENT = new Progress(null, System::nanoTime);

    /** When progress is shown. */
    public enum Mode {
        /** When standard error is a terminal (see the class comment). */
        AUTO,
        /** Always, even into a file or pipe. */
        ALWAYS,
        /** Never. */
        NEVER;

        /**
         * The mode a {@value #ENV} value names; {@link #AUTO} when absent or unknown.
         *
         * @param value the variable's value, or null
         * @return the mode
         */
        static Mode parse(String value) {
            if (value == null) {
                return AUTO;
            }
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "always", "on", "1", "true" -> ALWAYS;
                case "never", "off", "0", "false" -> NEVER;
                default -> AUTO;
            };
        }
    }

    private final PrintWriter terminal;
    private final LongSupplier nanos;
    private final long started;
    private volatile long lastDraw = Long.MIN_VALUE;
    private volatile boolean drawn;

    private Progress(PrintWriter terminal, LongSupplier nanos) {
        this.terminal = terminal;
        this.nanos = nanos;
        this.started = nanos.getAsLong();
    }

    /**
     * A progress line that is never shown.
     *
     * @return the silent progress
     */
    public static Progress silent() {
        return SILENT;
    }

    /**
     * A progress line drawn on {@code terminal} with a given clock (tests pass a fake one).
     *
     * @param terminal where the line is drawn
     * @param nanos a monotonic clock in nanoseconds, as {@link System#nanoTime()}
     * @return the progress
     */
    static Progress drawingOn(PrintWriter terminal, LongSupplier nanos) {
        return new Progress(terminal, nanos);
    }

    /**
     * The progress of the command running on this thread, or {@link #silent()}.
     *
     * @return the progress
     */
    public static Progress current() {
        Progress p = CURRENT.get();
        return p == null ? SILENT : p;
    }

    /**
     * Decides whether a run shows progress (see the class comment).
     *
     * @param quiet {@code --quiet} was given
     * @param forced {@code --progress} was given
     * @param env the environment
     * @param processStderr whether the command writes to the process's own standard error
     * @return the mode to apply: {@link Mode#ALWAYS} or {@link Mode#NEVER}
     */
    static Mode decide(boolean quiet, boolean forced, Map<String, String> env, boolean processStderr) {
        if (quiet) {
            return Mode.NEVER;
        }
        if (forced) {
            return Mode.ALWAYS;
        }
        return switch (Mode.parse(env.get(ENV))) {
            case ALWAYS -> Mode.ALWAYS;
            case NEVER -> Mode.NEVER;
            case AUTO -> processStderr && stderrIsTerminal() ? Mode.ALWAYS : Mode.NEVER;
        };
    }

    /**
     * Runs a command with its progress as {@link #current()}, and clears the line when it ends.
     *
     * @param progress the run's progress
     * @param run the command
     * @param <T> its result
     * @return the command's result
     * @throws Exception whatever the command throws
     */
    static <T> T during(Progress progress, java.util.concurrent.Callable<T> run) throws Exception {
        Progress before = CURRENT.get();
        CURRENT.set(progress);
        try {
            return run.call();
        } finally {
            progress.done();
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }

    /**
     * Whether the process's standard error is a terminal, as the class comment says.
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
     * Whether this progress draws anything.
     *
     * @return false when silent
     */
    public boolean isShown() {
        return terminal != null;
    }

    /**
     * Shows the phase after reading, e.g. {@code computing breakdowns}, with the time since the command started.
     *
     * @param phase what is being done
     */
    public void phase(String phase) {
        if (terminal != null) {
            draw(phaseLine(phase, seconds(nanos.getAsLong() - started)), true);
        }
    }

    /**
     * Starts a reading meter for one input.
     *
     * @param label the input's name, e.g. its path
     * @param total the input's size in {@code unit}s (bytes or records), or a value below 1 when unknown
     * @param estimated whether {@code total} is an estimate (the line then says {@code ~})
     * @return the meter
     */
    public Reading reading(String label, long total, boolean estimated) {
        return new Reading(label, total, estimated);
    }

    /**
     * Reads a file of interactions with {@code reader}, metering the records accepted and the bytes consumed
     * against the file's size (a {@code .gz} file: records and rate only).
     *
     * @param reader the reader
     * @param file the file
     * @param sink receives every accepted interaction
     * @return the read's report
     * @throws IOException as {@link InteractionReader#read(Path, Consumer)}
     */
    public ReadReport read(InteractionReader reader, Path file, Consumer<? super Interaction> sink)
            throws IOException {
        if (terminal == null) {
            return reader.read(file, sink);
        }
        InteractionFormat format = InteractionFormat.forPath(file);
        if (InteractionFormat.isGzip(file)) {
            // The library's own decompression (strict about trailing data); records and rate, no share.
            Reading meter = reading(file.toString(), 0, false);
            try {
                return reader.read(file, i -> {
                    sink.accept(i);
                    meter.record();
                });
            } finally {
                meter.finish();
            }
        }
        Reading meter = reading(file.toString(), Files.size(file), false);
        try (InputStream in = new CountingStream(Files.newInputStream(file), meter)) {
            return reader.read(file.toString(), in, format, i -> {
                sink.accept(i);
                meter.record();
            });
        } finally {
            meter.finish();
        }
    }

    /**
     * The records of a file estimated from the length of its first lines, for reads that cannot count bytes
     * (parallel reads of chunks): a quarter of a mebibyte is sampled.
     *
     * @param file the file
     * @return the estimated records (lines after the first), or 0 when unknown (compressed, unreadable, empty)
     */
    public static long estimatedRecords(Path file) {
        try {
            if (InteractionFormat.isGzip(file)) {
                return 0;
            }
            long size = Files.size(file);
            byte[] head = new byte[(int) Math.min(size, 1 << 18)];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, head.length);
            }
            long lines = 0;
            for (int k = 0; k < n; k++) {
                if (head[k] == '\n') {
                    lines++;
                }
            }
            if (lines == 0) {
                return 0;
            }
            return n == size ? Math.max(0, lines - 1) : Math.max(1, Math.round(size * (double) lines / n) - 1);
        } catch (IOException | IllegalArgumentException e) {
            return 0;
        }
    }

    /** Clears the line, if one is drawn. */
    public void done() {
        if (terminal != null && drawn) {
            synchronized (this) {
                terminal.print(CLEAR);
                terminal.flush();
                drawn = false;
            }
        }
    }

    private void draw(String line, boolean now) {
        long t = nanos.getAsLong();
        long last = lastDraw;
        if (!now && last != Long.MIN_VALUE && t - last < REDRAW_MILLIS * 1_000_000L) {
            return;
        }
        synchronized (this) {
            lastDraw = t;
            terminal.print(CLEAR + line);
            terminal.flush();
            drawn = true;
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /**
     * The reading line: {@code cx: FILE: 1,234,567 records, 412,000/s, 45%, 0:12 left}. The share and the time
     * left appear only when {@code fraction} is known (finite, is known (finite and positive; above 1, as an estimated total may be passed, it reads 100%); the time left is the elapsed time times
     * {@code (1 − fraction) / fraction}, which assumes the rate so far holds.
     *
     * @param label the input
     * @param records records so far
     * @param seconds time since the read started
     * @param fraction the share done, or NaN when unknown
     * @param estimated whether the share is an estimate (shown as {@code ~45%})
     * @return the line, without line break
     */
    static String readingLine(String label, long records, double seconds, double fraction, boolean estimated) {
        StringBuilder sb = new StringBuilder("cx: ").append(label).append(": ")
                .append(String.format(Locale.ROOT, "%,d records", records));
        if (seconds > 0 && records > 0) {
            sb.append(", ").append(rate(records / seconds)).append("/s");
        }
        if (fraction > 0 && Double.isFinite(fraction)) {
            double f = Math.min(fraction, 1);
            sb.append(", ").append(estimated ? "~" : "").append(String.format(Locale.ROOT, "%.0f%%", 100 * f));
            if (f < 1 && seconds > 0) {
                sb.append(", ").append(duration(seconds * (1 - f) / f)).append(" left");
            }
        }
        return sb.toString();
    }

    /**
     * The phase line: {@code cx: computing breakdowns (12.3 s)}.
     *
     * @param phase what is being done
     * @param seconds time since the command started
     * @return the line, without line break
     */
    static String phaseLine(String phase, double seconds) {
        return String.format(Locale.ROOT, "cx: %s (%s)", phase, duration(seconds));
    }

    /**
     * A rate for people: {@code 950}, {@code 12,400}, {@code 1.25M}.
     *
     * @param perSecond the rate
     * @return its text
     */
    static String rate(double perSecond) {
        if (perSecond >= 1e6) {
            return String.format(Locale.ROOT, "%.2fM", perSecond / 1e6);
        }
        return String.format(Locale.ROOT, "%,.0f", perSecond);
    }

    /**
     * A duration for people: {@code 4.2 s} under a minute, {@code 3:07} under an hour, {@code 1:02:03} beyond.
     *
     * @param seconds the duration
     * @return its text
     */
    static String duration(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) {
            return "?";
        }
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        long s = Math.round(seconds);
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }

    /**
     * The meter of one read: advanced per record (and per byte when bytes are counted), from any thread.
     */
    public final class Reading {
        /** Records between two looks at the clock: keeps the per-record cost to an increment. */
        private static final int CHECK_EVERY = 4096;

        private final String label;
        private final long total;
        private final boolean estimated;
        private final long start = nanos.getAsLong();
        private final AtomicLong records = new AtomicLong();
        private final AtomicLong bytes = new AtomicLong();

        private Reading(String label, long total, boolean estimated) {
            this.label = label;
            this.total = total;
            this.estimated = estimated;
        }

        /** Counts one record, and redraws now and then. */
        public void record() {
            if (terminal == null) {
                return; // silent: not even a shared counter on the reading threads' hot path
            }
            long n = records.incrementAndGet();
            if (n % CHECK_EVERY == 0) {
                draw(line(), false);
            }
        }

        /**
         * Counts bytes consumed (for a read measured in bytes).
         *
         * @param n bytes
         */
        void bytes(long n) {
            bytes.addAndGet(n);
        }

        /** Ends the read: clears the line, so that the read's report prints on a clean line. */
        public void finish() {
            done();
        }

        /**
         * The line as drawn now.
         *
         * @return the reading line
         */
        String line() {
            long r = records.get();
            long b = bytes.get();
            double fraction = total < 1 ? Double.NaN : (b > 0 ? (double) b : (double) r) / total;
            return readingLine(label, r, seconds(nanos.getAsLong() - start), fraction, estimated);
        }
    }

    /** Counts the bytes read through it into a meter. */
    private static final class CountingStream extends FilterInputStream {
        private final Reading meter;

        CountingStream(InputStream in, Reading meter) {
            super(in);
            this.meter = meter;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                meter.bytes(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                meter.bytes(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            meter.bytes(s);
            return s;
        }
    }

    /**
     * A command's error or output writer as the command should use it while progress may be drawn: every write
     * first clears the progress line, so a warning or the result never lands after it on the same line of a
     * terminal.
     *
     * @param err the writer to guard
     * @return {@code err} itself when silent, else a writer that clears the line before writing to {@code err}
     */
    PrintWriter guarding(PrintWriter err) {
        if (terminal == null) {
            return err;
        }
        return new PrintWriter(new java.io.Writer() {
            @Override
            public void write(char[] c, int off, int len) {
                done();
                err.write(c, off, len);
            }

            @Override
            public void flush() {
                err.flush();
            }

            @Override
            public void close() {
                err.flush();
            }
        }, true);
    }
}
