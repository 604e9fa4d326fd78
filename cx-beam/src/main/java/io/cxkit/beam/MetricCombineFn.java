package io.cxkit.beam;

import io.cxkit.core.Interaction;
import io.cxkit.metrics.Accumulator;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.MetricSpec;
import java.util.Iterator;
import org.apache.beam.sdk.coders.CannotProvideCoderException;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * Any cxkit metric as a Beam {@code CombineFn}: the accumulator is the metric's, merged by its associative,
 * commutative {@code merge}, encoded at shuffles by {@link StateCoder}, and the output is its {@link Estimate}.
 * Built from a {@link MetricSpec}, so the function serializes to workers as a small recipe.
 *
 * @param <A> the accumulator
 */
public final class MetricCombineFn<A extends Accumulator<A>> extends Combine.CombineFn<Interaction, A, Estimate> {
    private static final long serialVersionUID = 1L;
    /** The coder of the accumulator, which also carries the metric's spec. */
    private final StateCoder<A> coder;

    private MetricCombineFn(MetricSpec spec) {
        this.coder = StateCoder.of(spec);
    }

    /**
     * The combine function of a metric.
     *
     * @param spec the metric's spec
     * @param <A> its accumulator
     * @return the function
     */
    public static <A extends Accumulator<A>> MetricCombineFn<A> of(MetricSpec spec) {
        return new MetricCombineFn<>(spec);
    }

    /**
     * {@code Combine.perKey} of a metric over interactions keyed by a group (a channel, a segment, a month): the
     * breakdown of one metric by that key.
     *
     * @param spec the metric's spec
     * @param <K> the key
     * @return the transform
     */
    public static <K> PTransform<PCollection<KV<K, Interaction>>, PCollection<KV<K, Estimate>>> perKey(
            MetricSpec spec) {
        return Combine.<K, Interaction, Estimate>perKey(of(spec));
    }

    @Override
    public A createAccumulator() {
        return coder.metric().newAccumulator();
    }

    @Override
    public A addInput(A acc, Interaction input) {
        acc.add(input);
        return acc;
    }

    @Override
    public A mergeAccumulators(Iterable<A> accumulators) {
        Iterator<A> it = accumulators.iterator();
        A into = createAccumulator();
        while (it.hasNext()) {
            A next = it.next();
            if (next != into) {
                into.merge(next);
            }
        }
        return into;
    }

    @Override
    public Estimate extractOutput(A acc) {
        return acc.result();
    }

    @Override
    public Coder<A> getAccumulatorCoder(CoderRegistry registry, Coder<Interaction> inputCoder)
            throws CannotProvideCoderException {
        return coder;
    }

    @Override
    public Coder<Estimate> getDefaultOutputCoder(CoderRegistry registry, Coder<Interaction> inputCoder) {
        return EstimateCoder.of();
    }
}
