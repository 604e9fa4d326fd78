package io.cxkit.metrics.testdata;

import io.cxkit.core.Channel;
import io.cxkit.core.CustomerId;
import io.cxkit.core.Direction;
import io.cxkit.core.Interaction;
import io.cxkit.core.Outcome;
import io.cxkit.core.Touchpoint;
import io.cxkit.metrics.testdata.RandomInteractions;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;

/** Random contacts for the compatibility-kit tests of the service and retention metrics. */
public final class ServiceInteractions {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final Direction[] DIRECTIONS = {Direction.INBOUND, Direction.OUTBOUND};
    private static final Outcome[] OUTCOMES = {Outcome.RESOLVED, Outcome.UNRESOLVED, Outcome.of("cancelled")};

    private ServiceInteractions() {
    }

    /**
     * A contact of one of 200 customers within {@code days} days of 2026-01-01, with a random direction,
     * automation, outcome, journey (of 3 per customer), duration and hold/after-contact-work attributes, each
     * sometimes absent.
     */
    public static Interaction random(Random random, int days) {
        Interaction.Builder b = RandomInteractions.base(random)
                .timestamp(START.plusSeconds(random.nextInt(days * 86_400)));
        if (random.nextInt(8) > 0) {
            b.direction(DIRECTIONS[random.nextInt(2)]);
        }
        b.automated(random.nextInt(6) == 0);
        if (random.nextInt(3) > 0) {
            b.outcome(OUTCOMES[random.nextInt(OUTCOMES.length)]);
        }
        if (random.nextInt(5) > 0) {
            b.journeyId("j" + random.nextInt(3));
        }
        if (random.nextInt(5) > 0) {
            b.attribute("issue", "i" + random.nextInt(3));
        }
        if (random.nextInt(4) > 0) {
            b.duration(Duration.ofMillis(random.nextInt(3_600_000)));
        }
        if (random.nextBoolean()) {
            b.attribute("hold_seconds", Integer.toString(random.nextInt(300)));
        }
        if (random.nextBoolean()) {
            b.attribute("acw_seconds", random.nextInt(120) + "." + random.nextInt(10));
        }
        return b.build();
    }

    /** An inbound, human-handled phone contact with a journey id, at {@code when}. */
    public static Interaction.Builder inScope(Instant when) {
        return Interaction.builder("bad", CustomerId.of("c1"), Touchpoint.of("phone-support", Channel.PHONE), when)
                .direction(Direction.INBOUND).journeyId("j1").attribute("issue", "i1").outcome(Outcome.RESOLVED);
    }
}
