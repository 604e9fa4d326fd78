package io.cxkit.benchmarks.segments;

import io.cxkit.segments.Clustering;
import io.cxkit.segments.CustomerFeatures;
import io.cxkit.segments.FeatureMatrix;
import io.cxkit.segments.KMeans;
import io.cxkit.segments.Rfm;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Segments at scale on seeded synthetic customers: RFM scoring of n customers (aim: 10⁶ in ≤ 1 s) and k-means
 * with k = 8 and 10 restarts on n × 12 standardized-like features drawn from 8 Gaussian clusters (aim: 10⁶ in
 * ≤ 10 s on 2 cores).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = "-Xmx4g")
public class SegmentsBenchmark {
    @Param({"100000", "1000000"})
    int n;

    List<CustomerFeatures> customers;
    FeatureMatrix matrix;

    @Setup
    public void setUp() {
        SplittableRandom rng = new SplittableRandom(42);
        Instant t = Instant.parse("2025-01-01T00:00:00Z");
        customers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long purchases = 1 + (long) (-Math.log(1 - rng.nextDouble()) * 2);
            customers.add(new CustomerFeatures("c" + i, t, t, 365, OptionalDouble.of(rng.nextDouble() * 365),
                    purchases, purchases, purchases * 40 * (0.5 + rng.nextDouble()), Map.of("web", 1.0), 3, 0, 0, 0,
                    OptionalInt.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalInt.empty(), OptionalDouble.empty(),
                    Map.of()));
        }
        int d = 12;
        double[][] centres = new double[8][d];
        for (double[] c : centres) {
            for (int j = 0; j < d; j++) {
                c[j] = rng.nextGaussian() * 2;
            }
        }
        double[] v = new double[n * d];
        List<String> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double[] c = centres[i % 8];
            for (int j = 0; j < d; j++) {
                v[i * d + j] = c[j] + rng.nextGaussian();
            }
            ids.add("c" + i);
        }
        List<String> names = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            names.add("f" + j);
        }
        matrix = new FeatureMatrix(names, ids, v);
    }

    @Benchmark
    public Rfm.Result rfm() {
        return Rfm.standard().score(customers);
    }

    @Benchmark
    public Clustering kmeans8x10() {
        return KMeans.of(8, 1L).fit(matrix);
    }
}
