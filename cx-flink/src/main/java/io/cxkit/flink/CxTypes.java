package io.cxkit.flink;

import io.cxkit.core.Interaction;
import io.cxkit.metrics.Accumulator;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.MetricSpec;
import java.util.Optional;
import org.apache.flink.api.common.typeinfo.TypeInformation;

/**
 * Flink type information for cxkit's values, each serialized by its binary codec (never Kryo), so a job runs
 * with generic types disabled ({@code pipeline.generic-types: false}).
 */
public final class CxTypes {
    private CxTypes() {
    }

    /**
     * Interactions, as {@link io.cxkit.core.io.InteractionCodec} bytes.
     *
     * @return the type information
     */
    public static TypeInformation<Interaction> interaction() {
        return new CodecTypeInfo<>(Interaction.class, CodecSerializer.Kind.INTERACTION, Optional.empty());
    }

    /**
     * Metric results, as {@link io.cxkit.metrics.EstimateCodec} bytes (value, n, interval and details, bit for
     * bit, details in their order).
     *
     * @return the type information
     */
    public static TypeInformation<Estimate> estimate() {
        return new CodecTypeInfo<>(Estimate.class, CodecSerializer.Kind.ESTIMATE, Optional.empty());
    }

    /**
     * A metric's accumulator states, as {@link io.cxkit.metrics.StateEncoding} frames carrying the metric's name
     * and configuration; a state of another metric or configuration is refused with
     * {@link io.cxkit.metrics.StateFormatException}.
     *
     * @param spec the metric's spec
     * @param <A> its accumulator
     * @return the type information
     */
    @SuppressWarnings("unchecked")
    public static <A extends Accumulator<A>> TypeInformation<A> state(MetricSpec spec) {
        return new CodecTypeInfo<>((Class<A>) (Class<?>) Accumulator.class, CodecSerializer.Kind.STATE,
                Optional.of(spec));
    }
}
