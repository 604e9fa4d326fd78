package io.cxkit.journey.map;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One event of an XES log (IEEE 1849), as {@link XesReader} accepted it.
 *
 * @param activity the event's {@code concept:name}
 * @param timestamp the event's {@code time:timestamp}
 * @param lifecycle the event's {@code lifecycle:transition} ({@code start}, {@code complete}, ...), if stated
 * @param resource the event's {@code org:resource}, if stated
 * @param attributes every top-level attribute of the event, by key, as its text value (the four above included;
 *        a {@code list} or {@code container} attribute is kept as an empty text, its children are not kept)
 * @param line the 1-based line of the event's {@code <event>} element
 */
public record XesEvent(String activity, Instant timestamp, Optional<String> lifecycle, Optional<String> resource,
        Map<String, String> attributes, long line) {
    /**
     * @param activity the event's {@code concept:name}
     * @param timestamp the event's {@code time:timestamp}
     * @param lifecycle the event's {@code lifecycle:transition} ({@code start}, {@code complete}, ...), if stated
     * @param resource the event's {@code org:resource}, if stated
     * @param attributes every top-level attribute of the event, by key, as its text value (the four above included; a
     *        {@code list} or {@code container} attribute is kept as an empty text, its children are not kept)
     * @param line the 1-based line of the event's {@code <event>} element
     * @throws NullPointerException if a component is null
     */
    public XesEvent {
        Objects.requireNonNull(activity, "activity must not be null");
        Objects.requireNonNull(timestamp, "timestamp must not be null");
        Objects.requireNonNull(lifecycle, "lifecycle must not be null");
        Objects.requireNonNull(resource, "resource must not be null");
        attributes = Map.copyOf(attributes);
    }
}
