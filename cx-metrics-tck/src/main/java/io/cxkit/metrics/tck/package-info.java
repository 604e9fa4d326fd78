/**
 * The compatibility kit of the metric contract: extend {@link io.cxkit.metrics.tck.MetricCompatibilityKit} in a
 * calculator's test.
 */
package io.cxkit.metrics.tck;
