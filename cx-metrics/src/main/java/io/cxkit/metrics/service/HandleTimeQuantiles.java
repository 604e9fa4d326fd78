package io.cxkit.metrics.service;

import io.cxkit.core.Interaction;
import io.cxkit.metrics.Accumulator;
import io.cxkit.metrics.Configurations;
import io.cxkit.metrics.service.internal.Settings;
import java.util.Collections;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.Interval;
import io.cxkit.metrics.Metric;
import io.cxkit.metrics.StateCodec;
import io.cxkit.metrics.stat.Normal;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The distribution of handle times (talk + hold + after-contact work, as {@link AverageHandleTime} defines
 * them) in bounded memory, for streams and long-running recorders: a {@link QuantileSketch} per state, so the
 * state stays a few kilobytes whatever the number of contacts, and merges exactly.
 *
 * <p><b>Result.</b> The value is the median handle time in seconds, within the sketch's relative accuracy
 * (1% by default) of the sample's lower median; n the contacts handled. The interval is the order-statistic
 * interval of the median (Conover 1999, §3.2) read from the sketch at the ranks' probabilities, so its bounds
 * carry the same relative error. Details hold {@code p50}, {@code p90}, {@code p99}, {@code min} and
 * {@code max} (the extremes exact).
 */
public final class HandleTimeQuantiles implements Metric<HandleTimeQuantiles.State> {
    /** The metric's name. */
    public static final String NAME = "handle-time-quantiles";

    private final ContactScope scope;
    private final double relativeAccuracy;
    private final double confidence;
    private final Map<String, String> configuration;
    private final Codec codec = new Codec();

    private HandleTimeQuantiles(ContactScope scope, double relativeAccuracy, double confidence) {
        this.scope = Objects.requireNonNull(scope, "scope");
        new QuantileSketch(relativeAccuracy);   // validates the accuracy with the sketch's own message
        this.relativeAccuracy = relativeAccuracy;
        Normal.twoSidedCritical(confidence);
        this.confidence = confidence;
        Map<String, String> c = new LinkedHashMap<>();
        c.put("channels", scope.describe());
        c.put("exclude-kinds", ContactKinds.defaults().toString());
        c.put("relative-accuracy", Double.toString(relativeAccuracy));
        c.put("confidence", Settings.describe(confidence));
        this.configuration = Collections.unmodifiableMap(c);
    }

    @Override
    public java.util.OptionalDouble confidenceLevel() {
        return java.util.OptionalDouble.of(confidence);
    }

    /** Channels, excluded kinds, sketch accuracy and confidence: a state decodes and merges only under the same. */
    @Override
    public Map<String, String> configuration() {
        return configuration;
    }

    /**
     * Handle-time quantiles over the contacts in {@code scope}, with a sketch of this relative accuracy.
     *
     * @param scope which contacts count
     * @param relativeAccuracy the relative accuracy
     * @param confidence the two-sided confidence level, in (0, 1), e.g. 0.95
     * @return handle-time quantiles over the contacts in {@code scope}, with a sketch of this relative accuracy
     * @throws IllegalArgumentException if the accuracy is not within [0.0001, 0.5] or the confidence not in (0, 1)
     */
    public static HandleTimeQuantiles of(ContactScope scope, double relativeAccuracy, double confidence) {
        return new HandleTimeQuantiles(scope, relativeAccuracy, confidence);
    }

    /**
     * Human-handled contacts on the assisted channels, 1% accuracy, 95%.
     *
     * @return human-handled contacts on the assisted channels, 1% accuracy, 95%
     */
    public static HandleTimeQuantiles defaults() {
        return of(ContactScope.assisted(), QuantileSketch.DEFAULT_RELATIVE_ACCURACY, 0.95);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public State newAccumulator() {
        return new State(new QuantileSketch(relativeAccuracy));
    }

    @Override
    public StateCodec<State> codec() {
        return codec;
    }

    /** The state: one sketch of handle times in seconds. Not thread-safe. */
    public final class State implements Accumulator<State> {
        private final QuantileSketch sketch;

        HandleTimeQuantiles metric() {
            return HandleTimeQuantiles.this;
        }

        State(QuantileSketch sketch) {
            this.sketch = sketch;
        }

        /**
         * Adds a contact in scope that has a duration.
         *
         * @throws IllegalArgumentException if a hold or after-contact-work attribute is not a non-negative number
         *         of seconds
         */
        @Override
        public void add(Interaction interaction) {
            if (!scope.includes(interaction) || !ContactKinds.defaults().isContact(interaction)) {
                return;
            }
            Duration d = interaction.duration().orElse(null);
            if (d == null) {
                return;
            }
            String h = interaction.attributes().get(AverageHandleTime.HOLD_ATTRIBUTE);
            String a = interaction.attributes().get(AverageHandleTime.ACW_ATTRIBUTE);
            long hold = h == null ? 0 : SecondsAttribute.millis(AverageHandleTime.HOLD_ATTRIBUTE, h);
            long acw = a == null ? 0 : SecondsAttribute.millis(AverageHandleTime.ACW_ATTRIBUTE, a);
            long talk = Math.min(d.toMillis(), SecondsAttribute.MAX_MILLIS);
            sketch.add((talk + hold + acw) / 1000.0);
        }

        /**
         * Adds one handle time in seconds: the columnar entry point.
         *
         * @param seconds the duration in seconds
         * @throws IllegalArgumentException if it is negative, NaN or above 10¹²
         */
        public void addSeconds(double seconds) {
            sketch.add(seconds);
        }

        @Override
        public void merge(State other) {
            Configurations.requireSame(HandleTimeQuantiles.this, other.metric());
            sketch.merge(other.sketch);
        }

        /** The median handle time in seconds, with p90 and p99. */
        @Override
        public Estimate result() {
            long n = sketch.count();
            Map<String, Double> details = new LinkedHashMap<>();
            if (n == 0) {
                return new Estimate(NAME, Double.NaN, 0, Optional.empty(), "sketch-median", details);
            }
            double median = sketch.quantile(0.5);
            details.put("p50", median);
            details.put("p90", sketch.quantile(0.9));
            details.put("p99", sketch.quantile(0.99));
            details.put("min", sketch.min());
            details.put("max", sketch.max());
            double spread = Normal.twoSidedCritical(confidence) * Math.sqrt(n * 0.25);
            double lo = Math.max(0, Math.floor(n * 0.5 - spread) - 1) / Math.max(1, n - 1);
            double hi = Math.min(n - 1, Math.ceil(n * 0.5 + spread)) / Math.max(1, n - 1);
            Interval ci = new Interval(sketch.quantile(Math.min(1, lo)), sketch.quantile(Math.min(1, hi)), confidence,
                    "order-statistic-sketch", n * 0.5 - spread < 1 || n * 0.5 + spread + 1 > n);
            return new Estimate(NAME, median, n, Optional.of(ci), "sketch-median", details);
        }

        /** The number of contacts handled. */
        @Override
        public long count() {
            return sketch.count();
        }
    }

    private final class Codec implements StateCodec<State> {
        @Override
        public int version() {
            return 1;
        }

        @Override
        public void write(State state, DataOutput out) throws IOException {
            state.sketch.write(out);
        }

        @Override
        public State read(DataInput in, int version) throws IOException {
            QuantileSketch s = QuantileSketch.read(in);
            if (s.relativeAccuracy() != relativeAccuracy) {
                throw new io.cxkit.metrics.StateFormatException("handle-time sketch has relative accuracy "
                        + s.relativeAccuracy() + ", this metric uses " + relativeAccuracy);
            }
            return new State(s);
        }
    }
}
