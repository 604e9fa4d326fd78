package io.cxkit.journey.map;

import io.cxkit.core.io.ReadFailedException;
import io.cxkit.core.io.ReadPolicy;
import io.cxkit.core.io.ReadReport;
import io.cxkit.core.io.RejectSink;
import io.cxkit.core.io.Rejection;
import io.cxkit.journey.EventLog;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Reads a generic event log: any CSV (RFC 4180, UTF-8, optionally gzipped) with a header row naming a case id,
 * an activity and a timestamp column, as process-mining tools export them. Other columns are ignored. The result
 * is a columnar {@link EventLog}, so a journey map can be drawn from a process-mining log as well as from cxkit
 * interactions.
 *
 * <p><b>Nothing is lost.</b> Every record after the header is accepted or rejected, and the
 * {@link ReadReport} states {@code read = accepted + rejected}. A record is rejected, with its line, field, value
 * and reason, when its column count differs from the header's, a quote is not closed, the case id or activity
 * is blank, or the timestamp does not parse. Rejections go to the {@link RejectSink}; under
 * {@link ReadPolicy#FAIL_FAST} the first one throws {@link ReadFailedException} carrying the report so far. A
 * header without one of the named columns, or an input without a header, throws {@link ReadFailedException}
 * whatever the policy, naming the missing column and the columns there are.
 *
 * <p><b>Timestamps</b> parse as in cx-core: ISO-8601 with a UTC offset and a 'T' or a space, or epoch
 * milliseconds; or by an explicit {@link java.time.format.DateTimeFormatter} pattern. A timestamp without an
 * offset is read in the configured zone, if one is set, and rejected otherwise. Blank lines are skipped and not
 * counted. Instances are immutable and thread-safe.
 */
public final class EventLogReader {
    /** PM4Py's names for the case, activity and timestamp columns, the XES keys it writes to CSV. */
    static final String PM4PY_CASE = "case:concept:name";
    static final String PM4PY_ACTIVITY = "concept:name";
    static final String PM4PY_TIMESTAMP = "time:timestamp";
    private static final java.util.Map<String, String> DEFAULTS = java.util.Map.of(PM4PY_CASE, "case_id",
            PM4PY_ACTIVITY, "activity", PM4PY_TIMESTAMP, "timestamp");

    private final Optional<String> caseColumn;
    private final Optional<String> activityColumn;
    private final Optional<String> timestampColumn;
    private final Optional<String> pattern;
    private final Optional<ZoneId> zone;
    private final char delimiter;
    private final ReadPolicy policy;
    private final RejectSink sink;
    private final int maxReported;

    private EventLogReader(Builder b) {
        this.caseColumn = b.caseColumn;
        this.activityColumn = b.activityColumn;
        this.timestampColumn = b.timestampColumn;
        this.pattern = b.pattern;
        this.zone = b.zone;
        this.delimiter = b.delimiter;
        this.policy = b.policy;
        this.sink = b.sink;
        this.maxReported = b.maxReported;
    }

    /**
     * A builder with columns {@code case_id}, {@code activity}, {@code timestamp} (or, where the header has them
     * instead, PM4Py's {@code case:concept:name}, {@code concept:name}, {@code time:timestamp}), comma, skip and
     * report.
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a file ({@code .gz} is decompressed).
     *
     * @throws ReadFailedException for a bad header or, fail-fast, the first bad record
     * @throws IOException if the file cannot be read
     */
    public EventLogRead read(Path file) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            InputStream in = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
                    ? new GZIPInputStream(raw, 1 << 16) : raw;
            return read(file.toString(), in);
        }
    }

    /**
     * Reads a stream of UTF-8 CSV; the stream is not closed. Bytes that are not UTF-8 become U+FFFD, and the
     * record holding them is read as it then stands.
     *
     * @param sourceName the name rejections and the report carry
     * @throws ReadFailedException for a bad header or, fail-fast, the first bad record
     * @throws IOException if the stream cannot be read
     */
    public EventLogRead read(String sourceName, InputStream in) throws IOException {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        return read(sourceName, reader);
    }

    /**
     * Reads CSV text; the reader is not closed.
     *
     * @throws ReadFailedException for a bad header or, fail-fast, the first bad record
     * @throws IOException if the reader fails
     */
    public EventLogRead read(String sourceName, Reader in) throws IOException {
        Objects.requireNonNull(sourceName, "source name must not be null");
        CsvRecords csv = new CsvRecords(in, delimiter);
        Tally tally = new Tally(sourceName);
        if (!csv.next()) {
            throw tally.fail(new Rejection(sourceName, 0, Rejection.RECORD, "",
                    "the input is empty: expected a header row naming columns "
                            + caseColumn.orElse(DEFAULTS.get(PM4PY_CASE)) + ", "
                            + activityColumn.orElse(DEFAULTS.get(PM4PY_ACTIVITY)) + ", "
                            + timestampColumn.orElse(DEFAULTS.get(PM4PY_TIMESTAMP)), ""));
        }
        List<String> header = new ArrayList<>();
        for (String h : csv.fields()) {
            header.add(h.strip());
        }
        String caseColumn = pick(header, this.caseColumn, PM4PY_CASE);
        String activityColumn = pick(header, this.activityColumn, PM4PY_ACTIVITY);
        String timestampColumn = pick(header, this.timestampColumn, PM4PY_TIMESTAMP);
        int caseAt = column(header, caseColumn, csv, tally);
        int activityAt = column(header, activityColumn, csv, tally);
        int timestampAt = column(header, timestampColumn, csv, tally);
        TimestampParser timestamps = new TimestampParser(pattern, zone);
        EventLog.Builder log = EventLog.builder();
        while (csv.next()) {
            tally.read++;
            List<String> f = csv.fields();
            Optional<Rejection> bad = Optional.empty();
            if (csv.unclosedQuote()) {
                bad = Optional.of(reject(tally, csv, Rejection.RECORD, "", "a quoted field is not closed"));
            } else if (f.size() != header.size()) {
                bad = Optional.of(reject(tally, csv, Rejection.RECORD, "", "the record has " + f.size()
                        + " fields, the header " + header.size()));
            } else if (f.get(caseAt).isBlank()) {
                bad = Optional.of(reject(tally, csv, caseColumn, f.get(caseAt), caseColumn + " must not be blank"));
            } else if (f.get(activityAt).isBlank()) {
                bad = Optional.of(reject(tally, csv, activityColumn, f.get(activityAt),
                        activityColumn + " must not be blank"));
            } else {
                try {
                    Instant t = timestamps.parse(f.get(timestampAt));
                    log.add(f.get(caseAt).strip(), f.get(activityAt).strip(), EventLog.micros(t));
                    tally.accepted++;
                } catch (DateTimeException | ArithmeticException e) {
                    bad = Optional.of(reject(tally, csv, timestampColumn, f.get(timestampAt), e.getMessage()));
                }
            }
            if (bad.isPresent()) {
                sink.reject(bad.get());
                if (policy == ReadPolicy.FAIL_FAST) {
                    throw new ReadFailedException(tally.report(), bad.get());
                }
            }
        }
        return new EventLogRead(log.build(), tally.report());
    }

    /**
     * The column to read: the one configured or, when the column was left at its default and the header lacks
     * it, the name PM4Py and XES-derived CSV exports give the same field.
     */
    private static String pick(List<String> header, Optional<String> configured, String pm4py) {
        if (configured.isPresent()) {
            return configured.get();
        }
        return header.contains(pm4py) ? pm4py : DEFAULTS.get(pm4py);
    }

    private int column(List<String> header, String name, CsvRecords csv, Tally tally) throws ReadFailedException {
        int at = header.indexOf(name);
        if (at < 0) {
            String either = DEFAULTS.entrySet().stream().filter(d -> d.getValue().equals(name))
                    .map(d -> "' or '" + d.getKey()).findFirst().orElse("");
            throw tally.fail(new Rejection(tally.source, csv.line(), name, "", "the header has no column '" + name
                    + either + "'; its columns are " + header, csv.raw()));
        }
        return at;
    }

    private Rejection reject(Tally tally, CsvRecords csv, String field, String value, String reason) {
        Rejection r = new Rejection(tally.source, csv.line(), field, value, reason, csv.raw());
        tally.rejected++;
        if (tally.first.size() < maxReported) {
            tally.first.add(r);
        }
        return r;
    }

    /** Counts of one read. */
    private static final class Tally {
        final String source;
        long read;
        long accepted;
        long rejected;
        final List<Rejection> first = new ArrayList<>();

        Tally(String source) {
            this.source = source;
        }

        ReadReport report() {
            return new ReadReport(source, read, accepted, rejected, 0, first);
        }

        ReadFailedException fail(Rejection r) {
            return new ReadFailedException(report(), r);
        }
    }

    /** Collects a reader's settings. Not thread-safe. */
    public static final class Builder {
        private Optional<String> caseColumn = Optional.empty();
        private Optional<String> activityColumn = Optional.empty();
        private Optional<String> timestampColumn = Optional.empty();
        private Optional<String> pattern = Optional.empty();
        private Optional<ZoneId> zone = Optional.empty();
        private char delimiter = ',';
        private ReadPolicy policy = ReadPolicy.SKIP_AND_REPORT;
        private RejectSink sink = RejectSink.NONE;
        private int maxReported = 100;

        private Builder() {
        }

        /** The case id column's header name ({@code case:concept:name} in XES-derived CSV). */
        public Builder caseColumn(String name) {
            caseColumn = Optional.of(nonBlank("case column", name));
            return this;
        }

        /** The activity column's header name ({@code concept:name}). */
        public Builder activityColumn(String name) {
            activityColumn = Optional.of(nonBlank("activity column", name));
            return this;
        }

        /** The timestamp column's header name ({@code time:timestamp}). */
        public Builder timestampColumn(String name) {
            timestampColumn = Optional.of(nonBlank("timestamp column", name));
            return this;
        }

        /**
         * An explicit timestamp pattern in {@link java.time.format.DateTimeFormatter} letters, e.g.
         * {@code dd-MM-yyyy HH:mm:ss}; replaces the default formats.
         *
         * @throws IllegalArgumentException if the pattern is not valid
         */
        public Builder timestampPattern(String p) {
            java.time.format.DateTimeFormatter.ofPattern(nonBlank("timestamp pattern", p), Locale.ROOT);
            pattern = Optional.of(p);
            return this;
        }

        /** The zone in which timestamps without an offset are read; without one they are rejected. */
        public Builder zone(ZoneId z) {
            zone = Optional.of(Objects.requireNonNull(z, "zone must not be null"));
            return this;
        }

        /**
         * The field delimiter, a comma by default.
         *
         * @throws IllegalArgumentException if it is a quote or a line break
         */
        public Builder delimiter(char d) {
            if (d == '"' || d == '\n' || d == '\r') {
                throw new IllegalArgumentException("delimiter must not be a quote or a line break, was '" + d + "'");
            }
            delimiter = d;
            return this;
        }

        /** Fail fast or skip and report (the default). */
        public Builder policy(ReadPolicy p) {
            policy = Objects.requireNonNull(p, "policy must not be null");
            return this;
        }

        /** Where rejections go; none by default (the report keeps the first ones). */
        public Builder rejectSink(RejectSink s) {
            sink = Objects.requireNonNull(s, "reject sink must not be null");
            return this;
        }

        /**
         * How many rejections the report keeps, 100 by default.
         *
         * @throws IllegalArgumentException if negative
         */
        public Builder maxReportedRejections(int max) {
            if (max < 0) {
                throw new IllegalArgumentException("max reported rejections must be at least 0, was " + max);
            }
            maxReported = max;
            return this;
        }

        /** The reader. */
        public EventLogReader build() {
            return new EventLogReader(this);
        }

        private static String nonBlank(String what, String v) {
            Objects.requireNonNull(v, () -> what + " must not be null");
            if (v.isBlank()) {
                throw new IllegalArgumentException(what + " must not be blank");
            }
            return v.strip();
        }
    }
}
