package io.cxkit.beam;

import io.cxkit.core.Interaction;
import io.cxkit.core.io.InteractionCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.CustomCoder;

/**
 * A Beam coder for interactions, in the compact binary form of {@link InteractionCodec} with a length prefix.
 * Deterministic: equal interactions encode to equal bytes (attributes and identifiers are sorted).
 */
public final class InteractionCoder extends CustomCoder<Interaction> {
    private static final long serialVersionUID = 1L;
    private static final InteractionCoder INSTANCE = new InteractionCoder();
    private static final ThreadLocal<InteractionCodec> CODEC = ThreadLocal.withInitial(InteractionCodec::new);

    private InteractionCoder() {
    }

    /**
     * The coder.
     *
     * @return the shared instance
     */
    public static InteractionCoder of() {
        return INSTANCE;
    }

    @Override
    public void encode(Interaction value, OutputStream out) throws IOException {
        Frames.write(CODEC.get().encode(value), out);
    }

    @Override
    public Interaction decode(InputStream in) throws IOException {
        return CODEC.get().decode(Frames.read(in));
    }

    @Override
    public void verifyDeterministic() {
        // Deterministic by construction: sorted maps, no floating-point re-rendering.
    }
}
