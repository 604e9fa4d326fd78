package io.cxkit.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The one way cxkit reads a table: a delimited text file (CSV, {@code ;}-separated, tab-separated, {@code |}),
 * plain or gzip, read row by row through a {@link RowMapper}. Every reader of the project is a row mapper over
 * it, so every file gets the same dialect detection, decoding, header matching, timestamps and accounting.
 *
 * <p><b>Dialect.</b> The delimiter is given, or detected from the header and the first records among {@code ,}
 * {@code ;} tab {@code |} (a tie is an error naming the candidates). Quoted fields may hold delimiters, line
 * breaks and doubled quotes. A UTF-8 byte-order mark and CRLF are accepted. A decimal comma may be set.
 *
 * <p><b>Decoding.</b> Each record is checked as strict UTF-8; a bad byte rejects its record, naming the line and
 * the byte column, and nothing is ever replaced by U+FFFD. A record may be at most
 * {@link Builder#maxRecordBytes(int)} long (1 MiB by default, the JSON path's line limit): a longer line is
 * rejected without being held. A quote that is never closed costs the line it opens on, not the file: that
 * line is rejected and reading resumes on the next line.
 *
 * <p><b>Accounting.</b> The first non-blank record is the header; blank lines are skipped and not counted. Every
 * other record is accepted (the mapper returned) or rejected (a malformed record, or the mapper threw
 * {@link RowRejectedException}) into the {@link RejectSink}, and the {@link ReadReport} states {@code read =
 * accepted + rejected}. Under {@link ReadPolicy#FAIL_FAST} the first rejection throws
 * {@link ReadFailedException} carrying the report so far. A header the mapper cannot use, a duplicated column
 * name, or an undecidable delimiter fail the read whatever the policy.
 *
 * <pre>{@code
 * TabularSource source = TabularSource.builder().mapping(mapping).rejectSink(rejects::add).build();
 * ReadReport report = source.read(Path.of("tickets.csv"), header -> {
 *     Column customer = header.require("customer_id", "customer", "email");
 *     Column when = header.require("timestamp", "time", "date");
 *     Optional<Column> csat = header.optional("csat");
 *     return row -> {
 *         String who = row.text(customer);
 *         Instant at = row.timestamp(when);
 *         OptionalLong score = csat.isEmpty() || row.isBlank(csat.get()) ? OptionalLong.empty()
 *                 : OptionalLong.of(row.wholeNumber(csat.get()));
 *         out.accept(new Answer(who, at, score));
 *     };
 * });
 * }</pre>
 *
 * <p>A source is immutable and thread-safe; each read has its own state. The mapper and the sink are called on
 * the reading thread, in input order. Memory is bounded by the record limit, whatever the file's size.
 */
public final class TabularSource {
    /** The default longest record, in bytes: 1 MiB, as for JSON Lines. */
    public static final int DEFAULT_MAX_RECORD_BYTES = InteractionReader.DEFAULT_MAX_LINE_BYTES;
    /** The bytes looked at to detect the delimiter. */
    static final int SNIFF_BYTES = 1 << 16;
    private static final int SNIFF_RECORDS = 50;

    private final Dialect dialect;
    private final SourceMapping mapping;
    private final ReadPolicy policy;
    private final RejectSink sink;
    private final int maxRecordBytes;
    private final int maxReported;
    private final boolean headerless;

    private TabularSource(Builder b) {
        this.dialect = b.dialect;
        this.mapping = b.mapping;
        this.policy = b.policy;
        this.sink = b.sink;
        this.maxRecordBytes = b.maxRecordBytes;
        this.maxReported = b.maxReported;
        this.headerless = b.headerless;
    }

    /** A builder: dialect detected, no mapping, {@link ReadPolicy#SKIP_AND_REPORT}, no sink, default limits. */
    public static Builder builder() {
        return new Builder();
    }

    /** The dialect reads use: the mapping's if it states one, else the builder's. */
    public Dialect dialect() {
        return mapping.dialect().orElse(dialect);
    }

    /** The mapping reads use. */
    public SourceMapping mapping() {
        return mapping;
    }

    /**
     * Reads a file, decompressing it if its name ends in {@code .gz}. The report's source is the path as given.
     *
     * @throws ReadFailedException if the header cannot be mapped, or under {@link ReadPolicy#FAIL_FAST} at the
     *         first rejected record
     * @throws IOException if the file cannot be read, or its gzip data is empty, damaged or followed by data
     *         that is not gzip
     */
    public ReadReport read(Path file, RowBinder binder) throws IOException {
        try (InputStream in = open(file)) {
            return read(file.toString(), in, binder);
        }
    }

    /**
     * Opens a file for reading: decompressed if its name ends in {@code .gz} (several gzip members are read one
     * after the other; bytes after the last member that are not gzip, and an empty file, are errors, never
     * dropped silently).
     *
     * @throws IOException if the file cannot be opened or its gzip header is wrong
     */
    public static InputStream open(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        if (file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
            try {
                return new GzipMembers(raw, file.toString());
            } catch (IOException | RuntimeException e) {
                raw.close();
                throw e;
            }
        }
        return raw;
    }

    /**
     * Reads a stream to its end; the stream is not closed.
     *
     * @param sourceName the name rejections and the report give the input
     * @param in the bytes, UTF-8, not compressed
     * @param binder finds the columns in the header and returns the row mapper
     * @throws ReadFailedException as {@link #read(Path, RowBinder)}
     * @throws IOException if the stream fails
     */
    public ReadReport read(String sourceName, InputStream in, RowBinder binder) throws IOException {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(binder, "binder");
        return new Pass(sourceName, in).run(binder);
    }

    /** The state of one read. */
    private final class Pass {
        private final String source;
        private final RecordScanner scan;
        private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private final List<Rejection> first = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private long accepted;
        private long rejected;
        private long unknownPerRow;
        private int columns;
        private Header header;
        private Row row;

        Pass(String source, InputStream in) {
            this.source = source;
            this.scan = new RecordScanner(in, maxRecordBytes);
        }

        ReadReport run(RowBinder binder) throws IOException {
            Dialect d = dialect();
            scan.prefetch(SNIFF_BYTES);
            char delimiter;
            if (d.delimiter().isPresent()) {
                delimiter = d.delimiter().get();
            } else {
                delimiter = sniff();
            }
            if (delimiter == ',' && d.decimalComma()) {
                throw fail(Rejection.RECORD, "", "a decimal comma needs a delimiter other than ',', and the columns "
                        + "are separated by commas; give the delimiter (--delimiter ';')", "");
            }
            scan.delimiter((byte) delimiter);
            if (!scan.next()) {
                return report();
            }
            List<String> names = headerless ? positionalNames(scan.count) : headerNames();
            header = new Header(source, headerless ? 0 : scan.startLine, names, mapping);
            columns = names.size();
            RowMapper mapper;
            try {
                mapper = binder.bind(header);
                header.checkMappedFieldsKnown();
            } catch (RowRejectedException e) {
                throw fail(e.column(), e.value(), e.reason(), String.join(String.valueOf(delimiter), names));
            }
            unknownPerRow = header.unclaimed().size();
            row = new Row(source, scan, d.decimalComma(), columns);
            // Without a header the first record, already scanned, is the first row.
            boolean firstIsRow = headerless;
            while (firstIsRow || scan.next()) {
                firstIsRow = false;
                Rejection r = check();
                if (r == null) {
                    try {
                        mapper.map(row);
                        accepted++;
                        continue;
                    } catch (RowRejectedException e) {
                        r = rejection(e.column(), e.value(), e.reason(), row.raw());
                    }
                }
                reject(r);
            }
            unitNotes();
            return report();
        }

        /** The names of a headerless file's columns: their 1-based positions. */
        private List<String> positionalNames(int count) {
            List<String> names = new ArrayList<>(count);
            for (int i = 1; i <= count; i++) {
                names.add(Integer.toString(i));
            }
            return names;
        }

        private char sniff() throws ReadFailedException {
            try {
                char c = DelimiterSniffer.detect(scan.buf, scan.position(), scan.limit(), scan.atEof(),
                        SNIFF_RECORDS);
                if (c != ',') {
                    notes.add("delimiter " + Dialect.name(c) + " detected from the header and first records");
                }
                return c;
            } catch (IllegalArgumentException e) {
                throw fail(Rejection.RECORD, "", e.getMessage(), "");
            }
        }

        private List<String> headerNames() throws IOException {
            Rejection bad = check();
            if (bad != null) {
                throw new ReadFailedException(report(), new Rejection(source, bad.line(), bad.field(), bad.value(),
                        "bad header: " + bad.reason(), bad.rawLine()));
            }
            Row r = new Row(source, scan, false, 0);
            r.reset(ascii());
            List<String> names = new ArrayList<>(scan.count);
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < scan.count; i++) {
                String name = r.value(new Column("", "", i, null, java.util.Map.of(), TimestampFormat.auto()))
                        .strip();
                if (!seen.add(name)) {
                    throw fail(name, name, "the header names column '" + name + "' twice; each column needs its own "
                            + "name", r.raw());
                }
                names.add(name);
            }
            return names;
        }

        /** Rejects a record that is malformed or not UTF-8; null if it may be mapped. */
        private Rejection check() {
            int status = scan.status();
            if (status == RecordScanner.TOO_LONG) {
                byte[] h = scan.tooLongHead();
                return rejection(Rejection.RECORD, "", "record is " + scan.fullLength() + " bytes long, more than "
                        + "the limit of " + maxRecordBytes + " bytes", StrictUtf8.display(h, h.length));
            }
            if (status == RecordScanner.UNTERMINATED) {
                return recover("a quote opened at column " + (scan.quoteAt() + 1 - lineStart(scan.quoteAt()))
                        + " is never closed");
            }
            if (status == RecordScanner.BAD_QUOTE) {
                int at = scan.errorAt();
                String why = "text after a closing quote at line " + lineOf(at) + ", column "
                        + (at + 1 - lineStart(at)) + " (a quote inside a quoted value is written twice: \"\")";
                if (scan.multiLine()) {
                    return recover(why);
                }
                return rejection(Rejection.RECORD, "", "malformed record: " + why, display());
            }
            if (header != null && scan.count != columns) {
                String why = "row has " + scan.count + " columns, the header has " + columns;
                if (scan.multiLine()) {
                    return recover(why);
                }
                String shown = display();
                return rejection(Rejection.RECORD, shown, why, shown);
            }
            boolean ascii = ascii();
            if (!ascii) {
                int bad = utf8Error();
                if (bad >= 0) {
                    int b = scan.buf[scan.recStart + bad] & 0xFF;
                    return rejection(Rejection.RECORD, String.format("\\x%02X", b), "invalid UTF-8 at line "
                            + lineOf(bad) + ", byte column " + (bad + 1 - lineStart(bad))
                            + "; the record is rejected, not repaired", display());
                }
            }
            if (row != null) {
                row.reset(ascii);
            }
            return null;
        }

        /**
         * Rejects the first line of a record that ran over several lines because of a quote, and scans again
         * from the next line, so that one stray quote does not swallow the records after it.
         */
        private Rejection recover(String why) {
            if (!scan.multiLine()) {
                return rejection(Rejection.RECORD, "", "malformed record: " + why, display());
            }
            int nl = scan.firstNewline();
            int end = nl > 0 && scan.buf[scan.recStart + nl - 1] == '\r' ? nl - 1 : nl;
            String first = StrictUtf8.display(java.util.Arrays.copyOfRange(scan.buf, scan.recStart,
                    scan.recStart + end), end);
            Rejection r = rejection(Rejection.RECORD, "", "malformed record: " + why + "; read as one record it "
                    + "would run over lines " + scan.startLine + "-" + scan.endLine + ", so line " + scan.startLine
                    + " is rejected alone and reading resumes at line " + (scan.startLine + 1), first);
            scan.resumeAfterFirstLine();
            return r;
        }

        private boolean ascii() {
            byte[] b = scan.buf;
            int acc = 0;
            for (int i = scan.recStart, end = scan.recEnd; i < end; i++) {
                acc |= b[i];
            }
            return acc >= 0;
        }

        /** The offset in the record of its first byte that is not UTF-8, or -1. */
        private int utf8Error() {
            ByteBuffer in = ByteBuffer.wrap(scan.buf, scan.recStart, scan.recEnd - scan.recStart);
            java.nio.CharBuffer out = java.nio.CharBuffer.allocate(Math.min(8192, scan.recEnd - scan.recStart + 1));
            utf8.reset();
            while (true) {
                CoderResult r = utf8.decode(in, out, true);
                if (r.isError()) {
                    return in.position() - scan.recStart;
                }
                if (r.isUnderflow()) {
                    return utf8.flush(out).isError() ? in.position() - scan.recStart : -1;
                }
                out.clear();
            }
        }

        /** The 1-based line of the byte at {@code offset} in the record. */
        private long lineOf(int offset) {
            long line = scan.startLine;
            for (int i = scan.recStart; i < scan.recStart + offset; i++) {
                if (scan.buf[i] == '\n') {
                    line++;
                }
            }
            return line;
        }

        /** The offset in the record of the start of the line holding {@code offset}. */
        private int lineStart(int offset) {
            for (int i = scan.recStart + offset - 1; i >= scan.recStart; i--) {
                if (scan.buf[i] == '\n') {
                    return i + 1 - scan.recStart;
                }
            }
            return 0;
        }

        private String display() {
            int n = Math.min(scan.recEnd - scan.recStart, InteractionReader.REPORTED_RAW_LINE_CHARS * 4);
            return StrictUtf8.display(java.util.Arrays.copyOfRange(scan.buf, scan.recStart, scan.recStart + n), n);
        }

        private Rejection rejection(String field, String value, String reason, String raw) {
            return new Rejection(source, scan.startLine, field, value, reason, raw);
        }

        private ReadFailedException fail(String field, String value, String reason, String raw) {
            return new ReadFailedException(report(), new Rejection(source, Math.max(scan.startLine, 1), field,
                    value, reason, raw));
        }

        private void reject(Rejection r) throws ReadFailedException {
            rejected++;
            if (first.size() < maxReported) {
                first.add(r.withRawLineCut(InteractionReader.REPORTED_RAW_LINE_CHARS));
            }
            sink.reject(r);
            if (policy == ReadPolicy.FAIL_FAST) {
                unitNotes();
                throw new ReadFailedException(report(), r);
            }
        }

        private void unitNotes() {
            if (row == null) {
                return;
            }
            long[][] units = row.units();
            for (int i = 0; i < units.length; i++) {
                long[] u = units[i];
                if (u == null) {
                    continue;
                }
                List<String> used = new ArrayList<>();
                for (int k = 0; k < u.length; k++) {
                    if (u[k] > 0) {
                        used.add(TimestampFormat.UNIT_NAMES[k] + " (" + u[k] + " values)");
                    }
                }
                if (!used.isEmpty()) {
                    notes.add("column '" + header.names().get(i) + "': bare numbers read as " + String.join(", ",
                            used) + ", the unit chosen by magnitude (below 1e11 seconds, below 1e14 milliseconds, "
                            + "else microseconds); give --timestamp-format to fix it");
                }
            }
        }

        private ReadReport report() {
            return new ReadReport(source, accepted + rejected, accepted, rejected, unknownPerRow * (accepted
                    + rejected), first, notes);
        }
    }

    /** Configures a {@link TabularSource}. Not thread-safe; the source it builds is. */
    public static final class Builder {
        private Dialect dialect = Dialect.auto();
        private SourceMapping mapping = SourceMapping.none();
        private ReadPolicy policy = ReadPolicy.SKIP_AND_REPORT;
        private RejectSink sink = RejectSink.NONE;
        private int maxRecordBytes = DEFAULT_MAX_RECORD_BYTES;
        private int maxReported = InteractionReader.DEFAULT_MAX_REPORTED_REJECTIONS;
        private boolean headerless;

        private Builder() {
        }

        /** The dialect; default {@link Dialect#auto()}. A mapping that states a dialect overrides it. */
        public Builder dialect(Dialect dialect) {
            this.dialect = Objects.requireNonNull(dialect, "dialect");
            return this;
        }

        /** The mapping of columns to the reader's fields; default {@link SourceMapping#none()}. */
        public Builder mapping(SourceMapping mapping) {
            this.mapping = Objects.requireNonNull(mapping, "mapping");
            return this;
        }

        /** What to do at a rejected record; default {@link ReadPolicy#SKIP_AND_REPORT}. */
        public Builder policy(ReadPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** Where every rejection goes, in input order; default nowhere (the report still counts them). */
        public Builder rejectSink(RejectSink sink) {
            this.sink = Objects.requireNonNull(sink, "rejectSink");
            return this;
        }

        /**
         * The longest record, in bytes; default {@value TabularSource#DEFAULT_MAX_RECORD_BYTES}.
         *
         * @throws IllegalArgumentException if below 1,024
         */
        public Builder maxRecordBytes(int max) {
            if (max < 1024) {
                throw new IllegalArgumentException("maxRecordBytes must be at least 1024, was " + max);
            }
            this.maxRecordBytes = max;
            return this;
        }

        /**
         * How many rejections the report keeps; the sink still gets all.
         *
         * @throws IllegalArgumentException if negative
         */
        public Builder maxReportedRejections(int max) {
            if (max < 0) {
                throw new IllegalArgumentException("maxReportedRejections must not be negative, was " + max);
            }
            this.maxReported = max;
            return this;
        }

        /**
         * Whether the file has no header row (as CDNOW's files): every record is then a row, and the columns are
         * named by their 1-based position ({@code "1"}, {@code "2"}, ...), counted on the first record. Default
         * false: the first non-blank record is the header.
         */
        public Builder headerless(boolean none) {
            this.headerless = none;
            return this;
        }

        /** The source. */
        public TabularSource build() {
            return new TabularSource(this);
        }
    }
}
