package io.cxkit.metrics.service;

import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.service.internal.Intervals;
import java.util.Arrays;
import java.util.Map;

/** Turns a sample of times in seconds into an {@link Estimate} of their median, with p90 and the mean. */
final class DurationSummary {
    private DurationSummary() {
    }

    /**
     * The median of {@code seconds[0..n)} by the estimator, with an order-statistic interval; details add
     * {@code p50}, {@code p90}, {@code mean} and the extra figures given (in order).
     */
    static Estimate of(String metric, String method, double[] seconds, int n, QuantileEstimator estimator,
                       double confidence, Map<String, Double> extra) {
        double[] s = Arrays.copyOf(seconds, n);
        Arrays.sort(s);
        Map<String, Double> details = new java.util.LinkedHashMap<>();
        double median = Double.NaN;
        if (n > 0) {
            median = estimator.quantileOfSorted(s, 0.5);
            double sum = 0;
            for (double v : s) {
                sum += v;
            }
            details.put("p50", median);
            details.put("p90", estimator.quantileOfSorted(s, 0.9));
            details.put("mean", sum / n);
        }
        details.putAll(extra);
        return new Estimate(metric, median, n, Intervals.quantile(s, 0.5, confidence),
                method + "-median-type-" + estimator.type(), details);
    }
}
