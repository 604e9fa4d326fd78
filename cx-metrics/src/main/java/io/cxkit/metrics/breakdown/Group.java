package io.cxkit.metrics.breakdown;

import io.cxkit.metrics.Estimate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One group of a {@link Breakdown}: its key and each metric's estimate. Small groups are reported as they are,
 * with their n and their (wide) interval; a metric with no observations in the group has n 0, a NaN value and
 * no interval.
 *
 * @param key dimension name → value, in the breakdown's dimension order; empty with no dimensions
 * @param estimates metric name → estimate, in the breakdown's metric order
 */
public record Group(Map<String, String> key, Map<String, Estimate> estimates) {
    /**
     * @param key dimension name → value, in the breakdown's dimension order; empty with no dimensions
     * @param estimates metric name → estimate, in the breakdown's metric order
     * @throws NullPointerException if a component is null
     */
    public Group {
        key = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(key, "key")));
        estimates = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(estimates, "estimates")));
    }
}
