/**
 * Journey maps: the directly-follows graph with performance and feedback per node, variants, journey filters and
 * the generic event-log reader.
 */
package io.cxkit.journey.map;
