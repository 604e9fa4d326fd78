package io.cxkit.journey.map;

import io.cxkit.journey.DurationStats;
import io.cxkit.journey.EventLog;
import io.cxkit.journey.internal.LongIntTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The directly-follows graph (DFG) of an event log, with performance: the journey map.
 *
 * <p>Definition (process mining, as in van der Aalst, <i>Process Mining</i>, 2nd ed. 2016, §6.2, and PM4Py's
 * DFG): within each case, events ordered by timestamp then input order (see {@link EventLog}), an edge
 * {@code a -> b} is counted every time an event with activity b directly follows one with activity a. Each case
 * adds one to the start count of its first activity and one to the end count of its last. Per edge, the time
 * from the a event to the b event is summarised as a {@link DurationStats} (mean, median, p90, min, max,
 * sample standard deviation, in seconds). Per node: occurrences, starts, ends, the share of cases ending
 * there, and the mean NPS, CSAT and CES of its events.
 *
 * <p>Order: edges by count (descending), then from, then to; nodes, start and end maps by count (descending),
 * then name. Building takes O(events + edges) time, plus a selection per edge for the median and p90.
 *
 * @param cases the number of cases (journeys)
 * @param events the number of events
 * @param start the number of cases starting with each activity
 * @param end the number of cases ending with each activity
 * @param nodes every activity that occurs
 * @param edges every edge kept
 */
public record DirectlyFollowsGraph(long cases, long events, Map<String, Long> start, Map<String, Long> end,
        List<Node> nodes, List<Edge> edges) {

    /**
     * @param cases the number of cases (journeys)
     * @param events the number of events
     * @param start the number of cases starting with each activity
     * @param end the number of cases ending with each activity
     * @param nodes every activity that occurs
     * @param edges every edge kept
     * @throws IllegalArgumentException if a count is negative
     */
    public DirectlyFollowsGraph {
        if (cases < 0 || events < 0) {
            throw new IllegalArgumentException("cases and events must be at least 0, were " + cases + ", " + events);
        }
        start = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(start, "start")));
        end = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(end, "end")));
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * Builds the performance DFG of a log.
     *
     * @param log the event log
     * @return the graph
     */
    public static DirectlyFollowsGraph of(EventLog log) {
        int activities = log.activityCount();
        int n = log.eventCount();
        long[] starts = new long[activities];
        long[] ends = new long[activities];
        long[] occurrences = new long[activities];
        int[] pairEdge = new int[n];
        // Dense edge ids while the activity square is small, hashed otherwise: both avoid boxing.
        boolean dense = (long) activities * activities <= 1 << 16;
        int[] denseIds = dense ? new int[activities * activities] : new int[0];
        Arrays.fill(denseIds, -1);
        LongIntTable table = dense ? new LongIntTable(16) : new LongIntTable(activities * 4);
        int edgeCount = 0;
        int[] edgeFrom = new int[64];
        int[] edgeTo = new int[64];
        int[] counts = new int[64];
        for (int c = 0, cases = log.caseCount(); c < cases; c++) {
            int s = log.caseStart(c);
            int e = log.caseEnd(c);
            if (s == e) {
                continue;
            }
            starts[log.activity(s)]++;
            ends[log.activity(e - 1)]++;
            pairEdge[s] = -1;
            for (int k = s + 1; k < e; k++) {
                int a = log.activity(k - 1);
                int b = log.activity(k);
                int id;
                if (dense) {
                    int key = a * activities + b;
                    id = denseIds[key];
                    if (id < 0) {
                        id = edgeCount;
                        denseIds[key] = id;
                    }
                } else {
                    id = table.intern(((long) a << 32) | b);
                }
                if (id == edgeCount) {
                    if (edgeCount == counts.length) {
                        edgeFrom = Arrays.copyOf(edgeFrom, edgeCount * 2);
                        edgeTo = Arrays.copyOf(edgeTo, edgeCount * 2);
                        counts = Arrays.copyOf(counts, edgeCount * 2);
                    }
                    edgeFrom[id] = a;
                    edgeTo[id] = b;
                    edgeCount++;
                }
                counts[id]++;
                pairEdge[k] = id;
            }
        }
        int[] offsets = new int[edgeCount + 1];
        for (int id = 0; id < edgeCount; id++) {
            offsets[id + 1] = offsets[id] + counts[id];
        }
        long[] deltas = new long[offsets[edgeCount]];
        int[] fill = Arrays.copyOf(offsets, edgeCount);
        double[] npsSum = new double[activities];
        double[] csatSum = new double[activities];
        double[] cesSum = new double[activities];
        long[] npsN = new long[activities];
        long[] csatN = new long[activities];
        long[] cesN = new long[activities];
        boolean feedback = log.hasFeedback();
        for (int c = 0, cases = log.caseCount(); c < cases; c++) {
            int s = log.caseStart(c);
            int e = log.caseEnd(c);
            for (int k = s; k < e; k++) {
                int a = log.activity(k);
                occurrences[a]++;
                if (k > s) {
                    deltas[fill[pairEdge[k]]++] = log.timestampMicros(k) - log.timestampMicros(k - 1);
                }
                if (feedback) {
                    double v = log.nps(k);
                    if (v == v) {
                        npsSum[a] += v;
                        npsN[a]++;
                    }
                    v = log.csat(k);
                    if (v == v) {
                        csatSum[a] += v;
                        csatN[a]++;
                    }
                    v = log.ces(k);
                    if (v == v) {
                        cesSum[a] += v;
                        cesN[a]++;
                    }
                }
            }
        }
        List<Edge> edges = new ArrayList<>(edgeCount);
        for (int id = 0; id < edgeCount; id++) {
            edges.add(new Edge(log.activityName(edgeFrom[id]), log.activityName(edgeTo[id]), counts[id],
                    DurationStats.ofMicros(deltas, offsets[id], offsets[id + 1])));
        }
        edges.sort(EDGE_ORDER);
        long cases = 0;
        for (int c = 0; c < log.caseCount(); c++) {
            if (log.caseEnd(c) > log.caseStart(c)) {
                cases++;
            }
        }
        List<Node> nodes = new ArrayList<>(activities);
        for (int a = 0; a < activities; a++) {
            if (occurrences[a] == 0) {
                continue;
            }
            nodes.add(new Node(log.activityName(a), occurrences[a], starts[a], ends[a],
                    cases == 0 ? 0 : (double) ends[a] / cases, mean(npsSum[a], npsN[a]), mean(csatSum[a], csatN[a]),
                    mean(cesSum[a], cesN[a])));
        }
        nodes.sort(Comparator.comparingLong(Node::occurrences).reversed().thenComparing(Node::activity));
        return new DirectlyFollowsGraph(cases, n, countMap(log, starts), countMap(log, ends), nodes, edges);
    }

    private static final Comparator<Edge> EDGE_ORDER = Comparator.comparingLong(Edge::count).reversed()
            .thenComparing(Edge::from).thenComparing(Edge::to);

    private static OptionalDouble mean(double sum, long n) {
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / n);
    }

    private static Map<String, Long> countMap(EventLog log, long[] counts) {
        List<Integer> order = new ArrayList<>();
        for (int a = 0; a < counts.length; a++) {
            if (counts[a] > 0) {
                order.add(a);
            }
        }
        order.sort(Comparator.<Integer>comparingLong(a -> -counts[a]).thenComparing(log::activityName));
        Map<String, Long> out = new LinkedHashMap<>();
        for (int a : order) {
            out.put(log.activityName(a), counts[a]);
        }
        return out;
    }

    /**
     * The edge from {@code from} to {@code to}, if kept.
     *
     * @param from the earlier activity
     * @param to {@code to} in the description above
     * @return the edge from {@code from} to {@code to}, if kept
     */
    public Optional<Edge> edge(String from, String to) {
        for (Edge e : edges) {
            if (e.from().equals(from) && e.to().equals(to)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * The node of an activity, if it occurs.
     *
     * @param activity what happened (a touchpoint id, an activity name)
     * @return the node of an activity, if it occurs
     */
    public Optional<Node> node(String activity) {
        for (Node x : nodes) {
            if (x.activity().equals(activity)) {
                return Optional.of(x);
            }
        }
        return Optional.empty();
    }

    /**
     * The same map with only the edges seen at least {@code minCount} times: the usual simplification of a busy
     * map. Nodes, start and end counts are unchanged.
     *
     * @param minCount the minimum count an edge needs to be kept
     * @return the same map with only the edges seen at least {@code minCount} times: the usual simplification of a busy
     *         map
     * @throws IllegalArgumentException if minCount is below 1
     */
    public DirectlyFollowsGraph withMinEdgeCount(long minCount) {
        if (minCount < 1) {
            throw new IllegalArgumentException("minimum edge count must be at least 1, was " + minCount);
        }
        List<Edge> kept = new ArrayList<>();
        for (Edge e : edges) {
            if (e.count() >= minCount) {
                kept.add(e);
            }
        }
        return new DirectlyFollowsGraph(cases, events, start, end, nodes, kept);
    }
}
