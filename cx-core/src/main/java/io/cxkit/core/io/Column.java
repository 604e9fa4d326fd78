package io.cxkit.core.io;

import java.util.Map;
import java.util.Optional;

/**
 * A column a {@link RowMapper} reads, found once in the header by {@link Header#require} or
 * {@link Header#optional}: a position in the row, or a constant from the {@link SourceMapping}, with the value
 * aliases and timestamp format the mapping gives its field. Immutable.
 */
public final class Column {
    private final String name;
    private final String field;
    private final int index;
    private final String constant;
    private final Map<String, String> aliases;
    private final TimestampFormat timestampFormat;

    Column(String name, String field, int index, String constant, Map<String, String> aliases,
            TimestampFormat timestampFormat) {
        this.name = name;
        this.field = field;
        this.index = index;
        this.constant = constant;
        this.aliases = aliases;
        this.timestampFormat = timestampFormat;
    }

    /**
     * The column's header name, as written in the file; for a constant, {@code field (constant)}.
     *
     * @return the column's header name, as written in the file; for a constant, {@code field (constant)}
     */
    public String name() {
        return name;
    }

    /**
     * The schema field this column was found for; empty for a column no field claimed.
     *
     * @return the schema field this column was found for; empty for a column no field claimed
     */
    public Optional<String> field() {
        return field.isEmpty() ? Optional.empty() : Optional.of(field);
    }

    /**
     * The 0-based position of the column in the row; -1 for a constant.
     *
     * @return the 0-based position of the column in the row; -1 for a constant
     */
    public int index() {
        return index;
    }

    /**
     * The constant the mapping gives the field, if it is one.
     *
     * @return the constant the mapping gives the field, if it is one
     */
    public Optional<String> constant() {
        return Optional.ofNullable(constant);
    }

    /**
     * How {@link Row#timestamp(Column)} reads this column.
     *
     * @return how {@link Row#timestamp(Column)} reads this column
     */
    public TimestampFormat timestampFormat() {
        return timestampFormat;
    }

    /** The value aliases of the field (keys lower-cased); empty if none. */
    Map<String, String> aliases() {
        return aliases;
    }

    /**
     * This column read with another timestamp format (a reader's own default, e.g. dates in UTC).
     *
     * @param format the format
     * @return this column read with another timestamp format (a reader's own default, e.g. dates in UTC)
     */
    public Column withTimestampFormat(TimestampFormat format) {
        return new Column(name, field, index, constant, aliases, format);
    }

    @Override
    public String toString() {
        return name + (field.isEmpty() || field.equals(name) ? "" : " (" + field + ")");
    }
}
