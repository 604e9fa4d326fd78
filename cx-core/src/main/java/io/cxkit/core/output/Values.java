package io.cxkit.core.output;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** The generic value rules of the package documentation, shared by the JSON, CSV and text writers. */
final class Values {
    /** The text written for an absent or non-finite value in text output. */
    static final String ABSENT_TEXT = "n/a";

    /** Whether a record class has exactly one component (reflection is slow; asked once per class). */
    private static final ClassValue<Boolean> SINGLE = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            RecordComponent[] c = type.getRecordComponents();
            return c != null && c.length == 1;
        }
    };

    private Values() {
    }

    /**
     * A value reduced to null, a Boolean, a Long, a Double, a String, a record of two or more components, an
     * Iterable or a Map; optionals are unwrapped, single-component records replaced by their component.
     */
    static Object normal(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Optional<?> o) {
            return normal(o.orElse(null));
        }
        if (v instanceof OptionalDouble o) {
            return o.isPresent() ? o.getAsDouble() : null;
        }
        if (v instanceof OptionalLong o) {
            return o.isPresent() ? o.getAsLong() : null;
        }
        if (v instanceof OptionalInt o) {
            return o.isPresent() ? (long) o.getAsInt() : null;
        }
        if (v instanceof Double || v instanceof Long || v instanceof Boolean || v instanceof String) {
            return v;
        }
        if (v instanceof Float f) {
            return f.doubleValue();
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof CharSequence s) {
            return s.toString();
        }
        if (v instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT);
        }
        if (v instanceof Duration d) {
            return d.getSeconds() + d.getNano() / 1e9;
        }
        if (v instanceof TemporalAccessor || v instanceof ZoneId) {
            return v.toString();
        }
        if (v instanceof Record r) {
            if (SINGLE.get(r.getClass())) {
                return normal(Schema.of(r.getClass()).fields().get(0).get(cast(r)));
            }
            return r;
        }
        if (v instanceof Iterable<?> || v instanceof Map<?, ?> || v instanceof Number) {
            return v;
        }
        if (v instanceof double[] a) {
            return java.util.Arrays.stream(a).boxed().toList();
        }
        if (v instanceof long[] a) {
            return java.util.Arrays.stream(a).boxed().toList();
        }
        if (v instanceof int[] a) {
            return java.util.Arrays.stream(a).boxed().toList();
        }
        return v.toString();
    }

    @SuppressWarnings("unchecked")
    static <T> T cast(Object o) {
        return (T) o;
    }

    /** A map key as text. */
    static String key(Object k) {
        Object n = normal(k);
        return n == null ? "" : n instanceof Double d ? number(d) : String.valueOf(n);
    }

    /**
     * A value as one line of text for CSV cells and text output: lists joined by {@code "; "}, maps as
     * {@code k=v} pairs, records as {@code name=value} pairs, absent as {@code absent}.
     */
    static String flat(Object v, String absent) {
        Object n = normal(v);
        if (n == null) {
            return absent;
        }
        if (n instanceof Double d) {
            return Double.isFinite(d) ? number(d) : absent;
        }
        if (n instanceof Iterable<?> it) {
            StringBuilder sb = new StringBuilder();
            for (Object o : it) {
                if (sb.length() > 0) {
                    sb.append("; ");
                }
                sb.append(flat(o, absent));
            }
            return sb.toString();
        }
        if (n instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder();
            m.forEach((k, x) -> {
                if (sb.length() > 0) {
                    sb.append("; ");
                }
                sb.append(key(k)).append('=').append(flat(x, absent));
            });
            return sb.toString();
        }
        if (n instanceof Record r) {
            StringBuilder sb = new StringBuilder();
            for (Field<Object> f : Schema.of(Values.<Class<Object>>cast(r.getClass())).fields()) {
                if (sb.length() > 0) {
                    sb.append("; ");
                }
                sb.append(f.name()).append('=').append(flat(f.get(r), absent));
            }
            return sb.toString();
        }
        return String.valueOf(n);
    }

    /**
     * A double for people: whole numbers without decimals, otherwise four significant decimals at most, no
     * exponent between 1e-4 and 1e15.
     */
    static String number(double d) {
        if (!Double.isFinite(d)) {
            return ABSENT_TEXT;
        }
        double a = Math.abs(d);
        if (d == Math.rint(d) && a < 1e15) {
            return Long.toString((long) d);
        }
        if (a != 0 && (a < 1e-4 || a >= 1e15)) {
            return String.format(Locale.ROOT, "%.4g", d);
        }
        int decimals = a >= 100 ? 2 : a >= 1 ? 3 : 4;
        String s = String.format(Locale.ROOT, "%." + decimals + "f", d);
        if (s.indexOf('.') >= 0) {
            int end = s.length();
            while (s.charAt(end - 1) == '0') {
                end--;
            }
            if (s.charAt(end - 1) == '.') {
                end--;
            }
            s = s.substring(0, end);
        }
        return s;
    }
}
