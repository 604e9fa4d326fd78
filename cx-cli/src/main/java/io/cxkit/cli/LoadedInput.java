package io.cxkit.cli;

import io.cxkit.core.Interaction;
import io.cxkit.core.io.InteractionReader;
import io.cxkit.core.io.ReadPolicy;
import io.cxkit.core.io.ReadReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The interactions a command works on, read from its {@code --input} files (or the {@link EmbeddedSample} when
 * there are none), together with one read report per source. Records that fail to parse are skipped and
 * counted in the reports, never lost silently.
 *
 * @param interactions every accepted interaction, sources in the order given, each in file order
 * @param reports one read report per source, in the order given
 */
public record LoadedInput(List<Interaction> interactions, List<ReadReport> reports) {
    /** Copies the lists. */
    public LoadedInput {
        interactions = List.copyOf(interactions);
        reports = List.copyOf(reports);
    }

    /**
     * Reads the files with {@link ReadPolicy#SKIP_AND_REPORT}, or the embedded sample if {@code files} is empty.
     *
     * @throws InputException naming the file if one is missing, is not a regular file, has no known extension
     *         or cannot be read
     */
    public static LoadedInput read(List<Path> files) {
        InteractionReader reader = InteractionReader.builder().policy(ReadPolicy.SKIP_AND_REPORT).build();
        List<Interaction> all = new ArrayList<>();
        List<ReadReport> reports = new ArrayList<>();
        if (files.isEmpty()) {
            reports.add(EmbeddedSample.read(reader, all::add));
            return new LoadedInput(all, reports);
        }
        for (Path f : files) {
            if (!Files.exists(f)) {
                throw new InputException(f + ": no such file");
            }
            if (!Files.isRegularFile(f)) {
                throw new InputException(f + ": not a regular file");
            }
            try {
                reports.add(reader.read(f, all::add));
            } catch (IllegalArgumentException e) {
                throw new InputException(e.getMessage(), e);
            } catch (NoSuchFileException e) {
                throw new InputException(f + ": no such file", e);
            } catch (IOException e) {
                throw new InputException(f + ": cannot be read: " + e.getMessage(), e);
            }
        }
        return new LoadedInput(all, reports);
    }
}
