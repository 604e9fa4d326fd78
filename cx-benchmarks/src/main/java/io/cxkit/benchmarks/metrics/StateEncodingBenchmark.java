package io.cxkit.benchmarks.metrics;

import io.cxkit.metrics.StateEncoding;
import io.cxkit.metrics.survey.Nps;
import io.cxkit.metrics.survey.NpsAccumulator;
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
 * Encoding and decoding an NPS state through {@link StateEncoding}: the per-record cost an engine that stores
 * states as bytes pays. The frame carries the metric's configuration, which decode checks.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StateEncodingBenchmark {
    Nps nps;
    NpsAccumulator state;
    byte[] bytes;

    @Setup
    public void setUp() {
        nps = Nps.standard();
        state = nps.newAccumulator();
        for (int i = 0; i < 1000; i++) {
            state.addScore(i % 11);
        }
        bytes = StateEncoding.encode(nps, state);
    }

    @Benchmark
    public byte[] encodeNps() {
        return StateEncoding.encode(nps, state);
    }

    @Benchmark
    public NpsAccumulator decodeNps() {
        return StateEncoding.decode(nps, bytes);
    }
}
