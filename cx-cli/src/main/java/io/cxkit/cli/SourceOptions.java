package io.cxkit.cli;

import io.cxkit.core.io.Dialect;
import io.cxkit.core.io.InteractionReader;
import io.cxkit.core.io.ReadPolicy;
import io.cxkit.core.io.SourceMapping;
import io.cxkit.core.io.SourceSet;
import io.cxkit.core.io.TimestampFormat;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * How a command reads its tables: the options every command that reads a file shares, declared once as a
 * picocli mixin. They build the library's {@link SourceMapping} (columns, constants, value aliases, timestamp
 * format and zone) and {@link Dialect} (delimiter, decimal comma), laid over a {@code --mapping} file if one
 * is given; a mapping file that lists several {@code sources} replaces {@code --input}.
 */
public final class SourceOptions {
    @Option(names = "--map", paramLabel = "FIELD=COLUMN",
            description = "Read FIELD from the column COLUMN (repeatable), e.g. --map customer_id=\"Customer Email\". "
                    + "Headers match exactly, then ignoring case, spaces and punctuation.")
    Map<String, String> map = new LinkedHashMap<>();

    @Option(names = "--const", paramLabel = "FIELD=VALUE",
            description = "Give FIELD the value VALUE on every row (repeatable), e.g. --const touchpoint=support_ticket.")
    Map<String, String> constants = new LinkedHashMap<>();

    @Option(names = "--alias", paramLabel = "FIELD:FROM=TO",
            description = "Replace the value FROM of FIELD by TO, ignoring case (repeatable), e.g. "
                    + "--alias \"channel:Social media=social\".")
    List<String> aliases = new ArrayList<>();

    @Option(names = "--timestamp-format", paramLabel = "FORMAT",
            description = "How timestamps are written: auto (ISO-8601, or epoch s/ms/us by magnitude; the default), "
                    + "iso, epoch-s, epoch-ms, epoch-us, or a java.time pattern such as 'dd-MM-yyyy HH:mm'.")
    String timestampFormat;

    @Option(names = "--zone", paramLabel = "ZONE",
            description = "Time zone of local timestamps (without an offset) in the input, e.g. Europe/Paris; "
                    + "commands that cut days, weeks and months cut them in it too (default UTC).")
    String zone;

    @Option(names = "--delimiter", paramLabel = "auto|,|;|tab|'|'",
            description = "Column delimiter of CSV input (default: detected from the header and first rows).")
    String delimiter;

    @Option(names = "--decimal-comma",
            description = "Decimals are written with a comma (3,5), as in ';'-separated European exports.")
    boolean decimalComma;

    @Option(names = "--keep-columns",
            description = "Keep columns no field is mapped from as attributes attr.<normalised name>.")
    boolean keepColumns;

    @Option(names = "--no-header",
            description = "The file has no header row (as GoEmotions' TSV): its columns are named by position, "
                    + "1, 2, ..., e.g. --map comment=1.")
    boolean noHeader;

    @Option(names = "--mapping", paramLabel = "FILE.json",
            description = "A mapping file: {\"fields\": {...}, \"zone\": ..., \"timestamp_format\": ..., "
                    + "\"delimiter\": ...}, or {\"sources\": [{\"file\": ..., \"fields\": ...}, ...]} to read several "
                    + "files as one. Options given beside it override it. See docs/io.md.")
    Path mappingFile;

    private SourceSet.MappingFile loaded;

    /**
     * The --delimiter as given, if given (for readers not yet on the tabular source).
     *
     * @return the --delimiter as given, if given (for readers not yet on the tabular source)
     */
    public Optional<String> delimiterText() {
        return Optional.ofNullable(delimiter);
    }

    /**
     * The --zone as given, if given.
     *
     * @return the --zone as given, if given
     */
    public Optional<String> zoneText() {
        return Optional.ofNullable(zone);
    }

    /**
     * The --timestamp-format as given, if given.
     *
     * @return the --timestamp-format as given, if given
     */
    public Optional<String> timestampFormatText() {
        return Optional.ofNullable(timestampFormat);
    }

    /** Options with nothing set: each reader's default columns, dialect detection, no zone. */
    static SourceOptions none() {
        return new SourceOptions();
    }

    /**
     * The zone of local timestamps, if given.
     *
     * @return the zone of local timestamps, if given
     * @throws UsageException if it is not a known zone
     */
    public Optional<ZoneId> zone() {
        if (zone == null) {
            return Optional.empty();
        }
        return Optional.of(MetricSelection.zone(zone));
    }

    /**
     * The sources of a {@code --mapping} file that lists several, with the options given beside it laid over
     * each one's mapping; empty if there is no such file.
     *
     * @return the sources of a {@code --mapping} file that lists several, with the options given beside it laid over
     *         each one's mapping; empty if there is no such file
     * @throws UsageException if the mapping file or an option is not valid
     */
    public Optional<SourceSet> sources() {
        SourceSet.MappingFile f = loaded();
        if (f instanceof SourceSet.Several several) {
            List<SourceSet.Source> out = new ArrayList<>();
            for (SourceSet.Source s : several.set().sources()) {
                out.add(new SourceSet.Source(s.file(), overlay(s.mapping())));
            }
            return Optional.of(new SourceSet(out));
        }
        return Optional.empty();
    }

    /**
     * The mapping for the command's own input: the {@code --mapping} file's (if it holds one mapping) with the
     * options laid over it.
     *
     * @return the mapping for the command's own input: the {@code --mapping} file's (if it holds one mapping) with the
     *         options laid over it
     * @throws UsageException if the mapping file or an option is not valid
     */
    public SourceMapping mapping() {
        SourceSet.MappingFile f = loaded();
        SourceMapping base = f instanceof SourceSet.Single single ? single.mapping() : SourceMapping.none();
        return overlay(base);
    }

    /**
     * An interaction reader with this mapping and {@code policy}.
     *
     * @param policy the policy
     * @return an interaction reader with this mapping and {@code policy}
     * @throws UsageException if an option is not valid
     */
    public InteractionReader.Builder reader(ReadPolicy policy) {
        return InteractionReader.builder().policy(policy).mapping(mapping());
    }

    private SourceSet.MappingFile loaded() {
        if (mappingFile == null) {
            return null;
        }
        if (loaded == null) {
            try {
                loaded = SourceSet.read(mappingFile);
            } catch (NoSuchFileException e) {
                throw new InputException("--mapping: " + mappingFile + ": no such file", e);
            } catch (IOException e) {
                throw new InputException("--mapping: cannot read " + mappingFile + ": " + e.getMessage(), e);
            } catch (IllegalArgumentException e) {
                throw new InputException("--mapping: " + e.getMessage(), e);
            }
        }
        return loaded;
    }

    private SourceMapping overlay(SourceMapping base) {
        SourceMapping m = overlay(base, "--", map, constants, aliases, timestampFormat, zone(), delimiter,
                decimalComma, keepColumns);
        return noHeader ? m.toBuilder().header(false).build() : m;
    }

    /**
     * Lays table options over a mapping: the one place that turns --map, --const, --alias, --timestamp-format,
     * --zone, --delimiter, --decimal-comma and --keep-columns into a {@link SourceMapping}, for this mixin and for
     * option sets of a second table of the same command under a prefix (e.g. {@code --rake-map}).
     *
     * @param base the mapping to start from (a mapping file's, or none)
     * @param prefix the options' common prefix, for messages: {@code "--"} or e.g. {@code "--rake-"}
     * @param map FIELD to COLUMN
     * @param constants FIELD to VALUE
     * @param aliases FIELD:FROM=TO entries
     * @param timestampFormat the timestamp format, or null
     * @param zone the zone of local timestamps, if given
     * @param delimiter the delimiter as given, or null
     * @param decimalComma whether decimals are written with a comma
     * @param keepColumns whether unmapped columns are kept as attributes
     * @return the mapping
     * @throws UsageException naming the option whose value is not valid
     */
    static SourceMapping overlay(SourceMapping base, String prefix, Map<String, String> map,
            Map<String, String> constants, List<String> aliases, String timestampFormat, Optional<ZoneId> zone,
            String delimiter, boolean decimalComma, boolean keepColumns) {
        SourceMapping.Builder b = base.toBuilder();
        try {
            map.forEach((field, column) -> b.column(field.strip(), column.strip()));
            constants.forEach((field, value) -> b.constant(field.strip(), value));
            for (String a : aliases) {
                int colon = a.indexOf(':');
                int eq = a.indexOf('=', colon + 1);
                if (colon <= 0 || eq < 0) {
                    throw new UsageException(prefix + "alias must be FIELD:FROM=TO, e.g. channel:Social media=social, "
                            + "was '" + a + "'");
                }
                b.alias(a.substring(0, colon).strip(), a.substring(colon + 1, eq), a.substring(eq + 1).strip());
            }
            if (timestampFormat != null) {
                try {
                    b.timestampFormat(TimestampFormat.of(timestampFormat));
                } catch (IllegalArgumentException e) {
                    throw new UsageException(prefix + "timestamp-format: " + e.getMessage());
                }
            }
            zone.ifPresent(b::zone);
            if (delimiter != null || decimalComma) {
                Dialect d = base.dialect().orElse(Dialect.auto());
                if (delimiter != null) {
                    try {
                        d = Dialect.parse(delimiter, decimalComma || d.decimalComma());
                    } catch (IllegalArgumentException e) {
                        throw new UsageException(prefix + "delimiter: " + e.getMessage());
                    }
                } else {
                    d = d.withDecimalComma(true);
                }
                b.dialect(d);
            }
            if (keepColumns) {
                b.keepUnmapped(true);
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return b.build();
    }

    /**
     * A mapping file's single mapping, or none without a file.
     *
     * @param option the option that named the file, for messages
     * @param file the file, or null
     * @return its mapping
     * @throws InputException if the file cannot be read, is not valid, or lists several sources
     */
    static SourceMapping mappingFile(String option, Path file) {
        if (file == null) {
            return SourceMapping.none();
        }
        SourceSet.MappingFile f;
        try {
            f = SourceSet.read(file);
        } catch (NoSuchFileException e) {
            throw new InputException(option + ": " + file + ": no such file", e);
        } catch (IOException e) {
            throw new InputException(option + ": cannot read " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new InputException(option + ": " + e.getMessage(), e);
        }
        if (f instanceof SourceSet.Single single) {
            return single.mapping();
        }
        throw new InputException(option + ": " + file + " lists several sources; this table is one file, so give "
                + "its mapping alone ({\"fields\": {...}, ...})");
    }
}
