package io.cxkit.journey.map;

import io.cxkit.journey.DurationStats;
import io.cxkit.journey.EventLog;
import io.cxkit.journey.internal.DurationMoments;
import io.cxkit.metrics.MergeableState;
import io.cxkit.metrics.StateFormatException;
import io.cxkit.metrics.service.QuantileSketch;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The mergeable state of a journey map ({@link DirectlyFollowsGraph}): per activity, its occurrences, start and end
 * counts and feedback sums; per directly-follows edge, its count, the exact moments of the time between the two
 * events, and a {@link QuantileSketch} of those times. Parts of an event log built on different workers merge into
 * the state of the whole log, and {@link #graph()} turns it into the map on the driver.
 *
 * <p><b>Cases are the unit.</b> Directly-follows pairs exist only within a case in time order, so a state adds
 * whole cases ({@link #add(EventLog)}: every case of the log must be complete). A case split across partitions
 * is first brought together by the engine: group the events by case (one shuffle of the events; each group holds
 * one case's events, so memory per worker is that of its largest case), order each group by timestamp then a
 * stable tie-break (an input sequence number when timestamps can be equal), and add the case. After that step
 * every state is count-shaped: its size grows with the distinct activities and edges (and, per edge, with the
 * sketch's buckets), not with the events, and states merge in any order.
 *
 * <p><b>Equality with the single-JVM map.</b> Case and event counts, node counts, start and end counts, edge
 * counts, mean, minimum, maximum and standard deviation of every edge, and the mean feedback of every node equal
 * {@link DirectlyFollowsGraph#of(EventLog)} exactly: sums of durations are exact integers (squares in 128 bits),
 * and feedback answers are floats, whose sums in a double are exact up to 2^29 answers per node, whatever the
 * order. The median and p90 of an edge come from the sketch (DDSketch, relative accuracy α, 1% by default,
 * see {@link QuantileSketch}), computed as the single-JVM map computes them (Hyndman &amp; Fan definition 7: the
 * order statistics of ranks ⌊h⌋ and ⌈h⌉, h = (n−1)p, interpolated) but with each order statistic read from the
 * sketch, within α of the exact one (the smallest and largest exactly). So the merged median m̂ is within α of the
 * exact median m: {@code |m̂ − m| ≤ α·m}, and likewise the p90; an edge seen once or twice gets them exactly.
 *
 * <p>The configuration is the name of what an activity is (for example {@code touchpoint} or {@code channel}:
 * the key function the engine applied, which the state cannot see) and the sketch's relative accuracy; states of
 * another configuration are refused. Durations above 10¹² seconds cannot be sketched. Not thread-safe.
 */
public final class JourneyMapState implements MergeableState<JourneyMapState> {
    /** The frame name of this state. */
    public static final String KIND = "journey-map";
    private static final int VERSION = 1;

    private final String activity;
    private final double relativeAccuracy;
    private long cases;
    private long events;
    private final TreeMap<String, NodeCounts> nodes = new TreeMap<>();
    private final TreeMap<String, TreeMap<String, EdgeCounts>> edges = new TreeMap<>();

    /** Per activity: occurrences, starts, ends, feedback sums and counts. */
    private static final class NodeCounts {
        long occurrences;
        long starts;
        long ends;
        final double[] sums = new double[3];
        final long[] answers = new long[3];

        void merge(NodeCounts o) {
            occurrences = Math.addExact(occurrences, o.occurrences);
            starts += o.starts;
            ends += o.ends;
            for (int k = 0; k < 3; k++) {
                sums[k] += o.sums[k];
                answers[k] += o.answers[k];
            }
        }
    }

    /** Per edge: the exact moments of the durations (n is the edge count) and their sketch, in seconds. */
    private static final class EdgeCounts {
        final DurationMoments moments;
        final QuantileSketch sketch;

        EdgeCounts(DurationMoments moments, QuantileSketch sketch) {
            this.moments = moments;
            this.sketch = sketch;
        }

        void add(long micros) {
            sketch.add(micros / 1e6);
            moments.add(micros);
        }

        void merge(EdgeCounts o) {
            moments.merge(o.moments);
            sketch.merge(o.sketch);
        }
    }

    /**
     * An empty state.
     *
     * @param activity what an activity is, e.g. {@code touchpoint}: recorded in the configuration so that maps of
     *        different activity keys never merge
     * @param relativeAccuracy the sketch's relative accuracy α of the edge medians and p90s, within [0.0001, 0.5]
     * @throws IllegalArgumentException if the activity name is blank or α is out of range
     */
    public JourneyMapState(String activity, double relativeAccuracy) {
        Objects.requireNonNull(activity, "activity must not be null");
        if (activity.isBlank()) {
            throw new IllegalArgumentException("activity name of a journey map state must not be blank");
        }
        new QuantileSketch(relativeAccuracy);
        this.activity = activity;
        this.relativeAccuracy = relativeAccuracy;
    }

    /**
     * An empty state whose edge quantiles have the default 1% relative accuracy.
     *
     * @param activity what an activity is, e.g. {@code touchpoint}
     * @return the state
     * @throws IllegalArgumentException if the activity name is blank
     */
    public static JourneyMapState of(String activity) {
        return new JourneyMapState(activity, QuantileSketch.DEFAULT_RELATIVE_ACCURACY);
    }

    /**
     * The sketch's relative accuracy α.
     *
     * @return the relative accuracy α given at construction
     */
    public double relativeAccuracy() {
        return relativeAccuracy;
    }

    /**
     * Adds every case of a log; each must be a complete case (all of its events, in the log's order). Adding the
     * cases of a log in parts, or a log's cases to different states that are then merged, gives the state of the
     * whole log.
     *
     * @param log complete cases
     * @throws IllegalArgumentException if a time between two events is beyond the sketch's 10¹² seconds; the
     *         state is then unchanged
     */
    public void add(EventLog log) {
        Objects.requireNonNull(log, "log must not be null");
        // Built apart and merged, so that a refused duration leaves the state as it was.
        JourneyMapState part = empty();
        NodeCounts[] byIndex = new NodeCounts[log.activityCount()];
        Map<Long, EdgeCounts> edgeByPair = new HashMap<>();
        for (int c = 0; c < log.caseCount(); c++) {
            int s = log.caseStart(c);
            int e = log.caseEnd(c);
            if (s == e) {
                continue;
            }
            part.cases++;
            part.events += e - s;
            part.node(byIndex, log, log.activity(s)).starts++;
            part.node(byIndex, log, log.activity(e - 1)).ends++;
            for (int k = s; k < e; k++) {
                int a = log.activity(k);
                NodeCounts n = part.node(byIndex, log, a);
                n.occurrences++;
                if (log.hasFeedback()) {
                    answer(n, 0, log.nps(k));
                    answer(n, 1, log.csat(k));
                    answer(n, 2, log.ces(k));
                }
                if (k > s) {
                    int from = log.activity(k - 1);
                    EdgeCounts edge = edgeByPair.computeIfAbsent(((long) from << 32) | a,
                            key -> part.edge(log.activityName(from), log.activityName(a)));
                    edge.add(log.timestampMicros(k) - log.timestampMicros(k - 1));
                }
            }
        }
        merge(part);
    }

    private static void answer(NodeCounts n, int k, double v) {
        if (v == v) {
            n.sums[k] += v;
            n.answers[k]++;
        }
    }

    private NodeCounts node(NodeCounts[] byIndex, EventLog log, int a) {
        NodeCounts n = byIndex[a];
        if (n == null) {
            n = nodes.computeIfAbsent(log.activityName(a), k -> new NodeCounts());
            byIndex[a] = n;
        }
        return n;
    }

    private EdgeCounts edge(String from, String to) {
        return edges.computeIfAbsent(from, k -> new TreeMap<>()).computeIfAbsent(to,
                k -> new EdgeCounts(new DurationMoments(), new QuantileSketch(relativeAccuracy)));
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public int version() {
        return VERSION;
    }

    @Override
    public Map<String, String> configuration() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("activity", activity);
        c.put("relative_accuracy", Double.toString(relativeAccuracy));
        return c;
    }

    @Override
    public JourneyMapState empty() {
        return new JourneyMapState(activity, relativeAccuracy);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if the states differ in activity or relative accuracy (naming both values)
     */
    @Override
    public void merge(JourneyMapState other) {
        MergeableState.requireSameConfiguration(this, other);
        JourneyMapState from = other == this ? MergeableState.copy(this) : other;
        cases += from.cases;
        events += from.events;
        from.nodes.forEach((a, n) -> nodes.computeIfAbsent(a, k -> new NodeCounts()).merge(n));
        from.edges.forEach((a, row) -> row.forEach((b, e) -> edge(a, b).merge(e)));
    }

    /** The number of (non-empty) cases added. */
    @Override
    public long count() {
        return cases;
    }

    /**
     * The number of events added.
     *
     * @return the events added, over all merges
     */
    public long events() {
        return events;
    }

    /**
     * The journey map of everything added, ordered as {@link DirectlyFollowsGraph} documents, with each edge's
     * median and p90 from the sketch (see the class description for their error) and every other figure exact.
     *
     * @return the map
     */
    public DirectlyFollowsGraph graph() {
        List<Node> nodeList = new ArrayList<>(nodes.size());
        nodes.forEach((a, n) -> nodeList.add(new Node(a, n.occurrences, n.starts, n.ends,
                cases == 0 ? 0 : (double) n.ends / cases, mean(n, 0), mean(n, 1), mean(n, 2))));
        nodeList.sort(Comparator.comparingLong(Node::occurrences).reversed().thenComparing(Node::activity));
        List<Edge> edgeList = new ArrayList<>();
        edges.forEach((a, row) -> row.forEach((b, e) -> {
            DurationMoments m = e.moments;
            edgeList.add(new Edge(a, b, m.n(), new DurationStats(m.n(), m.meanMicros() / 1e6,
                    quantile(e.sketch, 0.5), quantile(e.sketch, 0.9), m.min() / 1e6, m.max() / 1e6,
                    m.stdevMicros() / 1e6)));
        }));
        edgeList.sort(Comparator.comparingLong(Edge::count).reversed().thenComparing(Edge::from)
                .thenComparing(Edge::to));
        return new DirectlyFollowsGraph(cases, events, countMap(true), countMap(false), nodeList, edgeList);
    }

    /**
     * The p-quantile by Hyndman &amp; Fan definition 7, as {@link DurationStats} defines it, with the two order
     * statistics it interpolates between read from the sketch: each is within α of the exact one, so the
     * interpolation is within α of the exact quantile (a convex combination of the two errors).
     */
    static double quantile(QuantileSketch sketch, double p) {
        long n = sketch.count();
        double h = (n - 1) * p;
        long lo = (long) Math.floor(h);
        double xlo = orderStatistic(sketch, lo);
        if (lo + 1 >= n || h == lo) {
            return xlo;
        }
        return xlo + (h - lo) * (orderStatistic(sketch, lo + 1) - xlo);
    }

    /** The sketch's value of the order statistic of a rank: it answers rank ⌊p(n−1)⌋, so ask mid-rank. */
    private static double orderStatistic(QuantileSketch sketch, long rank) {
        long n = sketch.count();
        return n == 1 ? sketch.min() : sketch.quantile(Math.min(1.0, (rank + 0.5) / (n - 1)));
    }

    private static OptionalDouble mean(NodeCounts n, int k) {
        return n.answers[k] == 0 ? OptionalDouble.empty() : OptionalDouble.of(n.sums[k] / n.answers[k]);
    }

    private Map<String, Long> countMap(boolean starts) {
        List<Map.Entry<String, Long>> list = new ArrayList<>();
        nodes.forEach((a, n) -> {
            long v = starts ? n.starts : n.ends;
            if (v > 0) {
                list.add(Map.entry(a, v));
            }
        });
        list.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Long> out = new LinkedHashMap<>();
        list.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /**
     * Payload, version 1: long cases, long events; int nodes, per node by name: UTF name, long occurrences, starts,
     * ends, then per feedback kind (NPS, CSAT, CES) double sum and long answers; int edges, per edge by (from, to):
     * UTF from, UTF to, long n, sum, sqHi, sqLo, min, max (microseconds), the sketch
     * ({@link QuantileSketch#write}).
     */
    @Override
    public void writePayload(DataOutput out) throws IOException {
        out.writeLong(cases);
        out.writeLong(events);
        out.writeInt(nodes.size());
        for (Map.Entry<String, NodeCounts> e : nodes.entrySet()) {
            NodeCounts n = e.getValue();
            out.writeUTF(e.getKey());
            out.writeLong(n.occurrences);
            out.writeLong(n.starts);
            out.writeLong(n.ends);
            for (int k = 0; k < 3; k++) {
                out.writeDouble(n.sums[k]);
                out.writeLong(n.answers[k]);
            }
        }
        int edgeCount = 0;
        for (TreeMap<String, EdgeCounts> row : edges.values()) {
            edgeCount += row.size();
        }
        out.writeInt(edgeCount);
        for (Map.Entry<String, TreeMap<String, EdgeCounts>> row : edges.entrySet()) {
            for (Map.Entry<String, EdgeCounts> e : row.getValue().entrySet()) {
                DurationMoments m = e.getValue().moments;
                out.writeUTF(row.getKey());
                out.writeUTF(e.getKey());
                out.writeLong(m.n());
                out.writeLong(m.sum());
                out.writeLong(m.sqHi());
                out.writeLong(m.sqLo());
                out.writeLong(m.min());
                out.writeLong(m.max());
                e.getValue().sketch.write(out);
            }
        }
    }

    @Override
    public JourneyMapState readPayload(DataInput in, int version) throws IOException {
        JourneyMapState s = empty();
        s.cases = MergeableState.readCount(in, "journey map cases", Long.MAX_VALUE);
        s.events = MergeableState.readCount(in, "journey map events", Long.MAX_VALUE);
        int n = MergeableState.readSize(in, "journey map nodes", Integer.MAX_VALUE);
        long occurrences = 0;
        long starts = 0;
        long ends = 0;
        String previous = null;
        for (int i = 0; i < n; i++) {
            String a = in.readUTF();
            if (previous != null && previous.compareTo(a) >= 0) {
                throw new StateFormatException("journey map node '" + a + "' is out of order");
            }
            previous = a;
            NodeCounts c = new NodeCounts();
            c.occurrences = MergeableState.readCount(in, "occurrences of " + a, s.events);
            c.starts = MergeableState.readCount(in, "starts of " + a, s.cases);
            c.ends = MergeableState.readCount(in, "ends of " + a, s.cases);
            for (int k = 0; k < 3; k++) {
                c.sums[k] = in.readDouble();
                c.answers[k] = MergeableState.readCount(in, "feedback answers of " + a, c.occurrences);
                if (!Double.isFinite(c.sums[k]) || c.sums[k] < 0) {
                    throw new StateFormatException("feedback sum of " + a + " must be finite and >= 0, was "
                            + c.sums[k]);
                }
            }
            if (c.occurrences == 0) {
                throw new StateFormatException("journey map node '" + a + "' has no occurrence");
            }
            occurrences += c.occurrences;
            starts += c.starts;
            ends += c.ends;
            s.nodes.put(a, c);
        }
        if (occurrences != s.events || starts != s.cases || ends != s.cases) {
            throw new StateFormatException("journey map nodes hold " + occurrences + " events, " + starts
                    + " starts and " + ends + " ends, but the state counts " + s.events + " events and " + s.cases
                    + " cases");
        }
        int m = MergeableState.readSize(in, "journey map edges", Integer.MAX_VALUE);
        String[] last = null;
        for (int i = 0; i < m; i++) {
            String a = in.readUTF();
            String b = in.readUTF();
            if (!s.nodes.containsKey(a) || !s.nodes.containsKey(b) || (last != null && (last[0].compareTo(a) > 0
                    || (last[0].equals(a) && last[1].compareTo(b) >= 0)))) {
                throw new StateFormatException("journey map edge " + a + " -> " + b
                        + " is out of order or joins an unknown activity");
            }
            last = new String[] {a, b};
            DurationMoments moments = DurationMoments.of(in.readLong(), in.readLong(), in.readLong(),
                    in.readLong(), in.readLong(), in.readLong());
            if (moments == null || moments.min() < 0 || moments.n() > s.events) {
                throw new StateFormatException("journey map edge " + a + " -> " + b
                        + " has inconsistent duration moments");
            }
            QuantileSketch sketch = QuantileSketch.read(in);
            if (sketch.relativeAccuracy() != relativeAccuracy || sketch.count() != moments.n()
                    || sketch.min() != moments.min() / 1e6 || sketch.max() != moments.max() / 1e6) {
                throw new StateFormatException("journey map edge " + a + " -> " + b + " has a sketch of "
                        + sketch.count() + " values at accuracy " + sketch.relativeAccuracy() + " for "
                        + moments.n() + " durations at " + relativeAccuracy);
            }
            s.edges.computeIfAbsent(a, k -> new TreeMap<>()).put(b, new EdgeCounts(moments, sketch));
        }
        return s;
    }

    @Override
    public String toString() {
        return "JourneyMapState[" + configuration() + ", cases=" + cases + ", events=" + events + "]";
    }
}
