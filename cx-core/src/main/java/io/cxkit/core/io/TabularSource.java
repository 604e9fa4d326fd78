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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
    private static final Logger LOG = LoggerFactory.getLogger(TabularSource.class);

    /** The default longest record, in bytes: 1 MiB, as for JSON Lines. */
    public static final int DEFAULT_MAX_RECORD_BYTES = InteractionReader.DEFAULT_MAX_LINE_BYTES;
    /** The bytes looked at to detect the delimiter. */
    static final int SNIFF_BYTES = 1 << 16;
    private static final java.util.regex.Pattern TIME_ZONE = java.util.regex.Pattern.compile(
            "\"timeZone\"\\s*:\\s*\"([^\"]+)\"");
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
        this.policy = b.readPolicy();
        this.sink = b.sink();
        this.maxRecordBytes = b.maxRecordBytes;
        this.maxReported = b.reportedRejections();
        this.headerless = b.headerless || !b.mapping.header();
    }

    /**
     * A builder: dialect detected, no mapping, {@link ReadPolicy#SKIP_AND_REPORT}, no sink, default limits.
     *
     * @return a builder: dialect detected, no mapping, {@link ReadPolicy#SKIP_AND_REPORT}, no sink, default limits
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The dialect reads use: the mapping's if it states one, else the builder's.
     *
     * @return the dialect reads use: the mapping's if it states one, else the builder's
     */
    public Dialect dialect() {
        return mapping.dialect().orElse(dialect);
    }

    /**
     * The mapping reads use.
     *
     * @return the mapping reads use
     */
    public SourceMapping mapping() {
        return mapping;
    }

    /**
     * Reads a file, decompressing it if its name ends in {@code .gz}. The report's source is the path as given.
     *
     * @param file the file to read
     * @param binder finds the columns in the header and returns the row mapper
     * @return the read report (read = accepted + rejected)
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
     * @param file the file to read
     * @return the stream of the file's (decompressed) bytes, to be closed by the caller
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
     * @return the read report (read = accepted + rejected)
     * @throws ReadFailedException as {@link #read(Path, RowBinder)}
     * @throws IOException if the stream fails
     */
    public ReadReport read(String sourceName, InputStream in, RowBinder binder) throws IOException {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(binder, "binder");
        return logged(new Pass(sourceName, in).run(binder));
    }

    /**
     * Binds a row mapper to a chunk's own state, for {@link #readInParallel}.
     *
     * @param <S> the state each chunk maps its rows into
     */
    @FunctionalInterface
    public interface ChunkBinder<S> {
        /**
         * The mapper of one chunk's rows, which adds them to {@code state}.
         *
         * @param state the state
         * @param header the header
         * @return the mapper of one chunk's rows, which adds them to {@code state}
         * @throws RowRejectedException as {@link RowBinder#bind(Header)}
         */
        RowMapper bind(S state, Header header) throws RowRejectedException;
    }

    /**
     * What a parallel read gave: the report of the whole file and the chunks' states in file order, to be merged
     * in that order.
     *
     * @param report the report of the whole read, as a single read would give it
     * @param states one state per chunk, in file order (one state when the file was read in one pass)
     * @param <S> the state type
     */
    public record ChunkedRead<S>(ReadReport report, List<S> states) {
        /**
         * Copies the list.
         *
         * @param report the report of the whole read, as a single read would give it
         * @param states one state per chunk, in file order (one state when the file was read in one pass)
         */
        public ChunkedRead {
            states = List.copyOf(states);
        }
    }

    /**
     * Reads a file with several threads: the file is cut into chunks at line ends, each chunk is read into its
     * own state, and the states come back in file order for the caller to merge (every cxkit calculator is a
     * mergeable accumulator). The report, the rejections (handed to the sink in file order, on this thread,
     * after the chunks are read) and their line numbers are those of a single-threaded read. A chunk boundary
     * that falls inside a quoted value is detected, and the file is then read again in one pass.
     *
     * <p>Compressed files, small files, {@link ReadPolicy#FAIL_FAST} and {@code threads == 1} are read in one
     * pass, into one state, on this thread.
     *
     * @param threads the most threads to use (at least 1); a typical value is the number of processors
     * @param newState makes the state of one chunk
     * @param binder binds a chunk's mapper to its state; called once per chunk, possibly on other threads
     * @param <S> the state each chunk maps its rows into
     * @param file the file to read
     * @return the states in file order and the report of the whole read
     * @throws ReadFailedException as {@link #read(Path, RowBinder)}
     * @throws IOException as {@link #read(Path, RowBinder)}
     */
    public <S> ChunkedRead<S> readInParallel(Path file, int threads, java.util.function.Supplier<S> newState,
            ChunkBinder<S> binder) throws IOException {
        Objects.requireNonNull(newState, "newState");
        Objects.requireNonNull(binder, "binder");
        long size = Files.size(file);
        boolean gz = file.getFileName() != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
        if (threads <= 1 || gz || headerless || policy == ReadPolicy.FAIL_FAST || size < PARALLEL_MIN_BYTES) {
            return sequential(file, newState, binder);
        }
        Pass head;
        long headerEnd;
        try (InputStream in = Files.newInputStream(file)) {
            head = new Pass(file.toString(), in);
            if (!head.start()) {
                return sequential(file, newState, binder);
            }
            headerEnd = head.scan.nextOffset();
            head.bind(h -> binder.bind(newState.get(), h));
        }
        int chunks = Math.max(2, Math.min(threads * 4, (int) (size / PARALLEL_MIN_CHUNK)));
        long[] starts = new long[chunks + 1];
        starts[0] = headerEnd;
        starts[chunks] = size;
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file)) {
            for (int k = 1; k < chunks; k++) {
                starts[k] = Math.max(starts[k - 1], lineStartAfter(ch, headerEnd + (size - headerEnd) * k / chunks,
                        size));
            }
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                Math.min(threads, chunks), r -> {
                    Thread t = new Thread(r, "cx-read");
                    t.setDaemon(true);
                    return t;
                });
        try {
            // First the lines before each chunk, so that every row knows its line while it is mapped.
            List<java.util.concurrent.Future<Long>> counts = new ArrayList<>();
            for (int k = 0; k < chunks; k++) {
                long from = starts[k];
                long to = starts[k + 1];
                counts.add(pool.submit(() -> countLines(file, from, to)));
            }
            long[] linesBefore = new long[chunks];
            long lines = countLines(file, 0, headerEnd);
            for (int k = 0; k < chunks; k++) {
                linesBefore[k] = lines;
                lines += get(counts.get(k));
            }
            List<java.util.concurrent.Future<Chunk<S>>> parts = new ArrayList<>();
            for (int k = 0; k < chunks; k++) {
                long from = starts[k];
                long to = starts[k + 1];
                long before = linesBefore[k];
                parts.add(pool.submit(() -> chunk(file, head, from, to, before, newState, binder)));
            }
            List<Chunk<S>> done = new ArrayList<>();
            for (java.util.concurrent.Future<Chunk<S>> f : parts) {
                done.add(get(f));
            }
            for (int k = 0; k + 1 < chunks; k++) {
                if (done.get(k).stop != done.get(k + 1).first) {
                    // A boundary fell inside a quoted value: the chunks disagree on where records start.
                    LOG.info("{}: a chunk boundary fell inside a quoted value (a line break within a field); "
                            + "reading the file again in one pass", file);
                    return sequential(file, newState, binder);
                }
            }
            return merge(file.toString(), head, done);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Files below this size are read in one pass: threads would cost more than they save. */
    static final long PARALLEL_MIN_BYTES = 8L << 20;
    private static final long PARALLEL_MIN_CHUNK = 4L << 20;

    /** One chunk's outcome. */
    private record Chunk<S>(S state, long accepted, long rejected, long unknownPerRow, List<Rejection> rejections,
            long[][] units, long first, long stop) {
    }

    private <S> ChunkedRead<S> sequential(Path file, java.util.function.Supplier<S> newState, ChunkBinder<S> binder)
            throws IOException {
        S state = newState.get();
        ReadReport r = read(file, h -> binder.bind(state, h));
        return new ChunkedRead<>(r, List.of(state));
    }

    private <S> Chunk<S> chunk(Path file, Pass head, long from, long to, long linesBefore,
            java.util.function.Supplier<S> newState, ChunkBinder<S> binder) throws IOException {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file)) {
            ch.position(from);
            InputStream in = java.nio.channels.Channels.newInputStream(ch);
            Pass p = new Pass(file.toString(), in);
            p.held = new ArrayList<>();
            p.scan.setBase(from);
            p.startChunk(head, linesBefore);
            S state = newState.get();
            RowMapper mapper = p.bind(h -> binder.bind(state, h));
            p.loop(mapper, to);
            return new Chunk<>(state, p.accepted, p.rejected, p.unknownPerRow, p.held, p.row.units(),
                    p.firstOffset, p.stopOffset);
        }
    }

    private <S> ChunkedRead<S> merge(String source, Pass head, List<Chunk<S>> done) {
        long accepted = 0;
        long rejected = 0;
        long unknown = 0;
        List<Rejection> first = new ArrayList<>();
        long[][] units = null;
        List<S> states = new ArrayList<>();
        for (Chunk<S> c : done) {
            accepted += c.accepted;
            rejected += c.rejected;
            unknown += c.unknownPerRow * (c.accepted + c.rejected);
            for (Rejection r : c.rejections) {
                if (first.size() < maxReported) {
                    first.add(r.withRawLineCut(InteractionReader.REPORTED_RAW_LINE_CHARS));
                }
                sink.reject(r);
            }
            if (units == null) {
                units = new long[c.units.length][];
            }
            for (int i = 0; i < c.units.length && i < units.length; i++) {
                if (c.units[i] != null) {
                    if (units[i] == null) {
                        units[i] = new long[c.units[i].length];
                    }
                    for (int u = 0; u < c.units[i].length; u++) {
                        units[i][u] += c.units[i][u];
                    }
                }
            }
            states.add(c.state);
        }
        head.unitNotes(units == null ? new long[0][] : units);
        return new ChunkedRead<>(logged(new ReadReport(source, accepted + rejected, accepted, rejected, unknown,
                first, head.notes)), states);
    }

    /**
     * Logs what a lenient read decided for the caller, once per read and never per record: at INFO how many records
     * were rejected and the first reason, at DEBUG the counts of a clean read. The report itself carries the same
     * figures; the log line is for services that read files unattended.
     */
    private static ReadReport logged(ReadReport r) {
        if (r.rejected() > 0) {
            if (LOG.isInfoEnabled()) {
                String why = r.firstRejections().isEmpty() ? "" : " (first: line " + r.firstRejections().get(0).line()
                        + ", field " + r.firstRejections().get(0).field() + ": " + r.firstRejections().get(0).reason()
                        + ")";
                LOG.info("{}: {} of {} records rejected{}", r.source(), r.rejected(), r.read(), why);
            }
        } else {
            LOG.debug("{}: {} records read, none rejected", r.source(), r.read());
        }
        return r;
    }

    /** The offset of the first byte after the first line feed at or after {@code at}; {@code size} if none. */
    private static long lineStartAfter(java.nio.channels.FileChannel ch, long at, long size) throws IOException {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(1 << 16);
        long pos = at;
        while (pos < size) {
            b.clear();
            int n = ch.read(b, pos);
            if (n <= 0) {
                break;
            }
            for (int i = 0; i < n; i++) {
                if (b.get(i) == '\n') {
                    return pos + i + 1;
                }
            }
            pos += n;
        }
        return size;
    }

    /** The number of line feeds in {@code [from, to)} of the file. */
    private static long countLines(Path file, long from, long to) throws IOException {
        long n = 0;
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file)) {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(1 << 18);
            byte[] a = b.array();
            long pos = from;
            while (pos < to) {
                b.clear();
                b.limit((int) Math.min(a.length, to - pos));
                int r = ch.read(b, pos);
                if (r <= 0) {
                    break;
                }
                n += RecordScanner.countLineFeeds(a, 0, r);
                pos += r;
            }
        }
        return n;
    }

    private static <T> T get(java.util.concurrent.Future<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("read interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) {
                throw io;
            }
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IOException(c);
        }
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
        private char delimiter;
        private List<String> names;
        private long headerLine;
        /** The mapping this pass reads with: the source's, or with the zone a survey export states. */
        private SourceMapping readMapping;
        /** In a chunk: rejections are kept here, in order, and handed to the sink after every chunk is read. */
        private List<Rejection> held;
        private long firstOffset;
        private long stopOffset;
        private boolean firstIsRow;

        Pass(String source, InputStream in) {
            this.source = source;
            this.scan = new RecordScanner(in, maxRecordBytes);
        }

        ReadReport run(RowBinder binder) throws IOException {
            if (!start()) {
                return report();
            }
            RowMapper mapper = bind(binder);
            loop(mapper, Long.MAX_VALUE);
            unitNotes();
            return report();
        }

        /** Settles the dialect and reads the header; false if the input holds nothing. */
        boolean start() throws IOException {
            Dialect d = dialect();
            scan.prefetch(SNIFF_BYTES);
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
                return false;
            }
            names = headerless ? positionalNames(scan.count) : headerNames();
            headerLine = headerless ? 0 : scan.startLine;
            readMapping = mapping;
            if (!headerless) {
                skipSurveyExportRows();
            }
            // Without a header the first record, already scanned, is the first row.
            firstIsRow = headerless;
            return true;
        }

        /** Prepares this pass to read a chunk that starts after {@code lines} lines, with a known header. */
        void startChunk(Pass head, long lines) {
            delimiter = head.delimiter;
            names = head.names;
            readMapping = head.readMapping;
            headerLine = head.headerLine;
            notes.clear();
            scan.delimiter((byte) delimiter);
            scan.startAfter(lines);
        }

        RowMapper bind(RowBinder binder) throws ReadFailedException {
            header = new Header(source, headerLine, names, readMapping);
            columns = names.size();
            RowMapper mapper;
            try {
                mapper = binder.bind(header);
                header.checkMappedFieldsKnown();
            } catch (RowRejectedException e) {
                throw fail(e.column(), e.value(), e.reason(), String.join(String.valueOf(delimiter), names));
            }
            unknownPerRow = header.unclaimedCount();
            row = new Row(source, scan, dialect().decimalComma(), columns);
            return mapper;
        }

        /**
         * Maps records until the input ends or a record starts at or after {@code end}; remembers where the first
         * and the stopping record start.
         */
        void loop(RowMapper mapper, long end) throws IOException {
            firstOffset = -1;
            // Read per record: a mapper may still ask the header for a column while it maps rows.
            while (firstIsRow || nextRecord()) {
                firstIsRow = false;
                long at = scan.recordOffset();
                if (firstOffset < 0) {
                    firstOffset = at;
                }
                if (at >= end) {
                    stopOffset = at;
                    return;
                }
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
            stopOffset = scan.nextOffset();
            if (firstOffset < 0) {
                firstOffset = stopOffset;
            }
        }

        /** Scans the next record, recording only the fields the mapper can read. */
        private boolean nextRecord() throws IOException {
            scan.recordFields(header.widest());
            return scan.next();
        }

        /**
         * A Qualtrics export writes two more header rows under the column names: the question texts, then a row
         * of {@code {"ImportId":...}} objects (the export's time zone among them). They are header rows, not
         * records, so they are skipped without counting, and the zone they state reads local times when no zone
         * was given. The rows are looked at in a copy of the buffered bytes, so a file without them is untouched.
         */
        private void skipSurveyExportRows() throws IOException {
            scan.prefetch(SNIFF_BYTES);
            int from = scan.position();
            int to = scan.limit();
            if (to <= from) {
                return;
            }
            RecordScanner peek = new RecordScanner(new java.io.ByteArrayInputStream(scan.buf, from, to - from),
                    maxRecordBytes);
            peek.startAfter(0);
            peek.delimiter((byte) delimiter);
            if (!peek.next() || peek.status() != RecordScanner.OK || peek.count != names.size()
                    || !peek.next() || peek.status() != RecordScanner.OK || peek.count != names.size()) {
                return;
            }
            String zone = null;
            int ids = 0;
            for (int i = 0; i < peek.count; i++) {
                String cell = new String(peek.buf, peek.recStart + peek.starts[i], peek.ends[i] - peek.starts[i],
                        StandardCharsets.UTF_8).strip();
                if (cell.length() >= 2 && cell.charAt(0) == '"' && cell.charAt(cell.length() - 1) == '"') {
                    cell = cell.substring(1, cell.length() - 1);
                }
                cell = cell.replace("\"\"", "\"");
                if (cell.isEmpty()) {
                    continue;
                }
                if (!cell.startsWith("{\"ImportId\"")) {
                    return;
                }
                ids++;
                java.util.regex.Matcher m = TIME_ZONE.matcher(cell);
                if (zone == null && m.find()) {
                    zone = m.group(1);
                }
            }
            if (ids == 0) {
                return;
            }
            long first = scan.startLine + 1;
            scan.recordFields(Integer.MAX_VALUE);
            scan.next();
            scan.next();
            notes.add("survey export (Qualtrics): lines " + first + "-" + scan.endLine + " hold the question texts "
                    + "and ImportIds; read as header rows, not records");
            if (zone != null && mapping.zone().isEmpty()) {
                try {
                    readMapping = mapping.toBuilder().zone(java.time.ZoneId.of(zone)).build();
                    notes.add("times without an offset read in " + zone + ", the time zone the export's ImportId "
                            + "row states (give --zone to read them in another)");
                } catch (java.time.DateTimeException e) {
                    notes.add("the export's ImportId row names the time zone '" + zone + "', which is not known; "
                            + "give --zone");
                }
            }
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
            return RecordScanner.ascii(scan.buf, scan.recStart, scan.recEnd);
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
            if (held != null) {
                held.add(r);
                return;
            }
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
            unitNotes(row.units());
        }

        private void unitNotes(long[][] units) {
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
                            used) + ", the unit chosen by magnitude (8 digits forming a valid date yyyyMMdd, else below 1e11 "
                            + "seconds, below 1e14 milliseconds, else microseconds); give --timestamp-format to fix "
                            + "it");
                }
            }
        }

        private ReadReport report() {
            return new ReadReport(source, accepted + rejected, accepted, rejected, unknownPerRow * (accepted
                    + rejected), first, notes);
        }
    }

    /** Configures a {@link TabularSource}. Not thread-safe; the source it builds is. */
    public static final class Builder extends ReadSettings<Builder> {
        private Dialect dialect = Dialect.auto();
        private SourceMapping mapping = SourceMapping.none();
        private int maxRecordBytes = DEFAULT_MAX_RECORD_BYTES;
        private boolean headerless;

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * The dialect; default {@link Dialect#auto()}. A mapping that states a dialect overrides it.
         *
         * @param dialect the dialect ({@link Dialect#auto()} detects the delimiter)
         * @return this builder, for chaining
         */
        public Builder dialect(Dialect dialect) {
            this.dialect = Objects.requireNonNull(dialect, "dialect");
            return this;
        }

        /**
         * The mapping of columns to the reader's fields; default {@link SourceMapping#none()}.
         *
         * @param mapping how its columns map onto the schema
         * @return this builder, for chaining
         */
        public Builder mapping(SourceMapping mapping) {
            this.mapping = Objects.requireNonNull(mapping, "mapping");
            return this;
        }

        /** What to do at a rejected record; default {@link ReadPolicy#SKIP_AND_REPORT}. */
                /**
         * The longest record, in bytes; default {@value TabularSource#DEFAULT_MAX_RECORD_BYTES}.
         *
                 * @param max the number kept
                 * @return this builder, for chaining
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
         * Whether the file has no header row (as CDNOW's files): every record is then a row, and the columns are
         * named by their 1-based position ({@code "1"}, {@code "2"}, ...), counted on the first record. Default
         * false: the first non-blank record is the header.
         *
         * @param none true if the file has no header row
         * @return this builder, for chaining
         */
        public Builder headerless(boolean none) {
            this.headerless = none;
            return this;
        }

        /**
         * The source.
         *
         * @return the source
         */
        public TabularSource build() {
            return new TabularSource(this);
        }
    }
}
