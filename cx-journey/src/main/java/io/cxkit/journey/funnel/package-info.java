/**
 * Conversion funnels with PostHog's definitions: ordered, strict and any-order steps, a conversion window from
 * step 0, exclusion steps, breakdowns and the time-to-convert histogram.
 */
package io.cxkit.journey.funnel;
