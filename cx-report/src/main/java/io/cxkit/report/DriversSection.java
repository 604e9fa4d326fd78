package io.cxkit.report;

import io.cxkit.journey.drivers.NegativityRatio;
import io.cxkit.metrics.drivers.ImportancePerformance;
import io.cxkit.metrics.drivers.KeyDriverResult;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What moves the figures: key drivers of the survey outcome on the question ratings (LMG and Johnson's relative
 * weights with bootstrap intervals, and the importance–performance quadrants), and the negativity ratio of the
 * journeys. A part the input cannot support is absent and its reason is given.
 *
 * @param keyDrivers the key-driver analysis, when the data has question ratings
 * @param importancePerformance each driver's importance (LMG % of R²), performance (mean rating) and quadrant;
 *        {@code fix_first} is high importance and low performance
 * @param importanceCrosshair the mean importance across drivers (LMG %), the quadrants' vertical line
 * @param performanceCrosshair the mean performance across drivers, the quadrants' horizontal line
 * @param keyDriversReason why the key drivers are absent; empty when shown
 * @param negativityRatio the negativity ratio estimated on the journeys
 * @param negativityReason why the ratio is absent; empty when shown
 * @param claimNote the note on the often-quoted 12:1 ratio, which has no primary source
 */
public record DriversSection(Optional<KeyDriverResult> keyDrivers,
                             List<ImportancePerformance.Point> importancePerformance, double importanceCrosshair,
                             double performanceCrosshair, String keyDriversReason,
                             Optional<NegativityRatio.Estimate> negativityRatio, String negativityReason,
                             String claimNote) {
    /**
     * Copies the list.
     *
     * @param keyDrivers the key-driver analysis, when the data has question ratings
     * @param importancePerformance each driver's importance (LMG % of R²), performance (mean rating) and quadrant;
     *        {@code fix_first} is high importance and low performance
     * @param importanceCrosshair the mean importance across drivers (LMG %), the quadrants' vertical line
     * @param performanceCrosshair the mean performance across drivers, the quadrants' horizontal line
     * @param keyDriversReason why the key drivers are absent; empty when shown
     * @param negativityRatio the negativity ratio estimated on the journeys
     * @param negativityReason why the ratio is absent; empty when shown
     * @param claimNote the note on the often-quoted 12:1 ratio, which has no primary source
     */
    public DriversSection {
        Objects.requireNonNull(keyDrivers, "keyDrivers");
        importancePerformance = List.copyOf(importancePerformance);
        Objects.requireNonNull(keyDriversReason, "keyDriversReason");
        Objects.requireNonNull(negativityRatio, "negativityRatio");
        Objects.requireNonNull(negativityReason, "negativityReason");
        Objects.requireNonNull(claimNote, "claimNote");
    }
}
