package io.cxkit.cli.segments;

import io.cxkit.cli.InputException;
import io.cxkit.cli.UsageException;
import io.cxkit.core.Interaction;
import io.cxkit.core.io.Column;
import io.cxkit.core.io.Dialect;
import io.cxkit.core.io.ReadFailedException;
import io.cxkit.core.io.ReadPolicy;
import io.cxkit.core.io.ReadReport;
import io.cxkit.core.io.TabularSource;
import io.cxkit.metrics.breakdown.Dimension;
import io.cxkit.segments.FeatureTable;
import io.cxkit.segments.Personas;
import io.cxkit.segments.Rfm;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Segments as a breakdown dimension for {@code cx metrics}: {@code --by segment=rfm} computes each customer's
 * RFM segment in a first pass over the input, and {@code --segments FILE} joins a file of
 * {@code customer_id,segment} rows (any dialect, through the tabular source). Interactions of customers without
 * a segment fall in {@code (none)}.
 */
public final class SegmentDimensions {
    /** The {@code --by} value that asks for RFM segments. */
    public static final String RFM = "segment=rfm";

    private SegmentDimensions() {
    }

    /**
     * The {@code --by} values other than the segment ones, which {@link #dimensions} handles.
     *
     * @param by the {@code --by} values
     * @return the others, in order
     */
    public static List<String> others(List<String> by) {
        return by.stream().filter(b -> !b.strip().equalsIgnoreCase(RFM)).toList();
    }

    /**
     * The segment dimensions asked for.
     *
     * @param by the {@code --by} values
     * @param segmentsFile the {@code --segments} file, if given
     * @param zone the zone of the data
     * @param input reads the input once more, into a consumer (the first pass of {@code segment=rfm})
     * @return the dimensions, {@code rfm_segment} and/or {@code segment}
     * @throws UsageException if {@code --segments} and a {@code segment} attribute dimension would clash
     * @throws InputException if the segments file cannot be read, or no customer has a purchase for RFM
     */
    public static List<Dimension> dimensions(List<String> by, Optional<Path> segmentsFile, ZoneId zone,
            Consumer<Consumer<Interaction>> input) {
        List<Dimension> dims = new ArrayList<>();
        if (by.stream().anyMatch(b -> b.strip().equalsIgnoreCase(RFM))) {
            FeatureTable table = new FeatureTable(zone, "issue");
            input.accept(table::add);
            if (table.size() == 0) {
                throw new InputException("--by segment=rfm: no interaction has a resolved customer_id");
            }
            try {
                Map<String, String> segmentOf = Rfm.standard().score(table.features(table.lastSeen().orElseThrow()))
                        .segmentOf();
                dims.add(Personas.dimension("rfm_segment", segmentOf));
            } catch (IllegalArgumentException e) {
                throw new InputException("--by segment=rfm: " + e.getMessage());
            }
        }
        if (segmentsFile.isPresent()) {
            if (by.stream().anyMatch(b -> b.strip().equalsIgnoreCase("segment"))) {
                throw new UsageException("--segments joins a dimension named segment; drop 'segment' from --by");
            }
            dims.add(Personas.dimension("segment", read(segmentsFile.get())));
        }
        return dims;
    }

    private static Map<String, String> read(Path file) {
        Map<String, String> segmentOf = new HashMap<>();
        ReadReport report;
        try {
            report = TabularSource.builder().dialect(Dialect.auto()).policy(ReadPolicy.FAIL_FAST).build().read(file,
                    header -> {
                        Column customer = header.require("customer_id", "customer", "id");
                        Column segment = header.require("segment", "cluster", "group");
                        return row -> {
                            String c = row.text(customer);
                            String s = row.text(segment);
                            String before = segmentOf.putIfAbsent(c, s);
                            if (before != null && !before.equals(s)) {
                                throw row.reject(segment, "customer " + c + " is in segment '" + before
                                        + "' already, was '" + s + "'");
                            }
                        };
                    });
        } catch (ReadFailedException e) {
            throw new InputException("--segments: " + e.getMessage(), e);
        } catch (IOException | IllegalArgumentException e) {
            throw new InputException("--segments: " + file + ": cannot read: " + e.getMessage(), e);
        }
        if (segmentOf.isEmpty()) {
            throw new InputException("--segments: " + file + ": no customer_id,segment row (" + report.read()
                    + " read)");
        }
        return segmentOf;
    }
}
