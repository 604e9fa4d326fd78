package io.cxkit.journey.funnel;

import java.util.List;
import java.util.Objects;

/**
 * A funnel's result.
 *
 * @param steps one result per step, in step order
 * @param excluded the cases left out because every attempt of theirs hit an exclusion step
 * @param timeToConvert the time from step 0 to the last step of the cases that reached the last step
 */
public record FunnelResult(List<FunnelStepResult> steps, long excluded, TimeToConvert timeToConvert) {
    /**
     * @param steps one result per step, in step order
     * @param excluded the cases left out because every attempt of theirs hit an exclusion step
     * @param timeToConvert the time from step 0 to the last step of the cases that reached the last step
     * @throws IllegalArgumentException if excluded is negative
     */
    public FunnelResult {
        steps = List.copyOf(steps);
        Objects.requireNonNull(timeToConvert, "timeToConvert must not be null");
        if (excluded < 0) {
            throw new IllegalArgumentException("excluded must be at least 0, was " + excluded);
        }
    }

    /**
     * The per-step counts, in step order.
     *
     * @return the per-step counts, in step order
     */
    public long[] counts() {
        long[] out = new long[steps.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = steps.get(k).count();
        }
        return out;
    }
}
