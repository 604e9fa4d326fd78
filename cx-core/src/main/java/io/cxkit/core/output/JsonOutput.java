package io.cxkit.core.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes results as JSON documents: one object whose first field is {@code schema_version}, then the root's
 * fields by its {@link Schema}. Values follow the package's rules; NaN and infinity are written as
 * {@code null}. Streams through Jackson's generator: no tree of the document is built.
 */
public final class JsonOutput {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonOutput() {
    }

    /**
     * Writes a record as a JSON document, indented, followed by a line break.
     *
     * @param root a record
     * @param out where to write; flushed, not closed
     * @throws IllegalArgumentException if {@code root} is not a record
     * @throws UncheckedIOException if writing fails
     */
    public static void write(Record root, Writer out) {
        write(root, Schema.of(Values.<Class<Record>>cast(root.getClass())), out);
    }

    /**
     * Writes a result as a JSON document by its schema, indented, followed by a line break.
     *
     * @param root the result
     * @param schema its field list
     * @param out where to write; flushed, not closed
     * @param <T> the result type
     * @throws UncheckedIOException if writing fails
     */
    public static <T> void write(T root, Schema<T> schema, Writer out) {
        Objects.requireNonNull(root, "root");
        try (JsonGenerator g = generator(out)) {
            g.writeStartObject();
            g.writeNumberField("schema_version", schema.version());
            fields(g, root, schema);
            g.writeEndObject();
            g.flush();
            out.write(System.lineSeparator());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes rows as a JSON document {@code {"schema_version":v,"<name>":[...]}}, {@code v} being the row
     * schema's version.
     *
     * @param name the array's field name
     * @param schema the rows' field list
     * @param rows the rows, streamed
     * @param out where to write; flushed, not closed
     * @param <T> the row type
     * @throws UncheckedIOException if writing fails
     */
    public static <T> void writeRows(String name, Schema<T> schema, Iterable<? extends T> rows, Writer out) {
        try (JsonGenerator g = generator(out)) {
            g.writeStartObject();
            g.writeNumberField("schema_version", schema.version());
            g.writeArrayFieldStart(name);
            for (T row : rows) {
                g.writeStartObject();
                fields(g, row, schema);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.flush();
            out.write(System.lineSeparator());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A record as a JSON document, as {@link #write(Record, Writer)} writes it.
     *
     * @param root a record
     * @return the document, with a trailing line break
     */
    public static String toJson(Record root) {
        StringWriter w = new StringWriter();
        write(root, w);
        return w.toString();
    }

    private static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.useDefaultPrettyPrinter();
        return g;
    }

    private static <T> void fields(JsonGenerator g, T row, Schema<T> schema) throws IOException {
        for (Field<T> f : schema.fields()) {
            g.writeFieldName(f.name());
            switch (f.kind()) {
                case NUMBER -> number(g, f.number(row));
                case INTEGER -> g.writeNumber(f.integer(row));
                case BOOLEAN -> g.writeBoolean(f.bool(row));
                case TEXT -> {
                    Object v = Values.normal(f.get(row));
                    if (v == null) {
                        g.writeNull();
                    } else {
                        g.writeString(v instanceof Double d ? Values.number(d) : String.valueOf(v));
                    }
                }
                case VALUE -> {
                    if (f.rows().isPresent()) {
                        declaredRows(g, f.get(row), f.rows().get());
                    } else if (f.nested().isPresent()) {
                        declared(g, f.get(row), f.nested().get());
                    } else {
                        value(g, f.get(row));
                    }
                }
            }
        }
    }

    /** A value written by a declared schema: an object, or null when absent. */
    private static void declared(JsonGenerator g, Object raw, Schema<?> schema) throws IOException {
        Object v = raw instanceof Optional<?> o ? o.orElse(null) : raw;
        if (v == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        fields(g, v, Values.<Schema<Object>>cast(schema));
        g.writeEndObject();
    }

    /** A list written row by row by a declared schema, or null when absent. */
    private static void declaredRows(JsonGenerator g, Object raw, Schema<?> schema) throws IOException {
        Object v = raw instanceof Optional<?> o ? o.orElse(null) : raw;
        if (v == null) {
            g.writeNull();
            return;
        }
        g.writeStartArray();
        for (Object row : (Iterable<?>) v) {
            declared(g, row, schema);
        }
        g.writeEndArray();
    }

    private static void number(JsonGenerator g, double d) throws IOException {
        if (Double.isFinite(d)) {
            g.writeNumber(d);
        } else {
            g.writeNull();
        }
    }

    private static void value(JsonGenerator g, Object raw) throws IOException {
        Object v = Values.normal(raw);
        if (v == null) {
            g.writeNull();
        } else if (v instanceof Double d) {
            number(g, d);
        } else if (v instanceof Long l) {
            g.writeNumber(l);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof BigDecimal b) {
            g.writeNumber(b);
        } else if (v instanceof BigInteger b) {
            g.writeNumber(b);
        } else if (v instanceof Number n) {
            number(g, n.doubleValue());
        } else if (v instanceof Record r) {
            g.writeStartObject();
            fields(g, r, Schema.of(Values.<Class<Record>>cast(r.getClass())));
            g.writeEndObject();
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(Values.key(e.getKey()));
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof Iterable<?> it) {
            g.writeStartArray();
            for (Object o : it) {
                value(g, o);
            }
            g.writeEndArray();
        } else {
            g.writeString(String.valueOf(v));
        }
    }
}
