package io.cxkit.beam;

import io.cxkit.metrics.MergeableState;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.CustomCoder;

/**
 * A Beam coder for a {@link MergeableState} (journey-map counts, variant counts, path counts, CLV summaries), in
 * the framed, configuration-carrying form of {@link MergeableState#encode}. Decoding refuses a state of another
 * kind or configuration with {@link io.cxkit.metrics.StateFormatException}.
 *
 * @param <S> the state
 */
public final class MergeableStateCoder<S extends MergeableState<S>> extends CustomCoder<S> {
    private static final long serialVersionUID = 1L;
    /** Makes the empty state whose kind and configuration decoding expects; serialized so the coder ships. */
    private final StateCombineFn.Factory<S> factory;
    private transient S template;

    private MergeableStateCoder(StateCombineFn.Factory<S> factory) {
        this.factory = factory;
    }

    /**
     * The coder of the states a factory makes.
     *
     * @param factory makes an empty state of the expected configuration (serializable, so the coder ships to
     *        workers)
     * @param <S> the state
     * @return the coder
     */
    public static <S extends MergeableState<S>> MergeableStateCoder<S> of(StateCombineFn.Factory<S> factory) {
        return new MergeableStateCoder<>(factory);
    }

    private S template() {
        if (template == null) {
            template = factory.empty();
        }
        return template;
    }

    @Override
    public void encode(S value, OutputStream out) throws IOException {
        Frames.write(MergeableState.encode(value), out);
    }

    @Override
    public S decode(InputStream in) throws IOException {
        return MergeableState.decode(template(), Frames.read(in));
    }

    @Override
    public void verifyDeterministic() {
        // Deterministic: payloads are written in a canonical order, so equal states encode to equal bytes.
    }
}
