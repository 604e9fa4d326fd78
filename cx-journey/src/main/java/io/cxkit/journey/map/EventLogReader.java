package io.cxkit.journey.map;

import io.cxkit.core.io.Column;
import io.cxkit.core.io.Dialect;
import io.cxkit.core.io.ReadFailedException;
import io.cxkit.core.io.ReadPolicy;
import io.cxkit.core.io.ReadSettings;
import io.cxkit.core.io.ReadReport;
import io.cxkit.core.io.RejectSink;
import io.cxkit.core.io.RowBinder;
import io.cxkit.core.io.SourceMapping;
import io.cxkit.core.io.TabularSource;
import io.cxkit.core.io.TimestampFormat;
import io.cxkit.journey.EventLog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a generic event log from a table: any delimited file (CSV, {@code ;}, tab, {@code |}; optionally gzipped)
 * with a header row naming a case id, an activity and a timestamp column, as process-mining tools export them. It
 * is a row mapper over cx-core's {@link TabularSource}, so the dialect, strict UTF-8, quotes, header matching,
 * timestamps and the {@link ReadReport} are the same as for every other cxkit file. Other columns are ignored.
 * The result is a columnar {@link EventLog}, so a journey map can be drawn from a process-mining log as well as
 * from cxkit interactions. XES logs are read by {@link XesReader}.
 *
 * <p><b>Columns.</b> The fields are {@value #CASE}, {@value #ACTIVITY} and {@value #TIMESTAMP}. Each is found
 * by the column the builder or the {@link SourceMapping} names; else by its own name or PM4Py's
 * ({@code case:concept:name}, {@code concept:name}, {@code time:timestamp}, the XES keys PM4Py writes as CSV
 * headers), matched exactly, then ignoring case, spaces and punctuation. A header without one of them, or an
 * input without a header, throws {@link ReadFailedException} whatever the policy, naming the missing field and
 * the columns there are.
 *
 * <p><b>Nothing is lost.</b> Every record after the header is accepted or rejected, and the report states
 * {@code read = accepted + rejected}. A record is rejected, with its line, column, value and reason, when it is
 * malformed (column count, quotes, bytes that are not UTF-8: never replaced), the case id or activity is blank,
 * or the timestamp does not parse. A quote that is never closed costs its own line only. Rejections go to the
 * {@link RejectSink}; under {@link ReadPolicy#FAIL_FAST} the first one throws {@link ReadFailedException}
 * carrying the report so far.
 *
 * <p><b>Timestamps</b> are read by {@link TimestampFormat}: by default ISO-8601 (local times in the configured
 * zone, else rejected) or a bare epoch number whose unit is chosen by magnitude and stated in the report's notes;
 * or an explicit format. Instances are immutable and thread-safe.
 */
public final class EventLogReader {
    /** The case id field. */
    public static final String CASE = "case_id";
    /** The activity field. */
    public static final String ACTIVITY = "activity";
    /** The timestamp field. */
    public static final String TIMESTAMP = "timestamp";
    /** PM4Py's names for the case, activity and timestamp columns: the XES keys it writes to CSV. */
    static final String PM4PY_CASE = "case:concept:name";
    static final String PM4PY_ACTIVITY = "concept:name";
    static final String PM4PY_TIMESTAMP = "time:timestamp";

    private final TabularSource source;

    private EventLogReader(Builder b) {
        SourceMapping.Builder m = b.mapping.toBuilder();
        b.caseColumn.ifPresent(c -> m.column(CASE, c));
        b.activityColumn.ifPresent(c -> m.column(ACTIVITY, c));
        b.timestampColumn.ifPresent(c -> m.column(TIMESTAMP, c));
        b.format.ifPresent(f -> m.timestampFormat(TIMESTAMP, f));
        b.zone.ifPresent(m::zone);
        this.source = TabularSource.builder().dialect(b.dialect).mapping(m.build()).policy(b.readPolicy())
                .rejectSink(b.sink()).maxReportedRejections(b.reportedRejections()).build();
    }

    /**
     * A builder: default columns, dialect detected, skip and report, no sink, 100 rejections kept.
     *
     * @return a builder: default columns, dialect detected, skip and report, no sink, 100 rejections kept
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a file ({@code .gz} is decompressed).
     *
     * @param file the file to read
     * @return the event log and the read report
     * @throws ReadFailedException for a bad header or, fail-fast, the first bad record
     * @throws IOException if the file cannot be read
     */
    public EventLogRead read(Path file) throws IOException {
        EventLog.Builder log = EventLog.builder();
        ReadReport report = source.read(file, binder(log));
        return new EventLogRead(log.build(), report);
    }

    /**
     * Reads a stream of UTF-8 text; the stream is not closed.
     *
     * @param sourceName the name rejections and the report carry
     * @param in the stream to read; not closed
     * @return the event log and the read report
     * @throws ReadFailedException for a bad header or, fail-fast, the first bad record
     * @throws IOException if the stream cannot be read
     */
    public EventLogRead read(String sourceName, InputStream in) throws IOException {
        EventLog.Builder log = EventLog.builder();
        ReadReport report = source.read(sourceName, in, binder(log));
        return new EventLogRead(log.build(), report);
    }

    private static RowBinder binder(EventLog.Builder log) {
        return header -> {
            Column caseId = header.require(CASE, PM4PY_CASE);
            Column activity = header.require(ACTIVITY, PM4PY_ACTIVITY);
            Column timestamp = header.require(TIMESTAMP, PM4PY_TIMESTAMP);
            return row -> {
                String c = row.text(caseId);
                String a = row.text(activity);
                log.add(c, a, EventLog.micros(row.timestamp(timestamp)));
            };
        };
    }

    /** Collects a reader's settings. Not thread-safe. */
    public static final class Builder extends ReadSettings<Builder> {
        private Optional<String> caseColumn = Optional.empty();
        private Optional<String> activityColumn = Optional.empty();
        private Optional<String> timestampColumn = Optional.empty();
        private Optional<TimestampFormat> format = Optional.empty();
        private Optional<ZoneId> zone = Optional.empty();
        private Dialect dialect = Dialect.auto();
        private SourceMapping mapping = SourceMapping.none();

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * The case id column's header name (default {@code case_id}, else {@code case:concept:name}).
         *
         * @param name the name
         * @return this builder, for chaining
         */
        public Builder caseColumn(String name) {
            caseColumn = Optional.of(nonBlank("case column", name));
            return this;
        }

        /**
         * The activity column's header name (default {@code activity}, else {@code concept:name}).
         *
         * @param name the name
         * @return this builder, for chaining
         */
        public Builder activityColumn(String name) {
            activityColumn = Optional.of(nonBlank("activity column", name));
            return this;
        }

        /**
         * The timestamp column's header name (default {@code timestamp}, else {@code time:timestamp}).
         *
         * @param name the name
         * @return this builder, for chaining
         */
        public Builder timestampColumn(String name) {
            timestampColumn = Optional.of(nonBlank("timestamp column", name));
            return this;
        }

        /**
         * The timestamp format: {@code auto}, {@code iso}, {@code epoch-s}, {@code epoch-ms}, {@code epoch-us} or
         * a {@link java.time.format.DateTimeFormatter} pattern such as {@code dd-MM-yyyy HH:mm:ss}.
         *
         * @param p the format
         * @return this builder, for chaining
         * @throws IllegalArgumentException if the format is not one of these
         */
        public Builder timestampPattern(String p) {
            format = Optional.of(TimestampFormat.of(nonBlank("timestamp pattern", p)));
            return this;
        }

        /**
         * The zone in which timestamps without an offset are read; without one they are rejected.
         *
         * @param z the zone in which days and months are cut
         * @return this builder, for chaining
         */
        public Builder zone(ZoneId z) {
            zone = Optional.of(Objects.requireNonNull(z, "zone must not be null"));
            return this;
        }

        /**
         * The field delimiter; detected among {@code ,} {@code ;} tab {@code |} by default.
         *
         * @param d the delimiter character
         * @return this builder, for chaining
         * @throws IllegalArgumentException if it is a quote or a line break
         */
        public Builder delimiter(char d) {
            dialect = dialect.withDelimiter(d);
            return this;
        }

        /**
         * The dialect (delimiter, decimal comma); detected by default.
         *
         * @param d the dialect
         * @return this builder, for chaining
         */
        public Builder dialect(Dialect d) {
            dialect = Objects.requireNonNull(d, "dialect must not be null");
            return this;
        }

        /**
         * The mapping of the file's columns to the fields {@value EventLogReader#CASE},
         * {@value EventLogReader#ACTIVITY} and {@value EventLogReader#TIMESTAMP}, with formats and zone; the
         * column, format and zone settings of this builder are laid over it.
         *
         * @param m the source mapping
         * @return this builder, for chaining
         */
        public Builder mapping(SourceMapping m) {
            mapping = Objects.requireNonNull(m, "mapping must not be null");
            return this;
        }

        /**
         * The reader.
         *
         * @return the reader
         */
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
