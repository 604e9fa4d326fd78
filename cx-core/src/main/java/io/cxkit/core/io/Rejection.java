package io.cxkit.core.io;

import java.util.Objects;

/**
 * A record that was not accepted, and why.
 *
 * @param source the name of the input (a file path or the name the caller gave a stream)
 * @param line the 1-based line on which the record starts ({@code 0} when the problem is the input as a whole)
 * @param field the schema field at fault ({@code nps}, {@code attributes.plan}, a CSV column name), or
 *        {@link #RECORD} when the record as a whole is at fault (malformed JSON, wrong column count, invalid
 *        UTF-8, a line too long)
 * @param value the offending value, cut to {@value #MAX_VALUE_LENGTH} characters; empty when the value is
 *        missing
 * @param reason what is wrong and what is allowed, e.g. {@code nps score must be within 0..10, was 11}
 * @param rawLine the record as read, so that it can be fixed and fed again. Bytes that are not valid UTF-8
 *        are shown as {@code \xNN}; a line longer than the reader's limit is cut to that limit
 */
public record Rejection(String source, long line, String field, String value, String reason, String rawLine) {
    /** The field name used when a record as a whole is rejected. */
    public static final String RECORD = "(record)";
    /** Longest value kept in a rejection, in characters. */
    public static final int MAX_VALUE_LENGTH = 200;

    /**
     * Cuts the value to {@value #MAX_VALUE_LENGTH} characters.
     *
     * @param source the name of the input (a file path or the name the caller gave a stream)
     * @param line the 1-based line on which the record starts ({@code 0} when the problem is the input as a whole)
     * @param field the schema field at fault ({@code nps}, {@code attributes.plan}, a CSV column name), or {@link
     *        #RECORD} when the record as a whole is at fault (malformed JSON, wrong column count, invalid UTF-8, a line
     *        too long)
     * @param value the offending value; empty when the value is missing
     * @param reason what is wrong and what is allowed, e.g. {@code nps score must be within 0..10, was 11}
     * @param rawLine the record as read, so that it can be fixed and fed again. Bytes that are not valid UTF-8 are
     *        shown as {@code \xNN}; a line longer than the reader's limit is cut to that limit
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the line is negative
     */
    public Rejection {
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(field, "field must not be null");
        Objects.requireNonNull(value, "value must not be null (use an empty string)");
        Objects.requireNonNull(reason, "reason must not be null");
        Objects.requireNonNull(rawLine, "rawLine must not be null (use an empty string)");
        if (line < 0) {
            throw new IllegalArgumentException("line must be at least 0, was " + line);
        }
        value = cut(value, MAX_VALUE_LENGTH);
    }

    /** This rejection with its raw line cut to at most {@code maxChars} characters. */
    Rejection withRawLineCut(int maxChars) {
        return rawLine.length() <= maxChars ? this
                : new Rejection(source, line, field, value, reason, cut(rawLine, maxChars));
    }

    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        // Never split a surrogate pair: a lone surrogate is not text and would not survive UTF-8 output.
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end);
    }

    /** One line for people: {@code source:line: field 'value': reason}. */
    @Override
    public String toString() {
        return source + ":" + line + ": " + field + (value.isEmpty() ? "" : " '" + value + "'") + ": " + reason;
    }
}
