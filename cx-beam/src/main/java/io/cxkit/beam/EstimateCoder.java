package io.cxkit.beam;

import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.EstimateCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.CustomCoder;

/** A Beam coder for results, by {@link EstimateCodec}: every field, doubles bit for bit. */
public final class EstimateCoder extends CustomCoder<Estimate> {
    private static final long serialVersionUID = 1L;
    private static final EstimateCoder INSTANCE = new EstimateCoder();

    private EstimateCoder() {
    }

    /**
     * The coder.
     *
     * @return the shared instance
     */
    public static EstimateCoder of() {
        return INSTANCE;
    }

    @Override
    public void encode(Estimate value, OutputStream out) throws IOException {
        Frames.write(EstimateCodec.encode(value), out);
    }

    @Override
    public Estimate decode(InputStream in) throws IOException {
        return EstimateCodec.decode(Frames.read(in));
    }
}
