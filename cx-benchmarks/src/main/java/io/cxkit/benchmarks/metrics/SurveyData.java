package io.cxkit.benchmarks.metrics;

import io.cxkit.core.Channel;
import io.cxkit.core.CustomerId;
import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.core.JourneyStage;
import io.cxkit.core.Touchpoint;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Seeded benchmark inputs: score columns and survey interactions. Interaction arrays of more than
 * {@value #POOL} elements repeat a pool of distinct interactions, so 10⁷ references fit in a benchmark heap
 * while the reference column is still streamed from memory.
 */
final class SurveyData {
    /** Every benchmark handles exactly this many scores (or rows) per invocation, whatever the array size. */
    static final int OPS = 1 << 24;
    static final int POOL = 1 << 20;
    static final Channel[] CHANNELS = {Channel.WEB, Channel.MOBILE_APP, Channel.EMAIL, Channel.PHONE, Channel.CHAT,
        Channel.SOCIAL, Channel.STORE, Channel.SMS};

    private SurveyData() {
    }

    /** NPS answers 0..10 with a realistic skew towards 7–10. */
    static byte[] npsScores(int size, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        byte[] a = new byte[size];
        for (int i = 0; i < size; i++) {
            a[i] = (byte) (r.nextInt(4) == 0 ? r.nextInt(11) : 6 + r.nextInt(5));
        }
        return a;
    }

    /** Answers 1..scale, uniform. */
    static byte[] ratings(int size, int scale, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        byte[] a = new byte[size];
        for (int i = 0; i < size; i++) {
            a[i] = (byte) (1 + r.nextInt(scale));
        }
        return a;
    }

    /** Group indexes 0..groups−1, uniform. */
    static int[] groups(int size, int groups, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] a = new int[size];
        for (int i = 0; i < size; i++) {
            a[i] = r.nextInt(groups);
        }
        return a;
    }

    /**
     * Survey responses carrying an NPS, a CSAT (1–5) and a CES answer, over eight channels and twelve months
     * of 2026.
     */
    static Interaction[] responses(int size, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int distinct = Math.min(size, POOL);
        Interaction[] pool = new Interaction[distinct];
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < distinct; i++) {
            Channel ch = CHANNELS[r.nextInt(CHANNELS.length)];
            pool[i] = Interaction.builder("r" + i, CustomerId.of("c" + r.nextInt(100_000)),
                            Touchpoint.of(ch.name() + "-survey", ch, JourneyStage.SUPPORT),
                            start.plusSeconds(r.nextLong(365L * 86_400)))
                    .feedback(new Feedback.Nps(r.nextInt(4) == 0 ? r.nextInt(11) : 6 + r.nextInt(5)))
                    .feedback(new Feedback.Csat(1 + r.nextInt(5), 5))
                    .feedback(new Feedback.Ces(1 + r.nextInt(7)))
                    .build();
        }
        Interaction[] out = new Interaction[size];
        for (int i = 0; i < size; i++) {
            out[i] = pool[i < distinct ? i : r.nextInt(distinct)];
        }
        return out;
    }
}
