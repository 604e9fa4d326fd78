package io.cxkit.metrics.service;

import io.cxkit.core.Interaction;
import io.cxkit.metrics.Accumulator;
import io.cxkit.metrics.Configurations;
import io.cxkit.metrics.service.internal.Settings;
import java.util.Collections;
import io.cxkit.metrics.ComparableMetric;
import io.cxkit.metrics.Comparison;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.StateCodec;
import io.cxkit.metrics.StateFormatException;
import io.cxkit.metrics.service.internal.Comparisons;
import io.cxkit.metrics.service.internal.Intervals;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Average handle time (AHT): (talk + hold + after-contact work) / contacts handled, in seconds.
 *
 * <p><b>Definition.</b> A contact handled is an interaction in the {@link ContactScope} (by default
 * human-handled, on the assisted channels) that is a contact by its kind ({@link ContactKinds}: by default a
 * survey answer, a review or a transfer is not) and has a {@code duration_seconds}. Its talk time is that duration;
 * its hold and after-contact work come from the attributes {@value #HOLD_ATTRIBUTE} and
 * {@value #ACW_ATTRIBUTE} (seconds, non-negative decimals; absent means 0). Interactions without a duration
 * (replies, notifications, survey answers) handle nothing and are left out.
 *
 * <p><b>Result.</b> The value is the mean handle time in seconds, n the contacts handled, with a normal
 * interval of the mean (n ≥ 2); details hold {@code talk}, {@code hold}, {@code acw} (mean seconds each),
 * and {@code sd}.
 *
 * <p>Two periods or groups are compared with Welch's t-test ({@link #compare}).
 *
 * <p><b>State.</b> Fixed size: counts and sums in whole milliseconds, the sum of squares as an exact 128-bit
 * integer, so merging in any order gives exactly the result of one pass. Adding allocates nothing.
 */
public final class AverageHandleTime implements ComparableMetric<AverageHandleTime.State> {
    /** The metric's name on the command line and in JSON. */
    public static final String NAME = "aht";
    /** The attribute holding hold time in seconds. */
    public static final String HOLD_ATTRIBUTE = "hold_seconds";
    /** The attribute holding after-contact work in seconds. */
    public static final String ACW_ATTRIBUTE = "acw_seconds";

    private final ContactScope scope;
    private final ContactKinds kinds;
    private final double confidence;
    private final Map<String, String> configuration;
    private final Codec codec = new Codec();

    private AverageHandleTime(ContactScope scope, ContactKinds kinds, double confidence) {
        this.scope = Objects.requireNonNull(scope, "scope");
        this.kinds = Objects.requireNonNull(kinds, "kinds");
        this.confidence = BuilderChecks.confidence(confidence);
        Map<String, String> c = new LinkedHashMap<>();
        c.put("channels", scope.describe());
        c.put("exclude-kinds", kinds.toString());
        c.put("confidence", Settings.describe(confidence));
        this.configuration = Collections.unmodifiableMap(c);
    }

    /**
     * AHT over the contacts in {@code scope} that are contacts by {@code kinds}, with intervals at
     * {@code confidence}.
     *
     * @param scope which contacts count
     * @param kinds the kinds
     * @param confidence the two-sided confidence level, in (0, 1), e.g. 0.95
     * @return AHT over the contacts in {@code scope} that are contacts by {@code kinds}, with intervals at {@code
     *         confidence}
     * @throws IllegalArgumentException if the confidence is not within (0, 1)
     */
    public static AverageHandleTime of(ContactScope scope, ContactKinds kinds, double confidence) {
        return new AverageHandleTime(scope, kinds, confidence);
    }

    @Override
    public java.util.OptionalDouble confidenceLevel() {
        return java.util.OptionalDouble.of(confidence);
    }

    /** Channels, excluded kinds and confidence: a state decodes and merges only under the same. */
    @Override
    public Map<String, String> configuration() {
        return configuration;
    }

    /**
     * AHT over the contacts in {@code scope} (survey answers, reviews and transfers excluded), with intervals at {@code confidence}.
     *
     * @param scope which contacts count
     * @param confidence the two-sided confidence level, in (0, 1), e.g. 0.95
     * @return AHT over the contacts in {@code scope} (survey answers, reviews and transfers excluded), with intervals
     *         at {@code confidence}
     * @throws IllegalArgumentException if the confidence is not within (0, 1)
     */
    public static AverageHandleTime of(ContactScope scope, double confidence) {
        return new AverageHandleTime(scope, ContactKinds.defaults(), confidence);
    }

    /**
     * AHT over human-handled contacts on the assisted channels, 95%.
     *
     * @return AHT over human-handled contacts on the assisted channels, 95%
     */
    public static AverageHandleTime defaults() {
        return of(ContactScope.assisted(), 0.95);
    }

    /**
     * The recipe that rebuilds this metric ({@link io.cxkit.metrics.Metric#spec}), however it was built: channels, excluded kinds and confidence,
     * as its provider's settings.
     *
     * @return the spec
     */
    @Override
    public io.cxkit.metrics.MetricSpec spec() {
        return io.cxkit.metrics.MetricSpec.of(NAME, io.cxkit.metrics.MetricOptions.defaults().withConfidence(confidence)
                .withSetting("aht.channels", scope.describe()).withSetting("aht.exclude-kinds", kinds.toString()));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public State newAccumulator() {
        return new State();
    }

    @Override
    public StateCodec<State> codec() {
        return codec;
    }

    /**
     * Welch's t-test of current − baseline mean handle time, in seconds; NaN figures when a group has fewer
     * than 2 contacts.
     *
     * @throws IllegalArgumentException if the confidence is not within (0, 1)
     */
    @Override
    public Comparison compare(State baseline, State current, double confidence) {
        io.cxkit.metrics.Configurations.requireLevel(this, confidence);
        Configurations.requireSame(this, baseline.metric());
        Configurations.requireSame(this, current.metric());
        return Comparisons.means(NAME, baseline.result(), current.result(), baseline.mean(), baseline.variance(),
                baseline.n, current.mean(), current.variance(), current.n, confidence);
    }

    /** The state: counts and exact sums. Not thread-safe. */
    public final class State implements Accumulator<State> {
        private long n;
        private long talk;
        private long hold;
        private long acw;
        private long squaresHigh;
        private long squaresLow;

        State() {
        }

        AverageHandleTime metric() {
            return AverageHandleTime.this;
        }

        /**
         * Adds a contact in scope.
         *
         * @throws IllegalArgumentException if {@value #HOLD_ATTRIBUTE} or {@value #ACW_ATTRIBUTE} is not a
         *         non-negative number of seconds
         */
        @Override
        public void add(Interaction interaction) {
            if (!scope.includes(interaction) || !kinds.isContact(interaction)) {
                return;
            }
            Duration d = interaction.duration().orElse(null);
            if (d == null) {
                return;
            }
            String h = interaction.attributes().get(HOLD_ATTRIBUTE);
            String a = interaction.attributes().get(ACW_ATTRIBUTE);
            long holdMs = h == null ? 0 : SecondsAttribute.millis(HOLD_ATTRIBUTE, h);
            long acwMs = a == null ? 0 : SecondsAttribute.millis(ACW_ATTRIBUTE, a);
            long talkMs = Math.min(d.toMillis(), SecondsAttribute.MAX_MILLIS);
            addMillis(talkMs, holdMs, acwMs);
        }

        /**
         * Adds one contact from its parts in milliseconds: the columnar entry point.
         *
         * @param talkMs the talk ms
         * @param holdMs the hold ms
         * @param acwMs the acw ms
         * @throws IllegalArgumentException if a part is negative or above 10¹² ms
         */
        public void addMillis(long talkMs, long holdMs, long acwMs) {
            if (talkMs < 0 || holdMs < 0 || acwMs < 0 || talkMs > SecondsAttribute.MAX_MILLIS
                    || holdMs > SecondsAttribute.MAX_MILLIS || acwMs > SecondsAttribute.MAX_MILLIS) {
                throw new IllegalArgumentException("handle time parts must be within 0..1e12 ms, were talk "
                        + talkMs + ", hold " + holdMs + ", acw " + acwMs);
            }
            long total = talkMs + holdMs + acwMs;
            n++;
            talk += talkMs;
            hold += holdMs;
            acw += acwMs;
            addSquare(Math.multiplyHigh(total, total), total * total);
        }

        private void addSquare(long high, long low) {
            long sum = squaresLow + low;
            squaresHigh += high + (Long.compareUnsigned(sum, squaresLow) < 0 ? 1 : 0);
            squaresLow = sum;
        }

        @Override
        public void merge(State other) {
            Configurations.requireSame(AverageHandleTime.this, other.metric());
            long mergedN;
            long mergedTalk;
            long mergedHold;
            long mergedAcw;
            try {
                mergedN = Math.addExact(n, other.n);
                mergedTalk = Math.addExact(talk, other.talk);
                mergedHold = Math.addExact(hold, other.hold);
                mergedAcw = Math.addExact(acw, other.acw);
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("merged aht state would hold more contacts or milliseconds than "
                        + "a long counts: " + n + " + " + other.n + " contacts", e);
            }
            n = mergedN;
            talk = mergedTalk;
            hold = mergedHold;
            acw = mergedAcw;
            addSquare(other.squaresHigh, other.squaresLow);
        }

        /** The mean in seconds; NaN if empty. */
        double mean() {
            return n == 0 ? Double.NaN : (talk + (double) hold + acw) / n / 1000;
        }

        /** The sample variance in seconds²; NaN below 2 contacts. */
        double variance() {
            if (n < 2) {
                return Double.NaN;
            }
            double sum = talk + (double) hold + acw;
            double squares = squaresHigh * 0x1p64 + unsigned(squaresLow);
            return Math.max(0, (squares - sum * sum / n) / (n - 1)) / 1e6;
        }

        /** The mean handle time in seconds. */
        @Override
        public Estimate result() {
            Map<String, Double> details = new LinkedHashMap<>();
            double mean = mean();
            double variance = variance();
            if (n > 0) {
                details.put("talk", talk / 1000.0 / n);
                details.put("hold", hold / 1000.0 / n);
                details.put("acw", acw / 1000.0 / n);
                if (n > 1) {
                    details.put("sd", Math.sqrt(variance));
                }
            }
            return new Estimate(NAME, mean, n, Intervals.mean(n, mean, variance, confidence), "mean", details);
        }

        /** The number of contacts handled. */
        @Override
        public long count() {
            return n;
        }
    }

    private static double unsigned(long v) {
        return v >= 0 ? v : (v >>> 1) * 2.0 + (v & 1);
    }

    private final class Codec implements StateCodec<State> {
        @Override
        public int version() {
            return 1;
        }

        @Override
        public void write(State s, DataOutput out) throws IOException {
            out.writeLong(s.n);
            out.writeLong(s.talk);
            out.writeLong(s.hold);
            out.writeLong(s.acw);
            out.writeLong(s.squaresHigh);
            out.writeLong(s.squaresLow);
        }

        @Override
        public State read(DataInput in, int version) throws IOException {
            State s = new State();
            s.n = in.readLong();
            s.talk = in.readLong();
            s.hold = in.readLong();
            s.acw = in.readLong();
            s.squaresHigh = in.readLong();
            s.squaresLow = in.readLong();
            if (s.n < 0 || s.talk < 0 || s.hold < 0 || s.acw < 0 || s.squaresHigh < 0
                    || (s.n == 0 && (s.talk | s.hold | s.acw | s.squaresHigh | s.squaresLow) != 0)) {
                throw new StateFormatException("aht state holds negative or inconsistent sums: n " + s.n);
            }
            return s;
        }
    }
}
