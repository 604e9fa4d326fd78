package io.cxkit.core;

import java.util.Map;
import java.util.Objects;

/** Validated copies of free key-value maps. */
final class Attributes {
    private Attributes() {
    }

    /**
     * An unmodifiable copy whose keys are not blank.
     *
     * @throws NullPointerException if the map, a key or a value is null
     * @throws IllegalArgumentException naming the field if a key is blank
     */
    static Map<String, String> copy(String field, Map<String, String> map) {
        Objects.requireNonNull(map, () -> field + " must not be null (use an empty map)");
        for (Map.Entry<String, String> e : map.entrySet()) {
            if (e.getKey() == null || e.getKey().isBlank()) {
                throw new IllegalArgumentException(field + " names must not be blank");
            }
            Objects.requireNonNull(e.getValue(), () -> field + "." + e.getKey() + " must not be null");
        }
        return Map.copyOf(map);
    }
}
