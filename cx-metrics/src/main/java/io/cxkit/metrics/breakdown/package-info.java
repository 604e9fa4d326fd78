/**
 * Breakdowns and trends, built once over any {@link io.cxkit.metrics.Metric}: group interactions by
 * {@link io.cxkit.metrics.breakdown.Dimension dimensions} (channel, touchpoint, stage, segment, any attribute,
 * day / ISO week / month in a zone), compare each period with the one before using the metric's own two-sample
 * test ({@link io.cxkit.metrics.ComparableMetric}), and compare before/after a date or two groups.
 */
package io.cxkit.metrics.breakdown;
