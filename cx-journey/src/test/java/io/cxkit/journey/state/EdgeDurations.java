package io.cxkit.journey.state;

import io.cxkit.journey.EventLog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every edge's durations of a log, in seconds, to check a sketch's quantiles against the order statistics. */
public final class EdgeDurations {
    private final Map<String, double[]> sorted = new HashMap<>();

    private EdgeDurations() {
    }

    /** Collects the durations of every directly-follows pair of the log. */
    public static EdgeDurations of(EventLog log) {
        Map<String, List<Double>> all = new HashMap<>();
        for (int c = 0; c < log.caseCount(); c++) {
            for (int k = log.caseStart(c) + 1; k < log.caseEnd(c); k++) {
                String key = log.activityName(log.activity(k - 1)) + "\u0000" + log.activityName(log.activity(k));
                all.computeIfAbsent(key, x -> new ArrayList<>())
                        .add((log.timestampMicros(k) - log.timestampMicros(k - 1)) / 1e6);
            }
        }
        EdgeDurations d = new EdgeDurations();
        all.forEach((k, v) -> d.sorted.put(k, v.stream().mapToDouble(Double::doubleValue).sorted().toArray()));
        return d;
    }

    /** The durations of an edge, ascending. */
    public double[] sortedSeconds(String from, String to) {
        return sorted.get(from + "\u0000" + to);
    }
}
