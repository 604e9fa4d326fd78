package io.cxkit.metrics.drivers;

import java.util.List;
import java.util.Objects;

/**
 * How the bootstrap behind a key-driver result's intervals was run, and which driver outranks which.
 *
 * @param resamples the resamples asked for
 * @param usable the resamples that gave a result (a resample whose drivers became constant or collinear is
 *        left out, and counted here)
 * @param seed the seed; the same seed gives the same intervals whatever the number of threads
 * @param method {@code percentile} or {@code bca} (bias-corrected and accelerated, Efron 1987, with the
 *        acceleration from a grouped jackknife)
 * @param confidence the two-sided confidence level
 * @param outrank {@code outrank.get(i).get(j)} is the share of resamples in which driver i's LMG exceeded
 *        driver j's (drivers in the result's order)
 */
public record BootstrapSummary(int resamples, int usable, long seed, String method, double confidence,
                               List<List<Double>> outrank) {
    /**
     * @param resamples the resamples asked for
     * @param usable the resamples that gave a result (a resample whose drivers became constant or collinear is
     *        left out, and counted here)
     * @param seed the seed; the same seed gives the same intervals whatever the number of threads
     * @param method {@code percentile} or {@code bca} (bias-corrected and accelerated, Efron 1987, with the
     *        acceleration from a grouped jackknife)
     * @param confidence the two-sided confidence level
     * @param outrank {@code outrank.get(i).get(j)} is the share of resamples in which driver i's LMG exceeded
     *        driver j's (drivers in the result's order)
     * @throws NullPointerException if a field is null
     */
    public BootstrapSummary {
        Objects.requireNonNull(method, "method");
        outrank = outrank.stream().map(List::copyOf).toList();
    }
}
