package io.cxkit.spark;

import io.cxkit.core.Interaction;
import io.cxkit.core.io.InteractionCodec;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.EstimateCodec;
import java.io.Serializable;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoders;
import org.apache.spark.sql.catalyst.encoders.Codec;
import scala.Function0;
import scala.reflect.ClassTag$;

/**
 * Spark encoders for cxkit's records, each a single binary column written by the record's own codec: records
 * have no bean setters and Kryo cannot reach their fields. Built on Spark 4's transforming encoder (the
 * mechanism of {@code Encoders.javaSerialization}), tested with Spark 4.2.0.
 */
public final class CxEncoders {
    private CxEncoders() {
    }

    /** Interactions as {@link InteractionCodec} bytes; one codec per thread, as it reuses its buffer. */
    static final class InteractionBytes implements Codec<Interaction, byte[]> {
        private static final long serialVersionUID = 1L;
        private static final ThreadLocal<InteractionCodec> CODEC = ThreadLocal.withInitial(InteractionCodec::new);

        @Override
        public byte[] encode(Interaction in) {
            return CODEC.get().encode(in);
        }

        @Override
        public Interaction decode(byte[] out) {
            return CODEC.get().decode(out);
        }
    }

    /** Estimates as {@link EstimateCodec} bytes: value, n, interval and details, bit for bit. */
    static final class EstimateBytes implements Codec<Estimate, byte[]> {
        private static final long serialVersionUID = 1L;

        @Override
        public byte[] encode(Estimate in) {
            return EstimateCodec.encode(in);
        }

        @Override
        public Estimate decode(byte[] out) {
            return EstimateCodec.decode(out);
        }
    }

    /**
     * The encoder of interactions: one binary column in the {@link InteractionCodec} form.
     *
     * @return the encoder
     */
    public static Encoder<Interaction> interaction() {
        return binary(Interaction.class, (Function0<Codec<? super Interaction, byte[]>> & Serializable)
                InteractionBytes::new);
    }

    /**
     * The encoder of estimates: one binary column in the {@link EstimateCodec} form.
     *
     * @return the encoder
     */
    public static Encoder<Estimate> estimate() {
        return binary(Estimate.class, (Function0<Codec<? super Estimate, byte[]>> & Serializable)
                EstimateBytes::new);
    }

    private static <T> Encoder<T> binary(Class<T> type, Function0<Codec<? super T, byte[]>> codec) {
        return new AgnosticEncoders.TransformingEncoder<>(ClassTag$.MODULE$.apply(type),
                AgnosticEncoders.BinaryEncoder$.MODULE$, codec, false);
    }
}
