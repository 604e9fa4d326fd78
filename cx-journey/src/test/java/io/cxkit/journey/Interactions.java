package io.cxkit.journey;

import io.cxkit.core.Channel;
import io.cxkit.core.CustomerId;
import io.cxkit.core.Interaction;
import io.cxkit.core.Touchpoint;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/** Small builders of test interactions. */
public final class Interactions {
    private static final AtomicInteger IDS = new AtomicInteger();

    private Interactions() {
    }

    /** A web interaction of {@code customer} at {@code touchpoint}, {@code minute} minutes after 2024-01-01. */
    public static Interaction.Builder at(String customer, String touchpoint, long minute) {
        return at(customer, touchpoint, Channel.WEB, minute);
    }

    /** An interaction on a channel, {@code minute} minutes after 2024-01-01T00:00Z. */
    public static Interaction.Builder at(String customer, String touchpoint, Channel channel, long minute) {
        return Interaction.builder("i" + IDS.incrementAndGet(), CustomerId.of(customer),
                Touchpoint.of(touchpoint, channel), Instant.parse("2024-01-01T00:00:00Z").plusSeconds(60 * minute));
    }
}
