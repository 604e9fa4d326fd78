/**
 * The metric contract: every calculator is a mergeable {@link io.cxkit.metrics.Accumulator} made by a
 * {@link io.cxkit.metrics.Metric}, with a versioned binary codec of its state
 * ({@link io.cxkit.metrics.StateEncoding}). Results are {@link io.cxkit.metrics.Estimate} records that carry
 * their n, interval and method.
 */
package io.cxkit.metrics;
