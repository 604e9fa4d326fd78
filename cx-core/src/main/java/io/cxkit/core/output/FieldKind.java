package io.cxkit.core.output;

/** How a {@link Field}'s value is read and written. */
public enum FieldKind {
    /** Text; neutralised against formula injection in CSV. */
    TEXT,
    /** A double; non-finite values are written as absent (see the package documentation). */
    NUMBER,
    /** A whole number (long). */
    INTEGER,
    /** A boolean. */
    BOOLEAN,
    /** Any other value, written by the generic rules of the package documentation (records, lists, maps). */
    VALUE
}
