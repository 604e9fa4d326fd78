package io.cxkit.journey.attribution;

import io.cxkit.journey.internal.LongIntTable;
import java.util.Arrays;
import java.util.List;

/**
 * The order-k Markov chain fitted to aggregated paths, as ChannelAttribution defines it (journey.md): after
 * consecutive repeats collapse, a path of L channels becomes the states formed by its L−k+1 windows of k
 * consecutive channels, or, when L &lt; k, one state holding the whole (shorter) path. Every transition of a
 * path, from (start) through its states, carries {@code conversions + nulls}; its last state then sends
 * {@code conversions} to (conversion) and {@code nulls} to (null). Probabilities are the weights divided by each
 * state's total outgoing weight (maximum likelihood).
 *
 * <p>Held in compressed sparse rows; state 0 is (start); the two absorbing states are kept as per-state
 * weights rather than columns.
 */
final class MarkovChain {
    static final int START = 0;
    /** Channel ids are packed into 16-bit slots of a long, four per window; 0 marks an empty slot. */
    static final int MAX_CHANNELS = 65_534;
    private static final long START_KEY = -1L;
    /** The most window codes (windows of 1..k channels) for which states are looked up in a plain array. */
    private static final int DENSE_STATE_CODES = 1 << 16;

    final int order;
    final ChannelIndex channels;
    final int states;
    /** Channels of state s: {@code stateChannels[stateOffset[s] .. stateOffset[s + 1])}. */
    final int[] stateOffset;
    final int[] stateChannels;
    final int[] rowStart;
    final int[] col;
    final double[] weight;
    final double[] prob;
    final double[] convWeight;
    final double[] nullWeight;
    /** Probability of stepping from s to (conversion). */
    final double[] convProb;
    /** Expected value gained in the step from s: P(s → conversion) × mean value of a conversion whose last
     * channel is the last channel of s. */
    final double[] valueRate;
    /** Per channel, the states that contain it (removing the channel removes all of them). */
    final int[][] statesWithChannel;
    final double totalConversions;
    final double totalValue;
    final double totalNulls;

    private MarkovChain(int order, ChannelIndex channels, Builder b) {
        this.order = order;
        this.channels = channels;
        this.states = b.stateCount;
        this.stateOffset = Arrays.copyOf(b.stateOffset, states + 1);
        this.stateChannels = Arrays.copyOf(b.stateChannels, stateOffset[states]);
        this.convWeight = Arrays.copyOf(b.convWeight, states);
        this.nullWeight = Arrays.copyOf(b.nullWeight, states);
        this.totalConversions = b.totalConversions;
        this.totalValue = b.totalValue;
        this.totalNulls = b.totalNulls;

        int edges = b.edgeCount;
        rowStart = new int[states + 1];
        for (int e = 0; e < edges; e++) {
            rowStart[b.edgeFrom[e] + 1]++;
        }
        for (int s = 0; s < states; s++) {
            rowStart[s + 1] += rowStart[s];
        }
        col = new int[edges];
        weight = new double[edges];
        int[] fill = Arrays.copyOf(rowStart, states);
        for (int e = 0; e < edges; e++) {
            int at = fill[b.edgeFrom[e]]++;
            col[at] = b.edgeTo[e];
            weight[at] = b.edgeWeight[e];
        }
        prob = new double[edges];
        convProb = new double[states];
        valueRate = new double[states];
        double[] meanValue = new double[channels.size()];
        for (int c = 0; c < meanValue.length; c++) {
            meanValue[c] = b.lastConversions[c] > 0 ? b.lastValue[c] / b.lastConversions[c] : 0;
        }
        for (int s = 0; s < states; s++) {
            double out = convWeight[s] + nullWeight[s];
            for (int e = rowStart[s]; e < rowStart[s + 1]; e++) {
                out += weight[e];
            }
            if (out > 0) {
                for (int e = rowStart[s]; e < rowStart[s + 1]; e++) {
                    prob[e] = weight[e] / out;
                }
                convProb[s] = convWeight[s] / out;
                if (s != START) {
                    valueRate[s] = convProb[s] * meanValue[stateChannels[stateOffset[s + 1] - 1]];
                }
            }
        }
        int[] counts = new int[channels.size()];
        for (int s = 1; s < states; s++) {
            for (int i = stateOffset[s]; i < stateOffset[s + 1]; i++) {
                if (!contains(s, stateChannels[i], i)) {
                    counts[stateChannels[i]]++;
                }
            }
        }
        statesWithChannel = new int[channels.size()][];
        for (int c = 0; c < counts.length; c++) {
            statesWithChannel[c] = new int[counts[c]];
            counts[c] = 0;
        }
        for (int s = 1; s < states; s++) {
            for (int i = stateOffset[s]; i < stateOffset[s + 1]; i++) {
                int c = stateChannels[i];
                if (!contains(s, c, i)) {
                    statesWithChannel[c][counts[c]++] = s;
                }
            }
        }
    }

    /** True if channel c occurs in state s before position {@code before} (so each state is listed once). */
    private boolean contains(int s, int c, int before) {
        for (int i = stateOffset[s]; i < before; i++) {
            if (stateChannels[i] == c) {
                return true;
            }
        }
        return false;
    }

    /**
     * Fits the chain.
     *
     * @throws IllegalArgumentException if the order is outside 1..4 or there are more than 65,534 channels
     */
    static MarkovChain fit(List<ConversionPath> paths, int order) {
        return fit(paths, order, DENSE_STATE_CODES);
    }

    /**
     * Fits the chain, looking states and edges up in plain arrays when there are at most {@code denseCodes}
     * window codes and in hash tables otherwise (both give the same chain; tests compare them).
     */
    static MarkovChain fit(List<ConversionPath> paths, int order, int denseCodes) {
        if (order < 1 || order > 4) {
            throw new IllegalArgumentException("order must be within 1..4, was " + order);
        }
        // One hash lookup per touch: the ids of all paths, back to back.
        ChannelIndex index = new ChannelIndex();
        int touches = 0;
        for (int p = 0; p < paths.size(); p++) {
            touches += paths.get(p).channels().size();
        }
        int[] ids = new int[touches];
        int at = 0;
        for (int p = 0; p < paths.size(); p++) {
            List<String> cs = paths.get(p).channels();
            for (int i = 0; i < cs.size(); i++) {
                ids[at++] = index.id(cs.get(i));
            }
        }
        if (index.size() > MAX_CHANNELS) {
            throw new IllegalArgumentException("at most " + MAX_CHANNELS + " channels are supported, were "
                    + index.size());
        }
        Builder b = new Builder(paths.size(), index.size(), order, denseCodes);
        int[] buf = new int[16];
        at = 0;
        for (int p = 0; p < paths.size(); p++) {
            ConversionPath path = paths.get(p);
            int size = path.channels().size();
            if (buf.length < size) {
                buf = new int[size * 2];
            }
            int len = 0;
            for (int i = 0; i < size; i++) {
                int id = ids[at++];
                if (len == 0 || buf[len - 1] != id) {
                    buf[len++] = id;
                }
            }
            b.totalConversions += path.conversions();
            b.totalValue += path.value();
            b.totalNulls += path.nulls();
            b.lastConversions[buf[len - 1]] += path.conversions();
            b.lastValue[buf[len - 1]] += path.value();
            double w = path.journeys();
            if (w == 0) {
                continue;
            }
            int windows = len >= order ? len - order + 1 : 1;
            int width = Math.min(order, len);
            int prev = START;
            for (int i = 0; i < windows; i++) {
                int s = b.state(buf, i, width);
                b.edge(prev, s, buf[i + width - 1], w);
                prev = s;
            }
            b.convWeight[prev] += path.conversions();
            b.nullWeight[prev] += path.nulls();
        }
        return new MarkovChain(order, index, b);
    }

    /** The state's name: its channels joined by {@code ","}, or (start). */
    String label(int s) {
        if (s == START) {
            return "(start)";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = stateOffset[s]; i < stateOffset[s + 1]; i++) {
            if (i > stateOffset[s]) {
                sb.append(',');
            }
            sb.append(channels.name(stateChannels[i]));
        }
        return sb.toString();
    }

    /** Growable arrays used while fitting. */
    private static final class Builder {
        final LongIntTable stateIds;
        /** With few channels, the state of each window code (mixed radix, one offset per width), or -1. */
        final int[] denseState;
        final int radix;
        final int[] widthOffset;
        /** With dense states, the edge from (start) to each state, and from state s on adding channel c
         * ({@code s * radix + c}: the next window is determined by them), or -1. */
        int[] startEdge;
        int[] nextEdge;
        final LongIntTable edgeIds;
        int stateCount;
        int[] stateOffset = new int[64];
        int[] stateChannels = new int[256];
        double[] convWeight = new double[64];
        double[] nullWeight = new double[64];
        int edgeCount;
        int[] edgeFrom = new int[256];
        int[] edgeTo = new int[256];
        double[] edgeWeight = new double[256];
        final double[] lastConversions;
        final double[] lastValue;
        double totalConversions;
        double totalValue;
        double totalNulls;

        Builder(int paths, int channelCount, int order, int denseCodes) {
            radix = channelCount;
            widthOffset = new int[order + 1];
            long codes = 0;
            long span = 1;
            for (int w = 1; w <= order; w++) {
                widthOffset[w] = (int) Math.min(codes, Integer.MAX_VALUE);
                span *= channelCount;
                codes += span;
                if (codes > denseCodes) {
                    break;
                }
            }
            // The hash table costs a cache miss per window; when every window has a small code, an array
            // indexed by it does not.
            if (codes <= denseCodes) {
                denseState = new int[(int) codes];
                Arrays.fill(denseState, -1);
                startEdge = new int[64];
                Arrays.fill(startEdge, -1);
                nextEdge = new int[64 * channelCount];
                Arrays.fill(nextEdge, -1);
            } else {
                denseState = null;
            }
            stateIds = new LongIntTable(denseState != null ? 16 : Math.max(16, paths));
            edgeIds = new LongIntTable(denseState != null ? 16 : Math.max(16, paths * 2));
            lastConversions = new double[channelCount];
            lastValue = new double[channelCount];
            stateIds.intern(START_KEY);
            stateCount = 1;
        }

        int state(int[] buf, int from, int width) {
            int id;
            if (denseState != null) {
                int code = 0;
                for (int j = width - 1; j >= 0; j--) {
                    code = code * radix + buf[from + j];
                }
                code += widthOffset[width];
                id = denseState[code];
                if (id < 0) {
                    id = stateCount;
                    denseState[code] = id;
                }
            } else {
                long key = 0;
                for (int j = 0; j < width; j++) {
                    key |= (long) (buf[from + j] + 1) << (16 * j);
                }
                id = stateIds.intern(key);
            }
            if (id == stateCount) {
                if (stateCount + 2 > stateOffset.length) {
                    stateOffset = Arrays.copyOf(stateOffset, stateOffset.length * 2);
                    convWeight = Arrays.copyOf(convWeight, stateOffset.length);
                    nullWeight = Arrays.copyOf(nullWeight, stateOffset.length);
                }
                int at = stateOffset[stateCount];
                if (at + width > stateChannels.length) {
                    stateChannels = Arrays.copyOf(stateChannels, stateChannels.length * 2 + width);
                }
                System.arraycopy(buf, from, stateChannels, at, width);
                stateOffset[stateCount + 1] = at + width;
                stateCount++;
            }
            return id;
        }

        void edge(int from, int to, int lastChannel, double w) {
            int id;
            if (denseState != null) {
                if (to >= startEdge.length || (from + 1) * radix > nextEdge.length) {
                    int cap = Math.max(startEdge.length, Math.max(to, from) + 1) * 2;
                    int old = startEdge.length;
                    startEdge = Arrays.copyOf(startEdge, cap);
                    Arrays.fill(startEdge, old, cap, -1);
                    int oldNext = nextEdge.length;
                    nextEdge = Arrays.copyOf(nextEdge, cap * radix);
                    Arrays.fill(nextEdge, oldNext, nextEdge.length, -1);
                }
                int slot = from == START ? to : from * radix + lastChannel;
                int[] table = from == START ? startEdge : nextEdge;
                id = table[slot];
                if (id < 0) {
                    id = edgeCount;
                    table[slot] = id;
                }
            } else {
                id = edgeIds.intern(((long) from << 32) | to);
            }
            if (id == edgeCount) {
                if (edgeCount == edgeFrom.length) {
                    int cap = edgeCount * 2;
                    edgeFrom = Arrays.copyOf(edgeFrom, cap);
                    edgeTo = Arrays.copyOf(edgeTo, cap);
                    edgeWeight = Arrays.copyOf(edgeWeight, cap);
                }
                edgeFrom[id] = from;
                edgeTo[id] = to;
                edgeCount++;
            }
            edgeWeight[id] += w;
        }
    }
}
