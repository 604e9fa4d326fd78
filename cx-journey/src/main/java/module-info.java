/** cxkit journey: identities, journeys, maps, funnels, paths, attribution and journey scoring. */
module io.cxkit.journey {
    requires transitive io.cxkit.core;
    // Transitive because the API shows metrics types: drivers return LogisticFit and take
    // LogisticRegression.Settings, NegativityRatio.Estimate carries an Interval.
    requires transitive io.cxkit.metrics;
    // XES event logs (IEEE 1849) are streamed with the JDK's StAX parser.
    requires java.xml;

    exports io.cxkit.journey;
    exports io.cxkit.journey.map;
    exports io.cxkit.journey.funnel;
    exports io.cxkit.journey.identity;
    exports io.cxkit.journey.path;
    exports io.cxkit.journey.attribution;
    exports io.cxkit.journey.scoring;
    exports io.cxkit.journey.drivers;
}
