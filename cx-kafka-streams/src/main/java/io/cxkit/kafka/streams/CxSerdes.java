package io.cxkit.kafka.streams;

import io.cxkit.core.Interaction;
import io.cxkit.core.io.InteractionCodec;
import io.cxkit.metrics.Accumulator;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.EstimateCodec;
import io.cxkit.metrics.Metric;
import io.cxkit.metrics.StateEncoding;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka Serdes for cxkit values: interactions in the compact binary form of {@link InteractionCodec}, a metric's
 * accumulator state in the framed, configuration-carrying form of {@link StateEncoding}, and results by
 * {@link EstimateCodec}. A {@code null} value (a tombstone) passes through as {@code null}.
 *
 * <p>Deserializing bytes that are not of the expected kind — corrupt, truncated, of another metric, of another
 * configuration, of a newer version — throws {@link io.cxkit.metrics.StateFormatException} (states, results) or
 * {@link io.cxkit.core.io.InteractionFormatException} (interactions) with a message, which Kafka Streams hands to
 * its deserialization exception handler.
 */
public final class CxSerdes {
    private static final ThreadLocal<InteractionCodec> CODEC = ThreadLocal.withInitial(InteractionCodec::new);

    private CxSerdes() {
    }

    /**
     * Interactions as compact binary records.
     *
     * @return the serde
     */
    public static Serde<Interaction> interaction() {
        Serializer<Interaction> ser = (topic, i) -> i == null ? null : CODEC.get().encode(i);
        Deserializer<Interaction> de = (topic, b) -> b == null ? null : CODEC.get().decode(b);
        return Serdes.serdeFrom(ser, de);
    }

    /**
     * A metric's accumulator state, framed with the metric's name, codec version and configuration; decoding
     * refuses a state of another metric or configuration.
     *
     * @param metric the metric
     * @param <A> its accumulator
     * @return the serde
     */
    public static <A extends Accumulator<A>> Serde<A> state(Metric<A> metric) {
        Serializer<A> ser = (topic, a) -> a == null ? null : StateEncoding.encode(metric, a);
        Deserializer<A> de = (topic, b) -> b == null ? null : StateEncoding.decode(metric, b);
        return Serdes.serdeFrom(ser, de);
    }

    /**
     * Results.
     *
     * @return the serde
     */
    public static Serde<Estimate> estimate() {
        Serializer<Estimate> ser = (topic, e) -> e == null ? null : EstimateCodec.encode(e);
        Deserializer<Estimate> de = (topic, b) -> b == null ? null : EstimateCodec.decode(b);
        return Serdes.serdeFrom(ser, de);
    }
}
