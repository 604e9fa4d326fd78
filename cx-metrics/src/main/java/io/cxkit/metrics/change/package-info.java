/**
 * Measured change: difference-in-differences, interrupted time series, change points (PELT), sample size and
 * power for NPS, CSAT and CES, multiple-comparison corrections and the homogeneity of answers across groups.
 */
package io.cxkit.metrics.change;
