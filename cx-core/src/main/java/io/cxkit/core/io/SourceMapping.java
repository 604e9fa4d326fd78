package io.cxkit.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How one export maps onto a reader's schema: for each schema field, the column it comes from or a constant,
 * value aliases and a timestamp format; the zone of local times; the file's dialect; and whether columns no
 * field claims are kept as attributes ({@code attr.<normalised name>}). pandas' {@code read_csv} options and
 * PM4Py's {@code format_dataframe(case_id=, activity_key=, timestamp_key=)} are what users expect to say.
 *
 * <p>A mapping is checked against the file's header before any row is read: a column that is not there fails
 * with the list of columns, a field the reader does not have fails with the list of its fields. Immutable and
 * thread-safe.
 *
 * <p>As JSON ({@link #fromJson(String)}):
 * <pre>{@code
 * {
 *   "delimiter": "auto", "decimal_comma": false,
 *   "zone": "Europe/Paris", "timestamp_format": "dd-MM-yyyy HH:mm",
 *   "keep_unmapped": true, "header": true,
 *   "fields": {
 *     "customer_id": "Customer Email",
 *     "touchpoint": {"const": "support_ticket"},
 *     "channel": {"column": "Ticket Channel", "aliases": {"Social media": "social"}},
 *     "timestamp": {"column": "First Response Time", "format": "dd-MM-yyyy HH:mm", "zone": "UTC"}
 *   }
 * }
 * }</pre>
 */
public final class SourceMapping {
    private static final SourceMapping NONE = new Builder().build();
    /**
     * The JSON parser, made on first use: a mapping given as options, or none, then costs no JSON machinery at
     * start-up (building an object mapper loads a few hundred classes).
     */
    private static final class Json {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
    }

    private final Map<String, FieldMapping> fields;
    private final Optional<ZoneId> zone;
    private final Optional<TimestampFormat> timestampFormat;
    private final Optional<Dialect> dialect;
    private final boolean keepUnmapped;
    private final boolean header;

    private SourceMapping(Builder b) {
        this.fields = Map.copyOf(b.fields);
        this.zone = b.zone;
        this.timestampFormat = b.timestampFormat;
        this.dialect = b.dialect;
        this.keepUnmapped = b.keepUnmapped;
        this.header = b.header;
    }

    /**
     * The mapping that changes nothing: each reader's default columns, formats and dialect detection.
     *
     * @return the mapping that changes nothing: each reader's default columns, formats and dialect detection
     */
    public static SourceMapping none() {
        return NONE;
    }

    /**
     * An empty builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this mapping, to change it (the CLI lays its options over a mapping file).
     *
     * @return a builder holding this mapping, to change it (the CLI lays its options over a mapping file)
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.fields.putAll(fields);
        b.zone = zone;
        b.timestampFormat = timestampFormat;
        b.dialect = dialect;
        b.keepUnmapped = keepUnmapped;
        b.header = header;
        return b;
    }

    /**
     * The mapped fields, by schema field name.
     *
     * @return the mapped fields, by schema field name
     */
    public Map<String, FieldMapping> fields() {
        return fields;
    }

    /**
     * The mapping of one field, if it has one.
     *
     * @param name the schema field, e.g. {@code customer_id}
     * @return the mapping of one field, if it has one
     */
    public Optional<FieldMapping> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /**
     * The zone of local times, for every timestamp field without a zone of its own.
     *
     * @return the zone of local times, for every timestamp field without a zone of its own
     */
    public Optional<ZoneId> zone() {
        return zone;
    }

    /**
     * The timestamp format of every timestamp field without a format of its own.
     *
     * @return the timestamp format of every timestamp field without a format of its own
     */
    public Optional<TimestampFormat> timestampFormat() {
        return timestampFormat;
    }

    /**
     * The file's dialect, if the mapping states it (else the source's, by default detected).
     *
     * @return the file's dialect, if the mapping states it (else the source's, by default detected)
     */
    public Optional<Dialect> dialect() {
        return dialect;
    }

    /**
     * True if columns no field claims are kept as attributes {@code attr.<normalised name>}.
     *
     * @return true if columns no field claims are kept as attributes {@code attr.}
     */
    public boolean keepUnmapped() {
        return keepUnmapped;
    }

    /**
     * Whether the file has a header row; false for files whose columns are named by position ({@code "1"},
     * {@code "2"}, ...).
     *
     * @return whether the file has a header row (default true)
     */
    public boolean header() {
        return header;
    }

    /**
     * The format a timestamp field is read with: its own, else the mapping's, else {@code auto}; with its zone,
     * else the mapping's.
     *
     * @param field the schema field, e.g. {@code customer_id}
     * @return the format a timestamp field is read with: its own, else the mapping's, else {@code auto}; with its zone,
     *         else the mapping's
     */
    public TimestampFormat timestampFormat(String field) {
        FieldMapping f = fields.get(field);
        TimestampFormat t = f != null && f.timestampFormat().isPresent() ? f.timestampFormat().get()
                : timestampFormat.orElse(TimestampFormat.auto());
        return t.orZone(zone);
    }

    /**
     * Reads a mapping from a JSON file.
     *
     * @param file the file to read
     * @return the mapping
     * @throws IllegalArgumentException naming the file and what is wrong in it
     * @throws IOException if the file cannot be read
     */
    public static SourceMapping read(Path file) throws IOException {
        try {
            return fromJson(Files.readString(file));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a mapping from JSON text (the shape in the class description). Unknown keys are refused, so that a
     * misspelt option is not silently ignored.
     *
     * @param json the mapping as JSON text
     * @return the mapping
     * @throws IllegalArgumentException naming the key and what is wrong
     */
    public static SourceMapping fromJson(String json) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("mapping is not valid JSON: " + e.getOriginalMessage(), e);
        }
        return fromJson(root);
    }

    /** Reads a mapping from a parsed JSON object; keys other than the mapping's are refused. */
    static SourceMapping fromJson(JsonNode root) {
        return fromJson(root, Set.of());
    }

    /**
     * Reads a mapping from a parsed JSON object, also allowing the keys in {@code extraKeys} (the multi-source
     * file's {@code file}).
     */
    static SourceMapping fromJson(JsonNode root, Set<String> extraKeys) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("mapping must be a JSON object");
        }
        Builder b = builder();
        String delimiter = "auto";
        boolean decimalComma = false;
        boolean dialectStated = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            JsonNode v = e.getValue();
            switch (key) {
                case "zone" -> b.zone(TimestampFormat.zone(text(key, v)));
                case "timestamp_format" -> b.timestampFormat(TimestampFormat.of(text(key, v)));
                case "keep_unmapped" -> b.keepUnmapped(bool(key, v));
                case "header" -> b.header(bool(key, v));
                case "delimiter" -> {
                    delimiter = text(key, v);
                    dialectStated = true;
                }
                case "decimal_comma" -> {
                    decimalComma = bool(key, v);
                    dialectStated = true;
                }
                case "fields" -> fields(v, b);
                default -> {
                    if (!extraKeys.contains(key)) {
                        throw new IllegalArgumentException("mapping has an unknown key '" + key + "'; the keys are "
                                + "fields, zone, timestamp_format, keep_unmapped, header, delimiter, decimal_comma");
                    }
                }
            }
        }
        if (dialectStated) {
            b.dialect(Dialect.parse(delimiter, decimalComma));
        }
        return b.build();
    }

    private static void fields(JsonNode v, Builder b) {
        if (!v.isObject()) {
            throw new IllegalArgumentException("mapping 'fields' must be an object of field names");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String field = e.getKey();
            JsonNode spec = e.getValue();
            if (spec.isTextual()) {
                b.column(field, spec.asText());
                continue;
            }
            if (!spec.isObject()) {
                throw new IllegalArgumentException("mapping of field '" + field + "' must be a column name or an "
                        + "object with column, const, aliases, format, zone");
            }
            FieldMapping m = FieldMapping.defaults();
            Optional<ZoneId> zone = Optional.empty();
            for (Iterator<Map.Entry<String, JsonNode>> f = spec.fields(); f.hasNext(); ) {
                Map.Entry<String, JsonNode> p = f.next();
                String k = field + "." + p.getKey();
                switch (p.getKey()) {
                    case "column" -> m = m.withColumn(text(k, p.getValue()));
                    case "const" -> m = m.withConstant(text(k, p.getValue()));
                    case "format" -> m = m.withTimestampFormat(TimestampFormat.of(text(k, p.getValue())));
                    case "zone" -> zone = Optional.of(TimestampFormat.zone(text(k, p.getValue())));
                    case "aliases" -> {
                        if (!p.getValue().isObject()) {
                            throw new IllegalArgumentException("mapping '" + k + "' must be an object of values "
                                    + "to replace");
                        }
                        for (Iterator<Map.Entry<String, JsonNode>> a = p.getValue().fields(); a.hasNext(); ) {
                            Map.Entry<String, JsonNode> al = a.next();
                            m = m.withAlias(al.getKey(), text(k + "." + al.getKey(), al.getValue()));
                        }
                    }
                    default -> throw new IllegalArgumentException("mapping of field '" + field + "' has an unknown "
                            + "key '" + p.getKey() + "'; the keys are column, const, aliases, format, zone");
                }
            }
            if (zone.isPresent()) {
                m = m.withTimestampFormat(m.timestampFormat().orElse(TimestampFormat.auto()).withZone(zone.get()));
            }
            b.field(field, m);
        }
    }

    private static String text(String key, JsonNode v) {
        if (!v.isTextual()) {
            throw new IllegalArgumentException("mapping '" + key + "' must be a string, was " + v);
        }
        return v.asText();
    }

    private static boolean bool(String key, JsonNode v) {
        if (!v.isBoolean()) {
            throw new IllegalArgumentException("mapping '" + key + "' must be true or false, was " + v);
        }
        return v.asBoolean();
    }

    @Override
    public String toString() {
        return "SourceMapping" + fields + zone.map(z -> " zone " + z).orElse("")
                + timestampFormat.map(t -> " format " + t).orElse("") + dialect.map(d -> " " + d).orElse("")
                + (keepUnmapped ? " keep_unmapped" : "") + (header ? "" : " no_header");
    }

    /** Builds a {@link SourceMapping}. Not thread-safe. */
    public static final class Builder {
        private final Map<String, FieldMapping> fields = new LinkedHashMap<>();
        private Optional<ZoneId> zone = Optional.empty();
        private Optional<TimestampFormat> timestampFormat = Optional.empty();
        private Optional<Dialect> dialect = Optional.empty();
        private boolean keepUnmapped;
        private boolean header = true;

        private Builder() {
        }

        private FieldMapping current(String field) {
            Objects.requireNonNull(field, "field");
            if (field.isBlank()) {
                throw new IllegalArgumentException("a mapped field name must not be blank");
            }
            return fields.getOrDefault(field, FieldMapping.defaults());
        }

        /**
         * Reads {@code field} from the column named {@code column}.
         *
         * @param field the schema field, e.g. {@code customer_id}
         * @param column the column at fault, by its header name, or {@link Rejection#RECORD} for the row as a whole
         * @return this builder, for chaining
         */
        public Builder column(String field, String column) {
            fields.put(field, current(field).withColumn(column));
            return this;
        }

        /**
         * Gives {@code field} the value {@code value} on every row.
         *
         * @param field the schema field, e.g. {@code customer_id}
         * @param value the value every row gets
         * @return this builder, for chaining
         */
        public Builder constant(String field, String value) {
            fields.put(field, current(field).withConstant(value));
            return this;
        }

        /**
         * Replaces the value {@code from} of {@code field} (ignoring case and surrounding space) by {@code to}.
         *
         * @param field the schema field, e.g. {@code customer_id}
         * @param from the earlier activity
         * @param to the state entered: a state name, {@code (conversion)} or {@code (null)}
         * @return this builder, for chaining
         */
        public Builder alias(String field, String from, String to) {
            fields.put(field, current(field).withAlias(from, to));
            return this;
        }

        /**
         * Reads the timestamps of {@code field} with {@code format}.
         *
         * @param field the schema field, e.g. {@code customer_id}
         * @param format the format
         * @return this builder, for chaining
         */
        public Builder timestampFormat(String field, TimestampFormat format) {
            fields.put(field, current(field).withTimestampFormat(format));
            return this;
        }

        /**
         * Sets the whole mapping of one field.
         *
         * @param field the schema field, e.g. {@code customer_id}
         * @param mapping the mapping
         * @return this builder, for chaining
         */
        public Builder field(String field, FieldMapping mapping) {
            current(field);
            fields.put(field, Objects.requireNonNull(mapping, "mapping"));
            return this;
        }

        /**
         * The format of every timestamp field without its own.
         *
         * @param format the format
         * @return this builder, for chaining
         */
        public Builder timestampFormat(TimestampFormat format) {
            this.timestampFormat = Optional.of(format);
            return this;
        }

        /**
         * The zone of local times.
         *
         * @param zone the zone months and days are cut in
         * @return this builder, for chaining
         */
        public Builder zone(ZoneId zone) {
            this.zone = Optional.of(zone);
            return this;
        }

        /**
         * The file's dialect.
         *
         * @param dialect the dialect ({@link Dialect#auto()} detects the delimiter)
         * @return this builder, for chaining
         */
        public Builder dialect(Dialect dialect) {
            this.dialect = Optional.of(dialect);
            return this;
        }

        /**
         * Keep columns no field claims as attributes {@code attr.<normalised name>}; default false.
         *
         * @param keep true to keep the columns no field claims, as attributes
         * @return this builder, for chaining
         */
        public Builder keepUnmapped(boolean keep) {
            this.keepUnmapped = keep;
            return this;
        }

        /**
         * Whether the file's first non-blank record is a header (default true). Without one (GoEmotions' TSV,
         * CDNOW), every record is a row and the columns are named by their 1-based positions: {@code "1"},
         * {@code "2"}, ..., so a mapping reads {@code comment} from column {@code "1"}.
         *
         * @param present false if the file has no header row
         * @return this builder
         */
        public Builder header(boolean present) {
            this.header = present;
            return this;
        }

        /**
         * The mapping.
         *
         * @return the mapping
         */
        public SourceMapping build() {
            return new SourceMapping(this);
        }
    }
}
