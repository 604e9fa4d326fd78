/**
 * cxkit metrics compatibility kit: {@code io.cxkit.metrics.tck.MetricCompatibilityKit}, the abstract JUnit 5
 * test of the metric contract. Open, so that JUnit can run the kit's test methods on the module path.
 */
open module io.cxkit.metrics.tck {
    requires transitive io.cxkit.metrics;
    // Not transitive: the kit's test methods are package-private (JUnit finds them by reflection; the module is
    // open), so no JUnit or AssertJ type is in its API. A user's test module reads JUnit for its own tests anyway.
    requires org.junit.jupiter.api;
    requires org.assertj.core;

    exports io.cxkit.metrics.tck;
}
