package io.cxkit.journey;

import io.cxkit.core.Channel;
import io.cxkit.core.CustomerId;
import io.cxkit.core.Direction;
import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.core.Outcome;
import io.cxkit.core.Touchpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One customer journey: a customer's interactions from its first to its last, in order, and the facts derived
 * from them. Journeys come from a {@link JourneyCutter}; the interactions are in the order that class documents
 * (timestamp, then input order), and this record checks that the timestamps never go backwards.
 *
 * <p>The facts are derived on each call, from the interactions alone, so a journey can never disagree with
 * itself:
 * <ul>
 *   <li>{@link #touchpoints()}: the touchpoint of each interaction, in order, repeats kept;</li>
 *   <li>{@link #channels()}: the distinct channels, in the order of their first use;</li>
 *   <li>{@link #channelSwitches()}: how many times an interaction's channel differs from the previous one's;</li>
 *   <li>{@link #duration()}: from the first interaction's timestamp to the last one's;</li>
 *   <li>{@link #outcome()}: the outcome of the last interaction that states one;</li>
 *   <li>{@link #feedback()}: every feedback answer inside the journey, in order;</li>
 *   <li>{@link #effort()}: contacts, transfers and repeats, as defined there.</li>
 * </ul>
 *
 * @param id the journey's identifier: the explicit journey id when cut by id, otherwise
 *        {@code <customer>/<n>} with {@code n} the 1-based rank of the journey among the customer's journeys
 * @param customer whose journey it is
 * @param interactions the interactions, in time order, at least one
 */
public record Journey(String id, CustomerId customer, List<Interaction> interactions) {

    /** The {@code kind} values that make an interaction a contact, lower case. */
    public static final Set<String> CONTACT_KINDS = Set.of("contact", "call", "chat", "ticket", "transfer");

    /**
     * The channels on which an interaction without a {@code kind} counts as a contact unless it is outbound or
     * automated: the assisted-service channels.
     */
    public static final Set<Channel> ASSISTED_CHANNELS = Set.of(Channel.PHONE, Channel.CHAT, Channel.EMAIL,
            Channel.STORE, Channel.SMS, Channel.SOCIAL);

    /**
     * @param id the journey's identifier: the explicit journey id when cut by id, otherwise {@code <customer>/<n>} with
     *        {@code n} the 1-based rank of the journey among the customer's journeys
     * @param customer whose journey it is
     * @param interactions the interactions, in time order, at least one
     * @throws NullPointerException if a component or an interaction is null
     * @throws IllegalArgumentException if the id is blank, there is no interaction, an interaction belongs to
     *         another customer, or the timestamps go backwards
     */
    public Journey {
        Objects.requireNonNull(id, "journey id must not be null");
        if (id.isBlank()) {
            throw new IllegalArgumentException("journey id must not be blank, was '" + id + "'");
        }
        Objects.requireNonNull(customer, "customer must not be null");
        interactions = List.copyOf(interactions);
        if (interactions.isEmpty()) {
            throw new IllegalArgumentException("journey " + id + " must have at least one interaction, had 0");
        }
        Instant previous = Instant.MIN;
        for (Interaction i : interactions) {
            if (!i.customerId().equals(customer)) {
                throw new IllegalArgumentException("journey " + id + " of customer " + customer
                        + " must hold only that customer's interactions, had " + i.id() + " of " + i.customerId());
            }
            if (i.timestamp().isBefore(previous)) {
                throw new IllegalArgumentException("journey " + id + " interactions must be in time order, "
                        + i.id() + " at " + i.timestamp() + " follows " + previous);
            }
            previous = i.timestamp();
        }
    }

    /**
     * The number of interactions, at least 1.
     *
     * @return the number of interactions, at least 1
     */
    public int size() {
        return interactions.size();
    }

    /**
     * The first interaction's timestamp.
     *
     * @return the first interaction's timestamp
     */
    public Instant start() {
        return interactions.get(0).timestamp();
    }

    /**
     * The last interaction's timestamp.
     *
     * @return the last interaction's timestamp
     */
    public Instant end() {
        return interactions.get(interactions.size() - 1).timestamp();
    }

    /**
     * The time from the first interaction's timestamp to the last one's; {@link Duration#ZERO} for a journey of
     * one interaction. The last interaction's own duration is not added: many sources do not state it.
     *
     * @return the time from the first interaction's timestamp to the last one's; {@link Duration#ZERO} for a journey of
     *         one interaction
     */
    public Duration duration() {
        return Duration.between(start(), end());
    }

    /**
     * The touchpoint of each interaction, in order, repeats kept.
     *
     * @return the touchpoint of each interaction, in order, repeats kept
     */
    public List<Touchpoint> touchpoints() {
        List<Touchpoint> out = new ArrayList<>(interactions.size());
        for (Interaction i : interactions) {
            out.add(i.touchpoint());
        }
        return List.copyOf(out);
    }

    /**
     * The touchpoint id of each interaction, in order, repeats kept.
     *
     * @return the touchpoint id of each interaction, in order, repeats kept
     */
    public List<String> touchpointIds() {
        List<String> out = new ArrayList<>(interactions.size());
        for (Interaction i : interactions) {
            out.add(i.touchpoint().id());
        }
        return List.copyOf(out);
    }

    /**
     * The distinct channels used, in the order of their first use.
     *
     * @return the distinct channels used, in the order of their first use
     */
    public List<Channel> channels() {
        List<Channel> out = new ArrayList<>(4);
        for (Interaction i : interactions) {
            if (!out.contains(i.channel())) {
                out.add(i.channel());
            }
        }
        return List.copyOf(out);
    }

    /**
     * The number of channel switches: the number of interactions (after the first) whose channel differs from
     * the previous interaction's. {@code web, web, phone, web} has 2.
     *
     * @return the number of channel switches: the number of interactions (after the first) whose channel differs from
     *         the previous interaction's
     */
    public int channelSwitches() {
        int switches = 0;
        for (int k = 1; k < interactions.size(); k++) {
            if (!interactions.get(k).channel().equals(interactions.get(k - 1).channel())) {
                switches++;
            }
        }
        return switches;
    }

    /**
     * The outcome of the last interaction that states one, or empty if none does.
     *
     * @return the outcome of the last interaction that states one, or empty if none does
     */
    public Optional<Outcome> outcome() {
        for (int k = interactions.size() - 1; k >= 0; k--) {
            Optional<Outcome> o = interactions.get(k).outcome();
            if (o.isPresent()) {
                return o;
            }
        }
        return Optional.empty();
    }

    /**
     * Every feedback answer given inside the journey, in interaction order, then answer order.
     *
     * @return every feedback answer given inside the journey, in interaction order, then answer order
     */
    public List<Feedback> feedback() {
        List<Feedback> out = new ArrayList<>();
        for (Interaction i : interactions) {
            out.addAll(i.feedback());
        }
        return List.copyOf(out);
    }

    /**
     * The effort the journey cost, counted over its interactions:
     * <ul>
     *   <li>a <b>contact</b> is an interaction whose {@code kind} is one of {@link #CONTACT_KINDS} (ignoring
     *       case), or which has no {@code kind}, takes place on one of the {@link #ASSISTED_CHANNELS}, is not
     *       outbound and is not automated;</li>
     *   <li>a <b>transfer</b> is an interaction whose {@code kind} is {@code transfer} or whose outcome is
     *       {@link Outcome#ESCALATED}: the customer was passed on;</li>
     *   <li>a <b>repeat</b> is a contact after the first contact of the journey, so
     *       {@code repeats = max(0, contacts - 1)}: a journey is one need, and every further contact means the
     *       need was not met the first time.</li>
     * </ul>
     *
     * @return the effort the journey cost, counted over its interactions: a contact is an interaction whose {@code
     *         kind} is one of {@link #CONTACT_KINDS} (ignoring case), or which has no {@code kind}, takes place on one
     *         of the {@link #ASSISTED_CHANNELS}, is not outbound and is not automated; a transfer is an interaction
     *         whose {@code kind} is {@code transfer} or whose outcome is {@link Outcome#ESCALATED}: the customer was
     *         passed on; a repeat is a contact after the first contact of the journey, so {@code repeats = max(0,
     *         contacts - 1)}: a journey is one need, and every further contact means the need was not met the first
     *         time
     */
    public Effort effort() {
        int contacts = 0;
        int transfers = 0;
        for (Interaction i : interactions) {
            if (isContact(i)) {
                contacts++;
            }
            if (isTransfer(i)) {
                transfers++;
            }
        }
        return new Effort(contacts, transfers, Math.max(0, contacts - 1));
    }

    /**
     * Whether an interaction is a contact, by the rule of {@link #effort()}.
     *
     * @param i the interaction
     * @return whether an interaction is a contact, by the rule of {@link #effort()}
     */
    public static boolean isContact(Interaction i) {
        if (i.kind().isPresent()) {
            return CONTACT_KINDS.contains(i.kind().get().strip().toLowerCase(Locale.ROOT));
        }
        return ASSISTED_CHANNELS.contains(i.channel())
                && !i.automated()
                && !i.direction().equals(Optional.of(Direction.OUTBOUND));
    }

    /**
     * Whether an interaction is a transfer, by the rule of {@link #effort()}.
     *
     * @param i the interaction
     * @return whether an interaction is a transfer, by the rule of {@link #effort()}
     */
    public static boolean isTransfer(Interaction i) {
        return i.outcome().equals(Optional.of(Outcome.ESCALATED))
                || i.kind().map(k -> k.strip().equalsIgnoreCase("transfer")).orElse(false);
    }
}
