package io.cxkit.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import io.cxkit.core.Interaction;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads interactions from JSON Lines or CSV without losing any: every record is either handed to the caller
 * or rejected with its source, line, field, value and reason, and the returned {@link ReadReport} states
 * {@code read == accepted + rejected}.
 *
 * <p>Reading streams: input is split into lines on bytes, each line is checked as strict UTF-8 (never repaired
 * with U+FFFD), then parsed with Jackson's streaming parser under {@link com.fasterxml.jackson.core
 * .StreamReadConstraints} matching {@link Builder#maxLineBytes(int)}. Memory use is bounded by the line limit,
 * whatever the size of the file. Blank lines are skipped and not counted; a UTF-8 byte-order mark and CRLF
 * line endings are accepted. In CSV the first non-blank line is the header.
 *
 * <pre>{@code
 * InteractionReader reader = InteractionReader.builder()
 *         .policy(ReadPolicy.SKIP_AND_REPORT)
 *         .rejectSink(rejection -> log.warn("{}", rejection))
 *         .build();
 * ReadReport report = reader.read(Path.of("interactions.jsonl.gz"), interactions::add);
 * }</pre>
 *
 * <p>A reader is immutable and thread-safe; each call to {@code read} has its own state. The sink and the
 * consumer are called on the reading thread, in input order.
 */
public final class InteractionReader {
    /** The default longest line, in bytes: 1 MiB, ten times the longest comment a record may carry. */
    public static final int DEFAULT_MAX_LINE_BYTES = 1 << 20;
    /** The default number of rejections kept in {@link ReadReport#firstRejections()}. */
    public static final int DEFAULT_MAX_REPORTED_REJECTIONS = 100;
    /** Raw lines in the report are cut to this many characters so that the report stays small. */
    static final int REPORTED_RAW_LINE_CHARS = 1_000;

    private final ReadPolicy policy;
    private final RejectSink sink;
    private final int maxLineBytes;
    private final int maxReportedRejections;
    private final JsonFactory jsonFactory;
    private final SourceMapping mapping;
    private final Dialect dialect;

    private InteractionReader(Builder b) {
        this.policy = b.readPolicy();
        this.sink = b.sink();
        this.maxLineBytes = b.maxLineBytes;
        this.maxReportedRejections = b.reportedRejections();
        this.jsonFactory = JsonLineParser.factory(maxLineBytes);
        this.mapping = b.mapping;
        this.dialect = b.dialect;
    }

    /**
     * A builder with policy {@link ReadPolicy#SKIP_AND_REPORT}, no sink and the default limits.
     *
     * @return a builder with policy {@link ReadPolicy#SKIP_AND_REPORT}, no sink and the default limits
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a file, choosing the format from its name ({@link InteractionFormat#forPath(Path)}) and
     * decompressing it if the name ends in {@code .gz}. The report's source is the path as given.
     *
     * @param file the file to read
     * @param accepted receives every accepted interaction, in file order
     * @return the report of the read
     * @throws ReadFailedException under {@link ReadPolicy#FAIL_FAST} at the first rejected record, or if a
     *         CSV header is not valid
     * @throws IllegalArgumentException if the file name has no known extension
     * @throws IOException if the file cannot be read (missing, not gzip although named {@code .gz}, ...)
     */
    public ReadReport read(Path file, Consumer<? super Interaction> accepted) throws IOException {
        InteractionFormat format = InteractionFormat.forPath(file);
        try (InputStream in = TabularSource.open(file)) {
            return read(file.toString(), in, format, accepted);
        }
    }

    /**
     * Reads a file with several threads into one state per chunk, returned in file order for the caller to merge
     * (a {@code Breakdown}, a list): {@link TabularSource#readInParallel}. The report, the rejections and their
     * lines are those of {@link #read(Path, Consumer)}. JSON Lines, compressed and small files are read in one
     * pass into one state.
     *
     * @param threads the most threads to use
     * @param newState makes one chunk's state
     * @param add adds an accepted interaction to a chunk's state; called on the chunk's thread, in file order
     *        within the chunk
     * @param <S> the state each chunk maps its rows into
     * @param file the file to read
     * @return the states in file order and the report of the whole read
     * @throws ReadFailedException as {@link #read(Path, Consumer)}
     * @throws IOException as {@link #read(Path, Consumer)}
     */
    public <S> TabularSource.ChunkedRead<S> readInParallel(Path file, int threads,
            java.util.function.Supplier<S> newState, java.util.function.BiConsumer<S, ? super Interaction> add)
            throws IOException {
        if (InteractionFormat.forPath(file) == InteractionFormat.CSV) {
            TabularSource source = TabularSource.builder().dialect(dialect).mapping(mapping).policy(policy)
                    .rejectSink(sink).maxRecordBytes(maxLineBytes).maxReportedRejections(maxReportedRejections)
                    .build();
            boolean decimalComma = source.dialect().decimalComma();
            return source.readInParallel(file, threads, newState,
                    (state, header) -> new InteractionRows(i -> add.accept(state, i), decimalComma).bind(header));
        }
        S state = newState.get();
        ReadReport r = read(file, i -> add.accept(state, i));
        return new TabularSource.ChunkedRead<>(r, List.of(state));
    }

    /**
     * Reads a stream in the given format. The stream is read to its end and not closed.
     *
     * @param sourceName the name rejections and the report give the input, e.g. a file name or a topic
     * @param in the bytes, UTF-8, not compressed
     * @param format how the bytes are laid out
     * @param accepted receives every accepted interaction, in input order
     * @return the report of the read
     * @throws ReadFailedException under {@link ReadPolicy#FAIL_FAST} at the first rejected record, or if a
     *         CSV header is not valid
     * @throws IOException if the stream fails
     */
    public ReadReport read(String sourceName, InputStream in, InteractionFormat format,
            Consumer<? super Interaction> accepted) throws IOException {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(accepted, "accepted");
        if (format == InteractionFormat.CSV) {
            TabularSource source = TabularSource.builder().dialect(dialect).mapping(mapping).policy(policy)
                    .rejectSink(sink).maxRecordBytes(maxLineBytes).maxReportedRejections(maxReportedRejections)
                    .build();
            return source.read(sourceName, in, new InteractionRows(accepted, source.dialect().decimalComma()));
        }
        return new Pass(sourceName, in, accepted).run();
    }

    /** The state of one read. */
    private final class Pass {
        private final String source;
        private final ByteLines lines;
        private final Consumer<? super Interaction> accepted;
        private final StrictUtf8 utf8 = new StrictUtf8();
        private final RawRecord record = new RawRecord();
        private final List<Rejection> first = new ArrayList<>();
        private long acceptedCount;
        private long rejectedCount;
        private long unknownFields;

        Pass(String source, InputStream in, Consumer<? super Interaction> accepted) {
            this.source = source;
            this.lines = new ByteLines(in, maxLineBytes);
            this.accepted = accepted;
        }

        ReadReport run() throws IOException {
            RecordParser parser = new JsonLineParser(jsonFactory);
            while (lines.next()) {
                if (lines.blank()) {
                    continue;
                }
                Rejection r = check();
                if (r == null) {
                    r = parse(parser);
                }
                if (r != null) {
                    reject(r);
                }
            }
            return report();
        }

        /** Rejects a line that is too long or not UTF-8; null if it may be parsed. */
        private Rejection check() {
            byte[] bytes = lines.bytes();
            int n = lines.length();
            if (lines.tooLong()) {
                return rejection(Rejection.RECORD, "", "line is " + lines.fullLength()
                        + " bytes long, more than the limit of " + maxLineBytes + " bytes",
                        StrictUtf8.display(bytes, Math.min(n, REPORTED_RAW_LINE_CHARS)));
            }
            if (!utf8.decode(bytes, n)) {
                int at = utf8.errorOffset();
                return rejection(Rejection.RECORD, String.format("\\x%02X", bytes[at] & 0xFF),
                        "invalid UTF-8 at byte " + (at + 1) + " of the line; the line is rejected, not repaired",
                        StrictUtf8.display(bytes, n));
            }
            return null;
        }

        private Rejection parse(RecordParser parser) {
            record.clear();
            try {
                parser.parse(utf8.chars(), utf8.length(), record);
                Interaction i = RecordMapper.toInteraction(record, source, lines.startLine());
                unknownFields += record.unknownFields;
                acceptedCount++;
                accepted.accept(i);
                return null;
            } catch (FieldRejection e) {
                unknownFields += record.unknownFields;
                return rejection(e.field, e.value, e.reason(), utf8.text());
            }
        }

        private Rejection rejection(String field, String value, String reason, String raw) {
            return new Rejection(source, lines.startLine(), field, value, reason, raw);
        }

        private void reject(Rejection r) throws ReadFailedException {
            rejectedCount++;
            if (first.size() < maxReportedRejections) {
                first.add(r.withRawLineCut(REPORTED_RAW_LINE_CHARS));
            }
            sink.reject(r);
            if (policy == ReadPolicy.FAIL_FAST) {
                throw new ReadFailedException(report(), r);
            }
        }

        private ReadReport report() {
            return new ReadReport(source, acceptedCount + rejectedCount, acceptedCount, rejectedCount,
                    unknownFields, first);
        }
    }

    /** Configures an {@link InteractionReader}. Not thread-safe; the reader it builds is. */
    public static final class Builder extends ReadSettings<Builder> {
        private int maxLineBytes = DEFAULT_MAX_LINE_BYTES;
        private SourceMapping mapping = SourceMapping.none();
        private Dialect dialect = Dialect.auto();

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * How the columns of a CSV file map onto the schema (column names, constants, value aliases, timestamp
         * format and zone, dialect); default {@link SourceMapping#none()}: columns named as the schema names them.
         * JSON Lines records are always read by the schema's names.
         *
         * @param mapping how its columns map onto the schema
         * @return this builder, for chaining
         */
        public Builder mapping(SourceMapping mapping) {
            this.mapping = Objects.requireNonNull(mapping, "mapping");
            return this;
        }

        /**
         * The dialect of CSV files; default {@link Dialect#auto()} (delimiter detected).
         *
         * @param dialect the dialect ({@link Dialect#auto()} detects the delimiter)
         * @return this builder, for chaining
         */
        public Builder dialect(Dialect dialect) {
            this.dialect = Objects.requireNonNull(dialect, "dialect");
            return this;
        }

        /** What to do at a rejected record; default {@link ReadPolicy#SKIP_AND_REPORT}. */
                /**
         * The longest line (for CSV: record) accepted, in bytes; a longer one is rejected without being held in
         * memory. Default {@value InteractionReader#DEFAULT_MAX_LINE_BYTES}.
         *
                 * @param maxLineBytes the longest line accepted, in bytes
                 * @return this builder, for chaining
         * @throws IllegalArgumentException if below 1,024 bytes
         */
        public Builder maxLineBytes(int maxLineBytes) {
            if (maxLineBytes < 1024) {
                throw new IllegalArgumentException("maxLineBytes must be at least 1024, was " + maxLineBytes);
            }
            this.maxLineBytes = maxLineBytes;
            return this;
        }

        /**
         * How many rejections the report keeps in {@link ReadReport#firstRejections()}; the sink still gets
         * all of them. Default {@value InteractionReader#DEFAULT_MAX_REPORTED_REJECTIONS}.
         *
         * @throws IllegalArgumentException if negative
         */
                /**
                 * The reader.
                 *
                 * @return the reader
                 */
        public InteractionReader build() {
            return new InteractionReader(this);
        }
    }
}
