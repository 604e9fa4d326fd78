package io.cxkit.metrics.testdata;

import io.cxkit.core.Channel;
import io.cxkit.core.CustomerId;
import io.cxkit.core.Interaction;
import io.cxkit.core.JourneyStage;
import io.cxkit.core.Touchpoint;
import java.time.Instant;
import java.util.Random;

/** Seeded random interactions for the tests. */
public final class RandomInteractions {
    private RandomInteractions() {
    }

    /**
     * A builder of a random interaction without feedback: random customer (of 200), touchpoint (of 6 over
     * four channels), timestamp in 2026 and segment attribute. Tests add what their metric measures.
     */
    public static Interaction.Builder base(Random random) {
        Channel[] channels = {Channel.WEB, Channel.PHONE, Channel.CHAT, Channel.EMAIL};
        Channel ch = channels[random.nextInt(channels.length)];
        Touchpoint tp = random.nextBoolean()
                ? Touchpoint.of(ch.name() + "-support", ch, JourneyStage.SUPPORT)
                : Touchpoint.of(ch.name() + "-" + (random.nextInt(2) == 0 ? "checkout" : "home"), ch);
        Instant ts = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(random.nextInt(365 * 86_400));
        return Interaction.builder("i" + Long.toHexString(random.nextLong()),
                        CustomerId.of("c" + random.nextInt(200)), tp, ts)
                .attribute("segment", random.nextBoolean() ? "consumer" : "business");
    }
}
