package io.cxkit.text;

import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.Interval;
import io.cxkit.metrics.Metric;
import io.cxkit.metrics.MetricOptions;
import io.cxkit.metrics.MetricProvider;
import io.cxkit.metrics.StateCodec;
import io.cxkit.metrics.StateFormatException;
import io.cxkit.metrics.stat.StudentT;
import io.cxkit.metrics.survey.ProportionInterval;
import io.cxkit.metrics.survey.ProportionStatistics;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sentiment of free-text comments ({@link Feedback.Verbatim}) as a metric on the mergeable contract, so it
 * breaks down by channel, touchpoint or month and trends like any metric:
 * <ul>
 *   <li>{@code sentiment}: the mean VADER compound of the comments, in [−1, 1], with a Student t interval
 *       (mean ± t<sub>n−1</sub>·s/√n, cut to [−1, 1]);</li>
 *   <li>{@code sentiment_negative}: the share of comments labelled negative (compound ≤ −0.05), with an
 *       adjusted-Wald (Agresti–Coull) interval by default, or Wald or Wilson.</li>
 * </ul>
 * The first comment of an interaction counts; interactions without one are ignored. Setting {@code sentiment.cx=true}
 * (command line: {@code --set sentiment.cx=true}) scores with the CX layer. The state is exact counts plus
 * the sum and sum of squares of the compounds; its codec (version 1) carries the scorer and the interval
 * settings, and a state of another configuration is refused.
 */
public final class SentimentMetric implements Metric<SentimentMetric.State> {
    /** Name of the mean-compound metric. */
    public static final String MEAN = "sentiment";
    /** Name of the negative-share metric. */
    public static final String NEGATIVE_SHARE = "sentiment_negative";

    private final String name;
    private final boolean cx;
    private final double confidence;
    private final ProportionInterval intervalMethod;
    private final Vader vader;

    /**
     * A sentiment metric.
     *
     * @param name {@link #MEAN} or {@link #NEGATIVE_SHARE}
     * @param cxLayer true to score with the CX layer
     * @param confidence the two-sided confidence level of the interval, in (0, 1)
     * @param intervalMethod the interval of the negative share (ignored by the mean)
     * @throws IllegalArgumentException if the name is not one of the two or the confidence not in (0, 1)
     */
    public SentimentMetric(String name, boolean cxLayer, double confidence, ProportionInterval intervalMethod) {
        if (!name.equals(MEAN) && !name.equals(NEGATIVE_SHARE)) {
            throw new IllegalArgumentException("sentiment metric must be " + MEAN + " or " + NEGATIVE_SHARE
                    + ", was " + name);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be within (0, 1), was " + confidence);
        }
        this.name = name;
        this.cx = cxLayer;
        this.confidence = confidence;
        this.intervalMethod = java.util.Objects.requireNonNull(intervalMethod, "intervalMethod");
        this.vader = Vader.of(cxLayer);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public State newAccumulator() {
        return new State();
    }

    @Override
    public StateCodec<State> codec() {
        return codec;
    }

    /** scorer, confidence and (for the negative share) the interval method: what a state is bound to. */
    @Override
    public Map<String, String> configuration() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("scorer", scorerId());
        c.put("confidence", Double.toString(confidence));
        c.put("interval", name.equals(MEAN) ? "t" : intervalMethod.label());
        return c;
    }

    @Override
    public java.util.OptionalDouble confidenceLevel() {
        return java.util.OptionalDouble.of(confidence);
    }

    /**
     * The recipe that rebuilds this metric ({@link Metric#spec}): confidence, interval method (for the negative
     * share) and {@code sentiment.cx}.
     *
     * @return the spec
     */
    @Override
    public io.cxkit.metrics.MetricSpec spec() {
        MetricOptions o = MetricOptions.defaults().withConfidence(confidence).withSetting("sentiment.cx",
                Boolean.toString(cx));
        return io.cxkit.metrics.MetricSpec.of(name, name.equals(MEAN) ? o : o.withIntervalMethod(intervalMethod.label()));
    }

    private String scorerId() {
        return cx ? "vader-3.3.2+cx" : "vader-3.3.2";
    }

    /** The state: counts of comments, negatives and positives, and the sum and sum of squares of compounds. */
    public final class State implements io.cxkit.metrics.Accumulator<State> {
        private final double[] score = new double[4];
        long n;
        long negatives;
        long positives;
        double sum;
        double sumOfSquares;

        /** Adds the interaction's first comment, if it has one; allocates nothing. */
        @Override
        public void add(Interaction interaction) {
            List<Feedback> feedback = interaction.feedback();
            for (int i = 0, size = feedback.size(); i < size; i++) {
                if (feedback.get(i) instanceof Feedback.Verbatim v) {
                    addText(v.text());
                    return;
                }
            }
        }

        /**
         * Adds one comment's text.
         *
         * @param text the text to score
         */
        public void addText(CharSequence text) {
            vader.scoreInto(text, score);
            addCompound(score[3]);
        }

        /**
         * Adds one already-scored compound (the columnar entry point).
         *
         * @param compound the normalised sum of valences, x / √(x² + 15), in [−1, 1]
         * @throws IllegalArgumentException if the compound is not within [−1, 1]
         */
        public void addCompound(double compound) {
            if (!(compound >= -1 && compound <= 1)) {
                throw new IllegalArgumentException("compound must be within [-1, 1], was " + compound);
            }
            n++;
            negatives += compound <= -SentimentLabel.THRESHOLD ? 1 : 0;
            positives += compound >= SentimentLabel.THRESHOLD ? 1 : 0;
            sum += compound;
            sumOfSquares += compound * compound;
        }

        /** @throws IllegalArgumentException if the other state is of another metric or configuration */
        @Override
        public void merge(State other) {
            io.cxkit.metrics.Configurations.requireSame(SentimentMetric.this, other.metric());
            n += other.n;
            negatives += other.negatives;
            positives += other.positives;
            sum += other.sum;
            sumOfSquares += other.sumOfSquares;
        }

        SentimentMetric metric() {
            return SentimentMetric.this;
        }

        @Override
        public long count() {
            return n;
        }

        @Override
        public Estimate result() {
            Map<String, Double> details = new LinkedHashMap<>();
            if (n == 0) {
                return new Estimate(name, Double.NaN, 0, Optional.empty(), method(), details);
            }
            double mean = sum / n;
            double var = n > 1 ? Math.max(0, (sumOfSquares - n * mean * mean) / (n - 1)) : Double.NaN;
            details.put("share_negative", (double) negatives / n);
            details.put("share_positive", (double) positives / n);
            if (name.equals(NEGATIVE_SHARE)) {
                details.put("mean_compound", mean);
                Interval ci = ProportionStatistics.interval(intervalMethod, negatives, n, confidence);
                return new Estimate(name, (double) negatives / n, n, Optional.of(ci), method(), details);
            }
            Optional<Interval> ci = Optional.empty();
            if (n >= 2) {
                double se = Math.sqrt(var / n);
                details.put("standard_deviation", Math.sqrt(var));
                details.put("standard_error", se);
                double t = StudentT.twoSidedCritical(confidence, n - 1);
                double lo = Math.max(-1, mean - t * se);
                double hi = Math.min(1, mean + t * se);
                ci = Optional.of(new Interval(lo, hi, confidence, "t", lo != mean - t * se || hi != mean + t * se));
            }
            return new Estimate(name, mean, n, ci, method(), details);
        }

        private String method() {
            return name.equals(MEAN) ? "mean-compound:" + scorerId() : "share-negative:" + scorerId();
        }
    }

    private final StateCodec<State> codec = new StateCodec<>() {
        @Override
        public int version() {
            return 1;
        }

        @Override
        public void write(State s, DataOutput out) throws IOException {
            out.writeUTF(scorerId());
            out.writeDouble(confidence);
            out.writeUTF(intervalMethod.label());
            out.writeLong(s.n);
            out.writeLong(s.negatives);
            out.writeLong(s.positives);
            out.writeDouble(s.sum);
            out.writeDouble(s.sumOfSquares);
        }

        @Override
        public State read(DataInput in, int version) throws IOException {
            String scorer = in.readUTF();
            double conf = in.readDouble();
            String method = in.readUTF();
            if (!scorer.equals(scorerId()) || conf != confidence || !method.equals(intervalMethod.label())) {
                throw new StateFormatException(name + " state was made with scorer " + scorer + ", confidence "
                        + conf + ", interval " + method + "; this metric has scorer " + scorerId()
                        + ", confidence " + confidence + ", interval " + intervalMethod.label());
            }
            State s = new State();
            s.n = in.readLong();
            s.negatives = in.readLong();
            s.positives = in.readLong();
            s.sum = in.readDouble();
            s.sumOfSquares = in.readDouble();
            double tol = 1e-9 * Math.max(1, s.n);
            if (s.n < 0 || s.negatives < 0 || s.positives < 0 || s.negatives + s.positives > s.n
                    || s.negatives + s.positives < 0 || !(Math.abs(s.sum) <= s.n + tol)
                    || !(s.sumOfSquares >= 0 && s.sumOfSquares <= s.n + tol)) {
                throw new StateFormatException(name + " state counts and sums are impossible: n " + s.n
                        + ", negatives " + s.negatives + ", positives " + s.positives + ", sum " + s.sum
                        + ", sum of squares " + s.sumOfSquares);
            }
            return s;
        }
    };

    private static SentimentMetric create(String name, MetricOptions options) {
        boolean cx = options.setting("sentiment.cx").map(v -> {
            if (!v.equals("true") && !v.equals("false")) {
                throw new IllegalArgumentException("sentiment.cx must be true or false, was " + v);
            }
            return v.equals("true");
        }).orElse(false);
        ProportionInterval method = name.equals(MEAN) ? ProportionInterval.AGRESTI_COULL
                : options.intervalMethod().map(ProportionInterval::parse).orElse(ProportionInterval.AGRESTI_COULL);
        if (name.equals(MEAN) && options.intervalMethod().isPresent() && !options.intervalMethod().get().equals("t")) {
            throw new IllegalArgumentException("sentiment offers the interval method t, not "
                    + options.intervalMethod().get());
        }
        return new SentimentMetric(name, cx, options.confidence(), method);
    }

    /** Registers {@code sentiment} through {@link java.util.ServiceLoader}. */
    public static final class MeanProvider implements MetricProvider {
        /** For the service loader. */
        public MeanProvider() {
        }

        @Override
        public String name() {
            return MEAN;
        }

        @Override
        public String description() {
            return "mean VADER compound of comments, in [-1, 1], with a t interval";
        }

        @Override
        public Metric<?> create(MetricOptions options) {
            return SentimentMetric.create(MEAN, options);
        }

        @Override
        public Optional<Set<String>> settings() {
            return Optional.of(Set.of("sentiment.cx"));
        }

        @Override
        public Set<String> intervalMethods() {
            return Set.of("t");
        }
    }

    /** Registers {@code sentiment_negative} through {@link java.util.ServiceLoader}. */
    public static final class NegativeShareProvider implements MetricProvider {
        /** For the service loader. */
        public NegativeShareProvider() {
        }

        @Override
        public String name() {
            return NEGATIVE_SHARE;
        }

        @Override
        public String description() {
            return "share of comments VADER labels negative (compound <= -0.05), with an interval";
        }

        @Override
        public Metric<?> create(MetricOptions options) {
            return SentimentMetric.create(NEGATIVE_SHARE, options);
        }

        @Override
        public Optional<Set<String>> settings() {
            return Optional.of(Set.of("sentiment.cx"));
        }

        @Override
        public Set<String> intervalMethods() {
            return ProportionInterval.NAMES;
        }
    }
}
