package io.cxkit.cli;

import io.cxkit.core.Interaction;
import io.cxkit.core.io.SourceExports;
import io.cxkit.core.sample.SampleGenerator;
import io.cxkit.core.sample.SampleSchema;
import io.cxkit.core.output.JsonOutput;
import io.cxkit.core.output.Schema;
import io.cxkit.core.output.TextOutput;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code cx generate --split-sources DIR}: the sample as three exports and the mapping that reads them back. */
final class SplitSources {
    private SplitSources() {
    }

    /**
     * One export written.
     *
     * @param file the file
     * @param rows the rows written to it
     */
    record Export(String file, long rows) {
    }

    /**
     * What {@code --split-sources} wrote.
     *
     * @param files the exports
     * @param mapping the mapping file that reads them back as one
     */
    record Exports(List<Export> files, String mapping) {
    }

    /**
     * Writes the exports and prints what was written.
     *
     * @throws InputException if a file cannot be written
     */
    static int write(GenerateCommand command, Path dir, boolean json) {
        SampleGenerator generator = command.generator();
        SourceExports exports;
        try {
            exports = SourceExports.open(dir, SampleSchema.INTERACTION_ATTRIBUTES, SampleSchema.IDENTIFIER_TYPES);
            try (SourceExports e = exports) {
                generator.generate((Interaction i) -> {
                    try {
                        e.write(i);
                    } catch (IOException x) {
                        throw new UncheckedIOException(x);
                    }
                });
            }
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(dir + ": cannot write: " + InputException.reason(e), e);
        }
        List<Path> files = exports.files();
        long[] rows = exports.written();
        PrintWriter pw = command.spec.commandLine().getOut();
        List<Export> written = new ArrayList<>();
        for (int k = 0; k < files.size(); k++) {
            written.add(new Export(files.get(k).toString(), rows[k]));
        }
        Exports summary = new Exports(written, dir.resolve(SourceExports.MAPPING_FILE).toString());
        if (json) {
            JsonOutput.write(summary, Schema.of(Exports.class), pw);
        } else {
            TextOutput.write(summary, Schema.of(Exports.class), pw);
            pw.printf(Locale.ROOT, "Read them back as one with: cx report --mapping %s%n", summary.mapping());
            pw.flush();
        }
        return 0;
    }
}
