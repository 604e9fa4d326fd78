package io.cxkit.metrics.testdata;

import io.cxkit.metrics.Accumulator;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.Metric;
import io.cxkit.metrics.MetricOptions;
import io.cxkit.metrics.MetricProvider;
import io.cxkit.metrics.StateCodec;
import io.cxkit.metrics.StateFormatException;

import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A user's own calculator, as a user would write it: the mean of 5-star ratings. It lives in the tests to show
 * that a metric outside cxkit plugs in through {@link MetricProvider} and {@link java.util.ServiceLoader}
 * (see {@code META-INF/services/io.cxkit.metrics.MetricProvider} in the test resources) and passes the
 * compatibility kit.
 */
public final class StarRatingMetric implements Metric<StarRatingMetric.Stars> {
    /** The metric's name. */
    public static final String NAME = "stars";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Stars newAccumulator() {
        return new Stars();
    }

    @Override
    public StateCodec<Stars> codec() {
        return CODEC;
    }

    /** The ServiceLoader entry point. */
    public static final class Provider implements MetricProvider {
        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String description() {
            return "mean 5-star rating (a user's own metric, test scope)";
        }

        @Override
        public Metric<?> create(MetricOptions options) {
            return new StarRatingMetric();
        }
    }

    /** Count and sum of 5-star ratings. */
    public static final class Stars implements Accumulator<Stars> {
        /** Ratings counted; public so that the tests can check a state directly. */
        public long n;
        /** Sum of the ratings. */
        public long sum;

        @Override
        public void add(Interaction interaction) {
            for (Feedback f : interaction.feedback()) {
                if (f instanceof Feedback.Rating r) {
                    if (r.scale() != 5) {
                        throw new IllegalArgumentException("stars takes 5-star ratings only, rating_scale was "
                                + r.scale());
                    }
                    n++;
                    sum += r.score();
                }
            }
        }

        @Override
        public void merge(Stars other) {
            n += other.n;
            sum += other.sum;
        }

        @Override
        public Estimate result() {
            Map<String, Double> d = new LinkedHashMap<>();
            d.put("sum", (double) sum);
            return new Estimate(NAME, n == 0 ? Double.NaN : (double) sum / n, n, Optional.empty(), "mean", d);
        }

        @Override
        public long count() {
            return n;
        }
    }

    private static final StateCodec<Stars> CODEC = new StateCodec<>() {
        @Override
        public int version() {
            return 1;
        }

        @Override
        public void write(Stars s, DataOutput out) throws IOException {
            out.writeLong(s.n);
            out.writeLong(s.sum);
        }

        @Override
        public Stars read(DataInput in, int version) throws IOException {
            Stars s = new Stars();
            s.n = in.readLong();
            s.sum = in.readLong();
            if (s.n < 0 || s.sum < s.n || s.sum > 5 * s.n) {
                throw new StateFormatException("stars state is inconsistent: n " + s.n + ", sum " + s.sum);
            }
            return s;
        }
    };
}
