package io.cxkit.metrics.service;

import io.cxkit.core.Direction;
import io.cxkit.core.Interaction;
import io.cxkit.core.Outcome;
import io.cxkit.metrics.Accumulator;
import io.cxkit.metrics.Configurations;
import io.cxkit.metrics.service.internal.Settings;
import java.util.Collections;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.Metric;
import io.cxkit.metrics.StateCodec;
import io.cxkit.metrics.StateFormatException;
import io.cxkit.metrics.service.internal.EventLog;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Resolution time: per issue, the time from its first contact to the contact whose outcome is "resolved".
 *
 * <p><b>Definition.</b> Contacts are the interactions in the {@link ContactScope} that are contacts by their
 * kind ({@link ContactKinds}: by default a survey answer, a review or a transfer neither opens nor resolves an
 * issue) and carry the
 * {@link IssueKey} (by default the {@code issue} attribute, as for first contact resolution), either
 * direction. A customer's contacts with the same key,
 * in time order, form issues: an issue starts at a contact and ends at the first contact with a resolved
 * outcome; the next contact after that starts a new issue (a reopened case counts again). The time is in
 * seconds, on the wall clock or in business hours if a {@link BusinessCalendar} is set. Issues with no
 * resolved contact yet are counted as {@code open} and left out of the times.
 *
 * <p><b>Result.</b> The value is the median in seconds (Hyndman–Fan type 7 by default), n the number of
 * resolved issues, with an order-statistic interval of the median; details hold {@code p50}, {@code p90},
 * {@code mean}, {@code issues} and {@code open}.
 *
 * <p><b>Memory.</b> 12 bytes per counted contact (24 for a resolved one) and every distinct (customer, key).
 */
public final class ResolutionTime implements Metric<ResolutionTime.State> {
    /** The metric's name on the command line and in JSON. */
    public static final String NAME = "resolution";

    private static final int RESOLVED = 1;
    private static final int OUTBOUND = 2;
    /** About 31.7 years: a longer contact is a mis-mapped column. */
    private static final long MAX_DURATION_SECONDS = 1_000_000_000L;

    private final IssueKey issueKey;
    private final ContactScope scope;
    private final ContactKinds kinds;
    private final Map<String, String> configuration;
    private final Set<Outcome> resolvedOutcomes;
    private final ServiceClock clock;
    private final QuantileEstimator estimator;
    private final double confidence;
    private final Codec codec = new Codec();

    private ResolutionTime(Builder b) {
        this.issueKey = b.issueKey;
        this.scope = b.scope;
        this.resolvedOutcomes = b.resolvedOutcomes;
        this.clock = new ServiceClock(b.calendar);
        this.estimator = b.estimator;
        this.confidence = b.confidence;
        this.kinds = b.kinds;
        Map<String, String> c = new LinkedHashMap<>();
        c.put("issue-key", issueKey.toString());
        c.put("channels", scope.describe());
        c.put("exclude-kinds", kinds.toString());
        c.put("resolved", Settings.describe(resolvedOutcomes));
        c.put("clock", clock.describe());
        c.put("quantile-type", Integer.toString(estimator.type()));
        c.put("confidence", Settings.describe(confidence));
        this.configuration = Collections.unmodifiableMap(c);
    }

    /**
     * The customer id: a customer's issues depend on that customer's interactions only, so one state per
     * customer, merged, equals one pass ({@link io.cxkit.metrics.Metric#historyKey}).
     */
    @Override
    public java.util.Optional<String> historyKey(Interaction interaction) {
        return java.util.Optional.of(interaction.customerId().value());
    }

    @Override
    public java.util.OptionalDouble confidenceLevel() {
        return java.util.OptionalDouble.of(confidence);
    }

    /**
     * Issue key, channels, excluded kinds, resolved outcomes, clock, quantile type and confidence: a state
     * decodes and merges only under the same.
     */
    @Override
    public Map<String, String> configuration() {
        return configuration;
    }

    /**
     * A builder with the defaults: key {@code attr.issue}, every channel (automated included), type 7, 95%.
     *
     * @return a builder with the defaults: key {@code attr.issue}, every channel (automated included), type 7, 95%
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Resolution time with every default.
     *
     * @return resolution time with every default
     */
    public static ResolutionTime defaults() {
        return builder().build();
    }

    /**
     * The recipe that rebuilds this metric ({@link io.cxkit.metrics.Metric#spec}), however it was built: issue key, channels, excluded kinds, resolved outcomes, clock, quantile type and confidence,
     * as its provider's settings.
     *
     * @return the spec
     */
    @Override
    public io.cxkit.metrics.MetricSpec spec() {
        return io.cxkit.metrics.MetricSpec.of(NAME, clock.writeTo(io.cxkit.metrics.MetricOptions.defaults()
                .withConfidence(confidence).withSetting("resolution.key", issueKey.toString())
                .withSetting("resolution.channels", scope.describe())
                .withSetting("resolution.exclude-kinds", kinds.toString())
                .withSetting("resolution.resolved", Settings.describe(resolvedOutcomes))
                .withSetting(Settings.QUANTILE_TYPE, Integer.toString(estimator.type()))));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public State newAccumulator() {
        return new State(new EventLog(), 0);
    }

    @Override
    public StateCodec<State> codec() {
        return codec;
    }

    /** The state: every counted contact, by (customer, issue key). Not thread-safe. */
    public final class State implements Accumulator<State> {
        private final EventLog log;
        private long contacts;

        State(EventLog log, long contacts) {
            this.log = log;
            this.contacts = contacts;
        }

        ResolutionTime metric() {
            return ResolutionTime.this;
        }

        /** Records a contact in scope that carries the issue key. */
        @Override
        public void add(Interaction interaction) {
            if (!scope.includes(interaction) || !kinds.isContact(interaction)) {
                return;
            }
            String first = issueKey.first(interaction);
            if (first == null) {
                return;
            }
            long millis = EventLog.epochMillis(interaction.timestamp());
            Duration d = interaction.duration().orElse(null);
            if (d != null && d.getSeconds() > MAX_DURATION_SECONDS) {
                throw new IllegalArgumentException("duration_seconds must be at most " + MAX_DURATION_SECONDS
                        + " for resolution time, was " + d.getSeconds());
            }
            long end = EventLog.checkedMillis(d == null ? millis : millis + d.toMillis());
            int id = log.keys().idOf(interaction.customerId().value(), first, issueKey.second(interaction));
            Outcome o = interaction.outcome().orElse(null);
            int out = interaction.direction().orElse(null) == Direction.OUTBOUND ? OUTBOUND : 0;
            log.add(id, millis, out);
            if (o != null && resolvedOutcomes.contains(o)) {
                log.add(id, end, out | RESOLVED);
            }
            contacts++;
        }

        @Override
        public void merge(State other) {
            Configurations.requireSame(ResolutionTime.this, other.metric());
            log.merge(other.log);
            contacts += other.contacts;
        }

        /** The median resolution time in seconds, with p90. */
        @Override
        public Estimate result() {
            EventLog.Grouped g = log.grouped();
            long[] e = g.events();
            int[] off = g.offsets();
            double[] times = new double[e.length];
            int resolved = 0;
            long issues = 0;
            for (int k = 0; k + 1 < off.length; k++) {
                int i = off[k];
                int end = off[k + 1];
                while (i < end) {
                    while (i < end && (EventLog.flag(e[i]) & (OUTBOUND | RESOLVED)) != 0) {
                        i++;
                    }
                    if (i == end) {
                        break;
                    }
                    issues++;
                    long start = EventLog.millis(e[i]);
                    int j = i;
                    while (j < end && (EventLog.flag(e[j]) & RESOLVED) == 0) {
                        j++;
                    }
                    if (j == end) {
                        break;
                    }
                    times[resolved++] = clock.seconds(start, EventLog.millis(e[j]));
                    i = j + 1;
                }
            }
            Map<String, Double> extra = new LinkedHashMap<>();
            extra.put("issues", (double) issues);
            extra.put("open", (double) (issues - resolved));
            return DurationSummary.of(NAME, clock.method(), times,
                    resolved, estimator, confidence, extra);
        }

        /** The number of contacts recorded. */
        @Override
        public long count() {
            return contacts;
        }
    }

    private final class Codec implements StateCodec<State> {
        @Override
        public int version() {
            return 1;
        }

        @Override
        public void write(State state, DataOutput out) throws IOException {
            out.writeLong(state.contacts);
            state.log.write(out);
        }

        @Override
        public State read(DataInput in, int version) throws IOException {
            long contacts = in.readLong();
            EventLog log = EventLog.read(in);
            if (contacts < 0 || contacts > log.size()) {
                throw new StateFormatException("resolution state: " + contacts + " contacts cannot make "
                        + log.size() + " events");
            }
            return new State(log, contacts);
        }
    }

    /** Collects the settings of {@link ResolutionTime}. */
    public static final class Builder extends DurationMetricBuilder<Builder> {
        private IssueKey issueKey = FirstContactResolution.DEFAULT_ISSUE_KEY;
        private Set<Outcome> resolvedOutcomes = Set.of(Outcome.RESOLVED);

        private Builder() {
            super(new ContactScope(Set.of(), true));
        }

        /**
         * Sets the key that groups contacts into issues (default {@code attr.issue}).
         *
         * @param k the key that groups contacts into issues (default {@code attr.issue})
         * @return this builder, for chaining
         */
        public Builder issueKey(IssueKey k) {
            issueKey = Objects.requireNonNull(k, "issueKey");
            return this;
        }

        /**
         * Sets the outcomes that mean "resolved" (default {@code resolved}).
         *
         * @param outcomes the outcomes that count
         * @return this builder, for chaining
         * @throws IllegalArgumentException if the set is empty
         */
        public Builder resolvedOutcomes(Set<Outcome> outcomes) {
            resolvedOutcomes = BuilderChecks.resolvedOutcomes(outcomes);
            return this;
        }

        /**
         * The metric.
         *
         * @return the metric
         */
        public ResolutionTime build() {
            return new ResolutionTime(this);
        }
    }
}
