package io.cxkit.journey.state;

import io.cxkit.core.Channel;
import io.cxkit.core.CustomerId;
import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.core.Money;
import io.cxkit.core.Outcome;
import io.cxkit.core.Touchpoint;
import io.cxkit.journey.EventLog;
import io.cxkit.journey.Journey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded random cases and journeys for the journey states' kit tests. */
final class RandomCases {
    private static final String[] ACTIVITIES = {"home", "search", "product", "cart", "checkout", "chat", "ivr"};
    private static final Channel[] CHANNELS = {Channel.WEB, Channel.EMAIL, Channel.PHONE, Channel.CHAT,
            new Channel("social"), new Channel("store")};
    private static final Instant T0 = Instant.parse("2025-03-01T00:00:00Z");

    private RandomCases() {
    }

    /**
     * One random journey of up to 8 interactions: equal timestamps now and then (the stable tie-break), feedback on
     * some events, and sometimes a conversion with a value in cents.
     */
    static Journey journey(Random r) {
        String customer = "c" + r.nextInt(1_000_000);
        int n = 1 + r.nextInt(8);
        long micros = r.nextInt(1_000_000) * 1_000_000L;
        List<Interaction> list = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            if (r.nextInt(5) != 0) {
                micros += (r.nextInt(3) == 0 ? r.nextInt(60) : r.nextInt(86_400)) * 1_000_000L + r.nextInt(1000);
            }
            Channel ch = CHANNELS[r.nextInt(CHANNELS.length)];
            Interaction.Builder b = Interaction.builder(customer + "-" + k, CustomerId.of(customer),
                    Touchpoint.of(ACTIVITIES[r.nextInt(ACTIVITIES.length)], ch), T0.plusNanos(1000 * micros));
            switch (r.nextInt(8)) {
                case 0 -> b.feedback(new Feedback.Nps(r.nextInt(11)));
                case 1 -> b.feedback(new Feedback.Csat(1 + r.nextInt(7), 7));
                case 2 -> b.feedback(new Feedback.Ces(1 + r.nextInt(7)));
                default -> { }
            }
            if (r.nextInt(6) == 0) {
                b.outcome(Outcome.CONVERTED);
                if (r.nextBoolean()) {
                    b.value(Money.of(r.nextInt(100_000) / 100 + "." + String.format("%02d", r.nextInt(100)), "EUR"));
                }
            }
            list.add(b.build());
        }
        return new Journey("j" + r.nextInt(1_000_000), CustomerId.of(customer), list);
    }

    /** One random journey as a one-case event log keyed by touchpoint. */
    static EventLog oneCase(Random r) {
        return EventLog.ofJourneys(List.of(journey(r)), i -> i.touchpoint().id());
    }
}
