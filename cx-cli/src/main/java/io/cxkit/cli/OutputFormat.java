package io.cxkit.cli;

/** The output formats every command offers with {@code --format}. */
public enum OutputFormat {
    /** Aligned, human-readable text. */
    TEXT,
    /** One JSON document, fields in snake_case as documented in the README. */
    JSON,
    /** RFC 4180 CSV with a header row. */
    CSV
}
