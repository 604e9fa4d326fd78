package io.cxkit.journey.funnel;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One step of a funnel's result.
 *
 * @param name the step's activity
 * @param count the cases (persons) whose furthest step, in their best attempt, is this step or a later one
 * @param conversionFromStart {@code count / count(step 0)}, 0..1 (0 when nobody entered)
 * @param conversionFromPrevious {@code count / count(previous step)}, 0..1; 1 for step 0 when anybody entered
 * @param dropOff {@code count(previous step) - count}: the cases lost between the previous step and this one;
 *        0 for step 0
 * @param averageConversionSeconds the mean time from the previous step to this one, over the cases that reached
 *        it; empty for step 0 and for a step nobody reached
 * @param medianConversionSeconds the median of the same times (mean of the two middle ones for an even count)
 */
public record FunnelStepResult(String name, long count, double conversionFromStart, double conversionFromPrevious,
        long dropOff, OptionalDouble averageConversionSeconds, OptionalDouble medianConversionSeconds) {
    /**
     * @param name the step's activity
     * @param count the cases (persons) whose furthest step, in their best attempt, is this step or a later one
     * @param conversionFromStart {@code count / count(step 0)}, 0..1 (0 when nobody entered)
     * @param conversionFromPrevious {@code count / count(previous step)}, 0..1; 1 for step 0 when anybody entered
     * @param dropOff {@code count(previous step) - count}: the cases lost between the previous step and this one; 0 for
     *        step 0
     * @param averageConversionSeconds the mean time from the previous step to this one, over the cases that reached it;
     *        empty for step 0 and for a step nobody reached
     * @param medianConversionSeconds the median of the same times (mean of the two middle ones for an even count)
     * @throws IllegalArgumentException if a count is negative or a conversion outside 0..1
     */
    public FunnelStepResult {
        Objects.requireNonNull(name, "step name must not be null");
        Objects.requireNonNull(averageConversionSeconds, "averageConversionSeconds must not be null");
        Objects.requireNonNull(medianConversionSeconds, "medianConversionSeconds must not be null");
        if (count < 0 || dropOff < 0) {
            throw new IllegalArgumentException("step " + name + " count and drop-off must be at least 0, were "
                    + count + ", " + dropOff);
        }
        if (!(conversionFromStart >= 0 && conversionFromStart <= 1)
                || !(conversionFromPrevious >= 0 && conversionFromPrevious <= 1)) {
            throw new IllegalArgumentException("step " + name + " conversions must be within 0..1, were "
                    + conversionFromStart + ", " + conversionFromPrevious);
        }
    }
}
