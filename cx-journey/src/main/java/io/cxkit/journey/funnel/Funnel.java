package io.cxkit.journey.funnel;

import io.cxkit.journey.EventLog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * A conversion funnel over the cases of an {@link EventLog} (for a funnel over people, one case per customer:
 * {@code EventLog.ofInteractions(list, i -> i.customerId().value(), i -> i.touchpoint().id())}).
 *
 * <p>Definitions, those of PostHog's funnels (shared/vectors/journey.md "Funnels"):
 * <ul>
 *   <li>An <b>attempt</b> starts at an event of step 0; the <b>conversion window</b> runs from that event's
 *       timestamp, inclusive: a later step counts if it happens no more than the window after step 0.</li>
 *   <li>{@link FunnelOrder#ORDERED}: each step must come after the previous one (an event at the same timestamp
 *       but later in the case's order counts as after); other events may happen in between.
 *       {@link FunnelOrder#STRICT}: the step must be the very next event of the case.
 *       {@link FunnelOrder#ANY}: the steps may come in any order within the window.</li>
 *   <li>Each case is counted once, at the furthest step it reached in one attempt. Among attempts reaching the
 *       same step, the one that started last is kept (it leaves the most window for later steps); among equal
 *       starts, the one that reached the step first.</li>
 *   <li>Step i's conversion time is the time from step i − 1 to step i within the counted attempt; the
 *       time-to-convert histogram takes, for the cases that reached the last step, the time from step 0 to it
 *       ({@link TimeToConvert}).</li>
 * </ul>
 *
 * <p>The evaluation is one pass over each case's events with O(steps²) state, so the cost is linear in events.
 * Immutable and thread-safe.
 *
 * <p><b>Distributed input.</b> A funnel has no mergeable state: a step counts only after the earlier steps of the
 * same case, in time order and within the window, and the attempt kept depends on all of them, so a case's whole
 * event sequence must be in one place, in order. On an engine, group the events by case (customer) first; this
 * class then runs on the grouped cases in one JVM.
 */
public final class Funnel {
    private final List<String> steps;
    private final long windowMicros;
    private final FunnelOrder order;
    private final List<Exclusion> exclusions;

    private Funnel(Builder b) {
        this.steps = List.copyOf(b.steps);
        this.windowMicros = b.window.toSeconds() * 1_000_000L + b.window.toNanosPart() / 1_000;
        this.order = b.order;
        this.exclusions = List.copyOf(b.exclusions);
    }

    /**
     * A funnel builder through the given steps (activity names, in order), with a 14-day window, ordered.
     *
     * @param steps at least two steps
     * @return a funnel builder through the given steps (activity names, in order), with a 14-day window, ordered
     * @throws IllegalArgumentException if there are no steps, or a step is blank
     */
    public static Builder builder(List<String> steps) {
        return new Builder(steps);
    }

    /**
     * The steps, in order.
     *
     * @return the steps, in order
     */
    public List<String> steps() {
        return steps;
    }

    /**
     * Runs the funnel over every case of the log.
     *
     * @param log the event log
     * @return the funnel's steps with their counts and conversion rates
     */
    public FunnelResult run(EventLog log) {
        Tally tally = new Tally(steps.size());
        Evaluator ev = new Evaluator(log);
        for (int c = 0; c < log.caseCount(); c++) {
            ev.evaluate(c, tally);
        }
        return tally.result(steps);
    }

    /**
     * Runs the funnel separately for each value of a dimension of the cases (a segment, a channel of entry),
     * ordered by step-0 count (descending), then value.
     *
     * @param dimension the value of case {@code c}; must not return null
     * @param log the log
     * @return the funnel's result per value of the dimension
     */
    public Map<String, FunnelResult> breakdown(EventLog log, IntFunction<String> dimension) {
        Map<String, Tally> tallies = new HashMap<>();
        Evaluator ev = new Evaluator(log);
        for (int c = 0; c < log.caseCount(); c++) {
            String key = Objects.requireNonNull(dimension.apply(c), "breakdown value must not be null");
            ev.evaluate(c, tallies.computeIfAbsent(key, k -> new Tally(steps.size())));
        }
        List<Map.Entry<String, FunnelResult>> results = new ArrayList<>();
        tallies.forEach((k, t) -> results.add(Map.entry(k, t.result(steps))));
        results.sort(Comparator.<Map.Entry<String, FunnelResult>>comparingLong(e -> -e.getValue().counts()[0])
                .thenComparing(Map.Entry::getKey));
        Map<String, FunnelResult> out = new LinkedHashMap<>();
        results.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** Per-log state: step activity indices and scratch arrays, reused across cases. */
    private final class Evaluator {
        private final EventLog log;
        private final int[] stepActivity;
        private final int[] exclusionActivity;
        private final int n;
        private final boolean[] reached;
        private final long[][] chain;
        private final int[] lastEvent;
        private final long[] times;
        private final int[] need;
        private final int[] have;
        private final boolean anyStepInLog;

        Evaluator(EventLog log) {
            this.log = log;
            this.n = steps.size();
            this.stepActivity = new int[n];
            for (int k = 0; k < n; k++) {
                stepActivity[k] = log.activityIndex(steps.get(k)).orElse(-1);
            }
            this.exclusionActivity = new int[exclusions.size()];
            for (int x = 0; x < exclusionActivity.length; x++) {
                exclusionActivity[x] = log.activityIndex(exclusions.get(x).activity()).orElse(-1);
            }
            // How many times each activity is a step: a step listed twice must happen twice in any order.
            this.need = new int[log.activityCount()];
            this.have = new int[log.activityCount()];
            boolean any = false;
            for (int a : stepActivity) {
                if (a >= 0) {
                    need[a]++;
                    any = true;
                }
            }
            this.anyStepInLog = any;
            this.reached = new boolean[n];
            this.chain = new long[n][n];
            this.lastEvent = new int[n];
            this.times = new long[n];
        }

        void evaluate(int c, Tally tally) {
            if (order == FunnelOrder.ANY) {
                evaluateAnyOrder(c, tally);
            } else {
                evaluateInOrder(c, tally);
            }
        }

        private void evaluateInOrder(int c, Tally tally) {
            java.util.Arrays.fill(reached, false);
            boolean hitExclusion = false;
            boolean strict = order == FunnelOrder.STRICT;
            for (int e = log.caseStart(c), end = log.caseEnd(c); e < end; e++) {
                int a = log.activity(e);
                long t = log.timestampMicros(e);
                for (int x = 0; x < exclusionActivity.length; x++) {
                    if (exclusionActivity[x] == a) {
                        Exclusion ex = exclusions.get(x);
                        for (int k = ex.fromStep(); k < Math.min(ex.toStep(), n); k++) {
                            if (reached[k] && t - chain[k][0] <= windowMicros) {
                                reached[k] = false;
                                hitExclusion = true;
                            }
                        }
                    }
                }
                // High steps first, so one event never serves two steps of the same attempt.
                for (int k = n - 1; k >= 0; k--) {
                    if (stepActivity[k] != a) {
                        continue;
                    }
                    if (k == 0) {
                        // A new step 0 always starts a new attempt: its window reaches furthest.
                        chain[0][0] = t;
                        reached[0] = true;
                        lastEvent[0] = e;
                        continue;
                    }
                    if (!reached[k - 1] || t - chain[k - 1][0] > windowMicros
                            || (strict && lastEvent[k - 1] != e - 1)) {
                        continue;
                    }
                    if (strict || !reached[k] || chain[k - 1][0] > chain[k][0]) {
                        System.arraycopy(chain[k - 1], 0, chain[k], 0, k);
                        chain[k][k] = t;
                        reached[k] = true;
                        lastEvent[k] = e;
                    }
                }
            }
            int furthest = -1;
            for (int k = n - 1; k >= 0; k--) {
                if (reached[k]) {
                    furthest = k;
                    break;
                }
            }
            if (furthest < 0) {
                if (hitExclusion) {
                    tally.excluded++;
                }
                return;
            }
            for (int k = 1; k <= furthest; k++) {
                times[k] = chain[furthest][k] - chain[furthest][k - 1];
            }
            tally.add(furthest, times, chain[furthest][furthest] - chain[furthest][0]);
        }

        private void evaluateAnyOrder(int c, Tally tally) {
            if (!anyStepInLog) {
                return;
            }
            int start = log.caseStart(c);
            int end = log.caseEnd(c);
            int best = 0;
            int bestAnchor = -1;
            int right = start;
            int completed = 0;
            // A sliding window [left, right) of at most the window's length; an anchor must be a step event.
            for (int left = start; left < end; left++) {
                long t0 = log.timestampMicros(left);
                while (right < end && log.timestampMicros(right) - t0 <= windowMicros) {
                    int a = log.activity(right);
                    if (++have[a] <= need[a]) {
                        completed++;
                    }
                    right++;
                }
                int a = log.activity(left);
                if (need[a] > 0 && completed > best) {
                    best = completed;
                    bestAnchor = left;
                }
                if (have[a]-- <= need[a]) {
                    completed--;
                }
            }
            if (bestAnchor < 0) {
                return;
            }
            long t0 = log.timestampMicros(bestAnchor);
            long previous = t0;
            int k = 0;
            for (int e = bestAnchor; e < end && k < best; e++) {
                long t = log.timestampMicros(e);
                if (t - t0 > windowMicros) {
                    break;
                }
                int a = log.activity(e);
                if (++have[a] <= need[a]) {
                    times[k] = t - previous;
                    previous = t;
                    k++;
                }
            }
            for (int e = bestAnchor; e < end; e++) {
                have[log.activity(e)] = 0;
            }
            tally.add(best - 1, times, previous - t0);
        }
    }

    /** Collects a funnel's result. */
    private static final class Tally {
        private final long[] counts;
        private final long[][] times;
        private final int[] timeCount;
        private double[] toConvert = new double[16];
        private int converted;
        long excluded;

        Tally(int steps) {
            counts = new long[steps];
            times = new long[steps][16];
            timeCount = new int[steps];
        }

        void add(int furthest, long[] stepTimes, long totalMicros) {
            for (int k = 0; k <= furthest; k++) {
                counts[k]++;
                if (k > 0) {
                    if (timeCount[k] == times[k].length) {
                        times[k] = java.util.Arrays.copyOf(times[k], timeCount[k] * 2);
                    }
                    times[k][timeCount[k]++] = stepTimes[k];
                }
            }
            if (furthest == counts.length - 1) {
                if (converted == toConvert.length) {
                    toConvert = java.util.Arrays.copyOf(toConvert, converted * 2);
                }
                toConvert[converted++] = totalMicros / 1e6;
            }
        }

        FunnelResult result(List<String> steps) {
            List<FunnelStepResult> out = new ArrayList<>(steps.size());
            for (int k = 0; k < steps.size(); k++) {
                long prev = k == 0 ? counts[0] : counts[k - 1];
                java.util.OptionalDouble mean = java.util.OptionalDouble.empty();
                java.util.OptionalDouble median = java.util.OptionalDouble.empty();
                if (k > 0 && timeCount[k] > 0) {
                    io.cxkit.journey.DurationStats s = io.cxkit.journey.DurationStats.ofMicros(times[k], 0,
                            timeCount[k]);
                    mean = java.util.OptionalDouble.of(s.meanSeconds());
                    median = java.util.OptionalDouble.of(s.medianSeconds());
                }
                out.add(new FunnelStepResult(steps.get(k), counts[k],
                        counts[0] == 0 ? 0 : (double) counts[k] / counts[0],
                        prev == 0 ? 0 : (double) counts[k] / prev, k == 0 ? 0 : prev - counts[k], mean, median));
            }
            return new FunnelResult(out, excluded, TimeToConvert.of(toConvert, converted));
        }
    }

    /** Collects a funnel's settings. Not thread-safe. */
    public static final class Builder {
        private final List<String> steps;
        private Duration window = Duration.ofDays(14);
        private FunnelOrder order = FunnelOrder.ORDERED;
        private final List<Exclusion> exclusions = new ArrayList<>();

        private Builder(List<String> steps) {
            this.steps = List.copyOf(steps);
            if (this.steps.isEmpty()) {
                throw new IllegalArgumentException("a funnel needs at least one step, had 0");
            }
            for (String s : this.steps) {
                if (s.isBlank()) {
                    throw new IllegalArgumentException("funnel steps must not be blank, were " + this.steps);
                }
            }
        }

        /**
         * The conversion window, from the step-0 event, inclusive; 14 days by default.
         *
         * @param w the window within which the steps must follow
         * @return this builder, for chaining
         * @throws IllegalArgumentException if the window is negative
         */
        public Builder window(Duration w) {
            Objects.requireNonNull(w, "window must not be null");
            if (w.isNegative()) {
                throw new IllegalArgumentException("funnel window must not be negative, was " + w);
            }
            window = w;
            return this;
        }

        /**
         * How the steps must follow each other; {@link FunnelOrder#ORDERED} by default.
         *
         * @param o the funnel order
         * @return this builder, for chaining
         */
        public Builder order(FunnelOrder o) {
            order = Objects.requireNonNull(o, "order must not be null");
            return this;
        }

        /**
         * Adds an exclusion step.
         *
         * @param x an exclusion step
         * @return this builder, for chaining
         */
        public Builder exclude(Exclusion x) {
            exclusions.add(Objects.requireNonNull(x, "exclusion must not be null"));
            return this;
        }

        /**
         * The funnel.
         *
         * @return the funnel
         * @throws IllegalArgumentException if an exclusion's steps are beyond the funnel's, or exclusions are
         *         combined with {@link FunnelOrder#ANY} (an unordered attempt has no "between two steps")
         */
        public Funnel build() {
            for (Exclusion x : exclusions) {
                if (x.toStep() >= steps.size()) {
                    throw new IllegalArgumentException("exclusion " + x.activity() + " to step " + x.toStep()
                            + " must be within 1.." + (steps.size() - 1));
                }
            }
            if (order == FunnelOrder.ANY && !exclusions.isEmpty()) {
                throw new IllegalArgumentException("exclusion steps apply to ordered and strict funnels, not any");
            }
            return new Funnel(this);
        }
    }
}
