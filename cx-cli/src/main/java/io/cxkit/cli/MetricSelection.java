package io.cxkit.cli;

import io.cxkit.metrics.Metric;
import io.cxkit.metrics.MetricOptions;
import io.cxkit.metrics.MetricRegistry;
import io.cxkit.metrics.UnknownMetricException;
import io.cxkit.metrics.breakdown.Dimension;
import io.cxkit.metrics.breakdown.TimeBucket;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the metric options of {@code cx metrics} and {@code cx compare} into metrics and dimensions, with the
 * usage errors (exit 1) the issue asks for: an unknown metric or dimension names what is allowed.
 */
final class MetricSelection {
    private MetricSelection() {
    }

    /**
     * The zone named by {@code --zone}.
     *
     * @throws UsageException if it is not a zone id
     */
    static ZoneId zone(String text) {
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException e) {
            throw new UsageException("--zone must be a time-zone id such as UTC or Europe/Paris, was '" + text
                    + "'");
        }
    }

    /**
     * The options the metrics are created with.
     *
     * @throws UsageException if the confidence is not in (0, 1)
     */
    static MetricOptions options(double confidence, String ci, ZoneId zone) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new UsageException("--confidence must be within (0, 1), e.g. 0.95, was " + confidence);
        }
        MetricOptions o = MetricOptions.defaults().withConfidence(confidence).withZone(zone);
        if (ci != null) {
            String m = ci.strip().toLowerCase(java.util.Locale.ROOT);
            if (m.isEmpty()) {
                throw new UsageException("--ci must name an interval method, e.g. wilson, agresti-coull or t");
            }
            o = o.withIntervalMethod(m);
        }
        return o;
    }

    /**
     * The named metrics from the registry.
     *
     * @throws UsageException naming an unknown metric and listing the known ones, or an option a metric refuses
     */
    static List<Metric<?>> metrics(MetricRegistry registry, List<String> names, MetricOptions options) {
        List<Metric<?>> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        List<String> offers = new ArrayList<>();
        boolean methodTaken = false;
        for (String raw : names) {
            String name = raw.strip().toLowerCase(java.util.Locale.ROOT);
            if (name.isEmpty() || seen.contains(name)) {
                continue;
            }
            seen.add(name);
            MetricOptions own = options;
            if (options.intervalMethod().isPresent() && registry.contains(name)) {
                // --ci applies to the metrics that offer the method; the others keep their own, which their
                // output names. A method no requested metric offers is refused below.
                java.util.Set<String> methods = registry.provider(name).intervalMethods();
                if (methods.isEmpty() || methods.contains(options.intervalMethod().get())) {
                    methodTaken = true;
                } else {
                    own = new MetricOptions(options.confidence(), java.util.Optional.empty(), options.zone(),
                            options.settings());
                }
                offers.add(name + ": " + (methods.isEmpty() ? "(not declared)"
                        : String.join(", ", new java.util.TreeSet<>(methods))));
            }
            try {
                out.add(registry.create(name, own));
            } catch (UnknownMetricException e) {
                throw new UsageException("--metric: " + e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new UsageException("--metric " + name + ": " + e.getMessage());
            }
        }
        if (options.intervalMethod().isPresent() && !methodTaken && !out.isEmpty()) {
            throw new UsageException("--ci " + options.intervalMethod().get() + " is not offered by "
                    + (seen.size() == 1 ? seen.get(0) : "any of " + String.join(", ", seen))
                    + "; each metric's interval methods: " + String.join("; ", offers));
        }
        if (out.isEmpty()) {
            throw new UsageException("--metric names no metric; known metrics: " + String.join(", ",
                    registry.names()));
        }
        return out;
    }

    /**
     * The dimensions of {@code --by}, plus the time bucket of {@code --bucket} if it is not among them.
     *
     * @throws UsageException naming an unknown dimension or bucket
     */
    static List<Dimension> dimensions(List<String> by, String bucket, ZoneId zone) {
        List<Dimension> dims = new ArrayList<>();
        for (String d : by) {
            if (d.isBlank()) {
                continue;
            }
            Dimension dim;
            try {
                dim = Dimension.parse(d, zone);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--by: " + e.getMessage());
            }
            if (dims.stream().noneMatch(x -> x.name().equals(dim.name()))) {
                dims.add(dim);
            }
        }
        if (bucket != null) {
            TimeBucket b;
            try {
                b = TimeBucket.parse(bucket);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--bucket must be day, week or month, was '" + bucket + "'");
            }
            if (dims.stream().noneMatch(x -> x.name().equals(b.label()))) {
                dims.add(Dimension.time(b, zone));
            }
        }
        return dims;
    }

    /**
     * Parses {@code --format}.
     *
     * @throws UsageException if it is not text, json or csv
     */
    static OutputFormat format(String text) {
        return OutputFormat.parse(text);
    }
}
