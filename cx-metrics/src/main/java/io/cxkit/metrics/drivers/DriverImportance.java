package io.cxkit.metrics.drivers;

import io.cxkit.metrics.Interval;
import java.util.Map;
import java.util.Objects;

/**
 * One driver's importance by each method, with bootstrap intervals when they were asked for.
 *
 * @param name the driver's name, e.g. {@code attr.q_speed}
 * @param mean the driver's mean answer over the respondents used (its "performance")
 * @param lmg the LMG share of R² (Lindeman, Merenda &amp; Gold 1980), in R² units; the shares sum to R²
 * @param lmgPercent the LMG share rescaled to percent of R² (sums to 100)
 * @param relativeWeight Johnson's (2000) relative weight, in R² units; the weights sum to R²
 * @param relativeWeightPercent the relative weight rescaled to percent of R²
 * @param beta the standardised regression coefficient (outcome and drivers in standard-deviation units)
 * @param correlation the zero-order (Pearson) correlation with the outcome
 * @param intervals bootstrap intervals by measure ({@code lmg}, {@code relative_weight}, {@code beta},
 *        {@code correlation}); empty when no bootstrap was run
 */
public record DriverImportance(String name, double mean, double lmg, double lmgPercent, double relativeWeight,
                               double relativeWeightPercent, double beta, double correlation,
                               Map<String, Interval> intervals) {
    /**
     * @param name the driver's name, e.g. {@code attr.q_speed}
     * @param mean the driver's mean answer over the respondents used (its "performance")
     * @param lmg the LMG share of R² (Lindeman, Merenda &amp; Gold 1980), in R² units; the shares sum to R²
     * @param lmgPercent the LMG share rescaled to percent of R² (sums to 100)
     * @param relativeWeight Johnson's (2000) relative weight, in R² units; the weights sum to R²
     * @param relativeWeightPercent the relative weight rescaled to percent of R²
     * @param beta the standardised regression coefficient (outcome and drivers in standard-deviation units)
     * @param correlation the zero-order (Pearson) correlation with the outcome
     * @param intervals bootstrap intervals by measure ({@code lmg}, {@code relative_weight}, {@code beta},
     *        {@code correlation}); empty when no bootstrap was run
     * @throws NullPointerException if a field is null
     */
    public DriverImportance {
        Objects.requireNonNull(name, "name");
        intervals = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(intervals));
    }
}
