package io.cxkit.report;

import io.cxkit.core.output.SchemaVersion;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A computed CX report: its sections by key, in report order. Written as JSON it is
 * {@code {"schema_version":1,"sections":{"overview":{"key":..,"title":..,"skipped":null,"content":{..}},..}}}.
 *
 * @param sections every section, keyed by {@link Section#key()}, in report order
 */
@SchemaVersion(1)
public record Report(Map<String, Section<?>> sections) {
    /**
     * Copies the sections, keeping their order.
     *
     * @param sections every section, keyed by {@link Section#key()}, in report order
     */
    public Report {
        sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
    }

    /**
     * The report built from sections in order.
     *
     * @param sections the sections
     * @return the report
     * @throws IllegalArgumentException if two sections share a key
     */
    public static Report of(List<Section<?>> sections) {
        Map<String, Section<?>> m = new LinkedHashMap<>();
        for (Section<?> s : sections) {
            if (m.put(s.key(), s) != null) {
                throw new IllegalArgumentException("two report sections use the key " + s.key());
            }
        }
        return new Report(m);
    }

    /**
     * The content of the first section whose content is of the given type.
     *
     * @param type the content type, e.g. {@code Overview.class}
     * @param <T> the content type
     * @return the content, or empty when no section has it (absent or skipped)
     */
    public <T> Optional<T> content(Class<T> type) {
        for (Section<?> s : sections.values()) {
            if (s.content().isPresent() && type.isInstance(s.content().get())) {
                return Optional.of(type.cast(s.content().get()));
            }
        }
        return Optional.empty();
    }
}
