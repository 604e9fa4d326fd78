package io.cxkit.report;

import java.util.Objects;
import java.util.Optional;

/**
 * One section of a {@link Report}: its content, or the reason it has none (the input cannot support it). Exactly
 * one of {@code content} and {@code skipped} is present.
 *
 * @param key the section's key, snake_case, e.g. {@code journeys}
 * @param title the section's heading
 * @param skipped why the section has nothing to show
 * @param content the section's typed content
 * @param <T> the content type, a record
 */
public record Section<T>(String key, String title, Optional<String> skipped, Optional<T> content) {
    /**
     * @param key the key
     * @param title the heading
     * @param skipped why the section has nothing to show
     * @param content the section's typed content
     * @throws IllegalArgumentException unless exactly one of content and skipped is present
     */
    public Section {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        if (skipped.isPresent() == content.isPresent()) {
            throw new IllegalArgumentException("section " + key + " needs either content or a reason, not both");
        }
    }

    /**
     * A section with content.
     *
     * @param key the key
     * @param title the heading
     * @param content the content
     * @param <T> the content type
     * @return the section
     */
    public static <T> Section<T> shown(String key, String title, T content) {
        return new Section<>(key, title, Optional.empty(), Optional.of(content));
    }

    /**
     * A section the input cannot support.
     *
     * @param key the key
     * @param title the heading
     * @param reason why, in words a user can act on
     * @param <T> the content type
     * @return the section
     */
    public static <T> Section<T> skipped(String key, String title, String reason) {
        return new Section<>(key, title, Optional.of(reason), Optional.empty());
    }
}
