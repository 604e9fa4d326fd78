package io.cxkit.core.output;

import java.util.ArrayList;
import java.util.List;

/**
 * The flat columns of a schema for CSV and text tables: each field, with nested records' fields flattened into
 * {@code parent_child} columns.
 */
final class Columns {
    /** One leaf column: the nested fields to walk through, then the field to read. */
    record Column(String name, List<Field<Object>> path, Field<Object> field) {
        /** The object the leaf field is read from, or null when a record on the path is absent. */
        Object owner(Object row) {
            Object o = row;
            for (Field<Object> p : path) {
                o = Values.normal(p.get(o));
                if (o == null) {
                    return null;
                }
            }
            return o;
        }
    }

    private Columns() {
    }

    static List<Column> of(Schema<?> schema) {
        List<Column> out = new ArrayList<>();
        add(out, "", List.of(), schema);
        return List.copyOf(out);
    }

    private static void add(List<Column> out, String prefix, List<Field<Object>> path, Schema<?> schema) {
        for (Field<?> f : schema.fields()) {
            Field<Object> field = Values.cast(f);
            if (field.nested().isPresent()) {
                List<Field<Object>> p = new ArrayList<>(path);
                p.add(field);
                add(out, prefix + field.name() + "_", List.copyOf(p), field.nested().get());
            } else {
                out.add(new Column(prefix + field.name(), path, field));
            }
        }
    }
}
