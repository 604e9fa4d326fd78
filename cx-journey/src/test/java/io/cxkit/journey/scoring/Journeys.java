package io.cxkit.journey.scoring;

import io.cxkit.core.Channel;
import io.cxkit.core.CustomerId;
import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.core.Outcome;
import io.cxkit.core.Touchpoint;
import io.cxkit.journey.Journey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Small journeys for hand-computed tests. */
final class Journeys {
    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    private final String id;
    private final CustomerId customer;
    private final List<Interaction> interactions = new ArrayList<>();
    private Instant at;

    private Journeys(String id, String customer, Instant start) {
        this.id = id;
        this.customer = new CustomerId(customer);
        this.at = start;
    }

    static Journeys journey(String id, String customer) {
        return new Journeys(id, customer, T0);
    }

    static Journeys journey(String id, String customer, Instant start) {
        return new Journeys(id, customer, start);
    }

    /** A step at touchpoint {@code tp} on channel {@code channel}, {@code minutes} after the previous one. */
    Journeys step(String tp, String channel, long minutes) {
        return add(base(tp, channel, minutes));
    }

    Journeys contact(String tp, String channel, long minutes, Outcome outcome, long waitSeconds) {
        return add(base(tp, channel, minutes).kind("contact").outcome(outcome)
                .attribute("wait_seconds", String.valueOf(waitSeconds)));
    }

    Journeys outcome(String tp, String channel, long minutes, Outcome outcome) {
        return add(base(tp, channel, minutes).outcome(outcome));
    }

    Journeys feedback(String tp, String channel, long minutes, Feedback f) {
        return add(base(tp, channel, minutes).kind("survey").feedback(f));
    }

    Journeys timed(String tp, String channel, long minutes, Duration handle, long waitSeconds) {
        return add(base(tp, channel, minutes).duration(handle).attribute("wait_seconds", String.valueOf(waitSeconds)));
    }

    /** Adds a feedback answer to the last interaction. */
    Journeys answer(Feedback f) {
        Interaction last = interactions.remove(interactions.size() - 1);
        interactions.add(last.toBuilder().feedback(f).build());
        return this;
    }

    /** Sets the outcome of the last interaction. */
    Journeys ending(Outcome o) {
        Interaction last = interactions.remove(interactions.size() - 1);
        interactions.add(last.toBuilder().outcome(o).build());
        return this;
    }

    private Interaction.Builder base(String tp, String channel, long minutes) {
        at = at.plus(Duration.ofMinutes(minutes));
        return Interaction.builder(id + "-" + interactions.size(), customer, Touchpoint.of(tp, Channel.of(channel)),
                at);
    }

    private Journeys add(Interaction.Builder b) {
        interactions.add(b.build());
        return this;
    }

    Journey build() {
        return new Journey(id, customer, interactions);
    }
}
