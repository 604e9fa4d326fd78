package io.cxkit.cli;

import io.cxkit.core.Channel;
import io.cxkit.core.io.Column;
import io.cxkit.core.io.InteractionFormat;
import io.cxkit.core.io.ReadPolicy;
import io.cxkit.core.io.Row;
import io.cxkit.core.io.RowRejectedException;
import io.cxkit.core.io.TabularSource;
import io.cxkit.core.io.TextDictionary;
import io.cxkit.metrics.Accumulator;
import io.cxkit.metrics.Metric;
import io.cxkit.metrics.breakdown.Breakdown;
import io.cxkit.metrics.breakdown.Dimension;
import io.cxkit.metrics.survey.Ces;
import io.cxkit.metrics.survey.CesAgree;
import io.cxkit.metrics.survey.Csat;
import io.cxkit.metrics.survey.CsatMean;
import io.cxkit.metrics.survey.MeanAccumulator;
import io.cxkit.metrics.survey.Nps;
import io.cxkit.metrics.survey.NpsAccumulator;
import io.cxkit.metrics.survey.ShareAccumulator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The columnar path of {@code cx metrics}: when every metric asked for is a survey metric read from one column
 * (NPS, CSAT, CSAT mean, CES, CES agree), overall or by channel, of one CSV file, only the score columns and the
 * channel are read, straight from the bytes into primitive columns: the channel as a dictionary number, each
 * score as a byte. Batches of those columns go to the accumulators' grouped entry points
 * ({@link NpsAccumulator#addScoresGrouped}, {@link ShareAccumulator#addScoresGrouped},
 * {@link MeanAccumulator#addScoresGrouped}) with every processor; no interaction, and no string per row, is
 * made. The columns read are checked as the full reader checks them (a blank channel, a score that is not a
 * whole number on its scale reject the row, with its line); the other columns of a row are not read, as in any
 * columnar reader's projection. The states are merged into the same {@link Breakdown} the interaction path
 * fills, so the output is that of the full read on valid data. Every other question (service metrics, other
 * dimensions, JSON Lines, several sources, a mapping of fields the projection does not read) reads interactions.
 */
final class ProjectedRead {
    /** Rows per batch handed to an accumulator: a few kilobytes of columns, resident in the first-level cache. */
    private static final int BATCH = 4096;
    /** The fields this read can be told about by a mapping. */
    private static final Set<String> FIELDS = Set.of("nps", "csat", "csat_scale", "ces", "channel");

    private ProjectedRead() {
    }

    /** Which column a metric reads, and how its batches reach its accumulators. */
    private enum Kind {
        NPS, CSAT_SHARE, CSAT_MEAN, CES_SHARE, CES_MEAN;

        static Optional<Kind> of(Metric<?> m) {
            if (m instanceof Nps) {
                return Optional.of(NPS);
            }
            if (m instanceof Csat) {
                return Optional.of(CSAT_SHARE);
            }
            if (m instanceof CsatMean) {
                return Optional.of(CSAT_MEAN);
            }
            if (m instanceof Ces) {
                return Optional.of(CES_MEAN);
            }
            if (m instanceof CesAgree) {
                return Optional.of(CES_SHARE);
            }
            return Optional.empty();
        }

        boolean csat() {
            return this == CSAT_SHARE || this == CSAT_MEAN;
        }

        boolean ces() {
            return this == CES_SHARE || this == CES_MEAN;
        }
    }

    /**
     * The breakdown read by projection, or empty when the question needs more than the projection reads.
     *
     * @throws InputException as {@link InteractionStream#read}
     * @throws UsageException as {@link InteractionStream#read}
     */
    static Optional<Breakdown> read(Optional<Path> input, SourceOptions options, List<Metric<?>> metrics,
            List<Dimension> dims, PrintWriter err) {
        boolean byChannel = dims.size() == 1 && dims.get(0).name().equals("channel");
        if (input.isEmpty() || options.sources().isPresent() || metrics.isEmpty()
                || !(dims.isEmpty() || byChannel)) {
            return Optional.empty();
        }
        Kind[] kinds = new Kind[metrics.size()];
        for (int m = 0; m < kinds.length; m++) {
            Optional<Kind> k = Kind.of(metrics.get(m));
            if (k.isEmpty()) {
                return Optional.empty();
            }
            kinds[m] = k.get();
        }
        Path f = input.get();
        try {
            if (InteractionFormat.forPath(f) != InteractionFormat.CSV) {
                return Optional.empty();
            }
            if (!FIELDS.containsAll(options.mapping().fields().keySet())) {
                return Optional.empty();
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        TabularSource source = TabularSource.builder().mapping(options.mapping()).policy(ReadPolicy.SKIP_AND_REPORT)
                .build();
        int threads = Runtime.getRuntime().availableProcessors();
        Progress progress = Progress.current();
        Progress.Reading meter = progress.reading(f.toString(),
                progress.isShown() ? Progress.estimatedRecords(f) : 0, true);
        TabularSource.ChunkedRead<Chunk> read = InteractionStream.guarded(f,
                () -> source.readInParallel(f, threads, () -> new Chunk(metrics, kinds), (chunk, header) -> {
                    io.cxkit.core.io.RowMapper rows = chunk.bind(header, byChannel);
                    return row -> {
                        rows.map(row);
                        meter.record();
                    };
                }));
        meter.finish();
        progress.done();
        InteractionStream.summarise(f, read.report(), err);
        Breakdown b = Breakdown.of(metrics, dims);
        for (Chunk chunk : read.states()) {
            chunk.flush();
            for (int g = 0; g < chunk.groupNames.size(); g++) {
                List<Accumulator<?>> states = new ArrayList<>(metrics.size());
                for (int m = 0; m < metrics.size(); m++) {
                    states.add(chunk.states[m][g]);
                }
                b.mergeGroup(byChannel ? List.of(chunk.groupNames.get(g)) : List.of(), states);
            }
        }
        return Optional.of(b);
    }

    /** One chunk's columns and states: one batch and one accumulator per group for each metric. */
    private static final class Chunk {
        private final List<Metric<?>> metrics;
        private final Kind[] kinds;
        private final TextDictionary values = new TextDictionary();
        /** The group of each dictionary number, or -1 before it is first met. */
        private int[] groupOfValue = new int[16];
        private final Map<String, Integer> groupOfName = new HashMap<>();
        private final List<String> groupNames = new ArrayList<>();
        /** {@code states[metric][group]}, arrays of the accumulator's own type and of exactly the groups' size. */
        private final Accumulator<?>[][] states;
        private final int[][] groups;
        private final byte[][] scores;
        private final int[] filled;
        private final int[] scales;

        Chunk(List<Metric<?>> metrics, Kind[] kinds) {
            this.metrics = metrics;
            this.kinds = kinds;
            int m = metrics.size();
            states = new Accumulator<?>[m][];
            groups = new int[m][BATCH];
            scores = new byte[m][BATCH];
            filled = new int[m];
            scales = new int[m];
            for (int k = 0; k < m; k++) {
                states[k] = switch (kinds[k]) {
                    case NPS -> new NpsAccumulator[0];
                    case CSAT_SHARE, CES_SHARE -> new ShareAccumulator[0];
                    case CSAT_MEAN, CES_MEAN -> new MeanAccumulator[0];
                };
            }
            Arrays.fill(groupOfValue, -1);
        }

        io.cxkit.core.io.RowMapper bind(io.cxkit.core.io.Header header, boolean byChannel)
                throws RowRejectedException {
            boolean wantNps = false;
            boolean wantCsat = false;
            boolean wantCes = false;
            for (Kind k : kinds) {
                wantNps |= k == Kind.NPS;
                wantCsat |= k.csat();
                wantCes |= k.ces();
            }
            Column channel = byChannel ? header.require("channel") : null;
            Column nps = wantNps ? header.optional("nps").orElse(null) : null;
            Column csat = wantCsat ? header.optional("csat").orElse(null) : null;
            Column csatScale = wantCsat ? header.optional("csat_scale").orElse(null) : null;
            Column ces = wantCes ? header.optional("ces").orElse(null) : null;
            return row -> {
                int group = channel == null ? groupOf("") : groupOf(row, channel);
                int npsScore = nps == null || row.isBlank(nps) ? -1 : score(row, nps, "nps score", 0, 10);
                int csatValue = -1;
                int scale = io.cxkit.core.Feedback.Csat.DEFAULT_SCALE;
                if (csat != null && !row.isBlank(csat)) {
                    long s = row.wholeNumber(csat);
                    if (csatScale != null && !row.isBlank(csatScale)) {
                        long sc = row.wholeNumber(csatScale);
                        if (sc < 2 || sc > 10) {
                            // As the full reader: when both are bad, the scale is blamed first.
                            throw row.reject(csatScale, "csat_scale must be within 2..10, was " + sc);
                        }
                        scale = (int) sc;
                    }
                    if (s < 1 || s > scale) {
                        throw row.reject(csat, "csat score must be within 1.." + scale + ", was " + s);
                    }
                    csatValue = (int) s;
                }
                int cesScore = ces == null || row.isBlank(ces) ? -1 : score(row, ces, "ces score", 1, 7);
                // Every column of the row is checked before any is counted: a rejected row counts nowhere.
                for (int m = 0; m < kinds.length; m++) {
                    switch (kinds[m]) {
                        case NPS -> push(m, group, npsScore, 10);
                        case CSAT_SHARE, CSAT_MEAN -> push(m, group, csatValue, scale);
                        case CES_SHARE, CES_MEAN -> push(m, group, cesScore, 7);
                        default -> throw new IllegalStateException();
                    }
                }
            };
        }

        private static int score(Row row, Column c, String what, int lowest, int highest)
                throws RowRejectedException {
            long v = row.wholeNumber(c);
            if (v < lowest || v > highest) {
                throw row.reject(c, what + " must be within " + lowest + ".." + highest + ", was " + v);
            }
            return (int) v;
        }

        /** The group of the row's channel: its dictionary number, then the channel's name, once per value. */
        private int groupOf(Row row, Column channel) throws RowRejectedException {
            int id = row.textId(channel, values);
            if (id < groupOfValue.length) {
                int g = groupOfValue[id];
                if (g >= 0) {
                    return g;
                }
            } else {
                int old = groupOfValue.length;
                groupOfValue = Arrays.copyOf(groupOfValue, Math.max(old * 2, id + 1));
                Arrays.fill(groupOfValue, old, groupOfValue.length, -1);
            }
            String name;
            try {
                name = Channel.of(values.text(id)).name();
            } catch (IllegalArgumentException e) {
                // Not remembered: an invalid channel is rare, and each of its rows is rejected with its line.
                throw row.reject(channel, e.getMessage());
            }
            int g = groupOf(name);
            groupOfValue[id] = g;
            return g;
        }

        /** The group of a name, made (with a fresh accumulator per metric) when first met. */
        private int groupOf(String name) {
            Integer g = groupOfName.get(name);
            if (g != null) {
                return g;
            }
            int n = groupNames.size();
            groupNames.add(name);
            groupOfName.put(name, n);
            for (int m = 0; m < states.length; m++) {
                Accumulator<?>[] grown = Arrays.copyOf(states[m], n + 1);
                grown[n] = metrics.get(m).newAccumulator();
                states[m] = grown;
            }
            return n;
        }

        /** Appends a score to metric {@code m}'s batch; -1 is no answer. A new scale flushes first. */
        private void push(int m, int group, int score, int scale) {
            if (score < 0) {
                return;
            }
            if (filled[m] == BATCH || (filled[m] > 0 && scales[m] != scale)) {
                flush(m);
            }
            scales[m] = scale;
            groups[m][filled[m]] = group;
            scores[m][filled[m]] = (byte) score;
            filled[m]++;
        }

        void flush() {
            for (int m = 0; m < kinds.length; m++) {
                flush(m);
            }
        }

        private void flush(int m) {
            int n = filled[m];
            if (n == 0) {
                return;
            }
            switch (kinds[m]) {
                case NPS -> NpsAccumulator.addScoresGrouped(scores[m], groups[m], 0, n,
                        (NpsAccumulator[]) states[m]);
                case CSAT_SHARE, CES_SHARE -> ShareAccumulator.addScoresGrouped(scores[m], scales[m], groups[m], 0,
                        n, (ShareAccumulator[]) states[m]);
                case CSAT_MEAN, CES_MEAN -> MeanAccumulator.addScoresGrouped(scores[m], scales[m], groups[m], 0, n,
                        (MeanAccumulator[]) states[m]);
                default -> throw new IllegalStateException();
            }
            filled[m] = 0;
        }
    }
}
