package io.cxkit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes a command's result as JSON or CSV. Text output is each command's own; JSON and CSV go through here so
 * that every command quotes, escapes and orders the same way.
 */
public final class Output {
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new Jdk8Module())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private Output() {
    }

    /**
     * Prints a JSON tree (maps, lists, records, numbers, strings) followed by a newline. Non-finite doubles are
     * written as {@code null}: JSON has no NaN.
     *
     * @param out where to write
     * @param tree the value to write as JSON
     */
    public static void json(PrintWriter out, Object tree) {
        try {
            out.println(JSON.writeValueAsString(finite(tree)));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Prints RFC 4180 CSV: a header row, then the rows; fields are quoted when they need it.
     *
     * @param out where to write
     * @param header the column names
     * @param rows the rows, one value per column
     */
    public static void csv(PrintWriter out, List<String> header, List<List<?>> rows) {
        out.println(csvLine(header));
        for (List<?> row : rows) {
            out.println(csvLine(row));
        }
        out.flush();
    }

    /**
     * One CSV line of the given fields, without the line break. A text field that a spreadsheet would run as a
     * formula (it starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) is written
     * with a leading single quote, as OWASP's "CSV Injection" page recommends; numbers (a {@link Number}, or text
     * that is a plain decimal number such as {@code -3.5}) are written as they are.
     *
     * @param fields the values, in column order
     * @return one CSV line of the given fields, without the line break
     */
    public static String csvLine(List<?> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            Object f = fields.get(i);
            String s = f == null ? "" : (f instanceof Double d && !Double.isFinite(d)) ? "" : String.valueOf(f);
            if (!(f instanceof Number)) {
                s = neutralise(s);
            }
            if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                sb.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(s);
            }
        }
        return sb.toString();
    }

    /**
     * The text as a spreadsheet shows it literally: the library's one rule,
     * {@link io.cxkit.core.output.CsvOutput#neutralised(String)}.
     */
    static String neutralise(String s) {
        return io.cxkit.core.output.CsvOutput.neutralised(s);
    }

    private static Object finite(Object tree) {
        if (tree instanceof Double d && !Double.isFinite(d)) {
            return null;
        }
        if (tree instanceof java.util.Map<?, ?> m) {
            java.util.Map<Object, Object> copy = new java.util.LinkedHashMap<>();
            m.forEach((k, v) -> copy.put(k, finite(v)));
            return copy;
        }
        if (tree instanceof List<?> l) {
            List<Object> copy = new java.util.ArrayList<>(l.size());
            for (Object o : l) {
                copy.add(finite(o));
            }
            return copy;
        }
        return tree;
    }
}
