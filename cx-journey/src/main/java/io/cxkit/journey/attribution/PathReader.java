package io.cxkit.journey.attribution;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import io.cxkit.core.io.ReadFailedException;
import io.cxkit.core.io.ReadPolicy;
import io.cxkit.core.io.ReadReport;
import io.cxkit.core.io.RejectSink;
import io.cxkit.core.io.Rejection;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads aggregated path data from CSV: a header row, then one row per distinct path with its conversions and,
 * optionally, its conversion value and its non-converting journeys (nulls), as ChannelAttribution takes them.
 *
 * <pre>{@code
 * path,total_conversions,total_conversion_value,total_null
 * google ads > mailing,1,120.5,3
 * }</pre>
 *
 * <ul>
 *   <li>Columns are found by name. Unless set, the path column is {@code path}; conversions are
 *       {@code total_conversions} or {@code conversions}; value is {@code total_conversion_value} or
 *       {@code value}; nulls are {@code total_null} or {@code nulls}. Value and nulls are optional; without a
 *       nulls column every journey converted. A column named explicitly must exist.
 *   <li>The path is split on the separator ({@code >} by default) and each channel is trimmed.
 *   <li>Each row is accepted or rejected, so {@code read = accepted + rejected}. A rejection names the file, the
 *       line, the column and the value: an empty path, a blank channel between separators, a count that is not
 *       a finite number ≥ 0, a blank conversions cell, a row with the wrong number of cells, a malformed quote.
 *       A blank value or nulls cell counts as 0. Blank lines are skipped and are not records.
 *   <li>One record per line: a quoted field cannot span lines.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PathReader {
    /** The default separator between channels, as in ChannelAttribution. */
    public static final String DEFAULT_SEPARATOR = ">";
    private static final int MAX_LINE_CHARS = 1 << 20;

    private final String separator;
    private final Optional<String> pathColumn;
    private final Optional<String> conversionsColumn;
    private final Optional<String> valueColumn;
    private final Optional<String> nullsColumn;
    private final ReadPolicy policy;
    private final RejectSink sink;
    private final int maxReportedRejections;
    private final CsvFactory factory;

    private PathReader(Builder b) {
        separator = b.separator;
        pathColumn = b.pathColumn;
        conversionsColumn = b.conversionsColumn;
        valueColumn = b.valueColumn;
        nullsColumn = b.nullsColumn;
        policy = b.policy;
        sink = b.sink;
        maxReportedRejections = b.maxReportedRejections;
        factory = CsvFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_LINE_CHARS)
                        .maxDocumentLength(MAX_LINE_CHARS).build())
                .build();
    }

    /** A builder with the defaults above and {@link ReadPolicy#SKIP_AND_REPORT}. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a UTF-8 CSV file.
     *
     * @throws IOException if the file cannot be read, is empty, or lacks a required column (the message names
     *         the file and the columns it has)
     * @throws ReadFailedException under {@link ReadPolicy#FAIL_FAST}, at the first rejected row
     */
    public PathReadResult read(Path file) throws IOException {
        Objects.requireNonNull(file, "file must not be null");
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.toString(), in);
        }
    }

    /**
     * Reads CSV text from a reader, naming it {@code source} in reports.
     *
     * @throws IOException as {@link #read(Path)}
     */
    public PathReadResult read(String source, Reader reader) throws IOException {
        List<ConversionPath> paths = new ArrayList<>();
        ReadReport report = read(source, reader, paths::add);
        return new PathReadResult(paths, report);
    }

    /**
     * Reads a UTF-8 CSV file row by row into {@code rows}, holding no row after it is passed on: with a
     * {@link PathTotals} as the sink, memory grows with the distinct paths, not with the rows.
     *
     * @return the read report
     * @throws IOException as {@link #read(Path)}
     * @throws ReadFailedException as {@link #read(Path)}
     */
    public ReadReport read(Path file, Consumer<ConversionPath> rows) throws IOException {
        Objects.requireNonNull(file, "file must not be null");
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.toString(), in, rows);
        }
    }

    private ReadReport read(String source, Reader reader, Consumer<ConversionPath> rows) throws IOException {
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(rows, "rows must not be null");
        BufferedReader in = reader instanceof BufferedReader br ? br : new BufferedReader(reader);
        long lineNo = 0;
        String line;
        Columns columns = null;
        while (columns == null && (line = in.readLine()) != null) {
            lineNo++;
            if (lineNo == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (!line.isBlank()) {
                columns = header(source, lineNo, line);
            }
        }
        if (columns == null) {
            throw new IOException(source + ": empty file, expected a header row with a '"
                    + pathColumn.orElse("path") + "' column");
        }
        List<Rejection> first = new ArrayList<>();
        long read = 0;
        long rejected = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            read++;
            ConversionPath row;
            try {
                row = row(columns, line);
            } catch (RowRejection r) {
                rejected++;
                Rejection rejection = new Rejection(source, lineNo, r.field, r.value, r.getMessage(), line);
                if (first.size() < maxReportedRejections) {
                    first.add(rejection);
                }
                sink.reject(rejection);
                if (policy == ReadPolicy.FAIL_FAST) {
                    throw new ReadFailedException(new ReadReport(source, read, read - rejected, rejected, 0, first),
                            rejection);
                }
                continue;
            }
            rows.accept(row);
        }
        return new ReadReport(source, read, read - rejected, rejected, 0, first);
    }

    private Columns header(String source, long lineNo, String line) throws IOException {
        List<String> names;
        try {
            names = cells(line);
        } catch (RowRejection e) {
            throw new IOException(source + ":" + lineNo + ": malformed header row: " + e.getMessage());
        }
        for (int i = 0; i < names.size(); i++) {
            names.set(i, names.get(i).strip());
        }
        Columns c = new Columns();
        c.count = names.size();
        c.path = find(source, names, pathColumn, "path");
        c.pathName = names.get(c.path);
        c.conversions = find(source, names, conversionsColumn, "total_conversions", "conversions");
        c.conversionsName = names.get(c.conversions);
        c.value = findOptional(source, names, valueColumn, "total_conversion_value", "value");
        c.valueName = c.value >= 0 ? names.get(c.value) : "";
        c.nulls = findOptional(source, names, nullsColumn, "total_null", "nulls");
        c.nullsName = c.nulls >= 0 ? names.get(c.nulls) : "";
        return c;
    }

    private static int find(String source, List<String> names, Optional<String> explicit, String... defaults)
            throws IOException {
        int i = findOptional(source, names, explicit, defaults);
        if (i < 0) {
            throw new IOException(source + ":1: no column " + (explicit.isPresent() ? "'" + explicit.get() + "'"
                    : "named " + String.join(" or ", quoted(defaults))) + "; the header has " + names);
        }
        return i;
    }

    private static int findOptional(String source, List<String> names, Optional<String> explicit,
            String... defaults) throws IOException {
        if (explicit.isPresent()) {
            int i = names.indexOf(explicit.get());
            if (i < 0) {
                throw new IOException(source + ":1: no column '" + explicit.get() + "'; the header has " + names);
            }
            return i;
        }
        for (String d : defaults) {
            int i = names.indexOf(d);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> quoted(String[] names) {
        List<String> out = new ArrayList<>(names.length);
        for (String n : names) {
            out.add("'" + n + "'");
        }
        return out;
    }

    private ConversionPath row(Columns c, String line) throws RowRejection {
        List<String> cells = cells(line);
        if (cells.size() != c.count) {
            throw new RowRejection(Rejection.RECORD, "", "expected " + c.count + " columns as in the header, found "
                    + cells.size());
        }
        String pathText = cells.get(c.path);
        List<String> channels;
        try {
            channels = ConversionPath.split(pathText, separator);
        } catch (IllegalArgumentException e) {
            throw new RowRejection(c.pathName, pathText, e.getMessage());
        }
        double conversions = number(c.conversionsName, cells.get(c.conversions), false);
        double value = c.value >= 0 ? number(c.valueName, cells.get(c.value), true) : 0;
        double nulls = c.nulls >= 0 ? number(c.nullsName, cells.get(c.nulls), true) : 0;
        return new ConversionPath(channels, conversions, value, nulls);
    }

    private static double number(String column, String cell, boolean blankIsZero) throws RowRejection {
        String t = cell.strip();
        if (t.isEmpty()) {
            if (blankIsZero) {
                return 0;
            }
            throw new RowRejection(column, cell, column + " must be a number >= 0, was empty");
        }
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new RowRejection(column, cell, column + " must be a number >= 0, was '" + t + "'");
        }
        if (!Double.isFinite(v) || v < 0) {
            throw new RowRejection(column, cell, column + " must be a finite number >= 0, was " + t);
        }
        return v;
    }

    private List<String> cells(String line) throws RowRejection {
        if (line.length() > MAX_LINE_CHARS) {
            throw new RowRejection(Rejection.RECORD, "", "line longer than " + MAX_LINE_CHARS + " characters");
        }
        List<String> out = new ArrayList<>();
        try (JsonParser p = factory.createParser(line)) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_ARRAY) {
                throw new RowRejection(Rejection.RECORD, "", "not a CSV row");
            }
            while ((t = p.nextToken()) == JsonToken.VALUE_STRING) {
                out.add(p.getText());
            }
            if (t != JsonToken.END_ARRAY || p.nextToken() != null) {
                throw new RowRejection(Rejection.RECORD, "", "malformed CSV row (a quoted field must close on "
                        + "its line)");
            }
        } catch (JsonProcessingException e) {
            throw new RowRejection(Rejection.RECORD, "", "malformed CSV: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new RowRejection(Rejection.RECORD, "", "unreadable CSV: " + e.getMessage());
        }
        return out;
    }

    /** The header's column positions; -1 for an absent optional column. */
    private static final class Columns {
        int count;
        int path;
        int conversions;
        int value;
        int nulls;
        String pathName;
        String conversionsName;
        String valueName;
        String nullsName;
    }

    /** A row rejected at a column. */
    private static final class RowRejection extends Exception {
        private static final long serialVersionUID = 1L;
        final String field;
        final String value;

        RowRejection(String field, String value, String reason) {
            super(reason, null, false, false);
            this.field = field;
            this.value = value;
        }
    }

    /** Settings of a {@link PathReader}. Not thread-safe. */
    public static final class Builder {
        private String separator = DEFAULT_SEPARATOR;
        private Optional<String> pathColumn = Optional.empty();
        private Optional<String> conversionsColumn = Optional.empty();
        private Optional<String> valueColumn = Optional.empty();
        private Optional<String> nullsColumn = Optional.empty();
        private ReadPolicy policy = ReadPolicy.SKIP_AND_REPORT;
        private RejectSink sink = RejectSink.NONE;
        private int maxReportedRejections = 100;

        private Builder() {
        }

        /**
         * The separator between channels in the path column.
         *
         * @throws IllegalArgumentException if it is empty
         */
        public Builder separator(String separator) {
            Objects.requireNonNull(separator, "separator must not be null");
            if (separator.isEmpty()) {
                throw new IllegalArgumentException("separator must not be empty");
            }
            this.separator = separator;
            return this;
        }

        /** The name of the path column (default {@code path}). */
        public Builder pathColumn(String name) {
            this.pathColumn = Optional.of(column("path column", name));
            return this;
        }

        /** The name of the conversions column (default {@code total_conversions} or {@code conversions}). */
        public Builder conversionsColumn(String name) {
            this.conversionsColumn = Optional.of(column("conversions column", name));
            return this;
        }

        /** The name of the value column (default {@code total_conversion_value} or {@code value}). */
        public Builder valueColumn(String name) {
            this.valueColumn = Optional.of(column("value column", name));
            return this;
        }

        /** The name of the nulls column (default {@code total_null} or {@code nulls}). */
        public Builder nullsColumn(String name) {
            this.nullsColumn = Optional.of(column("nulls column", name));
            return this;
        }

        /** Skip-and-report (default) or fail-fast. */
        public Builder policy(ReadPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy must not be null");
            return this;
        }

        /** Where every rejection goes, in input order (default: nowhere; the report still counts it). */
        public Builder rejectSink(RejectSink sink) {
            this.sink = Objects.requireNonNull(sink, "rejectSink must not be null");
            return this;
        }

        /**
         * How many rejections the report keeps (default 100).
         *
         * @throws IllegalArgumentException if negative
         */
        public Builder maxReportedRejections(int max) {
            if (max < 0) {
                throw new IllegalArgumentException("maxReportedRejections must be at least 0, was " + max);
            }
            this.maxReportedRejections = max;
            return this;
        }

        /** The reader. */
        public PathReader build() {
            return new PathReader(this);
        }

        private static String column(String what, String name) {
            Objects.requireNonNull(name, () -> what + " must not be null");
            if (name.isBlank()) {
                throw new IllegalArgumentException(what + " must not be blank");
            }
            return name.strip();
        }
    }
}
