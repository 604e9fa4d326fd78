package io.cxkit.core.output;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/**
 * The one field list of a result type, from which text, JSON and CSV are all written. Derive it from a record's
 * components with {@link #of(Class)}, or declare it with {@link #builder(Class)}.
 *
 * @param <T> the result type
 */
public final class Schema<T> {
    private static final ClassValue<Schema<?>> DERIVED = new ClassValue<>() {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        protected Schema<?> computeValue(Class<?> type) {
            return derive((Class) type);
        }
    };

    private final Class<T> type;
    private final List<Field<T>> fields;
    private final int version;

    private Schema(Class<T> type, List<Field<T>> fields) {
        this.type = type;
        this.fields = List.copyOf(fields);
        SchemaVersion v = type.getAnnotation(SchemaVersion.class);
        this.version = v == null ? 1 : v.value();
        if (version < 1) {
            throw new IllegalArgumentException("schema_version of " + type.getName() + " must be >= 1, was " + version);
        }
        Set<String> seen = new HashSet<>();
        for (Field<T> f : this.fields) {
            if (!seen.add(f.name())) {
                throw new IllegalArgumentException(type.getName() + " has two fields named " + f.name());
            }
        }
    }

    /**
     * The schema of a record type, derived once from its components (cached): names in snake_case, kinds from
     * the component types (see the package documentation).
     *
     * @param type a record class
     * @param <R> the record type
     * @return the schema
     * @throws IllegalArgumentException if {@code type} is not a record
     */
    @SuppressWarnings("unchecked")
    public static <R> Schema<R> of(Class<R> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record; declare its schema with "
                    + "Schema.builder");
        }
        return (Schema<R>) DERIVED.get(type);
    }

    /**
     * Starts a declared schema, for types that are not records or that write other fields than their components.
     *
     * @param type the result type
     * @param <T> the result type
     * @return a builder
     */
    public static <T> Builder<T> builder(Class<T> type) {
        return new Builder<>(type);
    }

    /**
     * The result type.
     *
     * @return the class
     */
    public Class<T> type() {
        return type;
    }

    /**
     * The fields, in writing order.
     *
     * @return an unmodifiable list
     */
    public List<Field<T>> fields() {
        return fields;
    }

    /**
     * The {@code schema_version} written at the top of a JSON document whose root is of this type.
     *
     * @return the version, at least 1
     */
    public int version() {
        return version;
    }

    /**
     * A Java name in snake_case: {@code probabilityAlive} → {@code probability_alive}, {@code pValue} →
     * {@code p_value}, {@code csvURL} → {@code csv_url}.
     *
     * @param name a camelCase name
     * @return its snake_case form
     */
    public static String snakeCase(String name) {
        StringBuilder sb = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean afterLower = i > 0 && (Character.isLowerCase(name.charAt(i - 1))
                        || Character.isDigit(name.charAt(i - 1)));
                boolean acronymEnd = i > 0 && Character.isUpperCase(name.charAt(i - 1))
                        && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                if (afterLower || acronymEnd) {
                    sb.append('_');
                }
                sb.append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static <R> Schema<R> derive(Class<R> type) {
        List<Field<R>> fields = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            fields.add(field(snakeCase(c.getName()), c));
        }
        return new Schema<>(type, fields);
    }

    private static <R> Field<R> field(String name, RecordComponent c) {
        MethodHandle h = handle(c.getAccessor());
        Class<?> t = c.getType();
        if (t == double.class || t == float.class) {
            MethodHandle g = h.asType(MethodType.methodType(double.class, Object.class));
            return Field.number(name, r -> invokeDouble(g, r));
        }
        if (t == long.class || t == int.class || t == short.class || t == byte.class) {
            MethodHandle g = h.asType(MethodType.methodType(long.class, Object.class));
            return Field.integer(name, r -> invokeLong(g, r));
        }
        if (t == boolean.class) {
            MethodHandle g = h.asType(MethodType.methodType(boolean.class, Object.class));
            return Field.bool(name, r -> invokeBoolean(g, r));
        }
        MethodHandle g = h.asType(MethodType.methodType(Object.class, Object.class));
        Function<R, Object> read = r -> invokeObject(g, r);
        if (CharSequence.class.isAssignableFrom(t) || t.isEnum() || t == Instant.class || t == LocalDate.class
                || t == YearMonth.class) {
            return Field.text(name, read);
        }
        if (t == Duration.class) {
            return Field.number(name, r -> {
                Duration d = (Duration) invokeObject(g, r);
                return d == null ? Double.NaN : d.getSeconds() + d.getNano() / 1e9;
            });
        }
        Optional<Schema<?>> nested = t.isRecord() && t.getRecordComponents().length > 1
                ? Optional.of(of(t)) : Optional.empty();
        return Field.value(name, read, nested);
    }

    private static MethodHandle handle(Method accessor) {
        try {
            return MethodHandles.publicLookup().unreflect(accessor);
        } catch (IllegalAccessException notPublic) {
            // A record that is not public (a test's, a command's private result) is still written, if its
            // package is open to us.
            if (!accessor.trySetAccessible()) {
                throw new IllegalArgumentException("cannot read " + accessor.getDeclaringClass().getName() + "."
                        + accessor.getName() + ": make the record public in an exported package", notPublic);
            }
            try {
                return MethodHandles.lookup().unreflect(accessor);
            } catch (IllegalAccessException e) {
                throw new IllegalArgumentException("cannot read " + accessor, e);
            }
        }
    }

    private static double invokeDouble(MethodHandle h, Object r) {
        try {
            return (double) h.invokeExact(r);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static long invokeLong(MethodHandle h, Object r) {
        try {
            return (long) h.invokeExact(r);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean invokeBoolean(MethodHandle h, Object r) {
        try {
            return (boolean) h.invokeExact(r);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object invokeObject(MethodHandle h, Object r) {
        try {
            return (Object) h.invokeExact(r);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return type.getSimpleName() + fields;
    }

    /**
     * Builds a declared {@link Schema}, field by field, in writing order.
     *
     * @param <T> the result type
     */
    public static final class Builder<T> {
        private final Class<T> type;
        private final List<Field<T>> fields = new ArrayList<>();

        private Builder(Class<T> type) {
            this.type = Objects.requireNonNull(type, "type");
        }

        /**
         * Adds a text field.
         *
         * @param name the name as written
         * @param read reads the value
         * @return this builder
         */
        public Builder<T> text(String name, Function<? super T, ?> read) {
            fields.add(Field.text(name, read));
            return this;
        }

        /**
         * Adds a number field.
         *
         * @param name the name as written
         * @param read reads the value
         * @return this builder
         */
        public Builder<T> number(String name, ToDoubleFunction<? super T> read) {
            fields.add(Field.number(name, read));
            return this;
        }

        /**
         * Adds a whole-number field.
         *
         * @param name the name as written
         * @param read reads the value
         * @return this builder
         */
        public Builder<T> integer(String name, ToLongFunction<? super T> read) {
            fields.add(Field.integer(name, read));
            return this;
        }

        /**
         * Adds a boolean field.
         *
         * @param name the name as written
         * @param read reads the value
         * @return this builder
         */
        public Builder<T> bool(String name, Predicate<? super T> read) {
            fields.add(Field.bool(name, read));
            return this;
        }

        /**
         * Adds a field of any other value (list, map, optional, record).
         *
         * @param name the name as written
         * @param read reads the value
         * @return this builder
         */
        public Builder<T> value(String name, Function<? super T, ?> read) {
            fields.add(Field.value(name, read, Optional.empty()));
            return this;
        }

        /**
         * Adds a field whose value is one object written by a declared schema: a nested object in JSON, indented
         * lines in text, {@code name_field} columns in CSV. An absent value ({@code null} or an empty
         * {@code Optional}) is written as {@code null} in JSON and empty cells in CSV.
         *
         * @param name the name as written
         * @param read reads the value
         * @param schema the value's field list
         * @param <R> the value's type
         * @return this builder
         */
        public <R> Builder<T> object(String name, Function<? super T, ? extends R> read, Schema<R> schema) {
            fields.add(Field.value(name, read, Optional.of(schema)));
            return this;
        }

        /**
         * Adds a field whose value is a list of rows written by a declared schema (see
         * {@link Field#rows(String, Function, Schema)}).
         *
         * @param name the name as written
         * @param read reads the rows
         * @param schema each row's field list
         * @param <R> the row type
         * @return this builder
         */
        public <R> Builder<T> rows(String name, Function<? super T, ? extends Iterable<? extends R>> read,
                Schema<R> schema) {
            fields.add(Field.rows(name, read, schema));
            return this;
        }

        /**
         * Adds every field of another type's schema, read from the part of {@code T} that {@code part} returns, under
         * the same names (for a row that is a key plus a result, e.g. a breakdown value and a funnel step).
         *
         * @param part reads the part from a {@code T}
         * @param schema the part's schema
         * @param <R> the part's type
         * @return this builder
         */
        public <R> Builder<T> inline(Function<? super T, ? extends R> part, Schema<R> schema) {
            for (Field<R> f : schema.fields()) {
                fields.add(switch (f.kind()) {
                    case NUMBER -> Field.<T>number(f.name(), t -> f.number(part.apply(t)));
                    case INTEGER -> Field.<T>integer(f.name(), t -> f.integer(part.apply(t)));
                    case BOOLEAN -> Field.<T>bool(f.name(), t -> f.bool(part.apply(t)));
                    case TEXT -> Field.<T>text(f.name(), t -> f.get(part.apply(t)));
                    case VALUE -> f.rows().isPresent()
                            ? Field.<T>rows(f.name(), t -> f.get(part.apply(t)), f.rows().get())
                            : Field.<T>value(f.name(), t -> f.get(part.apply(t)), f.nested());
                });
            }
            return this;
        }

        /**
         * The schema.
         *
         * @return the schema of the fields added so far
         * @throws IllegalArgumentException if two fields share a name
         */
        public Schema<T> build() {
            return new Schema<>(type, fields);
        }
    }
}
