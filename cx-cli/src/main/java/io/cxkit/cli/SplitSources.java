package io.cxkit.cli;

import io.cxkit.core.Interaction;
import io.cxkit.core.io.SourceExports;
import io.cxkit.core.sample.SampleGenerator;
import io.cxkit.core.sample.SampleSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code cx generate --split-sources DIR}: the sample as three exports and the mapping that reads them back. */
final class SplitSources {
    private SplitSources() {
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
        if (json) {
            List<Object> list = new ArrayList<>();
            for (int k = 0; k < files.size(); k++) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("file", files.get(k).toString());
                f.put("rows", rows[k]);
                list.add(f);
            }
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("files", list);
            summary.put("mapping", dir.resolve(SourceExports.MAPPING_FILE).toString());
            Output.json(pw, summary);
        } else {
            for (int k = 0; k < files.size(); k++) {
                pw.printf(Locale.ROOT, "Wrote %,d rows to %s%n", rows[k], files.get(k));
            }
            pw.printf(Locale.ROOT, "Read them back as one with: cx report --mapping %s%n",
                    dir.resolve(SourceExports.MAPPING_FILE));
            pw.flush();
        }
        return 0;
    }
}
