package io.cxkit.journey.path;

import io.cxkit.journey.EventLog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Path analysis over an event log: the most common transitions, what comes directly after or before a
 * touchpoint, and the most common paths between two touchpoints. Events are in the order of {@link EventLog}
 * (timestamp, then input order). Every list is sorted by count (descending), then by activity names, so results
 * do not depend on the order of the cases. Immutable; each query is one pass over the events.
 */
public final class Paths {
    /** The pseudo-activity after the last event of a journey. */
    public static final String END = "(end)";
    /** The pseudo-activity before the first event of a journey. */
    public static final String START = "(start)";

    private final EventLog log;

    private Paths(EventLog log) {
        this.log = log;
    }

    /**
     * Path queries over a log.
     *
     * @param log the event log
     * @return path queries over a log
     */
    public static Paths of(EventLog log) {
        return new Paths(log);
    }

    /**
     * The {@code k} most common direct transitions; their shares are of all transitions.
     *
     * @param k {@code k} in the description above
     * @return the {@code k} most common direct transitions; their shares are of all transitions
     * @throws IllegalArgumentException if k is negative
     */
    public List<Transition> topTransitions(int k) {
        checkK(k);
        int a = log.activityCount();
        Map<Long, long[]> counts = new HashMap<>();
        long total = 0;
        for (int c = 0; c < log.caseCount(); c++) {
            for (int e = log.caseStart(c) + 1; e < log.caseEnd(c); e++) {
                counts.computeIfAbsent((long) log.activity(e - 1) * a + log.activity(e), x -> new long[1])[0]++;
                total++;
            }
        }
        List<Transition> out = new ArrayList<>();
        for (Map.Entry<Long, long[]> e : counts.entrySet()) {
            out.add(new Transition(log.activityName((int) (e.getKey() / a)), log.activityName((int) (e.getKey() % a)),
                    e.getValue()[0], (double) e.getValue()[0] / total));
        }
        out.sort(Comparator.comparingLong(Transition::count).reversed().thenComparing(Transition::from)
                .thenComparing(Transition::to));
        return List.copyOf(out.subList(0, Math.min(k, out.size())));
    }

    /**
     * What directly follows {@code activity}: the {@code k} most common next activities, with {@link #END} where
     * the journey ended there. Shares are of all occurrences of {@code activity}. Empty if it never occurs.
     *
     * @param activity what happened (a touchpoint id, an activity name)
     * @param k {@code k} in the description above
     * @return what directly follows {@code activity}: the {@code k} most common next activities, with {@link #END}
     *         where the journey ended there
     * @throws IllegalArgumentException if k is negative
     */
    public List<StepCount> next(String activity, int k) {
        return neighbours(activity, k, 1);
    }

    /**
     * What directly precedes {@code activity}: the {@code k} most common previous activities, with
     * {@link #START} where the journey began there.
     *
     * @param activity what happened (a touchpoint id, an activity name)
     * @param k {@code k} in the description above
     * @return what directly precedes {@code activity}: the {@code k} most common previous activities, with {@link
     *         #START} where the journey began there
     * @throws IllegalArgumentException if k is negative
     */
    public List<StepCount> previous(String activity, int k) {
        return neighbours(activity, k, -1);
    }

    private List<StepCount> neighbours(String activity, int k, int direction) {
        checkK(k);
        OptionalInt target = log.activityIndex(activity);
        if (target.isEmpty()) {
            return List.of();
        }
        int t = target.getAsInt();
        long[] counts = new long[log.activityCount() + 1];
        long occurrences = 0;
        for (int c = 0; c < log.caseCount(); c++) {
            int s = log.caseStart(c);
            int end = log.caseEnd(c);
            for (int e = s; e < end; e++) {
                if (log.activity(e) != t) {
                    continue;
                }
                occurrences++;
                int n = e + direction;
                counts[n < s || n >= end ? counts.length - 1 : log.activity(n)]++;
            }
        }
        List<StepCount> out = new ArrayList<>();
        for (int a = 0; a < counts.length; a++) {
            if (counts[a] > 0) {
                String name = a == counts.length - 1 ? (direction > 0 ? END : START) : log.activityName(a);
                out.add(new StepCount(name, counts[a], (double) counts[a] / occurrences));
            }
        }
        out.sort(Comparator.comparingLong(StepCount::count).reversed().thenComparing(StepCount::activity));
        return List.copyOf(out.subList(0, Math.min(k, out.size())));
    }

    /**
     * The {@code k} most common paths from {@code from} to {@code to}. A path starts at an occurrence of
     * {@code from} and ends at the next occurrence of {@code to} in the same journey; when {@code from} occurs
     * again before {@code to}, the path starts at its latest occurrence, so each path is the shortest run
     * between the two. Paths with more than {@code maxLength} activities (both ends included) are left out.
     *
     * @param from the earlier activity
     * @param to {@code to} in the description above
     * @param maxLength the longest path kept, in steps
     * @param k {@code k} in the description above
     * @return the {@code k} most common paths from {@code from} to {@code to}
     * @throws IllegalArgumentException if k is negative or maxLength below 2
     */
    public List<PathCount> between(String from, String to, int maxLength, int k) {
        checkK(k);
        if (maxLength < 2) {
            throw new IllegalArgumentException("maximum path length must be at least 2, was " + maxLength);
        }
        OptionalInt fa = log.activityIndex(from);
        OptionalInt ta = log.activityIndex(to);
        if (fa.isEmpty() || ta.isEmpty()) {
            return List.of();
        }
        int f = fa.getAsInt();
        int t = ta.getAsInt();
        Map<String, long[]> counts = new HashMap<>();
        Map<String, int[]> sequences = new HashMap<>();
        long total = 0;
        for (int c = 0; c < log.caseCount(); c++) {
            int open = -1;
            for (int e = log.caseStart(c); e < log.caseEnd(c); e++) {
                int a = log.activity(e);
                if (a == t && open >= 0) {
                    if (e - open + 1 <= maxLength) {
                        int[] seq = new int[e - open + 1];
                        for (int j = 0; j < seq.length; j++) {
                            seq[j] = log.activity(open + j);
                        }
                        String key = Arrays.toString(seq);
                        counts.computeIfAbsent(key, x -> new long[1])[0]++;
                        sequences.putIfAbsent(key, seq);
                        total++;
                    }
                    open = -1;
                }
                if (a == f) {
                    open = e;
                }
            }
        }
        List<PathCount> out = new ArrayList<>();
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            int[] seq = sequences.get(e.getKey());
            List<String> names = new ArrayList<>(seq.length);
            for (int a : seq) {
                names.add(log.activityName(a));
            }
            out.add(new PathCount(names, e.getValue()[0], (double) e.getValue()[0] / total));
        }
        out.sort(Comparator.comparingLong(PathCount::count).reversed()
                .thenComparing(p -> String.join("\u0000", p.activities())));
        return List.copyOf(out.subList(0, Math.min(k, out.size())));
    }

    private static void checkK(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must be at least 0, was " + k);
        }
    }
}
