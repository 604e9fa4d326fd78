package io.cxkit.report;

import io.cxkit.journey.funnel.FunnelStepResult;
import java.util.List;

/**
 * An ordered funnel, one case per customer, with the drop-off at each step.
 *
 * @param windowDays the conversion window from the first step, in days
 * @param steps each step's count, conversion and drop-off
 */
public record FunnelSection(long windowDays, List<FunnelStepResult> steps) {
    /**
     * Copies the list.
     *
     * @param windowDays the conversion window from the first step, in days
     * @param steps each step's count, conversion and drop-off
     */
    public FunnelSection {
        steps = List.copyOf(steps);
    }
}
