package io.cxkit.metrics.clv;

/**
 * A line a {@link TransactionReader} could not accept.
 *
 * @param source the file or stream name
 * @param line the 1-based line number
 * @param field the field at fault ({@code line} for a line that cannot be split into fields)
 * @param value the offending value as read (cut to 200 characters)
 * @param reason why it was rejected
 */
public record TransactionRejection(String source, long line, String field, String value, String reason) {

    /** Cuts the value to 200 characters. */
    public TransactionRejection {
        if (value.length() > 200) {
            value = value.substring(0, 200) + "...";
        }
    }

    /** {@code file:line: field 'value': reason}. */
    public String message() {
        return source + ":" + line + ": " + field + " '" + value + "': " + reason;
    }
}
