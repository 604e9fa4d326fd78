/** cxkit text: sentiment, tone and emotion, reply guidance, empathy of replies, key phrases. */
module io.cxkit.text {
    // The API takes core types and implements the metric contract (SentimentMetric, ReplyEmpathy providers).
    requires transitive io.cxkit.core;
    requires transitive io.cxkit.metrics;

    exports io.cxkit.text;

    provides io.cxkit.metrics.MetricProvider with
            io.cxkit.text.SentimentMetric.MeanProvider,
            io.cxkit.text.SentimentMetric.NegativeShareProvider,
            io.cxkit.text.ReplyEmpathy.Provider;
}
