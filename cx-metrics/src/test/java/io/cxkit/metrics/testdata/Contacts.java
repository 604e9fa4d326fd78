package io.cxkit.metrics.testdata;

import io.cxkit.core.Channel;
import io.cxkit.core.CustomerId;
import io.cxkit.core.Direction;
import io.cxkit.core.Interaction;
import io.cxkit.core.Outcome;
import io.cxkit.core.Touchpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** Builds contact interactions for the service, retention and weighting tests. */
public final class Contacts {
    /** Monday 2026-01-05 00:00 UTC: the start of every test timeline. */
    public static final Instant T0 = Instant.parse("2026-01-05T00:00:00Z");
    private static final AtomicLong IDS = new AtomicLong();

    private Contacts() {
    }

    /** A builder for a human-handled inbound phone contact of {@code customer} at T0 plus {@code offset}. */
    public static Interaction.Builder contact(String customer, Duration offset) {
        return Interaction.builder("c" + IDS.incrementAndGet(), CustomerId.of(customer),
                Touchpoint.of("billing", Channel.PHONE), T0.plus(offset)).direction(Direction.INBOUND);
    }

    /** An inbound phone contact about issue "billing", resolved or not, at T0 + days. */
    public static Interaction call(String customer, double days, boolean resolved) {
        return contact(customer, Duration.ofMinutes(Math.round(days * 24 * 60))).attribute("issue", "billing")
                .outcome(resolved ? Outcome.RESOLVED : Outcome.UNRESOLVED).build();
    }

    /** A chat message in conversation {@code journey} at T0 + minutes. */
    public static Interaction message(String customer, String journey, double minutes, Direction d,
                                      boolean automated) {
        return Interaction.builder("m" + IDS.incrementAndGet(), CustomerId.of(customer),
                        Touchpoint.of("support-chat", Channel.CHAT),
                        T0.plus(Duration.ofSeconds(Math.round(minutes * 60))))
                .journeyId(journey).direction(d).automated(automated).build();
    }
}
