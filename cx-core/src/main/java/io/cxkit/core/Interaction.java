package io.cxkit.core;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One contact between a customer and the business: a visit, a purchase, a call, a chat, a survey answer.
 * Immutable and null-free; build one with {@link #builder(String, CustomerId, Touchpoint, Instant)}.
 *
 * @param id the interaction's identifier, unique within its source
 * @param customerId who; {@link CustomerId#unresolved(String) CustomerId.unresolved(id)} on a record that
 *        carries identifiers but no customer id yet (identity stitching resolves it)
 * @param touchpoint where (and so through which channel, in which stage)
 * @param timestamp when it started, an instant
 * @param journeyId an explicit journey or case id, if the source has one
 * @param kind what kind of interaction ({@code visit}, {@code purchase}, {@code contact}, ...), if stated
 * @param direction inbound (customer-initiated) or outbound, if stated
 * @param automated true if a bot or an automatic message handled it rather than a human
 * @param duration how long it lasted (for contacts: the handle time), not negative, if stated
 * @param outcome what it ended with, if stated
 * @param value its monetary value, if any
 * @param feedback the answers given in it, in order; may be empty
 * @param attributes free attributes; keys not blank
 * @param identifiers the customer identifiers seen on the record, by type ({@code email}, {@code device},
 *        ...), for identity stitching; may be empty
 */
public record Interaction(
        String id,
        CustomerId customerId,
        Touchpoint touchpoint,
        Instant timestamp,
        Optional<String> journeyId,
        Optional<String> kind,
        Optional<Direction> direction,
        boolean automated,
        Optional<Duration> duration,
        Optional<Outcome> outcome,
        Optional<Money> value,
        List<Feedback> feedback,
        Map<String, String> attributes,
        Map<String, String> identifiers) {

    /**
     * @param id the interaction's identifier, unique within its source
     * @param customerId who; {@link CustomerId#unresolved(String) CustomerId.unresolved(id)} on a record that carries
     *        identifiers but no customer id yet (identity stitching resolves it)
     * @param touchpoint where (and so through which channel, in which stage)
     * @param timestamp when it started, an instant
     * @param journeyId an explicit journey or case id, if the source has one
     * @param kind what kind of interaction ({@code visit}, {@code purchase}, {@code contact}, ...), if stated
     * @param direction inbound (customer-initiated) or outbound, if stated
     * @param automated true if a bot or an automatic message handled it rather than a human
     * @param duration how long it lasted (for contacts: the handle time), not negative, if stated
     * @param outcome what it ended with, if stated
     * @param value its monetary value, if any
     * @param feedback the answers given in it, in order; may be empty
     * @param attributes free attributes; keys not blank
     * @param identifiers the customer identifiers seen on the record, by type ({@code email}, {@code device}, ...), for
     *        identity stitching; may be empty
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the id is blank, the duration negative, or the customer id is
     *         unresolved but not {@code CustomerId.unresolved(id)} or the interaction carries no identifier
     */
    public Interaction {
        id = OpenValues.identifier("interaction_id", id);
        Objects.requireNonNull(customerId, "customer_id must not be null");
        Objects.requireNonNull(touchpoint, "touchpoint must not be null");
        Objects.requireNonNull(timestamp, "timestamp must not be null");
        Objects.requireNonNull(journeyId, "journey_id must not be null (use Optional.empty())");
        Objects.requireNonNull(kind, "kind must not be null (use Optional.empty())");
        Objects.requireNonNull(direction, "direction must not be null (use Optional.empty())");
        Objects.requireNonNull(duration, "duration must not be null (use Optional.empty())");
        duration.ifPresent(d -> {
            if (d.isNegative()) {
                throw new IllegalArgumentException("duration_seconds must not be negative, was "
                        + d.toMillis() / 1000.0);
            }
        });
        Objects.requireNonNull(outcome, "outcome must not be null (use Optional.empty())");
        Objects.requireNonNull(value, "value must not be null (use Optional.empty())");
        feedback = List.copyOf(feedback);
        attributes = Attributes.copy("attributes", attributes);
        identifiers = Attributes.copy("identifiers", identifiers);
        if (!customerId.isResolved()) {
            checkUnresolved(id, customerId, identifiers);
        }
    }

    /**
     * An unresolved customer must be this interaction's own ({@code unresolved(id)}), so that writing and
     * reading back gives an equal interaction, and the interaction must carry an identifier, or stitching could
     * never resolve it.
     */
    private static void checkUnresolved(String id, CustomerId customerId, Map<String, String> identifiers) {
        if (!customerId.equals(CustomerId.unresolved(id))) {
            throw new IllegalArgumentException("customer_id of interaction " + id + " must be resolved or "
                    + CustomerId.unresolved(id) + ", was " + customerId);
        }
        for (String v : identifiers.values()) {
            if (!v.isBlank()) {
                return;
            }
        }
        throw new IllegalArgumentException("customer_id of interaction " + id
                + " may be unresolved only when the interaction carries an identifier, had none");
    }

    /**
     * The channel of the touchpoint.
     *
     * @return the channel of the touchpoint
     */
    public Channel channel() {
        return touchpoint.channel();
    }

    /**
     * The first feedback of the given kind, if any.
     *
     * @param <F> the kind of feedback
     * @param kind the class of the feedback kind, e.g. {@code Feedback.Nps.class}
     * @return the first feedback of the given kind, if any
     */
    public <F extends Feedback> Optional<F> feedback(Class<F> kind) {
        for (int i = 0; i < feedback.size(); i++) {
            Feedback f = feedback.get(i);
            if (kind.isInstance(f)) {
                return Optional.of(kind.cast(f));
            }
        }
        return Optional.empty();
    }

    /**
     * A builder with the four required fields set and every optional one empty.
     *
     * @param id the interaction's identifier, unique within its source
     * @param customerId who; {@link CustomerId#unresolved(String) CustomerId.unresolved(id)} on a record that carries
     *        identifiers but no customer id yet (identity stitching resolves it)
     * @param touchpoint where (and so through which channel, in which stage)
     * @param timestamp when it started, an instant
     * @return a builder with the four required fields set and every optional one empty
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(String id, CustomerId customerId, Touchpoint touchpoint, Instant timestamp) {
        return new Builder(id, customerId, touchpoint, timestamp);
    }

    /**
     * A builder that starts from this interaction's values.
     *
     * @return a builder that starts from this interaction's values
     */
    public Builder toBuilder() {
        Builder b = new Builder(id, customerId, touchpoint, timestamp);
        b.journeyId = journeyId;
        b.kind = kind;
        b.direction = direction;
        b.automated = automated;
        b.duration = duration;
        b.outcome = outcome;
        b.value = value;
        b.feedback.addAll(feedback);
        b.attributes.putAll(attributes);
        b.identifiers.putAll(identifiers);
        return b;
    }

    /** Collects the optional fields of an {@link Interaction}. Not thread-safe. */
    public static final class Builder {
        private String id;
        private CustomerId customerId;
        private Touchpoint touchpoint;
        private Instant timestamp;
        private Optional<String> journeyId = Optional.empty();
        private Optional<String> kind = Optional.empty();
        private Optional<Direction> direction = Optional.empty();
        private boolean automated;
        private Optional<Duration> duration = Optional.empty();
        private Optional<Outcome> outcome = Optional.empty();
        private Optional<Money> value = Optional.empty();
        private final List<Feedback> feedback = new ArrayList<>();
        private final Map<String, String> attributes = new HashMap<>();
        private final Map<String, String> identifiers = new HashMap<>();

        private Builder(String id, CustomerId customerId, Touchpoint touchpoint, Instant timestamp) {
            this.id = Objects.requireNonNull(id, "interaction_id");
            this.customerId = Objects.requireNonNull(customerId, "customer_id");
            this.touchpoint = Objects.requireNonNull(touchpoint, "touchpoint");
            this.timestamp = Objects.requireNonNull(timestamp, "timestamp");
        }

        /**
         * Sets the interaction id; an unresolved customer id follows it, since it is keyed by the id.
         *
         * @param v the interaction id; an unresolved customer id follows it, since it is keyed by the id
         * @return this builder, for chaining
         */
        public Builder id(String v) {
            Objects.requireNonNull(v);
            if (customerId.value().equals(CustomerId.UNRESOLVED_PREFIX + id.strip())) {
                customerId = CustomerId.unresolved(v);
            }
            id = v;
            return this;
        }

        /**
         * Sets the customer.
         *
         * @param v the customer
         * @return this builder, for chaining
         */
        public Builder customerId(CustomerId v) {
            customerId = Objects.requireNonNull(v);
            return this;
        }

        /**
         * Sets the touchpoint.
         *
         * @param v the touchpoint
         * @return this builder, for chaining
         */
        public Builder touchpoint(Touchpoint v) {
            touchpoint = Objects.requireNonNull(v);
            return this;
        }

        /**
         * Sets the timestamp.
         *
         * @param v the timestamp
         * @return this builder, for chaining
         */
        public Builder timestamp(Instant v) {
            timestamp = Objects.requireNonNull(v);
            return this;
        }

        /**
         * Sets the explicit journey or case id.
         *
         * @param v the explicit journey or case id
         * @return this builder, for chaining
         */
        public Builder journeyId(String v) {
            journeyId = Optional.of(v);
            return this;
        }

        /**
         * Sets the kind of interaction.
         *
         * @param v the kind of interaction
         * @return this builder, for chaining
         */
        public Builder kind(String v) {
            kind = Optional.of(v);
            return this;
        }

        /**
         * Sets the direction.
         *
         * @param v the direction
         * @return this builder, for chaining
         */
        public Builder direction(Direction v) {
            direction = Optional.of(v);
            return this;
        }

        /**
         * Marks the interaction as handled by automation (true) or a human (false, the default).
         *
         * @param v true if a bot or an automatic message handled it
         * @return this builder, for chaining
         */
        public Builder automated(boolean v) {
            automated = v;
            return this;
        }

        /**
         * Sets the duration.
         *
         * @param v the duration
         * @return this builder, for chaining
         */
        public Builder duration(Duration v) {
            duration = Optional.of(v);
            return this;
        }

        /**
         * Sets the outcome.
         *
         * @param v the outcome
         * @return this builder, for chaining
         */
        public Builder outcome(Outcome v) {
            outcome = Optional.of(v);
            return this;
        }

        /**
         * Sets the monetary value.
         *
         * @param v the monetary value
         * @return this builder, for chaining
         */
        public Builder value(Money v) {
            value = Optional.of(v);
            return this;
        }

        /**
         * Appends one feedback answer.
         *
         * @param v one feedback answer
         * @return this builder, for chaining
         */
        public Builder feedback(Feedback v) {
            feedback.add(Objects.requireNonNull(v));
            return this;
        }

        /**
         * Sets one attribute.
         *
         * @param name the attribute's name, not blank
         * @param v one attribute
         * @return this builder, for chaining
         */
        public Builder attribute(String name, String v) {
            attributes.put(name, v);
            return this;
        }

        /**
         * Sets one customer identifier of a type ({@code email}, {@code device}, ...).
         *
         * @param type the identifier type, e.g. {@code email} or {@code device}
         * @param v the identifier's value
         * @return this builder, for chaining
         */
        public Builder identifier(String type, String v) {
            identifiers.put(type, v);
            return this;
        }

        /**
         * The interaction.
         *
         * @return the interaction
         * @throws IllegalArgumentException if a value is out of range
         */
        public Interaction build() {
            return new Interaction(id, customerId, touchpoint, timestamp, journeyId, kind, direction, automated,
                    duration, outcome, value, feedback, attributes, identifiers);
        }
    }
}
