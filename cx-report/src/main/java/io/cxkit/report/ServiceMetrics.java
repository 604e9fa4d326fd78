package io.cxkit.report;

import java.util.List;

/**
 * The service metrics the input supports (first contact resolution, first response, handle and resolution
 * times, churn), each with n and interval; times in seconds.
 *
 * @param figures one figure per metric
 */
public record ServiceMetrics(List<Figure> figures) {
    /**
     * Copies the list.
     *
     * @param figures one figure per metric
     */
    public ServiceMetrics {
        figures = List.copyOf(figures);
    }
}
