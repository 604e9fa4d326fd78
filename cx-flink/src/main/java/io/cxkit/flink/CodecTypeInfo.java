package io.cxkit.flink;

import io.cxkit.metrics.MetricSpec;
import java.util.Objects;
import java.util.Optional;
import org.apache.flink.api.common.serialization.SerializerConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;

/**
 * Type information whose serializer is a {@link CodecSerializer}: an atomic, non-key type (group by a key you
 * extract, such as the channel name).
 *
 * @param <T> the value type
 */
final class CodecTypeInfo<T> extends TypeInformation<T> {
    private static final long serialVersionUID = 1L;
    private final Class<T> type;
    private final CodecSerializer.Kind kind;
    /** The spec of a state serializer, else null: a field, as {@code Optional} is not serializable. */
    private final MetricSpec spec;

    CodecTypeInfo(Class<T> type, CodecSerializer.Kind kind, Optional<MetricSpec> spec) {
        this.type = type;
        this.kind = kind;
        this.spec = spec.orElse(null);
    }

    @Override
    public boolean isBasicType() {
        return false;
    }

    @Override
    public boolean isTupleType() {
        return false;
    }

    @Override
    public int getArity() {
        return 1;
    }

    @Override
    public int getTotalFields() {
        return 1;
    }

    @Override
    public Class<T> getTypeClass() {
        return type;
    }

    @Override
    public boolean isKeyType() {
        return false;
    }

    @Override
    public TypeSerializer<T> createSerializer(SerializerConfig config) {
        return new CodecSerializer<>(kind, Optional.ofNullable(spec));
    }

    @Override
    public String toString() {
        return "cxkit " + kind.name().toLowerCase(java.util.Locale.ROOT) + (spec == null ? "" : " of " + spec);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CodecTypeInfo<?> t && t.canEqual(this) && t.type == type && t.kind == kind
                && Objects.equals(t.spec, spec);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, kind, spec);
    }

    @Override
    public boolean canEqual(Object o) {
        return o instanceof CodecTypeInfo;
    }
}
