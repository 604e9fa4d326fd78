package io.cxkit.core;

import java.util.Locale;
import java.util.Objects;

/** Normalises and checks the names of open values (channels, stages, outcomes). */
final class OpenValues {
    /** Longest name an open value may carry; longer ones are almost always a mis-mapped column. */
    static final int MAX_LENGTH = 200;

    private OpenValues() {
    }

    /**
     * Trims and lower-cases a name, so that "Web", " web " and "WEB" are one channel.
     *
     * @throws IllegalArgumentException if the name is blank, too long or holds control characters
     */
    static String normalise(String field, String name) {
        Objects.requireNonNull(name, () -> field + " must not be null");
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be blank, was '" + name + "'");
        }
        if (n.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(field + " must be at most " + MAX_LENGTH + " characters, was "
                    + n.length());
        }
        for (int i = 0; i < n.length(); i++) {
            if (Character.isISOControl(n.charAt(i))) {
                throw new IllegalArgumentException(field + " must not contain control characters, was '"
                        + name + "'");
            }
        }
        return n;
    }

    /**
     * Checks a free identifier: not blank, no control characters, at most {@value #MAX_LENGTH} characters.
     * Unlike {@link #normalise}, case and inner spacing are kept because identifiers are opaque.
     */
    static String identifier(String field, String value) {
        Objects.requireNonNull(value, () -> field + " must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank, was '" + value + "'");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(field + " must be at most " + MAX_LENGTH + " characters, was "
                    + value.length());
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new IllegalArgumentException(field + " must not contain control characters");
            }
        }
        return value.strip();
    }
}
