package io.cxkit.cli;

import io.cxkit.core.Channel;
import io.cxkit.core.io.Column;
import io.cxkit.core.io.InteractionFormat;
import io.cxkit.core.io.ReadPolicy;
import io.cxkit.core.io.TabularSource;
import io.cxkit.metrics.Metric;
import io.cxkit.metrics.breakdown.Breakdown;
import io.cxkit.metrics.breakdown.Dimension;
import io.cxkit.metrics.survey.Nps;
import io.cxkit.metrics.survey.NpsAccumulator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columnar path of {@code cx metrics}: when the question is NPS, overall or by channel, of a CSV file, only
 * the {@code nps} and {@code channel} columns are read, straight from the bytes into one NPS accumulator per
 * channel, with every processor, and no interaction is built. Those two columns are checked as the full reader
 * checks them (a blank channel, a score that is not a whole number within 0..10 reject the row, with its line);
 * the other columns of a row are not read, as in any columnar reader's projection. The states are merged into
 * the same {@link Breakdown} the interaction path fills, so the output is that of the full read on valid data.
 */
final class ProjectedRead {
    private ProjectedRead() {
    }

    /**
     * The breakdown read by projection, or empty when the question needs more than the projection reads (other
     * metrics or dimensions, JSON Lines, several sources, the embedded sample).
     *
     * @throws InputException as {@link InteractionStream#read}
     * @throws UsageException as {@link InteractionStream#read}
     */
    static Optional<Breakdown> npsByChannel(Optional<Path> input, SourceOptions options, List<Metric<?>> metrics,
            List<Dimension> dims, PrintWriter err) {
        boolean byChannel = dims.size() == 1 && dims.get(0).name().equals("channel");
        if (input.isEmpty() || options.sources().isPresent() || metrics.size() != 1
                || !(metrics.get(0) instanceof Nps) || !(dims.isEmpty() || byChannel)) {
            return Optional.empty();
        }
        Path f = input.get();
        try {
            if (InteractionFormat.forPath(f) != InteractionFormat.CSV) {
                return Optional.empty();
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Metric<?> nps = metrics.get(0);
        TabularSource source = TabularSource.builder().mapping(options.mapping()).policy(ReadPolicy.SKIP_AND_REPORT)
                .build();
        int threads = Runtime.getRuntime().availableProcessors();
        Progress progress = Progress.current();
        Progress.Reading meter = progress.reading(f.toString(),
                progress.isShown() ? Progress.estimatedRecords(f) : 0, true);
        TabularSource.ChunkedRead<Map<String, NpsAccumulator>> read = InteractionStream.guarded(f,
                () -> source.readInParallel(f, threads, LinkedHashMap::new, (groups, header) -> {
                    Column score = header.require("nps");
                    Optional<Column> channel = byChannel ? Optional.of(header.require("channel"))
                            : Optional.empty();
                    Map<String, String> names = new HashMap<>();
                    return row -> {
                        String key = "";
                        if (channel.isPresent()) {
                            String raw = row.text(channel.get());
                            key = names.get(raw);
                            if (key == null) {
                                try {
                                    key = Channel.of(raw).name();
                                } catch (IllegalArgumentException e) {
                                    throw row.reject(channel.get(), e.getMessage());
                                }
                                names.put(raw, key);
                            }
                        }
                        NpsAccumulator acc = groups.computeIfAbsent(key, k -> (NpsAccumulator) nps.newAccumulator());
                        if (!row.isBlank(score)) {
                            long v = row.wholeNumber(score);
                            if (v < 0 || v > 10) {
                                throw row.reject(score, "nps score must be within 0..10, was " + v);
                            }
                            acc.addScore((int) v);
                        }
                        meter.record();
                    };
                }));
        meter.finish();
        progress.done();
        InteractionStream.summarise(f, read.report(), err);
        Breakdown b = Breakdown.of(metrics, dims);
        for (Map<String, NpsAccumulator> chunk : read.states()) {
            for (Map.Entry<String, NpsAccumulator> e : chunk.entrySet()) {
                b.mergeGroup(byChannel ? List.of(e.getKey()) : List.of(), List.of(e.getValue()));
            }
        }
        return Optional.of(b);
    }
}
