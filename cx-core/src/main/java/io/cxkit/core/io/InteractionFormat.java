package io.cxkit.core.io;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats of interaction data. Both use the same flat schema and the same snake_case names. */
public enum InteractionFormat {
    /** One JSON object per line (JSON Lines / NDJSON), UTF-8. */
    JSON_LINES,
    /** RFC 4180 comma-separated values with a header row, UTF-8. */
    CSV;

    /**
     * The format a file name implies: {@code .jsonl}, {@code .ndjson} and {@code .json} are JSON Lines,
     * {@code .csv} is CSV, and so are {@code .tsv} and {@code .tab} (read: their tabs are detected as the
     * delimiter), each optionally followed by {@code .gz}. Case is ignored.
     *
     * @param file the file to read
     * @return the format a file name implies: {@code .jsonl}, {@code .ndjson} and {@code .json} are JSON Lines, {@code
     *         .csv} is CSV, each optionally followed by {@code .gz}
     * @throws IllegalArgumentException naming the file if its extension is none of these
     */
    public static InteractionFormat forPath(Path file) {
        String name = baseName(file);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
            return JSON_LINES;
        }
        if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".tab")) {
            // A tab-separated file is a delimited table like any other; the dialect finds its tabs.
            return CSV;
        }
        throw new IllegalArgumentException("cannot tell the format of " + file
                + ": the name must end in .jsonl, .ndjson, .json, .csv, .tsv or .tab, optionally followed by .gz");
    }

    /**
     * True if the file name ends in {@code .gz} (any case): its content is gzip-compressed.
     *
     * @param file the file to read
     * @return true if the file name ends in {@code .gz} (any case): its content is gzip-compressed
     */
    public static boolean isGzip(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    private static String baseName(Path file) {
        Path fileName = file.getFileName();
        String name = fileName == null ? "" : fileName.toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }
}
