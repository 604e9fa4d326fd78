package io.cxkit.spark;

import io.cxkit.metrics.Metric;
import io.cxkit.metrics.MetricRegistry;
import io.cxkit.metrics.MetricSpec;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Metrics rebuilt from their specs once per executor JVM: discovery scans the class path. */
final class Metrics {
    private static final Map<MetricSpec, Metric<?>> BUILT = new ConcurrentHashMap<>();

    private Metrics() {
    }

    static Metric<?> of(MetricSpec spec) {
        return BUILT.computeIfAbsent(spec, s -> s.create(MetricRegistry.discover()));
    }
}
