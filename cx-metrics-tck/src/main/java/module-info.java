/**
 * cxkit metrics compatibility kit: {@code io.cxkit.metrics.tck.MetricCompatibilityKit}, the abstract JUnit 5
 * test of the metric contract. Open, so that JUnit can run the kit's test methods on the module path.
 */
open module io.cxkit.metrics.tck {
    requires transitive io.cxkit.metrics;
    requires transitive org.junit.jupiter.api;
    requires transitive org.assertj.core;

    exports io.cxkit.metrics.tck;
}
