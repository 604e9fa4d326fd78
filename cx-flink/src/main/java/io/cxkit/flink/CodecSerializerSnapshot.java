package io.cxkit.flink;

import io.cxkit.metrics.MetricSpec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Optional;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * The snapshot of a {@link CodecSerializer} kept in savepoints: what it codes and, for a state, its
 * {@link MetricSpec}. A restored job with another spec is incompatible: its states would decode to another
 * configuration, which {@link io.cxkit.metrics.StateEncoding} refuses anyway.
 *
 * @param <T> the value type
 */
public final class CodecSerializerSnapshot<T> implements TypeSerializerSnapshot<T> {
    private static final int VERSION = 1;
    private CodecSerializer.Kind kind = CodecSerializer.Kind.INTERACTION;
    private Optional<MetricSpec> spec = Optional.empty();

    /** For Flink, which instantiates snapshots reflectively before {@link #readSnapshot}. */
    public CodecSerializerSnapshot() {
    }

    CodecSerializerSnapshot(CodecSerializer<T> serializer) {
        this.kind = serializer.kind();
        this.spec = serializer.spec();
    }

    @Override
    public int getCurrentVersion() {
        return VERSION;
    }

    @Override
    public void writeSnapshot(DataOutputView out) throws IOException {
        out.writeUTF(kind.name());
        out.writeBoolean(spec.isPresent());
        if (spec.isPresent()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream o = new ObjectOutputStream(bytes)) {
                o.writeObject(spec.get());
            }
            out.writeInt(bytes.size());
            out.write(bytes.toByteArray());
        }
    }

    @Override
    public void readSnapshot(int readVersion, DataInputView in, ClassLoader loader) throws IOException {
        if (readVersion != VERSION) {
            throw new IOException("cxkit serializer snapshot version " + readVersion + " is not " + VERSION);
        }
        kind = CodecSerializer.Kind.valueOf(in.readUTF());
        if (in.readBoolean()) {
            byte[] bytes = new byte[in.readInt()];
            in.readFully(bytes);
            try (ObjectInputStream o = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
                spec = Optional.of((MetricSpec) o.readObject());
            } catch (ClassNotFoundException e) {
                throw new IOException("cannot read the metric spec of a cxkit state serializer", e);
            }
        } else {
            spec = Optional.empty();
        }
    }

    @Override
    public TypeSerializer<T> restoreSerializer() {
        return new CodecSerializer<>(kind, spec);
    }

    @Override
    public TypeSerializerSchemaCompatibility<T> resolveSchemaCompatibility(TypeSerializerSnapshot<T> old) {
        if (old instanceof CodecSerializerSnapshot<T> o && o.kind == kind && o.spec.equals(spec)) {
            return TypeSerializerSchemaCompatibility.compatibleAsIs();
        }
        return TypeSerializerSchemaCompatibility.incompatible();
    }
}
