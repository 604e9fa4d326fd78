/**
 * Who the customers are: a mergeable per-customer feature table, RFM scores and named segments, k-means
 * behavioural clusters with silhouette-based choice of k, persona cards, and personalisation signals (preferred
 * channel, best time to reach, next best touchpoint, proactive flags).
 */
module io.cxkit.segments {
    requires transitive io.cxkit.core;
    requires transitive io.cxkit.metrics;
    requires transitive io.cxkit.journey;
    requires io.cxkit.text;

    exports io.cxkit.segments;
}
