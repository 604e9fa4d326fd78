package io.cxkit.benchmarks.metrics;

import io.cxkit.core.Interaction;
import io.cxkit.core.io.InteractionCodec;
import io.cxkit.core.sample.SampleGenerator;
import io.cxkit.metrics.StateEncoding;
import io.cxkit.metrics.survey.Nps;
import io.cxkit.metrics.survey.NpsAccumulator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The codecs an engine calls per record: an NPS state through {@link StateEncoding} (framed, with its
 * configuration and CRC-32; decode checks both), and an {@link Interaction} through {@link InteractionCodec}
 * (one codec per thread, as the engine adapters keep it). The interactions cycle through 1,024 generated ones, so
 * the figure is an average over real shapes (attributes, identifiers, feedback or none).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CodecBenchmark {
    private static final int MASK = 1023;

    Nps nps;
    NpsAccumulator state;
    byte[] stateBytes;
    InteractionCodec codec;
    Interaction[] interactions;
    byte[][] encoded;
    int next;

    @Setup
    public void setUp() {
        nps = Nps.standard();
        state = nps.newAccumulator();
        for (int i = 0; i < 1000; i++) {
            state.addScore(i % 11);
        }
        stateBytes = StateEncoding.encode(nps, state);
        codec = new InteractionCodec();
        List<Interaction> sample = SampleGenerator.builder().customers(60).seed(9L).build().generateList();
        interactions = new Interaction[MASK + 1];
        encoded = new byte[MASK + 1][];
        for (int i = 0; i <= MASK; i++) {
            interactions[i] = sample.get(i % sample.size());
            encoded[i] = codec.encode(interactions[i]);
        }
    }

    @Benchmark
    public byte[] npsStateEncode() {
        return StateEncoding.encode(nps, state);
    }

    @Benchmark
    public NpsAccumulator npsStateDecode() {
        return StateEncoding.decode(nps, stateBytes);
    }

    @Benchmark
    public byte[] interactionEncode() {
        return codec.encode(interactions[next++ & MASK]);
    }

    @Benchmark
    public Interaction interactionDecode() {
        return codec.decode(encoded[next++ & MASK]);
    }
}
