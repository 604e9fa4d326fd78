package io.cxkit.metrics.service;

import io.cxkit.core.Direction;
import io.cxkit.core.Interaction;
import io.cxkit.core.Outcome;
import io.cxkit.metrics.Accumulator;
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
 * on the assisted channels) that are not outbound and carry the {@link IssueKey} (by default the {@code issue}
 * attribute; {@code journey_id} or {@code touchpoint} are the usual alternatives). A customer's contacts with
 * the same key, in time order, form issues: an issue starts with a contact, and every further contact within
 * the window after that first contact is a repeat contact of the same issue; the first contact after the
 * window starts a new issue. An issue counts as resolved on first contact if its first contact's outcome is
 * one of the resolved outcomes and it has no repeat contact. Contacts at the same instant are ordered
 * unresolved first, so that the result does not depend on input order.
 *
 * <p><b>Result.</b> The value is the share in [0, 1], n the number of issues, with an Agresti–Coull interval
 * (or Wilson or Wald, a setting; the vectors file accepts the first two for shares); details
 * hold {@code issues}, {@code resolved_first_contact}, {@code repeat_contacts} and {@code contacts}.
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
    private final Set<Outcome> resolvedOutcomes;
    private final double confidence;
    private final ProportionInterval interval;
    private final StateCodec<State> codec = new EventLogCodec<>(s -> s.log, State::new);

    private FirstContactResolution(Builder b) {
        this.interval = b.interval;
        this.window = b.window;
        this.windowMillis = b.window.toMillis();
        this.issueKey = b.issueKey;
        this.scope = b.scope;
        this.resolvedOutcomes = Set.copyOf(b.resolvedOutcomes);
        this.confidence = b.confidence;
    }

    /**
     * A builder with the defaults: a 7-day window, key {@code attr.issue}, assisted channels, an Agresti–Coull
     * interval at 95%.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** FCR with every default. */
    public static FirstContactResolution defaults() {
        return builder().build();
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The repeat-contact window. */
    public Duration window() {
        return window;
    }

    /** The key that says which contacts are about the same issue. */
    public IssueKey issueKey() {
        return issueKey;
    }

    /** The contacts counted. */
    public ContactScope scope() {
        return scope;
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
        Estimate a = baseline.result();
        Estimate b = current.result();
        return Comparisons.shares(NAME, a, b, Math.round(a.details().get("resolved_first_contact")), a.n(),
                Math.round(b.details().get("resolved_first_contact")), b.n(), confidence);
    }

    /** The state: every counted contact, by (customer, issue key). Not thread-safe. */
    public final class State implements Accumulator<State> {
        private final EventLog log;

        State() {
            this(new EventLog());
        }

        State(EventLog log) {
            this.log = log;
        }

        /** Counts the interaction if it is an inbound contact in scope that carries the issue key. */
        @Override
        public void add(Interaction interaction) {
            if (!scope.includes(interaction) || interaction.direction().orElse(null) == Direction.OUTBOUND) {
                return;
            }
            String first = issueKey.first(interaction);
            if (first == null) {
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
            log.merge(other.log);
        }

        /** The FCR share over the issues seen, with its interval. */
        @Override
        public Estimate result() {
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
            Map<String, Double> details = new LinkedHashMap<>();
            details.put("issues", (double) issues);
            details.put("resolved_first_contact", (double) resolved);
            details.put("repeat_contacts", (double) repeats);
            details.put("contacts", (double) log.size());
            double value = issues == 0 ? Double.NaN : (double) resolved / issues;
            return new Estimate(NAME, value, issues, Intervals.share(interval, resolved, issues, confidence),
                    "share-resolved-first-contact", details);
        }

        /** The number of contacts counted. */
        @Override
        public long count() {
            return log.size();
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

        /** Sets the interval method of the share (default Agresti–Coull, as for CSAT). */
        public Builder interval(ProportionInterval method) {
            interval = Objects.requireNonNull(method, "interval");
            return this;
        }

        /**
         * Sets the repeat-contact window.
         *
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

        /** Sets the key that says which contacts are about the same issue (default {@code attr.issue}). */
        public Builder issueKey(IssueKey k) {
            issueKey = Objects.requireNonNull(k, "issueKey");
            return this;
        }

        /** Sets the contacts counted (default {@link ContactScope#assisted()}). */
        /**
         * Sets the outcomes that mean "resolved" (default {@code resolved}).
         *
         * @throws IllegalArgumentException if the set is empty
         */
        public Builder resolvedOutcomes(Set<Outcome> outcomes) {
            resolvedOutcomes = BuilderChecks.resolvedOutcomes(outcomes);
            return this;
        }

        /** The metric. */
        public FirstContactResolution build() {
            return new FirstContactResolution(this);
        }
    }
}
