/**
 * The compatibility kits: extend {@link io.cxkit.metrics.tck.MetricCompatibilityKit} in a calculator's test, and
 * {@link io.cxkit.metrics.tck.MergeableStateCompatibilityKit} in the test of a count-shaped
 * {@link io.cxkit.metrics.MergeableState} (journey-map, variant, path and CLV-summary states, or a user's own).
 */
package io.cxkit.metrics.tck;
