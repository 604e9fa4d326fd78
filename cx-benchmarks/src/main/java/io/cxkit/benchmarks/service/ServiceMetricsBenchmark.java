package io.cxkit.benchmarks.service;

import io.cxkit.core.Interaction;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.service.AverageHandleTime;
import io.cxkit.metrics.service.FirstContactResolution;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * First contact resolution and average handle time over n contacts (one op = all n; divide by n for ns per
 * contact): FCR add + result (which sorts each customer-issue's contacts), AHT from {@code Interaction} objects
 * (duration plus the hold and after-contact-work attributes) and AHT from primitive millisecond columns.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@State(Scope.Benchmark)
public class ServiceMetricsBenchmark {
    @Param({"1000", "10000", "100000", "1000000"})
    int size;

    List<Interaction> contacts;
    long[] talk;
    long[] hold;
    long[] acw;
    final FirstContactResolution fcr = FirstContactResolution.defaults();
    final AverageHandleTime aht = AverageHandleTime.defaults();

    @Setup(Level.Trial)
    public void generate() {
        contacts = ServiceData.contacts(size, 42);
        SplittableRandom r = new SplittableRandom(7);
        talk = new long[size];
        hold = new long[size];
        acw = new long[size];
        for (int i = 0; i < size; i++) {
            talk[i] = contacts.get(i).duration().orElseThrow().toMillis();
            hold[i] = r.nextInt(120_000);
            acw[i] = r.nextInt(60_000);
        }
    }

    /** FCR: add every contact, then the result. */
    @Benchmark
    public Estimate fcr() {
        FirstContactResolution.State s = fcr.newAccumulator();
        List<Interaction> in = contacts;
        for (int i = 0; i < in.size(); i++) {
            s.add(in.get(i));
        }
        return s.result();
    }

    /** AHT from Interaction objects. */
    @Benchmark
    public Estimate ahtFromInteractions() {
        AverageHandleTime.State s = aht.newAccumulator();
        List<Interaction> in = contacts;
        for (int i = 0; i < in.size(); i++) {
            s.add(in.get(i));
        }
        return s.result();
    }

    /** AHT from millisecond columns. */
    @Benchmark
    public Estimate ahtFromColumns() {
        AverageHandleTime.State s = aht.newAccumulator();
        for (int i = 0; i < talk.length; i++) {
            s.addMillis(talk[i], hold[i], acw[i]);
        }
        return s.result();
    }
}
