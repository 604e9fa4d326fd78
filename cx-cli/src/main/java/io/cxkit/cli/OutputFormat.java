package io.cxkit.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The output formats every command offers with {@code --format}. */
public enum OutputFormat {
    /** Aligned, human-readable text. */
    TEXT,
    /** One JSON document, fields in snake_case as documented in the README. */
    JSON,
    /** RFC 4180 CSV with a header row. */
    CSV,
    /** A Graphviz DOT graph; offered only by commands that write a graph ({@code cx journeys map}). */
    DOT,
    /** A Mermaid flowchart; offered only by commands that write a graph ({@code cx journeys map}). */
    MERMAID;

    /** The formats every command offers unless it names its own: text, JSON and CSV. */
    static final OutputFormat[] TABULAR = {TEXT, JSON, CSV};

    /**
     * Parses a {@code --format} value, ignoring case and surrounding white space, among the formats a command
     * offers. Every command parses its format here, so they all accept and refuse alike.
     *
     * @param value the option's value
     * @param offered the formats the command can write; {@link #TABULAR} if none is given
     * @return the format
     * @throws UsageException naming the value and the offered formats (exit code 1)
     */
    public static OutputFormat parse(String value, OutputFormat... offered) {
        OutputFormat[] allowed = offered.length == 0 ? TABULAR : offered;
        for (OutputFormat f : allowed) {
            if (f.name().equalsIgnoreCase(value.strip())) {
                return f;
            }
        }
        throw new UsageException("--format must be " + describe(allowed) + ", was '" + value + "'");
    }

    private static String describe(OutputFormat[] allowed) {
        String[] names = Arrays.stream(allowed).map(f -> f.name().toLowerCase(Locale.ROOT)).toArray(String[]::new);
        if (names.length == 1) {
            return names[0];
        }
        return Arrays.stream(names, 0, names.length - 1).collect(Collectors.joining(", "))
                + " or " + names[names.length - 1];
    }
}
