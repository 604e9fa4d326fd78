package io.cxkit.core.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/**
 * Writes results as aligned text for people, from the same {@link Schema} as JSON and CSV and with the same
 * field names: a record as {@code name  value} lines (nested records indented below their name), a list of
 * records as a table with one column per flat field. Numbers are rounded for reading (at most four decimals);
 * NaN, infinity and absent values read {@code n/a}.
 */
public final class TextOutput {
    private static final String INDENT = "  ";

    private TextOutput() {
    }

    /**
     * Writes a record as text.
     *
     * @param root a record
     * @param out where to write; flushed, not closed
     * @throws UncheckedIOException if writing fails
     */
    public static void write(Record root, Writer out) {
        write(root, Schema.of(Values.<Class<Record>>cast(root.getClass())), out);
    }

    /**
     * Writes a result as text by its schema.
     *
     * @param root the result
     * @param schema its field list
     * @param out where to write; flushed, not closed
     * @param <T> the result type
     * @throws UncheckedIOException if writing fails
     */
    public static <T> void write(T root, Schema<T> schema, Writer out) {
        StringBuilder sb = new StringBuilder();
        record(sb, "", root, schema);
        emit(sb, out);
    }

    /**
     * Writes rows as an aligned table with a header of the flat column names.
     *
     * @param schema the rows' field list
     * @param rows the rows
     * @param out where to write; flushed, not closed
     * @param <T> the row type
     * @throws UncheckedIOException if writing fails
     */
    public static <T> void writeTable(Schema<T> schema, Iterable<? extends T> rows, Writer out) {
        StringBuilder sb = new StringBuilder();
        table(sb, "", schema, rows);
        emit(sb, out);
    }

    /**
     * A number as text output shows it: whole numbers without decimals, otherwise at most four decimals
     * (fewer for large values); {@code n/a} when not finite.
     *
     * @param d the number
     * @return its text
     */
    public static String number(double d) {
        return Values.number(d);
    }

    private static void emit(StringBuilder sb, Writer out) {
        try {
            out.append(sb);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> void record(StringBuilder sb, String indent, T root, Schema<T> schema) {
        int width = 0;
        for (Field<T> f : schema.fields()) {
            width = Math.max(width, f.name().length());
        }
        for (Field<T> f : schema.fields()) {
            if (f.rows().isPresent() || f.nested().isPresent()) {
                Object raw = f.get(root);
                Object d = raw instanceof Optional<?> o ? o.orElse(null) : raw;
                if (d != null) {
                    sb.append(indent).append(f.name()).append('\n');
                    if (f.rows().isPresent()) {
                        table(sb, indent + INDENT, Values.<Schema<Object>>cast(f.rows().get()),
                                Values.<Iterable<Object>>cast(d));
                    } else {
                        record(sb, indent + INDENT, d, Values.<Schema<Object>>cast(f.nested().get()));
                    }
                    continue;
                }
            }
            Object v = f.kind() == FieldKind.NUMBER ? (Object) f.number(root) : Values.normal(f.get(root));
            if (v instanceof Record r) {
                sb.append(indent).append(f.name()).append('\n');
                record(sb, indent + INDENT, r, Schema.of(Values.<Class<Record>>cast(r.getClass())));
            } else if (v instanceof Iterable<?> it && firstRecord(it) != null) {
                sb.append(indent).append(f.name()).append('\n');
                Record first = firstRecord(it);
                table(sb, indent + INDENT, Schema.of(Values.<Class<Record>>cast(first.getClass())),
                        Values.<Iterable<Record>>cast(it));
            } else if (v instanceof Map<?, ?> m && !m.isEmpty()
                    && Values.normal(m.values().iterator().next()) instanceof Record) {
                sb.append(indent).append(f.name()).append('\n');
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    Object x = Values.normal(e.getValue());
                    sb.append(indent).append(INDENT).append(Values.key(e.getKey())).append('\n');
                    if (x instanceof Record r) {
                        record(sb, indent + INDENT + INDENT, r, Schema.of(Values.<Class<Record>>cast(r.getClass())));
                    }
                }
            } else {
                sb.append(indent).append(f.name());
                pad(sb, width - f.name().length() + 2);
                Object n = Values.normal(v);
                // A blank after a label reads as a missing value; an empty list is a finding ("no warnings").
                boolean empty = n instanceof java.util.Collection<?> c && c.isEmpty()
                        || n instanceof Map<?, ?> em && em.isEmpty();
                sb.append(empty ? "none" : Values.flat(v, Values.ABSENT_TEXT)).append('\n');
            }
        }
    }

    private static Record firstRecord(Iterable<?> it) {
        for (Object o : it) {
            return Values.normal(o) instanceof Record r ? r : null;
        }
        return null;
    }

    private static <T> void table(StringBuilder sb, String indent, Schema<T> schema, Iterable<? extends T> rows) {
        List<Columns.Column> columns = Columns.of(schema);
        List<String[]> cells = new ArrayList<>();
        String[] header = new String[columns.size()];
        int[] width = new int[columns.size()];
        boolean[] numeric = new boolean[columns.size()];
        for (int i = 0; i < header.length; i++) {
            Columns.Column c = columns.get(i);
            header[i] = c.name();
            width[i] = header[i].length();
            numeric[i] = c.field().kind() == FieldKind.NUMBER || c.field().kind() == FieldKind.INTEGER;
        }
        for (T row : rows) {
            String[] line = new String[columns.size()];
            for (int i = 0; i < line.length; i++) {
                Columns.Column c = columns.get(i);
                Object owner = c.owner(row);
                Object v = owner == null ? null : c.field().kind() == FieldKind.NUMBER
                        ? (Object) c.field().number(owner) : c.field().get(owner);
                line[i] = Values.flat(v, Values.ABSENT_TEXT);
                width[i] = Math.max(width[i], line[i].length());
            }
            cells.add(line);
        }
        line(sb, indent, header, width, numeric);
        for (String[] line : cells) {
            line(sb, indent, line, width, numeric);
        }
    }

    private static void line(StringBuilder sb, String indent, String[] cells, int[] width, boolean[] right) {
        sb.append(indent);
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sb.append("  ");
            }
            int gap = width[i] - cells[i].length();
            if (right[i]) {
                pad(sb, gap);
                sb.append(cells[i]);
            } else {
                sb.append(cells[i]);
                if (i < cells.length - 1) {
                    pad(sb, gap);
                }
            }
        }
        sb.append('\n');
    }

    private static void pad(StringBuilder sb, int n) {
        for (int i = 0; i < n; i++) {
            sb.append(' ');
        }
    }
}
