package io.cxkit.core.io;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one schema field of a {@link SourceMapping} comes from: a column of the file or a constant, with value
 * aliases and, for timestamps, a format.
 *
 * @param column the header name of the column the field is read from (matched exactly, then ignoring case,
 *        spaces and punctuation); empty if the field is a constant or keeps the reader's default column
 * @param constant the value the field has on every row (e.g. touchpoint {@code support_ticket}); empty if read
 *        from a column
 * @param valueAliases values to replace, matched ignoring case and surrounding space ({@code Social media} to
 *        {@code social}); keys are stored lower-cased
 * @param timestampFormat how the field's timestamps are written, if it is a timestamp and not {@code auto}
 */
public record FieldMapping(Optional<String> column, Optional<String> constant, Map<String, String> valueAliases,
        Optional<TimestampFormat> timestampFormat) {

    /**
     * @param column the header name of the column the field is read from (matched exactly, then ignoring case, spaces
     *        and punctuation); empty if the field is a constant or keeps the reader's default column
     * @param constant the value the field has on every row (e.g. touchpoint {@code support_ticket}); empty if read from
     *        a column
     * @param valueAliases values to replace, matched ignoring case and surrounding space ({@code Social media} to
     *        {@code social}); keys are stored lower-cased
     * @param timestampFormat how the field's timestamps are written, if it is a timestamp and not {@code auto}
     * @throws IllegalArgumentException if both a column and a constant are given
     */
    public FieldMapping {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(constant, "constant");
        Objects.requireNonNull(timestampFormat, "timestampFormat");
        if (column.isPresent() && constant.isPresent()) {
            throw new IllegalArgumentException("a field is read from a column or is a constant, not both (column '"
                    + column.get() + "', constant '" + constant.get() + "')");
        }
        Map<String, String> lower = new LinkedHashMap<>();
        valueAliases.forEach((k, v) -> lower.put(aliasKey(k), Objects.requireNonNull(v, "alias target")));
        valueAliases = Map.copyOf(lower);
    }

    /**
     * No column, constant, alias or format: the reader's defaults.
     *
     * @return no column, constant, alias or format: the reader's defaults
     */
    public static FieldMapping defaults() {
        return new FieldMapping(Optional.empty(), Optional.empty(), Map.of(), Optional.empty());
    }

    /**
     * This mapping reading from {@code name}.
     *
     * @param name the field name as written
     * @return this mapping reading from {@code name}
     */
    public FieldMapping withColumn(String name) {
        return new FieldMapping(Optional.of(name), Optional.empty(), valueAliases, timestampFormat);
    }

    /**
     * This mapping giving every row {@code value}.
     *
     * @param value the value every row gets
     * @return this mapping giving every row {@code value}
     */
    public FieldMapping withConstant(String value) {
        return new FieldMapping(Optional.empty(), Optional.of(value), valueAliases, timestampFormat);
    }

    /**
     * This mapping with one more value alias.
     *
     * @param from the earlier activity
     * @param to the state entered: a state name, {@code (conversion)} or {@code (null)}
     * @return this mapping with one more value alias
     */
    public FieldMapping withAlias(String from, String to) {
        Map<String, String> m = new LinkedHashMap<>(valueAliases);
        m.put(aliasKey(from), to);
        return new FieldMapping(column, constant, m, timestampFormat);
    }

    /**
     * This mapping with a timestamp format.
     *
     * @param f the timestamp format
     * @return this mapping with a timestamp format
     */
    public FieldMapping withTimestampFormat(TimestampFormat f) {
        return new FieldMapping(column, constant, valueAliases, Optional.of(f));
    }

    /** The key an alias is looked up by: stripped and lower-cased. */
    static String aliasKey(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }
}
