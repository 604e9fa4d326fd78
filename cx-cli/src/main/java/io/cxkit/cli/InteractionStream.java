package io.cxkit.cli;

import io.cxkit.core.Interaction;
import io.cxkit.core.io.InteractionReader;
import io.cxkit.core.io.ReadPolicy;
import io.cxkit.core.io.ReadReport;
import io.cxkit.core.io.Rejection;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Streams the interactions of {@code --input} (or of the embedded sample when there is none) into a consumer
 * without holding them in memory, which is what metric breakdowns need. Rejected records are skipped and
 * summarised on stderr; a record a metric refuses fails the command with exit 2, naming the file and the
 * interaction.
 */
final class InteractionStream {
    private InteractionStream() {
    }

    /**
     * Reads the input into {@code sink}.
     *
     * @throws InputException if the file is missing or unreadable, or {@code sink} rejects an interaction
     */
    static void read(Optional<Path> input, Consumer<Interaction> sink, PrintWriter err) {
        read(input, SourceOptions.none(), sink, err);
    }

    /**
     * Reads the input, or every source of a multi-source {@code --mapping}, into {@code sink}, with the
     * command's {@link SourceOptions}.
     *
     * @throws InputException if a file is missing or unreadable, its header does not fit the mapping, or
     *         {@code sink} rejects an interaction
     * @throws UsageException if an option is not valid, or {@code --input} is given with a multi-source mapping
     */
    static void read(Optional<Path> input, SourceOptions options, Consumer<Interaction> sink, PrintWriter err) {
        Optional<io.cxkit.core.io.SourceSet> several = options.sources();
        if (several.isPresent()) {
            if (input.isPresent()) {
                throw new UsageException("--input and a --mapping file listing several sources exclude each other");
            }
            for (io.cxkit.core.io.SourceSet.Source s : several.get().sources()) {
                readOne(Optional.of(s.file()), options.reader(ReadPolicy.SKIP_AND_REPORT).mapping(s.mapping())
                        .build(), sink, err);
            }
            return;
        }
        readOne(input, options.reader(ReadPolicy.SKIP_AND_REPORT).build(), sink, err);
    }

    private static void readOne(Optional<Path> input, InteractionReader reader, Consumer<Interaction> sink,
            PrintWriter err) {
        String source = input.map(Path::toString).orElse("embedded sample");
        Consumer<Interaction> guarded = i -> {
            try {
                sink.accept(i);
            } catch (IllegalArgumentException e) {
                throw new InputException(source + ": interaction " + i.id() + ": " + InputException.reason(e), e);
            }
        };
        if (input.isEmpty()) {
            EmbeddedSample.read(reader, guarded);
            return;
        }
        Path f = input.get();
        Progress progress = Progress.current();
        ReadReport report = guardedRead(f, () -> progress.read(reader, f, guarded));
        progress.done();
        summarise(f, report, err);
    }

    /**
     * Reads the input with every processor into one state per chunk and merges them in file order, for
     * mergeable consumers (a breakdown of accumulators): the result is that of {@link #read}, sooner. The
     * embedded sample and each source of a multi-source mapping are read likewise, in order.
     *
     * @throws InputException as {@link #read(Optional, SourceOptions, Consumer, PrintWriter)}
     * @throws UsageException as {@link #read(Optional, SourceOptions, Consumer, PrintWriter)}
     */
    static <S> S readMerged(Optional<Path> input, SourceOptions options, java.util.function.Supplier<S> newState,
            java.util.function.BiConsumer<S, Interaction> add, java.util.function.BinaryOperator<S> merge,
            PrintWriter err) {
        Optional<io.cxkit.core.io.SourceSet> several = options.sources();
        if (several.isPresent() || input.isEmpty()) {
            S state = newState.get();
            read(input, options, i -> add.accept(state, i), err);
            return state;
        }
        Path f = input.get();
        InteractionReader reader = options.reader(ReadPolicy.SKIP_AND_REPORT).build();
        Progress progress = Progress.current();
        // Chunks are read in parallel, so bytes consumed are not known: the share is of the estimated records.
        Progress.Reading meter = progress.reading(f.toString(),
                progress.isShown() ? Progress.estimatedRecords(f) : 0, true);
        java.util.function.BiConsumer<S, Interaction> guarded = (state, i) -> {
            try {
                add.accept(state, i);
            } catch (IllegalArgumentException e) {
                throw new InputException(f + ": interaction " + i.id() + ": " + InputException.reason(e), e);
            }
            meter.record();
        };
        int threads = Runtime.getRuntime().availableProcessors();
        io.cxkit.core.io.TabularSource.ChunkedRead<S> read = guardedRead(f,
                () -> reader.readInParallel(f, threads, newState, guarded));
        meter.finish();
        progress.done();
        summarise(f, read.report(), err);
        S result = null;
        for (S s : read.states()) {
            result = result == null ? s : merge.apply(result, s);
        }
        return result == null ? newState.get() : result;
    }

    /** A read of {@code f} whose failures become {@link InputException}s naming the file. */
    static <T> T guarded(Path f, IoCall<T> call) {
        return guardedRead(f, call);
    }

    private static <T> T guardedRead(Path f, IoCall<T> call) {
        if (!Files.isRegularFile(f)) {
            throw new InputException(f + ": no such file");
        }
        try {
            return call.run();
        } catch (NoSuchFileException e) {
            throw new InputException(f + ": no such file", e);
        } catch (io.cxkit.core.io.ReadFailedException e) {
            throw new InputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new InputException(f + ": cannot be read: " + InputException.reason(e), e);
        } catch (IllegalArgumentException e) {
            throw new InputException(f + ": " + InputException.reason(e), e);
        }
    }

    /** A read that may fail with an I/O error. */
    @FunctionalInterface
    interface IoCall<T> {
        T run() throws IOException;
    }

    /** The read's notes and, if any record was skipped, how many and the first few, on stderr. */
    static void summarise(Path f, ReadReport report, PrintWriter err) {
        for (String note : report.notes()) {
            err.println("cx: " + f + ": " + note);
        }
        if (report.rejected() > 0) {
            err.println("cx: " + f + ": skipped " + report.rejected() + " of " + report.read()
                    + " records that could not be read");
            for (Rejection r : report.firstRejections().subList(0, Math.min(5, report.firstRejections().size()))) {
                err.println("cx:   line " + r.line() + ", field " + r.field() + ": " + r.reason());
            }
        }
        err.flush();
    }
}
