package io.cxkit.core.output;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/**
 * One named field of a {@link Schema}: its name as written (snake_case), its {@link FieldKind} and how to read it
 * from an instance. Numbers, integers and booleans are read through primitive functions, so writing a row boxes
 * nothing.
 *
 * @param <T> the type the field is read from
 */
public final class Field<T> {
    private final String name;
    private final FieldKind kind;
    private final Function<? super T, ?> value;
    private final ToDoubleFunction<? super T> number;
    private final ToLongFunction<? super T> integer;
    private final Predicate<? super T> bool;
    private final Optional<Schema<?>> nested;
    private final Optional<Schema<?>> rows;

    private Field(String name, FieldKind kind, Function<? super T, ?> value, ToDoubleFunction<? super T> number,
            ToLongFunction<? super T> integer, Predicate<? super T> bool, Optional<Schema<?>> nested) {
        this(name, kind, value, number, integer, bool, nested, Optional.empty());
    }

    private Field(String name, FieldKind kind, Function<? super T, ?> value, ToDoubleFunction<? super T> number,
            ToLongFunction<? super T> integer, Predicate<? super T> bool, Optional<Schema<?>> nested,
            Optional<Schema<?>> rows) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("field name must not be blank, was '" + name + "'");
        }
        this.name = name;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.value = value;
        this.number = number;
        this.integer = integer;
        this.bool = bool;
        this.nested = nested;
        this.rows = rows;
    }

    /**
     * A text field; {@code null} or an empty {@code Optional} is written as absent.
     *
     * @param name the field name as written
     * @param read reads the value; its {@code toString()} is written
     * @param <T> the type read from
     * @return the field
     */
    public static <T> Field<T> text(String name, Function<? super T, ?> read) {
        return new Field<>(name, FieldKind.TEXT, Objects.requireNonNull(read), null, null, null, Optional.empty());
    }

    /**
     * A number field; NaN and infinity are written as absent.
     *
     * @param name the field name as written
     * @param read reads the value
     * @param <T> the type read from
     * @return the field
     */
    public static <T> Field<T> number(String name, ToDoubleFunction<? super T> read) {
        return new Field<>(name, FieldKind.NUMBER, null, Objects.requireNonNull(read), null, null, Optional.empty());
    }

    /**
     * A whole-number field.
     *
     * @param name the field name as written
     * @param read reads the value
     * @param <T> the type read from
     * @return the field
     */
    public static <T> Field<T> integer(String name, ToLongFunction<? super T> read) {
        return new Field<>(name, FieldKind.INTEGER, null, null, Objects.requireNonNull(read), null, Optional.empty());
    }

    /**
     * A boolean field.
     *
     * @param name the field name as written
     * @param read reads the value
     * @param <T> the type read from
     * @return the field
     */
    public static <T> Field<T> bool(String name, Predicate<? super T> read) {
        return new Field<>(name, FieldKind.BOOLEAN, null, null, null, Objects.requireNonNull(read), Optional.empty());
    }

    /**
     * A field of any other value (a list, a map, an optional, a nested record), written by the package's generic
     * rules. When the value's static type is a record, pass its schema as {@code nested} so CSV can flatten it.
     *
     * @param name the field name as written
     * @param read reads the value
     * @param nested the schema of the value when it is always a record of one type
     * @param <T> the type read from
     * @return the field
     */
    public static <T> Field<T> value(String name, Function<? super T, ?> read, Optional<Schema<?>> nested) {
        return new Field<>(name, FieldKind.VALUE, Objects.requireNonNull(read), null, null, null, nested);
    }

    /**
     * A field whose value is a list of rows written by a declared schema rather than by their own type's derived
     * one: in JSON an array of objects with {@code rows}' fields (so a row type whose field names depend on the run,
     * such as a trend keyed by {@code month} or {@code week}, can still be nested), in text a table. In CSV the list
     * is one cell, as any other list.
     *
     * @param name the field name as written
     * @param read reads the rows (an {@code Iterable}; {@code null} or an empty {@code Optional} is absent)
     * @param rows the schema each row is written by
     * @param <T> the type read from
     * @return the field
     */
    public static <T> Field<T> rows(String name, Function<? super T, ?> read, Schema<?> rows) {
        return new Field<>(name, FieldKind.VALUE, Objects.requireNonNull(read), null, null, null, Optional.empty(),
                Optional.of(Objects.requireNonNull(rows, "rows")));
    }

    /**
     * The field's name as written.
     *
     * @return the snake_case name
     */
    public String name() {
        return name;
    }

    /**
     * How the field is read and written.
     *
     * @return the kind
     */
    public FieldKind kind() {
        return kind;
    }

    /**
     * The schema of a nested record value, for flattening into CSV columns.
     *
     * @return the nested schema, or empty if the value is not a record of one known type
     */
    public Optional<Schema<?>> nested() {
        return nested;
    }

    /**
     * The declared schema of each row of a list value (see {@link #rows(String, Function, Schema)}).
     *
     * @return the row schema, or empty if the value is not written by one
     */
    public Optional<Schema<?>> rows() {
        return rows;
    }

    /**
     * Reads a number field.
     *
     * @param from the instance
     * @return the value, possibly non-finite
     * @throws IllegalStateException if the field is not a {@link FieldKind#NUMBER}
     */
    public double number(T from) {
        if (number == null) {
            throw new IllegalStateException("field " + name + " is " + kind + ", not NUMBER");
        }
        return number.applyAsDouble(from);
    }

    /**
     * Reads an integer field.
     *
     * @param from the instance
     * @return the value
     * @throws IllegalStateException if the field is not an {@link FieldKind#INTEGER}
     */
    public long integer(T from) {
        if (integer == null) {
            throw new IllegalStateException("field " + name + " is " + kind + ", not INTEGER");
        }
        return integer.applyAsLong(from);
    }

    /**
     * Reads a boolean field.
     *
     * @param from the instance
     * @return the value
     * @throws IllegalStateException if the field is not a {@link FieldKind#BOOLEAN}
     */
    public boolean bool(T from) {
        if (bool == null) {
            throw new IllegalStateException("field " + name + " is " + kind + ", not BOOLEAN");
        }
        return bool.test(from);
    }

    /**
     * Reads the field as an object, whatever its kind (boxing numbers; for generic consumers such as text
     * layout, not for hot loops).
     *
     * @param from the instance
     * @return the value; {@code null} when absent
     */
    public Object get(T from) {
        return switch (kind) {
            case NUMBER -> number.applyAsDouble(from);
            case INTEGER -> integer.applyAsLong(from);
            case BOOLEAN -> bool.test(from);
            case TEXT, VALUE -> value.apply(from);
        };
    }

    @Override
    public String toString() {
        return name + ":" + kind;
    }
}
