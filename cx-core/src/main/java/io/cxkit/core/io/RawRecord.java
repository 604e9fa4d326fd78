package io.cxkit.core.io;

import java.util.Map;
import java.util.HashMap;

/**
 * One record's values as text, before they are checked: what a JSON line or a CSV row says, by schema field.
 * Internal and mutable; an absent value is null here and never leaves the package.
 */
final class RawRecord {
    final String[] values = new String[Field.all().length];
    final Map<String, String> attributes = new HashMap<>();
    final Map<String, String> identifiers = new HashMap<>();
    int unknownFields;

    void clear() {
        java.util.Arrays.fill(values, null);
        attributes.clear();
        identifiers.clear();
        unknownFields = 0;
    }

    String get(Field f) {
        return values[f.ordinal()];
    }

    void set(Field f, String v) {
        values[f.ordinal()] = v;
    }
}
