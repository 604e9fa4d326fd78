package io.cxkit.metrics.service;

import io.cxkit.core.Direction;
import io.cxkit.core.Interaction;
import io.cxkit.metrics.Accumulator;
import io.cxkit.metrics.Configurations;
import io.cxkit.metrics.service.internal.Settings;
import java.util.Collections;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.Metric;
import io.cxkit.metrics.StateCodec;
import io.cxkit.metrics.service.internal.EventLog;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * First response time (FRT): per conversation, the time from the customer's first inbound message to the first
 * outbound reply by a human. Automated outbound replies (bots, auto-acknowledgements) do not stop the clock.
 *
 * <p><b>Definition.</b> A conversation is a customer's interactions with the same {@link IssueKey} (by default
 * {@code journey_id}) that are contacts by their kind ({@link ContactKinds}: by default survey answers, reviews and
 * transfers are not messages), on the channels of the {@link ContactScope} (by default the assisted ones; automated interactions are always read, so
 * that they can be skipped as replies). Inbound interactions are the customer's messages; outbound interactions
 * not marked automated are human replies; interactions without a direction are ignored. The response time is
 * from the first inbound message to the first human reply at or after it, in seconds, on the wall clock or,
 * if a {@link BusinessCalendar} is set, counting business hours only. Conversations with no human reply yet
 * are counted as {@code unanswered} and left out of the times.
 *
 * <p><b>Result.</b> The value is the median in seconds (Hyndman–Fan type 7 by default), n the number of
 * answered conversations, with a distribution-free order-statistic interval of the median; details hold
 * {@code p50}, {@code p90}, {@code mean}, {@code conversations} and {@code unanswered}.
 *
 * <p><b>Memory.</b> The state keeps every message and human reply (12 bytes each) and every distinct
 * (customer, conversation), because a reply's place after the first message is known only once both are seen.
 */
public final class FirstResponseTime implements Metric<FirstResponseTime.State> {
    /** The metric's name on the command line and in JSON. */
    public static final String NAME = "frt";

    private static final int INBOUND = 0;
    private static final int HUMAN_REPLY = 1;

    private final IssueKey conversationKey;
    private final ContactScope scope;
    private final ContactKinds kinds;
    private final Map<String, String> configuration;
    private final ServiceClock clock;
    private final QuantileEstimator estimator;
    private final double confidence;
    private final StateCodec<State> codec = new EventLogCodec<>(s -> s.log, State::new);

    private FirstResponseTime(Builder b) {
        this.conversationKey = b.conversationKey;
        this.scope = b.scope;
        this.clock = new ServiceClock(b.calendar);
        this.estimator = b.estimator;
        this.confidence = b.confidence;
        this.kinds = b.kinds;
        Map<String, String> c = new LinkedHashMap<>();
        c.put("conversation-key", conversationKey.toString());
        c.put("channels", scope.describe());
        c.put("exclude-kinds", kinds.toString());
        c.put("clock", clock.describe());
        c.put("quantile-type", Integer.toString(estimator.type()));
        c.put("confidence", Settings.describe(confidence));
        this.configuration = Collections.unmodifiableMap(c);
    }

    /**
     * The customer id: a customer's conversations depend on that customer's interactions only, so one state per
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
     * Conversation key, channels, excluded kinds, clock, quantile type and confidence: a state decodes and
     * merges only under the same.
     */
    @Override
    public Map<String, String> configuration() {
        return configuration;
    }

    /**
     * A builder with the defaults: key {@code journey_id}, assisted channels, wall clock, type 7, 95%.
     *
     * @return a builder with the defaults: key {@code journey_id}, assisted channels, wall clock, type 7, 95%
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * FRT with every default.
     *
     * @return FRT with every default
     */
    public static FirstResponseTime defaults() {
        return builder().build();
    }

    /**
     * The recipe that rebuilds this metric ({@link io.cxkit.metrics.Metric#spec}), however it was built: conversation key, channels, excluded kinds, clock, quantile type and confidence,
     * as its provider's settings.
     *
     * @return the spec
     */
    @Override
    public io.cxkit.metrics.MetricSpec spec() {
        return io.cxkit.metrics.MetricSpec.of(NAME, clock.writeTo(io.cxkit.metrics.MetricOptions.defaults()
                .withConfidence(confidence).withSetting("frt.key", conversationKey.toString())
                .withSetting("frt.channels", scope.describe()).withSetting("frt.exclude-kinds", kinds.toString())
                .withSetting(Settings.QUANTILE_TYPE, Integer.toString(estimator.type()))));
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * The business-hours calendar, if the clock counts business time only.
     *
     * @return the business-hours calendar, if the clock counts business time only
     */
    public Optional<BusinessCalendar> calendar() {
        return clock.calendar();
    }

    @Override
    public State newAccumulator() {
        return new State(new EventLog());
    }

    @Override
    public StateCodec<State> codec() {
        return codec;
    }

    /** The state: every customer message and human reply, by (customer, conversation). Not thread-safe. */
    public final class State implements Accumulator<State> {
        private final EventLog log;

        State(EventLog log) {
            this.log = log;
        }

        FirstResponseTime metric() {
            return FirstResponseTime.this;
        }

        /** Records an inbound message or a human outbound reply; ignores everything else. */
        @Override
        public void add(Interaction interaction) {
            Direction d = interaction.direction().orElse(null);
            if (d == null || (scope.channels().size() > 0 && !scope.channels().contains(interaction.channel()))) {
                return;
            }
            if ((d == Direction.OUTBOUND && interaction.automated()) || !kinds.isContact(interaction)) {
                return;
            }
            String first = conversationKey.first(interaction);
            if (first == null) {
                return;
            }
            long millis = EventLog.epochMillis(interaction.timestamp());
            int id = log.keys().idOf(interaction.customerId().value(), first, conversationKey.second(interaction));
            log.add(id, millis, d == Direction.INBOUND ? INBOUND : HUMAN_REPLY);
        }

        @Override
        public void merge(State other) {
            Configurations.requireSame(FirstResponseTime.this, other.metric());
            log.merge(other.log);
        }

        /** The median first response time in seconds, with p90. */
        @Override
        public Estimate result() {
            EventLog.Grouped g = log.grouped();
            long[] e = g.events();
            int[] off = g.offsets();
            double[] times = new double[off.length];
            int answered = 0;
            long conversations = 0;
            for (int k = 0; k + 1 < off.length; k++) {
                int i = off[k];
                int end = off[k + 1];
                while (i < end && EventLog.flag(e[i]) != INBOUND) {
                    i++;
                }
                if (i == end) {
                    continue;
                }
                conversations++;
                int j = i + 1;
                while (j < end && EventLog.flag(e[j]) != HUMAN_REPLY) {
                    j++;
                }
                if (j < end) {
                    times[answered++] = clock.seconds(EventLog.millis(e[i]), EventLog.millis(e[j]));
                }
            }
            Map<String, Double> extra = new LinkedHashMap<>();
            extra.put("conversations", (double) conversations);
            extra.put("unanswered", (double) (conversations - answered));
            return DurationSummary.of(NAME, clock.method(), times,
                    answered, estimator, confidence, extra);
        }

        /** The number of messages and human replies recorded. */
        @Override
        public long count() {
            return log.size();
        }
    }

    /** Collects the settings of {@link FirstResponseTime}. */
    public static final class Builder extends DurationMetricBuilder<Builder> {
        private IssueKey conversationKey = IssueKey.JOURNEY_ID;

        private Builder() {
            super(ContactScope.assisted());
        }

        /**
         * Sets what groups messages into one conversation (default {@code journey_id}).
         *
         * @param k what groups messages into one conversation (default {@code journey_id})
         * @return this builder, for chaining
         */
        public Builder conversationKey(IssueKey k) {
            conversationKey = Objects.requireNonNull(k, "conversationKey");
            return this;
        }

        /**
         * The metric.
         *
         * @return the metric
         */
        public FirstResponseTime build() {
            return new FirstResponseTime(this);
        }
    }
}
