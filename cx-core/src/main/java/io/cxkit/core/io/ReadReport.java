package io.cxkit.core.io;

import java.util.List;
import java.util.Objects;

/**
 * What one read did. Every record read is either accepted or rejected, so {@code read == accepted + rejected}
 * always; the constructor enforces it.
 *
 * @param source the name of the input
 * @param read the number of records read (blank lines and the CSV header are not records)
 * @param accepted the records handed to the caller
 * @param rejected the records rejected
 * @param unknownFields the number of field values ignored because their name is not in the schema, counted
 *        on every record read (a CSV file with one unknown column and 10 rows counts 10)
 * @param firstRejections the first rejections, in input order, at most the reader's
 *        {@link InteractionReader.Builder#maxReportedRejections(int) limit}; raw lines cut to 1,000 characters
 * @param notes what the read decided on its own that a user should know, one sentence each: the delimiter it
 *        detected, the unit it chose for bare numbers in a timestamp column ({@link TimestampFormat#auto()})
 */
public record ReadReport(String source, long read, long accepted, long rejected, long unknownFields,
        List<Rejection> firstRejections, List<String> notes) {

    /**
     * A report without notes.
     *
     * @param source the name of the input
     * @param read the number of records read (blank lines and the CSV header are not records)
     * @param accepted the records handed to the caller
     * @param rejected the records rejected
     * @param unknownFields the number of field values ignored because their name is not in the schema, counted on every
     *        record read (a CSV file with one unknown column and 10 rows counts 10)
     * @param firstRejections the first rejections, in input order, at most the reader's {@link
     *        InteractionReader.Builder#maxReportedRejections(int) limit}; raw lines cut to 1,000 characters
     */
    public ReadReport(String source, long read, long accepted, long rejected, long unknownFields,
            List<Rejection> firstRejections) {
        this(source, read, accepted, rejected, unknownFields, firstRejections, List.of());
    }

    /**
     * @param source the name of the input
     * @param read the number of records read (blank lines and the CSV header are not records)
     * @param accepted the records handed to the caller
     * @param rejected the records rejected
     * @param unknownFields the number of field values ignored because their name is not in the schema, counted on every
     *        record read (a CSV file with one unknown column and 10 rows counts 10)
     * @param firstRejections the first rejections, in input order, at most the reader's {@link
     *        InteractionReader.Builder#maxReportedRejections(int) limit}; raw lines cut to 1,000 characters
     * @param notes what the read decided on its own that a user should know, one sentence each: the delimiter it
     *        detected, the unit it chose for bare numbers in a timestamp column ({@link TimestampFormat#auto()})
     * @throws IllegalArgumentException if a count is negative or {@code read != accepted + rejected}
     * @throws NullPointerException if a component is null
     */
    public ReadReport {
        Objects.requireNonNull(source, "source must not be null");
        if (accepted < 0 || rejected < 0 || unknownFields < 0) {
            throw new IllegalArgumentException("counts must not be negative, were accepted=" + accepted
                    + ", rejected=" + rejected + ", unknown_fields=" + unknownFields);
        }
        if (read != accepted + rejected) {
            throw new IllegalArgumentException("read must equal accepted + rejected, was " + read + " != "
                    + accepted + " + " + rejected);
        }
        firstRejections = List.copyOf(firstRejections);
        notes = List.copyOf(notes);
    }

    /**
     * True when every record read was accepted (also for an empty input).
     *
     * @return true when every record read was accepted (also for an empty input)
     */
    public boolean clean() {
        return rejected == 0;
    }

    /** One line for people: {@code source: read N, accepted N, rejected N, unknown fields N}. */
    @Override
    public String toString() {
        return source + ": read " + read + ", accepted " + accepted + ", rejected " + rejected
                + ", unknown fields " + unknownFields;
    }
}
