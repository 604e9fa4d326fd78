/** cxkit metrics: the mergeable metric contract, survey, service, retention and weighting metrics, CLV models. */
module io.cxkit.metrics {
    // The API takes and returns core types (Interaction, Feedback, readers' reports).
    requires transitive io.cxkit.core;
    // Logging only (a CLV fit that did not converge): not in the API.
    requires org.slf4j;

    exports io.cxkit.metrics;
    exports io.cxkit.metrics.breakdown;
    exports io.cxkit.metrics.change;
    exports io.cxkit.metrics.clv;
    exports io.cxkit.metrics.drivers;
    exports io.cxkit.metrics.retention;
    exports io.cxkit.metrics.service;
    exports io.cxkit.metrics.stat;
    exports io.cxkit.metrics.survey;
    exports io.cxkit.metrics.weighting;

    uses io.cxkit.metrics.MetricProvider;

    provides io.cxkit.metrics.MetricProvider with
            io.cxkit.metrics.survey.Nps.Provider,
            io.cxkit.metrics.survey.Csat.Provider,
            io.cxkit.metrics.survey.CsatMean.Provider,
            io.cxkit.metrics.survey.Ces.Provider,
            io.cxkit.metrics.survey.CesAgree.Provider,
            io.cxkit.metrics.service.internal.FcrProvider,
            io.cxkit.metrics.service.internal.FrtProvider,
            io.cxkit.metrics.service.internal.AhtProvider,
            io.cxkit.metrics.service.internal.ResolutionProvider,
            io.cxkit.metrics.retention.internal.ChurnProvider;
}
