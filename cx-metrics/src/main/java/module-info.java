/** cxkit metrics: the mergeable metric contract, survey, service, retention and weighting metrics, CLV models. */
module io.cxkit.metrics {
    requires transitive io.cxkit.core;

    exports io.cxkit.metrics;
    exports io.cxkit.metrics.stat;

    uses io.cxkit.metrics.MetricProvider;
}
