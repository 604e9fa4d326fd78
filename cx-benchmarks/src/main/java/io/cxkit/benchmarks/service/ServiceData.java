package io.cxkit.benchmarks.service;

import io.cxkit.core.Channel;
import io.cxkit.core.CustomerId;
import io.cxkit.core.Direction;
import io.cxkit.core.Interaction;
import io.cxkit.core.Outcome;
import io.cxkit.core.Touchpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded synthetic contact-centre data for the service benchmarks: no data files. */
final class ServiceData {
    private static final Channel[] CHANNELS = {Channel.PHONE, Channel.CHAT, Channel.EMAIL};
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private ServiceData() {
    }

    /**
     * {@code n} inbound contacts of n/3 customers over 90 days, each about one of 4 issues per customer, 60%
     * resolved, with a log-normal handle time and hold and after-contact-work attributes.
     */
    static List<Interaction> contacts(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Touchpoint[] tps = new Touchpoint[CHANNELS.length];
        for (int c = 0; c < CHANNELS.length; c++) {
            tps[c] = Touchpoint.of(CHANNELS[c].name() + "-support", CHANNELS[c]);
        }
        int customers = Math.max(1, n / 3);
        CustomerId[] ids = new CustomerId[customers];
        for (int c = 0; c < customers; c++) {
            ids[c] = CustomerId.of("c" + c);
        }
        String[] issues = {"billing", "access", "defect", "delivery"};
        List<Interaction> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long handle = (long) (Math.exp(5.8 + 0.5 * r.nextDouble()) * 1000);
            out.add(Interaction.builder("i" + i, ids[r.nextInt(customers)], tps[r.nextInt(tps.length)],
                            START.plusSeconds(r.nextInt(90 * 86_400)))
                    .direction(Direction.INBOUND)
                    .duration(Duration.ofMillis(handle))
                    .outcome(r.nextInt(10) < 6 ? Outcome.RESOLVED : Outcome.UNRESOLVED)
                    .attribute("issue", issues[r.nextInt(issues.length)])
                    .attribute("hold_seconds", Integer.toString(r.nextInt(120)))
                    .attribute("acw_seconds", Integer.toString(r.nextInt(60)))
                    .build());
        }
        return out;
    }
}
