package io.cxkit.journey.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.journey.EventLog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded random logs checked against a brute force over every attempt. */
class FunnelPropertyTest {

    private static final List<String> STEPS = List.of("a", "b", "c", "b");
    private static final long WINDOW = 10;

    /** The furthest step any attempt reaches: for each step-0 event, match each next step as early as allowed. */
    private static int bruteForce(List<String> acts, List<Long> ts, boolean strict) {
        int best = -1;
        for (int start = 0; start < acts.size(); start++) {
            if (!acts.get(start).equals(STEPS.get(0))) {
                continue;
            }
            int reached = 0;
            int at = start;
            for (int k = 1; k < STEPS.size(); k++) {
                int found = -1;
                for (int e = at + 1; e < acts.size() && (!strict || e == at + 1); e++) {
                    if (ts.get(e) - ts.get(start) > WINDOW) {
                        break;
                    }
                    if (acts.get(e).equals(STEPS.get(k))) {
                        found = e;
                        break;
                    }
                }
                if (found < 0) {
                    break;
                }
                reached = k;
                at = found;
            }
            best = Math.max(best, reached);
        }
        return best;
    }

    @Test
    void orderedAndStrictCountsMatchABruteForceOverAllAttempts() {
        Random random = new Random(99);
        for (FunnelOrder order : List.of(FunnelOrder.ORDERED, FunnelOrder.STRICT)) {
            long[] expected = new long[STEPS.size()];
            EventLog.Builder b = EventLog.builder();
            for (int c = 0; c < 400; c++) {
                List<String> acts = new ArrayList<>();
                List<Long> ts = new ArrayList<>();
                long t = 0;
                for (int k = 0, n = 1 + random.nextInt(9); k < n; k++) {
                    t += random.nextInt(4);
                    acts.add(String.valueOf((char) ('a' + random.nextInt(4))));
                    ts.add(t);
                    b.add("case" + c, acts.get(k), t * 1_000_000L);
                }
                int furthest = bruteForce(acts, ts, order == FunnelOrder.STRICT);
                for (int k = 0; k <= furthest; k++) {
                    expected[k]++;
                }
            }
            FunnelResult r = Funnel.builder(STEPS).window(Duration.ofSeconds(WINDOW)).order(order).build()
                    .run(b.build());
            assertThat(r.counts()).as(order.name()).containsExactly(expected);
        }
    }

    @Test
    void theResultDoesNotDependOnTheOrderOfTheCases() {
        Random random = new Random(3);
        List<String[]> cases = new ArrayList<>();
        for (int c = 0; c < 300; c++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0, n = 1 + random.nextInt(7); k < n; k++) {
                sb.append((char) ('a' + random.nextInt(4)));
            }
            cases.add(new String[] {"case" + c, sb.toString()});
        }
        Funnel funnel = Funnel.builder(STEPS).window(Duration.ofSeconds(4)).build();
        FunnelResult first = funnel.run(log(cases));
        Collections.shuffle(cases, random);
        assertThat(funnel.run(log(cases))).isEqualTo(first);
        for (int k = 1; k < STEPS.size(); k++) {
            assertThat(first.counts()[k]).isLessThanOrEqualTo(first.counts()[k - 1]);
        }
    }

    private static EventLog log(List<String[]> cases) {
        EventLog.Builder b = EventLog.builder();
        for (String[] c : cases) {
            for (int k = 0; k < c[1].length(); k++) {
                b.add(c[0], String.valueOf(c[1].charAt(k)), k * 1_000_000L);
            }
        }
        return b.build();
    }
}
