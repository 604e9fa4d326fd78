package io.cxkit.benchmarks.journey;

import io.cxkit.core.Channel;
import io.cxkit.core.CustomerId;
import io.cxkit.core.Interaction;
import io.cxkit.core.Touchpoint;
import io.cxkit.journey.EventLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded synthetic journeys for the journey benchmarks: cases of 1 to 12 events over 20 activities that move
 * mostly forward through a funnel (so variants repeat as in real logs), interleaved in global time order like a
 * raw event stream.
 */
final class SyntheticEvents {
    static final int ACTIVITIES = 20;
    private static final String[] NAMES = new String[ACTIVITIES];
    private static final long START_MICROS = 1_700_000_000_000_000L;

    static {
        for (int a = 0; a < ACTIVITIES; a++) {
            NAMES[a] = "touchpoint_" + a;
        }
    }

    final String[] caseOf;
    final String[] activityOf;
    final long[] micros;

    private SyntheticEvents(String[] caseOf, String[] activityOf, long[] micros) {
        this.caseOf = caseOf;
        this.activityOf = activityOf;
        this.micros = micros;
    }

    /** About {@code events} events (exactly that many), deterministic for a seed. */
    static SyntheticEvents generate(int events, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] caseIdx = new int[events];
        int[] act = new int[events];
        long[] ts = new long[events];
        List<String> caseNames = new ArrayList<>();
        int e = 0;
        while (e < events) {
            int c = caseNames.size();
            caseNames.add("case-" + c);
            int len = Math.min(events - e, 1 + random.nextInt(12));
            long t = START_MICROS + (long) c * 7_000_000L + random.nextLong(3_600_000_000L);
            int a = random.nextInt(3);
            for (int k = 0; k < len; k++) {
                caseIdx[e] = c;
                act[e] = a;
                ts[e] = t;
                e++;
                t += 1_000_000L * (1 + random.nextInt(600));
                // Mostly one step forward, sometimes back or a jump: realistic repetition of variants.
                int r = random.nextInt(10);
                a = r < 7 ? Math.min(ACTIVITIES - 1, a + 1) : r < 9 ? Math.max(0, a - 1) : random.nextInt(ACTIVITIES);
            }
        }
        // Global time order, ties by generation order: the shape of an event stream.
        Integer[] order = new Integer[events];
        for (int k = 0; k < events; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (x, y) -> Long.compare(ts[x], ts[y]));
        String[] cs = new String[events];
        String[] as = new String[events];
        long[] us = new long[events];
        for (int k = 0; k < events; k++) {
            int i = order[k];
            cs[k] = caseNames.get(caseIdx[i]);
            as[k] = NAMES[act[i]];
            us[k] = ts[i];
        }
        return new SyntheticEvents(cs, as, us);
    }

    /** The events as a columnar log (the reconstruction step, done once). */
    EventLog log() {
        EventLog.Builder b = EventLog.builder();
        for (int k = 0; k < micros.length; k++) {
            b.add(caseOf[k], activityOf[k], micros[k]);
        }
        return b.build();
    }

    /** The events as interactions, one customer per case, all on the web channel. */
    List<Interaction> interactions() {
        Touchpoint[] tps = new Touchpoint[ACTIVITIES];
        for (int a = 0; a < ACTIVITIES; a++) {
            tps[a] = Touchpoint.of(NAMES[a], Channel.WEB);
        }
        List<Interaction> out = new ArrayList<>(micros.length);
        java.util.Map<String, Touchpoint> byName = new java.util.HashMap<>();
        for (Touchpoint t : tps) {
            byName.put(t.id(), t);
        }
        for (int k = 0; k < micros.length; k++) {
            out.add(Interaction.builder("i" + k, CustomerId.of(caseOf[k]), byName.get(activityOf[k]),
                    Instant.ofEpochSecond(micros[k] / 1_000_000L, (micros[k] % 1_000_000L) * 1_000L)).build());
        }
        return out;
    }
}
