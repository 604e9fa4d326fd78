package io.cxkit.flink;

import io.cxkit.core.Interaction;
import io.cxkit.core.io.InteractionCodec;
import io.cxkit.metrics.Accumulator;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.EstimateCodec;
import io.cxkit.metrics.Metric;
import io.cxkit.metrics.MetricRegistry;
import io.cxkit.metrics.MetricSpec;
import io.cxkit.metrics.StateEncoding;
import io.cxkit.metrics.StateFormatException;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * A Flink serializer over one of cxkit's binary codecs: a length-prefixed {@link InteractionCodec},
 * {@link EstimateCodec} or {@link StateEncoding} frame. Kryo is never involved, so jobs run with generic types
 * disabled. A state serializer carries its {@link MetricSpec}; decoding refuses a state of another metric or
 * configuration with {@link StateFormatException}.
 *
 * @param <T> the value type
 */
final class CodecSerializer<T> extends TypeSerializer<T> {
    private static final long serialVersionUID = 1L;
    /** Largest frame accepted, so corrupt bytes cannot make a task manager allocate gigabytes. */
    static final int MAX = 256 * 1024 * 1024;

    /** What the serializer codes. */
    enum Kind { INTERACTION, ESTIMATE, STATE }

    private final Kind kind;
    /** The spec of a state serializer, else null: a field, as {@code Optional} is not serializable. */
    private final MetricSpec spec;
    private transient InteractionCodec interactions;
    private transient Metric<?> metric;

    CodecSerializer(Kind kind, Optional<MetricSpec> spec) {
        this.kind = kind;
        this.spec = spec.orElse(null);
        if ((kind == Kind.STATE) != spec.isPresent()) {
            throw new IllegalArgumentException("a state serializer, and only it, needs a metric spec");
        }
    }

    Kind kind() {
        return kind;
    }

    Optional<MetricSpec> spec() {
        return Optional.ofNullable(spec);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private byte[] encode(T value) {
        return switch (kind) {
            case INTERACTION -> codec().encode((Interaction) value);
            case ESTIMATE -> EstimateCodec.encode((Estimate) value);
            case STATE -> StateEncoding.encode((Metric) metric(), (Accumulator) value);
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private T decode(byte[] bytes) {
        return switch (kind) {
            case INTERACTION -> (T) codec().decode(bytes);
            case ESTIMATE -> (T) EstimateCodec.decode(bytes);
            case STATE -> (T) StateEncoding.decode((Metric) metric(), bytes);
        };
    }

    private InteractionCodec codec() {
        // One codec per serializer: Flink duplicates a stateful serializer for every thread that uses it.
        if (interactions == null) {
            interactions = new InteractionCodec();
        }
        return interactions;
    }

    private Metric<?> metric() {
        if (metric == null) {
            metric = spec.create(MetricRegistry.discover());
        }
        return metric;
    }

    @Override
    public boolean isImmutableType() {
        // Interactions and estimates are immutable records; accumulators are mutated in place.
        return kind != Kind.STATE;
    }

    @Override
    public TypeSerializer<T> duplicate() {
        return new CodecSerializer<>(kind, Optional.ofNullable(spec));
    }

    @Override
    @SuppressWarnings("unchecked")
    public T createInstance() {
        // Records have no empty instance; Flink only asks for one on reuse paths, where a state is what it needs.
        return kind == Kind.STATE ? (T) metric().newAccumulator() : null;
    }

    @Override
    public T copy(T from) {
        return kind == Kind.STATE ? decode(encode(from)) : from;
    }

    @Override
    public T copy(T from, T reuse) {
        return copy(from);
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(T record, DataOutputView target) throws IOException {
        byte[] bytes = encode(record);
        target.writeInt(bytes.length);
        target.write(bytes);
    }

    @Override
    public T deserialize(DataInputView source) throws IOException {
        return decode(readFrame(source));
    }

    @Override
    public T deserialize(T reuse, DataInputView source) throws IOException {
        return deserialize(source);
    }

    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        byte[] bytes = readFrame(source);
        target.writeInt(bytes.length);
        target.write(bytes);
    }

    private static byte[] readFrame(DataInputView source) throws IOException {
        int n = source.readInt();
        if (n < 0 || n > MAX) {
            throw new StateFormatException("a frame declares " + n + " bytes");
        }
        byte[] bytes = new byte[n];
        source.readFully(bytes);
        return bytes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CodecSerializer<?> s && s.kind == kind && Objects.equals(s.spec, spec);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, spec);
    }

    @Override
    public TypeSerializerSnapshot<T> snapshotConfiguration() {
        return new CodecSerializerSnapshot<>(this);
    }
}
