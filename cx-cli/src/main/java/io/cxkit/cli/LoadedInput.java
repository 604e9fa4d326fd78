package io.cxkit.cli;

import io.cxkit.core.Interaction;
import io.cxkit.core.io.InteractionReader;
import io.cxkit.core.io.ReadPolicy;
import io.cxkit.core.io.ReadReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The interactions a command works on, read from its {@code --input} files (or the {@link EmbeddedSample} when
 * there are none), together with one read report per source. Records that fail to parse are skipped and
 * counted in the reports, never lost silently.
 *
 * @param interactions every accepted interaction, sources in the order given, each in file order
 * @param reports one read report per source, in the order given
 */
public record LoadedInput(List<Interaction> interactions, List<ReadReport> reports) {
    /**
     * Copies the lists.
     *
     * @param interactions every accepted interaction, sources in the order given, each in file order
     * @param reports one read report per source, in the order given
     */
    public LoadedInput {
        interactions = List.copyOf(interactions);
        reports = List.copyOf(reports);
    }

    /**
     * Reads the files with {@link ReadPolicy#SKIP_AND_REPORT}, or the embedded sample if {@code files} is empty.
     *
     * @param files the input files; empty for the embedded sample
     * @return the interactions and the read report of each file
     * @throws InputException naming the file if one is missing, is not a regular file, has no known extension
     *         or cannot be read
     */
    public static LoadedInput read(List<Path> files) {
        return read(files, Optional.empty());
    }

    /**
     * As {@link #read(List)}, showing the reading line of {@link Progress} on {@code progress} when given, and
     * otherwise on the run's {@link Progress#current() progress} (shown only when standard error is a terminal).
     *
     * @param files the input files; empty for the embedded sample
     * @param progress where to show progress, if anywhere
     * @return as {@link #read(List)}; the progress line is redrawn now and then while records are read and at the
     *         end of each file
     * @throws InputException as {@link #read(List)}
     */
    public static LoadedInput read(List<Path> files, Optional<PrintWriter> progress) {
        return read(files, SourceOptions.none(), progress);
    }

    /**
     * As {@link #read(List, Optional)}, with the command's {@link SourceOptions}: their mapping and dialect for
     * every file, or, if {@code --mapping} lists several sources, those sources instead of {@code files}.
     *
     * @param files the input files; empty for the embedded sample
     * @param options the metric's options
     * @param progress where to show progress, if anywhere
     * @return as {@link #read(List, Optional)}, with the command's {@link SourceOptions}: their mapping and dialect for
     *         every file, or, if {@code --mapping} lists several sources, those sources instead of {@code files}
     * @throws InputException as {@link #read(List)}, or if a header does not fit the mapping
     * @throws UsageException if an option is not valid, or files are given with a multi-source mapping
     */
    public static LoadedInput read(List<Path> files, SourceOptions options, Optional<PrintWriter> progress) {
        List<Interaction> all = new ArrayList<>();
        List<ReadReport> reports = new ArrayList<>();
        Progress meter = progress.map(w -> Progress.drawingOn(w, System::nanoTime)).orElse(Progress.current());
        Optional<io.cxkit.core.io.SourceSet> several = options.sources();
        List<Path> paths = new ArrayList<>(files);
        List<InteractionReader> readers = new ArrayList<>();
        if (several.isPresent()) {
            if (!files.isEmpty()) {
                throw new UsageException("--input and a --mapping file listing several sources exclude each other");
            }
            for (io.cxkit.core.io.SourceSet.Source s : several.get().sources()) {
                paths.add(s.file());
                readers.add(options.reader(ReadPolicy.SKIP_AND_REPORT).mapping(s.mapping()).build());
            }
        } else {
            InteractionReader reader = options.reader(ReadPolicy.SKIP_AND_REPORT).build();
            if (files.isEmpty()) {
                reports.add(EmbeddedSample.read(reader, all::add));
                return new LoadedInput(all, reports);
            }
            for (int i = 0; i < files.size(); i++) {
                readers.add(reader);
            }
        }
        for (int k = 0; k < paths.size(); k++) {
            Path f = paths.get(k);
            InteractionReader reader = readers.get(k);
            if (!Files.exists(f)) {
                throw new InputException(f + ": no such file");
            }
            if (!Files.isRegularFile(f)) {
                throw new InputException(f + ": not a regular file");
            }
            try {
                reports.add(meter.read(reader, f, all::add));
            } catch (IllegalArgumentException e) {
                throw new InputException(e.getMessage(), e);
            } catch (NoSuchFileException e) {
                throw new InputException(f + ": no such file", e);
            } catch (io.cxkit.core.io.ReadFailedException e) {
                throw new InputException(e.getMessage(), e);
            } catch (IOException e) {
                throw new InputException(f + ": cannot be read: " + InputException.reason(e), e);
            }
        }
        return new LoadedInput(all, reports);
    }
}
