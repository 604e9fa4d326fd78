package io.cxkit.metrics.service;

import io.cxkit.core.Direction;
import io.cxkit.core.Interaction;
import io.cxkit.core.Outcome;
import io.cxkit.metrics.Accumulator;
import io.cxkit.metrics.Configurations;
import io.cxkit.metrics.StateFormatException;
import io.cxkit.metrics.service.internal.Settings;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Collections;
import java.util.Optional;
import io.cxkit.metrics.ComparableMetric;
import io.cxkit.metrics.Comparison;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.StateCodec;
import io.cxkit.metrics.service.internal.Comparisons;
import io.cxkit.metrics.service.internal.EventLog;
import io.cxkit.metrics.service.internal.Intervals;
import io.cxkit.metrics.survey.ProportionInterval;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * First contact resolution (FCR): the share of issues resolved on their first contact with no repeat contact
 * by the same customer about the same issue within a window (SQM Group's definition; worked case 280 of 400
 * issues = 70%).
 *
 * <p><b>Definition.</b> Contacts are the interactions in the {@link ContactScope} (by default human-handled,
 * on the assisted channels) that are contacts by their kind ({@link ContactKinds}: by default a survey answer,
 * a review or a transfer is not a contact), are not outbound and carry the {@link IssueKey} (by default the {@code issue}
 * attribute; {@code journey_id} or {@code touchpoint} are the usual alternatives). A customer's contacts with
 * the same key, in time order, form issues: an issue starts with a contact, and every further contact within
 * the window after that first contact is a repeat contact of the same issue; the first contact after the
 * window starts a new issue. An issue counts as resolved on first contact if its first contact's outcome is
 * one of the resolved outcomes and it has no repeat contact. Contacts at the same instant are ordered
 * unresolved first, so that the result does not depend on input order.
 *
 * <p><b>Result.</b> The value is the share in [0, 1], n the number of issues, with an Agresti–Coull interval
 * (or Wilson or Wald, a setting; the vectors file accepts the first two for shares); details
 * hold {@code issues}, {@code resolved_first_contact}, {@code repeat_contacts} and {@code contacts}. When no contact
 * carries the issue key, {@link State#emptyReason()} says which field the key reads and how to set another.
 *
 * <p>Two periods or groups are compared with the two-proportion z-test ({@link #compare}).
 *
 * <p><b>Memory.</b> The state keeps every counted contact (12 bytes each) and every distinct (customer, key),
 * because whether a contact repeats an earlier one is only known once both have been seen, in whatever order
 * the parts of a split input are merged.
 */
public final class FirstContactResolution implements ComparableMetric<FirstContactResolution.State> {
    /** The metric's name on the command line and in JSON. */
    public static final String NAME = "fcr";
    /** The default repeat-contact window, 7 days. */
    public static final Duration DEFAULT_WINDOW = Duration.ofDays(7);
    /** The default issue key: the {@code issue} attribute ({@code attr.issue}). */
    public static final IssueKey DEFAULT_ISSUE_KEY = IssueKey.attribute("issue");

    private static final int RESOLVED = 1;

    private final Duration window;
    private final long windowMillis;
    private final IssueKey issueKey;
    private final ContactScope scope;
    private final ContactKinds kinds;
    private final Set<Outcome> resolvedOutcomes;
    private final double confidence;
    private final ProportionInterval interval;
    private final Map<String, String> configuration;
    private final Codec codec = new Codec();

    private FirstContactResolution(Builder b) {
        this.interval = b.interval;
        this.window = b.window;
        this.windowMillis = b.window.toMillis();
        this.issueKey = b.issueKey;
        this.scope = b.scope;
        this.kinds = b.kinds;
        this.resolvedOutcomes = Set.copyOf(b.resolvedOutcomes);
        this.confidence = b.confidence;
        Map<String, String> c = new LinkedHashMap<>();
        c.put("issue-key", issueKey.toString());
        c.put("channels", scope.describe());
        c.put("exclude-kinds", kinds.toString());
        c.put("resolved", Settings.describe(resolvedOutcomes));
        c.put("window", window.toString());
        c.put("interval", interval.label());
        c.put("confidence", Settings.describe(confidence));
        this.configuration = Collections.unmodifiableMap(c);
    }

    /**
     * A builder with the defaults: a 7-day window, key {@code attr.issue}, assisted channels, an Agresti–Coull
     * interval at 95%.
     *
     * @return a builder with the defaults: a 7-day window, key {@code attr.issue}, assisted channels, an Agresti–Coull
     *         interval at 95%
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * FCR with every default.
     *
     * @return FCR with every default
     */
    public static FirstContactResolution defaults() {
        return builder().build();
    }

    /**
     * The recipe that rebuilds this metric ({@link io.cxkit.metrics.Metric#spec}), however it was built: issue key, channels, excluded kinds, resolved outcomes, window, interval method and confidence,
     * as its provider's settings.
     *
     * @return the spec
     */
    @Override
    public io.cxkit.metrics.MetricSpec spec() {
        return io.cxkit.metrics.MetricSpec.of(NAME, io.cxkit.metrics.MetricOptions.defaults().withConfidence(confidence)
                .withIntervalMethod(interval.label()).withSetting("fcr.key", issueKey.toString())
                .withSetting("fcr.channels", scope.describe()).withSetting("fcr.exclude-kinds", kinds.toString())
                .withSetting("fcr.resolved", Settings.describe(resolvedOutcomes))
                .withSetting("fcr.window", window.toString()));
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * The repeat-contact window.
     *
     * @return the repeat-contact window
     */
    public Duration window() {
        return window;
    }

    /**
     * The key that says which contacts are about the same issue.
     *
     * @return the key that says which contacts are about the same issue
     */
    public IssueKey issueKey() {
        return issueKey;
    }

    /**
     * The contacts counted.
     *
     * @return the contacts counted
     */
    public ContactScope scope() {
        return scope;
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
     * Which kinds of interaction are not contacts.
     *
     * @return which kinds of interaction are not contacts
     */
    public ContactKinds contactKinds() {
        return kinds;
    }

    /**
     * The two-sided confidence level of intervals.
     *
     * @return the two-sided confidence level of intervals
     */
    public double confidence() {
        return confidence;
    }

    /**
     * Issue key, channels, excluded kinds, resolved outcomes, window, interval method and confidence: a state
     * decodes and merges only under the same.
     */
    @Override
    public Map<String, String> configuration() {
        return configuration;
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
     * The two-proportion z-test of current − baseline FCR (Agresti 2013, §3.1.3), as trends and before/after
     * comparisons use it; NaN figures when a group has no issue.
     *
     * @throws IllegalArgumentException if the confidence is not within (0, 1)
     */
    @Override
    public Comparison compare(State baseline, State current, double confidence) {
        io.cxkit.metrics.Configurations.requireLevel(this, confidence);
        Configurations.requireSame(this, baseline.metric());
        Configurations.requireSame(this, current.metric());
        Counts a = baseline.counts();
        Counts b = current.counts();
        return Comparisons.shares(NAME, baseline.result(a), current.result(b), a.resolved, a.issues, b.resolved,
                b.issues, confidence);
    }

    /** The issue counts of a state. */
    private record Counts(long issues, long resolved, long repeats, long contacts) {
    }

    /** The state: every counted contact, by (customer, issue key). Not thread-safe. */
    public final class State implements Accumulator<State> {
        private final EventLog log;
        /** Contacts in scope that lacked the issue key: counted only to explain an empty result. */
        private long unkeyed;

        State() {
            this(new EventLog(), 0);
        }

        State(EventLog log, long unkeyed) {
            this.log = log;
            this.unkeyed = unkeyed;
        }

        FirstContactResolution metric() {
            return FirstContactResolution.this;
        }

        /** Counts the interaction if it is an inbound contact in scope that carries the issue key. */
        @Override
        public void add(Interaction interaction) {
            if (!scope.includes(interaction) || interaction.direction().orElse(null) == Direction.OUTBOUND
                    || !kinds.isContact(interaction)) {
                return;
            }
            String first = issueKey.first(interaction);
            if (first == null) {
                unkeyed++;
                return;
            }
            long millis = EventLog.epochMillis(interaction.timestamp());
            int id = log.keys().idOf(interaction.customerId().value(), first, issueKey.second(interaction));
            Outcome o = interaction.outcome().orElse(null);
            int flag = o != null && resolvedOutcomes.contains(o) ? RESOLVED : 0;
            log.add(id, millis, flag);
        }

        @Override
        public void merge(State other) {
            Configurations.requireSame(FirstContactResolution.this, other.metric());
            log.merge(other.log);
            unkeyed += other.unkeyed;
        }

        /** The FCR share over the issues seen, with its interval. */
        @Override
        public Estimate result() {
            return result(counts());
        }

        /**
         * When there is no issue: that no contact carried the issue key, which field it reads and how to name
         * another; or that no interaction was a contact in scope.
         */
        @Override
        public Optional<String> emptyReason() {
            if (log.size() > 0) {
                return Optional.empty();
            }
            if (unkeyed > 0) {
                return Optional.of(unkeyed + " contacts were in scope but none carried the issue key " + issueKey
                        + ", which groups a customer's contacts into issues; name the field that holds the issue "
                        + "with the setting fcr.key (journey_id, touchpoint, kind, touchpoint+kind, channel or "
                        + "attr.NAME, e.g. --set fcr.key=journey_id or FirstContactResolution.builder().issueKey(...))");
            }
            return Optional.of("no interaction was a contact: an inbound or undirected, human-handled interaction on "
                    + "the channels " + scope.describe() + " whose kind is not one of " + kinds
                    + " (settings fcr.channels and fcr.exclude-kinds)");
        }

        private Estimate result(Counts c) {
            Map<String, Double> details = new LinkedHashMap<>();
            details.put("issues", (double) c.issues);
            details.put("resolved_first_contact", (double) c.resolved);
            details.put("repeat_contacts", (double) c.repeats);
            details.put("contacts", (double) c.contacts);
            double value = c.issues == 0 ? Double.NaN : (double) c.resolved / c.issues;
            return new Estimate(NAME, value, c.issues, Intervals.share(interval, c.resolved, c.issues, confidence),
                    "share-resolved-first-contact", details);
        }

        private Counts counts() {
            EventLog.Grouped g = log.grouped();
            long[] e = g.events();
            int[] off = g.offsets();
            long issues = 0;
            long resolved = 0;
            long repeats = 0;
            for (int k = 0; k + 1 < off.length; k++) {
                int i = off[k];
                int end = off[k + 1];
                while (i < end) {
                    long start = EventLog.millis(e[i]);
                    int j = i + 1;
                    while (j < end && EventLog.millis(e[j]) - start <= windowMillis) {
                        j++;
                    }
                    issues++;
                    repeats += j - i - 1;
                    if (j == i + 1 && EventLog.flag(e[i]) == RESOLVED) {
                        resolved++;
                    }
                    i = j;
                }
            }
            return new Counts(issues, resolved, repeats, log.size());
        }

        /** The number of contacts counted. */
        @Override
        public long count() {
            return log.size();
        }
    }

    /**
     * Version 2: the count of contacts without the issue key, then the event log. Version 1 (the log alone)
     * still reads, with that count 0.
     */
    private final class Codec implements StateCodec<State> {
        @Override
        public int version() {
            return 2;
        }

        @Override
        public void write(State state, DataOutput out) throws IOException {
            out.writeLong(state.unkeyed);
            state.log.write(out);
        }

        @Override
        public State read(DataInput in, int version) throws IOException {
            long unkeyed = version >= 2 ? in.readLong() : 0;
            if (unkeyed < 0) {
                throw new StateFormatException("fcr state: contacts without the issue key must not be negative, was "
                        + unkeyed);
            }
            return new State(EventLog.read(in), unkeyed);
        }
    }

    /** Collects the settings of {@link FirstContactResolution}. */
    public static final class Builder extends ContactMetricBuilder<Builder> {
        private Duration window = DEFAULT_WINDOW;
        private IssueKey issueKey = DEFAULT_ISSUE_KEY;
        private Set<Outcome> resolvedOutcomes = Set.of(Outcome.RESOLVED);
        private ProportionInterval interval = ProportionInterval.AGRESTI_COULL;

        private Builder() {
            super(ContactScope.assisted());
        }

        /**
         * Sets the interval method of the share (default Agresti–Coull, as for CSAT).
         *
         * @param method the interval method
         * @return this builder, for chaining
         */
        public Builder interval(ProportionInterval method) {
            interval = Objects.requireNonNull(method, "interval");
            return this;
        }

        /**
         * Sets the repeat-contact window.
         *
         * @param w the repeat-contact window
         * @return this builder, for chaining
         * @throws IllegalArgumentException if it is not within 1..30 days
         */
        public Builder window(Duration w) {
            Objects.requireNonNull(w, "window");
            if (w.compareTo(Duration.ofDays(1)) < 0 || w.compareTo(Duration.ofDays(30)) > 0) {
                throw new IllegalArgumentException("repeat-contact window must be within 1..30 days, was "
                        + w.toHours() / 24.0 + " days");
            }
            window = w;
            return this;
        }

        /**
         * Sets the key that says which contacts are about the same issue (default {@code attr.issue}).
         *
         * @param k the key that says which contacts are about the same issue (default {@code attr.issue})
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
        public FirstContactResolution build() {
            return new FirstContactResolution(this);
        }
    }
}
