package io.cxkit.journey.attribution;

import io.cxkit.core.io.Column;
import io.cxkit.core.io.Dialect;
import io.cxkit.core.io.ReadFailedException;
import io.cxkit.core.io.ReadPolicy;
import io.cxkit.core.io.ReadReport;
import io.cxkit.core.io.RejectSink;
import io.cxkit.core.io.Row;
import io.cxkit.core.io.RowBinder;
import io.cxkit.core.io.RowRejectedException;
import io.cxkit.core.io.SourceMapping;
import io.cxkit.core.io.TabularSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads aggregated path data: a header row, then one row per distinct path with its conversions and, optionally,
 * its conversion value and its non-converting journeys (nulls), as ChannelAttribution takes them. It is a row
 * mapper over cx-core's {@link TabularSource}, so ChannelAttribution's own {@code PathData} export reads with no
 * option: {@code ;}-separated (the delimiter is detected among {@code ,} {@code ;} tab {@code |}), channels
 * joined by {@code " > "}.
 *
 * <pre>{@code
 * path;total_conversions;total_conversion_value;total_null
 * eta > iota > alpha > eta;1;0.244;3
 * }</pre>
 *
 * <ul>
 *   <li>Fields are {@value #PATH}, {@value #CONVERSIONS} (also found as {@code conversions}), {@value #VALUE}
 *       ({@code value}) and {@value #NULLS} ({@code nulls}), matched exactly, then ignoring case, spaces and
 *       punctuation; a builder setting or a {@link SourceMapping} names other columns. Value and nulls are
 *       optional: without a nulls column every journey converted. A column named explicitly must exist.
 *   <li>The path is split on the separator ({@code >} by default) and each channel is trimmed.
 *   <li>Each row is accepted or rejected, so {@code read = accepted + rejected}. A rejection names the file, the
 *       line, the column and the value: an empty path, a blank channel between separators, a count that is not
 *       a finite number ≥ 0, a blank conversions cell, a malformed row, bytes that are not UTF-8 (that row
 *       only). A blank value or nulls cell counts as 0. Blank lines are skipped and are not records.
 *   <li>A header without a path or conversions column fails with {@link ReadFailedException}, naming the
 *       columns there are, whatever the policy.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PathReader {
    /** The default separator between channels, as in ChannelAttribution. */
    public static final String DEFAULT_SEPARATOR = ">";
    /** The path field: channels joined by the separator. */
    public static final String PATH = "path";
    /** The conversions field. */
    public static final String CONVERSIONS = "total_conversions";
    /** The conversion value field. */
    public static final String VALUE = "total_conversion_value";
    /** The non-converting journeys field. */
    public static final String NULLS = "total_null";

    private final String separator;
    private final TabularSource source;

    private PathReader(Builder b) {
        separator = b.separator;
        SourceMapping.Builder m = b.mapping.toBuilder();
        b.pathColumn.ifPresent(c -> m.column(PATH, c));
        b.conversionsColumn.ifPresent(c -> m.column(CONVERSIONS, c));
        b.valueColumn.ifPresent(c -> m.column(VALUE, c));
        b.nullsColumn.ifPresent(c -> m.column(NULLS, c));
        source = TabularSource.builder().dialect(b.dialect).mapping(m.build()).policy(b.policy).rejectSink(b.sink)
                .maxReportedRejections(b.maxReportedRejections).build();
    }

    /**
     * A builder with the defaults above and {@link ReadPolicy#SKIP_AND_REPORT}.
     *
     * @return a builder with the defaults above and {@link ReadPolicy#SKIP_AND_REPORT}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a file ({@code .gz} decompressed) into a list.
     *
     * @param file the file to read
     * @return the paths and the read report
     * @throws ReadFailedException if the header lacks a required column, or under {@link ReadPolicy#FAIL_FAST}
     *         at the first rejected row
     * @throws IOException if the file cannot be read
     */
    public PathReadResult read(Path file) throws IOException {
        Objects.requireNonNull(file, "file must not be null");
        List<ConversionPath> paths = new ArrayList<>();
        ReadReport report = read(file, paths::add);
        return new PathReadResult(paths, report);
    }

    /**
     * Reads a stream of UTF-8 text into a list, naming it {@code source} in reports; the stream is not closed.
     *
     * @param sourceName the name rejections and the report carry
     * @param in the stream to read; not closed
     * @return the paths and the read report
     * @throws IOException as {@link #read(Path)}
     */
    public PathReadResult read(String sourceName, InputStream in) throws IOException {
        List<ConversionPath> paths = new ArrayList<>();
        ReadReport report = read(sourceName, in, paths::add);
        return new PathReadResult(paths, report);
    }

    /**
     * Streams a file's accepted rows to {@code paths}, in input order, holding none of them: with a
     * {@link PathTotals} as the sink, memory grows with the distinct paths, not with the rows.
     *
     * @param file the file to read
     * @param paths the paths
     * @return the read report
     * @throws IOException as {@link #read(Path)}
     */
    public ReadReport read(Path file, Consumer<ConversionPath> paths) throws IOException {
        return source.read(file, binder(paths));
    }

    /**
     * Streams a stream's accepted rows to {@code paths}, in input order; the stream is not closed.
     *
     * @param sourceName the name rejections and the report carry
     * @param in the stream to read; not closed
     * @param paths the paths
     * @return the read report
     * @throws IOException as {@link #read(Path)}
     */
    public ReadReport read(String sourceName, InputStream in, Consumer<ConversionPath> paths) throws IOException {
        return source.read(sourceName, in, binder(paths));
    }

    private RowBinder binder(Consumer<ConversionPath> out) {
        Objects.requireNonNull(out, "consumer must not be null");
        return header -> {
            Column path = header.require(PATH);
            Column conversions = header.require(CONVERSIONS, "conversions");
            Optional<Column> value = header.optional(VALUE, "value");
            Optional<Column> nulls = header.optional(NULLS, "nulls");
            return row -> {
                String text = row.value(path);
                List<String> channels;
                try {
                    channels = ConversionPath.split(text, separator);
                } catch (IllegalArgumentException e) {
                    throw row.reject(path, e.getMessage());
                }
                double c = count(row, conversions);
                double v = value.isPresent() && !row.isBlank(value.get()) ? count(row, value.get()) : 0;
                double n = nulls.isPresent() && !row.isBlank(nulls.get()) ? count(row, nulls.get()) : 0;
                out.accept(new ConversionPath(channels, c, v, n));
            };
        };
    }

    private static double count(Row row, Column c) throws RowRejectedException {
        double v = row.decimal(c);
        if (v < 0) {
            throw row.reject(c, c.name() + " must be a number >= 0, was " + row.value(c));
        }
        return v;
    }

    /** Settings of a {@link PathReader}. Not thread-safe. */
    public static final class Builder {
        private String separator = DEFAULT_SEPARATOR;
        private Optional<String> pathColumn = Optional.empty();
        private Optional<String> conversionsColumn = Optional.empty();
        private Optional<String> valueColumn = Optional.empty();
        private Optional<String> nullsColumn = Optional.empty();
        private Dialect dialect = Dialect.auto();
        private SourceMapping mapping = SourceMapping.none();
        private ReadPolicy policy = ReadPolicy.SKIP_AND_REPORT;
        private RejectSink sink = RejectSink.NONE;
        private int maxReportedRejections = 100;

        private Builder() {
        }

        /**
         * The separator between channels in the path column.
         *
         * @param separator the separator between channels, not empty (ChannelAttribution uses {@code ">"})
         * @return this builder, for chaining
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

        /**
         * The name of the path column (default {@code path}).
         *
         * @param name the name
         * @return this builder, for chaining
         */
        public Builder pathColumn(String name) {
            this.pathColumn = Optional.of(column("path column", name));
            return this;
        }

        /**
         * The name of the conversions column (default {@code total_conversions} or {@code conversions}).
         *
         * @param name the name
         * @return this builder, for chaining
         */
        public Builder conversionsColumn(String name) {
            this.conversionsColumn = Optional.of(column("conversions column", name));
            return this;
        }

        /**
         * The name of the value column (default {@code total_conversion_value} or {@code value}).
         *
         * @param name the name
         * @return this builder, for chaining
         */
        public Builder valueColumn(String name) {
            this.valueColumn = Optional.of(column("value column", name));
            return this;
        }

        /**
         * The name of the nulls column (default {@code total_null} or {@code nulls}).
         *
         * @param name the name
         * @return this builder, for chaining
         */
        public Builder nullsColumn(String name) {
            this.nullsColumn = Optional.of(column("nulls column", name));
            return this;
        }

        /**
         * The dialect (delimiter, decimal comma); detected by default.
         *
         * @param dialect the file's dialect (delimiter, quote, decimal mark)
         * @return this builder, for chaining
         */
        public Builder dialect(Dialect dialect) {
            this.dialect = Objects.requireNonNull(dialect, "dialect must not be null");
            return this;
        }

        /**
         * The mapping of the file's columns to the fields {@value PathReader#PATH},
         * {@value PathReader#CONVERSIONS}, {@value PathReader#VALUE} and {@value PathReader#NULLS}; the column
         * settings of this builder are laid over it.
         *
         * @param mapping how the file's columns map onto the fields
         * @return this builder, for chaining
         */
        public Builder mapping(SourceMapping mapping) {
            this.mapping = Objects.requireNonNull(mapping, "mapping must not be null");
            return this;
        }

        /**
         * Skip-and-report (default) or fail-fast.
         *
         * @param policy the policy
         * @return this builder, for chaining
         */
        public Builder policy(ReadPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy must not be null");
            return this;
        }

        /**
         * Where every rejection goes, in input order (default: nowhere; the report still counts it).
         *
         * @param sink the sink
         * @return this builder, for chaining
         */
        public Builder rejectSink(RejectSink sink) {
            this.sink = Objects.requireNonNull(sink, "rejectSink must not be null");
            return this;
        }

        /**
         * How many rejections the report keeps (default 100).
         *
         * @param max the maximum number
         * @return this builder, for chaining
         * @throws IllegalArgumentException if negative
         */
        public Builder maxReportedRejections(int max) {
            if (max < 0) {
                throw new IllegalArgumentException("maxReportedRejections must be at least 0, was " + max);
            }
            this.maxReportedRejections = max;
            return this;
        }

        /**
         * The reader.
         *
         * @return the reader
         */
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
