package io.cxkit.core.io;

/** Reads one record's decoded text into a {@link RawRecord}. One instance per read; not thread-safe. */
interface RecordParser {

    /**
     * Parses {@code chars[0..length)} into {@code into}, which the caller has cleared.
     *
     * @throws FieldRejection if the text is not one well-formed record
     */
    void parse(char[] chars, int length, RawRecord into) throws FieldRejection;
}
