package io.cxkit.core.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * Writes rows of one result type as RFC 4180 CSV (lines end in {@code \n}): a header of the schema's flat column names (nested records
 * flattened as {@code parent_child}), then one line per row. Rows are written as they come, straight from the
 * fields into one reused buffer, with no map or list per row. Text cells that a spreadsheet would run as a
 * formula are neutralised (see the package documentation).
 *
 * <p>Not thread-safe: one instance per output.
 *
 * @param <T> the row type
 */
public final class CsvOutput<T> {
    private final List<Columns.Column> columns;
    private final Writer out;
    private final StringBuilder line = new StringBuilder(256);

    private CsvOutput(Schema<T> schema, Writer out) {
        this.columns = Columns.of(schema);
        this.out = Objects.requireNonNull(out, "out");
    }

    /**
     * A CSV writer of rows of {@code schema} to {@code out}. Call {@link #writeHeader()} first.
     *
     * @param schema the rows' field list
     * @param out where to write; not closed by this writer
     * @param <T> the row type
     * @return the writer
     */
    public static <T> CsvOutput<T> of(Schema<T> schema, Writer out) {
        return new CsvOutput<>(schema, out);
    }

    /**
     * Writes a header and every row, then flushes.
     *
     * @param schema the rows' field list
     * @param rows the rows, streamed
     * @param out where to write; not closed
     * @param <T> the row type
     * @throws UncheckedIOException if writing fails
     */
    public static <T> void writeAll(Schema<T> schema, Iterable<? extends T> rows, Writer out) {
        CsvOutput<T> csv = of(schema, out);
        csv.writeHeader();
        for (T row : rows) {
            csv.write(row);
        }
        csv.flush();
    }

    /**
     * The header's column names.
     *
     * @return the flat column names, in order
     */
    public List<String> header() {
        return columns.stream().map(Columns.Column::name).toList();
    }

    /**
     * Writes the header line.
     *
     * @throws UncheckedIOException if writing fails
     */
    public void writeHeader() {
        line.setLength(0);
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            quoted(line, columns.get(i).name());
        }
        emit();
    }

    /**
     * Writes one row.
     *
     * @param row the row
     * @throws UncheckedIOException if writing fails
     */
    public void write(T row) {
        line.setLength(0);
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            Columns.Column c = columns.get(i);
            Object owner = c.path().isEmpty() ? row : c.owner(row);
            if (owner != null) {
                cell(line, c.field(), owner);
            }
        }
        emit();
    }

    /**
     * Flushes the underlying writer.
     *
     * @throws UncheckedIOException if flushing fails
     */
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void emit() {
        line.append('\n');
        try {
            out.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(StringBuilder sb, Field<Object> f, Object owner) {
        switch (f.kind()) {
            case NUMBER -> {
                double d = f.number(owner);
                if (Double.isFinite(d)) {
                    sb.append(d);
                }
            }
            case INTEGER -> sb.append(f.integer(owner));
            case BOOLEAN -> sb.append(f.bool(owner));
            case TEXT, VALUE -> {
                Object v = Values.normal(f.get(owner));
                if (v == null) {
                    return;
                }
                if (v instanceof Double d) {
                    if (Double.isFinite(d)) {
                        sb.append(d.doubleValue());
                    }
                } else if (v instanceof Long l && f.kind() == FieldKind.VALUE) {
                    sb.append(l.longValue());
                } else if (v instanceof Boolean b && f.kind() == FieldKind.VALUE) {
                    sb.append(b.booleanValue());
                } else {
                    text(sb, Values.flat(v, ""));
                }
            }
        }
    }

    /**
     * Appends a text cell: neutralised when a spreadsheet would run it as a formula, quoted when it holds a
     * comma, quote or line break.
     *
     * @param sb where to append
     * @param s the cell's text
     */
    static void text(StringBuilder sb, String s) {
        quoted(sb, neutralised(s));
    }

    /**
     * The text of a cell as written to CSV so that a spreadsheet shows it rather than runs it: a leading
     * apostrophe before a first character of {@code = + - @}, tab or carriage return, unless the text is a plain
     * decimal number (OWASP, "CSV Injection").
     *
     * @param s the text
     * @return {@code s}, or {@code "'" + s}
     */
    public static String neutralised(String s) {
        if (!s.isEmpty()) {
            char c = s.charAt(0);
            if ((c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r')
                    && !PLAIN_NUMBER.matcher(s).matches()) {
                return "'" + s;
            }
        }
        return s;
    }

    /** Text that is a plain decimal number ({@code -2}, {@code +4}, {@code -1e-3}): a spreadsheet runs nothing. */
    private static final java.util.regex.Pattern PLAIN_NUMBER =
            java.util.regex.Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private static void quoted(StringBuilder sb, String s) {
        boolean quote = false;
        for (int i = 0; i < s.length() && !quote; i++) {
            char c = s.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            sb.append(s);
            return;
        }
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                sb.append('"');
            }
            sb.append(c);
        }
        sb.append('"');
    }
}
