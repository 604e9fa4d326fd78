package io.cxkit.core.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.cxkit.core.Interaction;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;

/**
 * Writes interactions as JSON Lines or CSV in the flat schema that {@link InteractionReader} reads, streaming
 * one record at a time. Reading back what was written gives equal interactions (see "round trip" below).
 *
 * <pre>{@code
 * try (InteractionWriter w = InteractionWriter.open(Path.of("out.jsonl.gz"))) {
 *     for (Interaction i : interactions) {
 *         w.write(i);
 *     }
 * }
 * }</pre>
 *
 * <p><b>CSV attribute columns.</b> A CSV file has one header, written before the first row, so a streaming
 * writer must know the {@code attr.NAME} and {@code id.TYPE} columns up front. Name them with
 * {@link Builder#attributeColumns(Collection)} and {@link Builder#identifierColumns(Collection)}, or let
 * {@link Builder#columnsOf(Iterable)} collect them from the interactions you are about to write. If you name
 * none, the writer takes them from the first interaction written. An interaction with an attribute or
 * identifier outside the columns fails with {@link IllegalArgumentException}: the writer never drops data
 * silently. JSON Lines has no such limit.
 *
 * <p><b>Round trip.</b> Every interaction reads back equal, with these documented exceptions, which the
 * writer enforces or the schema defines: feedback reads back in schema order (nps, csat, ces, rating,
 * comment), and an interaction with two answers of one kind cannot be written; an attribute or identifier
 * with an empty value is the same as none and is not written.
 *
 * <p>Not thread-safe. Closing the writer closes the file or stream it writes to.
 */
public final class InteractionWriter implements Closeable, Flushable {
    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final CsvFactory CSV = CsvFactory.builder().build();

    private final InteractionFormat format;
    private final OutputStream out;
    private final boolean columnsNamed;
    private final Set<String> attributeColumns;
    private final Set<String> identifierColumns;
    private JsonGenerator generator;
    private long written;
    private boolean closed;

    private InteractionWriter(Builder b, InteractionFormat format, OutputStream out) {
        this.format = format;
        this.out = out;
        this.columnsNamed = b.columnsNamed;
        this.attributeColumns = new TreeSet<>(b.attributeColumns);
        this.identifierColumns = new TreeSet<>(b.identifierColumns);
    }

    /**
     * Opens a writer to a file, choosing the format from the name ({@link InteractionFormat#forPath(Path)}) and
     * gzip-compressing it if the name ends in {@code .gz}. An existing file is replaced. In CSV the attribute
     * columns come from the first interaction written.
     *
     * @param file the file to read
     * @return the open writer, to be closed by the caller
     * @throws IllegalArgumentException if the name has no known extension
     * @throws IOException if the file cannot be created
     */
    public static InteractionWriter open(Path file) throws IOException {
        return builder().open(file);
    }

    /**
     * A builder; the format is taken from the file name unless set.
     *
     * @return a builder; the format is taken from the file name unless set
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Writes one interaction.
     *
     * @param interaction the interaction
     * @throws IllegalArgumentException if it holds two feedback answers of one kind, or (CSV) an attribute or
     *         identifier that is not among the columns
     * @throws IllegalStateException if the writer is closed
     * @throws IOException if writing fails
     */
    public void write(Interaction interaction) throws IOException {
        Objects.requireNonNull(interaction, "interaction");
        String[] values = FlatRecord.values(interaction);
        if (format == InteractionFormat.CSV) {
            writeCsv(interaction, values);
        } else {
            writeJson(interaction, values);
        }
        written++;
    }

    /**
     * The number of interactions written so far.
     *
     * @return the number of interactions written so far
     */
    public long written() {
        return written;
    }

    private void writeJson(Interaction i, String[] values) throws IOException {
        if (generator == null) {
            checkOpen();
            generator = JSON.createGenerator(out, JsonEncoding.UTF8);
            // Records are separated by the line feed written after each; Jackson's default space must go.
            generator.setRootValueSeparator(null);
        }
        JsonGenerator g = generator;
        g.writeStartObject();
        for (Field f : Field.all()) {
            String v = values[f.ordinal()];
            if (v == null) {
                continue;
            }
            g.writeFieldName(f.wireName);
            if (f == Field.AUTOMATED) {
                g.writeBoolean(Boolean.parseBoolean(v));
            } else if (FlatRecord.numeric(f)) {
                g.writeNumber(v);
            } else {
                g.writeString(v);
            }
        }
        writeJsonMap(g, Field.ATTRIBUTES, i.attributes());
        writeJsonMap(g, Field.IDENTIFIERS, i.identifiers());
        g.writeEndObject();
        g.writeRaw('\n');
    }

    private static void writeJsonMap(JsonGenerator g, String name, Map<String, String> map) throws IOException {
        if (map.values().stream().allMatch(String::isEmpty)) {
            return;
        }
        g.writeObjectFieldStart(name);
        for (String key : new TreeSet<>(map.keySet())) {
            String v = map.get(key);
            if (!v.isEmpty()) {
                g.writeStringField(key, v);
            }
        }
        g.writeEndObject();
    }

    private void writeCsv(Interaction i, String[] values) throws IOException {
        if (generator == null) {
            checkOpen();
            if (!columnsNamed) {
                nonEmptyKeys(i.attributes(), attributeColumns);
                nonEmptyKeys(i.identifiers(), identifierColumns);
            }
            startCsv();
        }
        checkColumns(i, i.attributes(), attributeColumns, "attribute", Field.ATTRIBUTE_PREFIX);
        checkColumns(i, i.identifiers(), identifierColumns, "identifier", Field.IDENTIFIER_PREFIX);
        JsonGenerator g = generator;
        g.writeStartObject();
        for (Field f : Field.all()) {
            String v = values[f.ordinal()];
            if (v != null) {
                g.writeStringField(f.wireName, v);
            }
        }
        writeCsvCells(g, Field.ATTRIBUTE_PREFIX, i.attributes());
        writeCsvCells(g, Field.IDENTIFIER_PREFIX, i.identifiers());
        g.writeEndObject();
    }

    private static void writeCsvCells(JsonGenerator g, String prefix, Map<String, String> map) throws IOException {
        for (Map.Entry<String, String> e : map.entrySet()) {
            if (!e.getValue().isEmpty()) {
                g.writeStringField(prefix + e.getKey(), e.getValue());
            }
        }
    }

    private static void nonEmptyKeys(Map<String, String> map, Set<String> into) {
        map.forEach((k, v) -> {
            if (!v.isEmpty()) {
                into.add(k);
            }
        });
    }

    private static void checkColumns(Interaction i, Map<String, String> map, Set<String> columns, String what,
            String prefix) {
        for (Map.Entry<String, String> e : map.entrySet()) {
            if (!e.getValue().isEmpty() && !columns.contains(e.getKey())) {
                throw new IllegalArgumentException("interaction " + i.id() + " has " + what + " '" + e.getKey()
                        + "' but the CSV has no column " + prefix + e.getKey() + "; name the columns with "
                        + "InteractionWriter.builder().columnsOf(...) or ." + what + "Columns(...)");
            }
        }
    }

    private void startCsv() throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder();
        for (String name : header()) {
            schema.addColumn(name);
        }
        // The header is written here rather than by Jackson so that a file with no rows still gets one.
        out.write((String.join(",", quoteAll(header())) + "\n").getBytes(StandardCharsets.UTF_8));
        CsvGenerator g = CSV.createGenerator(out, JsonEncoding.UTF8);
        g.setSchema(schema.setUseHeader(false).setLineSeparator("\n").build());
        generator = g;
    }

    /** The CSV header: the schema's columns in order, then {@code attr.*} and {@code id.*}, each sorted. */
    List<String> header() {
        List<String> names = new ArrayList<>();
        for (Field f : Field.all()) {
            names.add(f.wireName);
        }
        attributeColumns.forEach(a -> names.add(Field.ATTRIBUTE_PREFIX + a));
        identifierColumns.forEach(a -> names.add(Field.IDENTIFIER_PREFIX + a));
        return names;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the writer is closed");
        }
    }

    /** Flushes what has been written to the file or stream. */
    @Override
    public void flush() throws IOException {
        if (generator != null) {
            generator.flush();
        }
        out.flush();
    }

    /**
     * Finishes the output and closes the file or stream. A CSV file to which nothing was written still gets its
     * header. Closing twice does nothing.
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (generator == null && format == InteractionFormat.CSV) {
                startCsv();
            }
            if (generator != null) {
                generator.close();
            }
        } finally {
            out.close();
        }
    }

    private static List<String> quoteAll(List<String> names) {
        List<String> q = new ArrayList<>();
        for (String n : names) {
            q.add(n.indexOf(',') >= 0 || n.indexOf('"') >= 0 ? '"' + n.replace("\"", "\"\"") + '"' : n);
        }
        return q;
    }

    /** Configures an {@link InteractionWriter}. */
    public static final class Builder {
        private InteractionFormat format;
        private boolean columnsNamed;
        private final Set<String> attributeColumns = new TreeSet<>();
        private final Set<String> identifierColumns = new TreeSet<>();

        private Builder() {
        }

        /**
         * The format; when writing to a file and not set, taken from the file name.
         *
         * @param format how the bytes are laid out
         * @return this builder, for chaining
         */
        public Builder format(InteractionFormat format) {
            this.format = Objects.requireNonNull(format, "format");
            return this;
        }

        /**
         * Adds CSV {@code attr.NAME} columns, one per name; ignored for JSON Lines.
         *
         * @param names the attribute names
         * @return this builder, for chaining
         */
        public Builder attributeColumns(Collection<String> names) {
            names.forEach(n -> attributeColumns.add(Objects.requireNonNull(n, "attribute column name")));
            columnsNamed = true;
            return this;
        }

        /**
         * Adds CSV {@code id.TYPE} columns, one per identifier type; ignored for JSON Lines.
         *
         * @param types the identifier types
         * @return this builder, for chaining
         */
        public Builder identifierColumns(Collection<String> types) {
            types.forEach(n -> identifierColumns.add(Objects.requireNonNull(n, "identifier column type")));
            columnsNamed = true;
            return this;
        }

        /**
         * Adds the CSV columns for every attribute and identifier the interactions carry.
         *
         * @param interactions the interactions again (a second pass), for the answer metrics
         * @return this builder, for chaining
         */
        public Builder columnsOf(Iterable<Interaction> interactions) {
            for (Interaction i : interactions) {
                nonEmptyKeys(i.attributes(), attributeColumns);
                nonEmptyKeys(i.identifiers(), identifierColumns);
            }
            columnsNamed = true;
            return this;
        }

        /**
         * Opens the writer on a file, replacing it; gzip-compressed if the name ends in {@code .gz}.
         *
         * @param file the file to read
         * @return the open writer, to be closed by the caller
         * @throws IllegalArgumentException if no format was set and the name has no known extension, or the name
         *         ends in {@code .tsv} or {@code .tab}
         * @throws IOException if the file cannot be created
         */
        public InteractionWriter open(Path file) throws IOException {
            InteractionFormat f = format != null ? format : InteractionFormat.forPath(file);
            String name = String.valueOf(file.getFileName()).toLowerCase(java.util.Locale.ROOT);
            if (name.endsWith(".tsv") || name.endsWith(".tab") || name.endsWith(".tsv.gz") || name.endsWith(".tab.gz")) {
                // Written interactions are comma-separated; a tab-separated name would promise the wrong layout.
                throw new IllegalArgumentException("cannot write " + file + ": interactions are written as CSV or "
                        + "JSON Lines; name the file .csv, .jsonl or .ndjson (optionally .gz)");
            }
            OutputStream o = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
            if (InteractionFormat.isGzip(file)) {
                o = new GZIPOutputStream(o, 1 << 16);
            }
            return new InteractionWriter(this, f, o);
        }

        /**
         * Opens the writer on a stream, which it closes when it is closed.
         *
         * @param out the stream to write to
         * @return the open writer; closing it closes the stream
         * @throws IllegalStateException if no format was set
         */
        public InteractionWriter open(OutputStream out) {
            if (format == null) {
                throw new IllegalStateException("set the format to write to a stream");
            }
            return new InteractionWriter(this, format, Objects.requireNonNull(out, "out"));
        }
    }
}
