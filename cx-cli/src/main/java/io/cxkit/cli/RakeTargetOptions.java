package io.cxkit.cli;

import io.cxkit.core.io.SourceMapping;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * How {@code cx metrics --rake TARGETS} reads its targets table, when it is not written as
 * {@code dimension,category,target}: the table options of {@link SourceOptions} under the prefix {@code --rake-},
 * since the unprefixed ones describe the interaction input. The fields are {@code dimension}, {@code category}
 * and {@code target}; the targets have no timestamps, so there is no --rake-timestamp-format or --rake-zone.
 */
public final class RakeTargetOptions {
    @Option(names = "--rake-map", paramLabel = "FIELD=COLUMN",
            description = "Read the targets' FIELD (dimension, category, target) from COLUMN (repeatable).")
    Map<String, String> map = new LinkedHashMap<>();

    @Option(names = "--rake-const", paramLabel = "FIELD=VALUE",
            description = "Give the targets' FIELD the value VALUE on every row, e.g. --rake-const dimension=channel "
                    + "for a table of one dimension.")
    Map<String, String> constants = new LinkedHashMap<>();

    @Option(names = "--rake-alias", paramLabel = "FIELD:FROM=TO",
            description = "Replace the value FROM of the targets' FIELD by TO, ignoring case (repeatable), e.g. "
                    + "--rake-alias \"category:Social media=social\".")
    List<String> aliases = new ArrayList<>();

    @Option(names = "--rake-delimiter", paramLabel = "auto|,|;|tab|'|'",
            description = "Column delimiter of the targets (default: detected).")
    String delimiter;

    @Option(names = "--rake-decimal-comma", description = "The targets' decimals are written with a comma (0,25).")
    boolean decimalComma;

    @Option(names = "--rake-mapping", paramLabel = "FILE.json",
            description = "A mapping file for the targets ({\"fields\": {...}, \"delimiter\": ..., "
                    + "\"decimal_comma\": ...}); the --rake- options override it.")
    Path mappingFile;

    /**
     * The targets' mapping: the --rake-mapping file's, with the --rake- options laid over it.
     *
     * @return the mapping
     * @throws UsageException if an option is not valid
     * @throws InputException if the mapping file cannot be read or is not valid
     */
    public SourceMapping mapping() {
        return SourceOptions.overlay(SourceOptions.mappingFile("--rake-mapping", mappingFile), "--rake-", map,
                constants, aliases, null, Optional.empty(), delimiter, decimalComma, false);
    }
}
